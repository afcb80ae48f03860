"""Response models of Kitchen Sink Pet Store used by the operations tagged misc."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .._models import Model as _Model


class TreeNode(_Model):
    value: str
    children: list[TreeNode] | None
    parent: TreeNode | None
    _fields = {
        "children": ("children", ("list", ("model", "TreeNode"))),
        "parent": ("parent", ("model", "TreeNode")),
    }
    _required = ("value",)


Shape: _t.TypeAlias = "Circle | Square | str"


Message: _t.TypeAlias = "UserMessage | AssistantMessage | ToolMessage"
"""A message; its `role` says which kind. Only `tool` is mapped, the others declare
their value."""


class UserMessage(_Model):
    role: _t.Literal["user"]
    content: str
    _required = ("role", "content")


class AssistantMessage(_Model):
    role: _t.Literal["assistant"]
    name: str | None
    tool_calls: list[str]
    _required = ("role", "tool_calls")


class ToolMessage(_Model):
    role: ToolRole
    tool_call_id: str
    content: str
    _required = ("role", "tool_call_id", "content")


ToolRole: _t.TypeAlias = _t.Literal["tool"]


class Conversation(_Model):
    id: str
    messages: list[Message]
    _fields = {
        "messages": (
            "messages",
            (
                "list",
                (
                    "union",
                    (
                        ("model", "UserMessage"),
                        ("model", "AssistantMessage"),
                        ("model", "ToolMessage"),
                    ),
                    "role",
                    (
                        ("tool", ("model", "ToolMessage")),
                        ("user", ("model", "UserMessage")),
                        ("assistant", ("model", "AssistantMessage")),
                    ),
                ),
            ),
        ),
    }
    _required = ("id", "messages")


class Status(_Model):
    ok: bool
    version: str
    uptime_seconds: int | float | None
    mode: _t.Literal["live"] | None
    _required = ("ok", "version")


class Order(_Model):
    id: str
    item: str
    _required = ("id", "item")


class OrderRefusal(_Model):
    error_code: _t.Literal["OUT_OF_STOCK", "LIMIT_EXCEEDED"]
    message: str | None
    _required = ("error_code",)


class Reply(_Model):
    id: str
    text: str
    _required = ("id", "text")


class Circle(_Model):
    """Circle"""

    radius: float
    _required = ("radius",)


class Square(_Model):
    """Square"""

    side: float
    _required = ("side",)


class SubmitContactFormRequest(_Model):
    email: str
    message: str
    subscribe: bool | None
    _required = ("email", "message")


class CreateConversationRequest(_Model):
    model: str
    messages: list[Message]
    _fields = {
        "messages": (
            "messages",
            (
                "list",
                (
                    "union",
                    (
                        ("model", "UserMessage"),
                        ("model", "AssistantMessage"),
                        ("model", "ToolMessage"),
                    ),
                    "role",
                    (
                        ("tool", ("model", "ToolMessage")),
                        ("user", ("model", "UserMessage")),
                        ("assistant", ("model", "AssistantMessage")),
                    ),
                ),
            ),
        ),
    }
    _required = ("model", "messages")


class CreateReplyRequest(_Model):
    text: str
    stream: bool | None
    """Send the reply in pieces as they are written."""
    _required = ("text",)


class CreateOrderRequest(_Model):
    item: str
    placed_at: _dt.datetime | None
    receipt: bytes | None
    """A scanned receipt, sent base64-encoded inside the JSON body."""
    constructor: str | None
    to_string: str | None
    _fields = {
        "placed_at": ("placed_at", "datetime"),
        "to_string": ("toString", None),
    }
    _required = ("item",)
