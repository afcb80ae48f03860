"""Argument types of Kitchen Sink Pet Store used by the operations tagged misc."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    import datetime as _dt

    from ..models.misc import ToolRole
    from .._types import FileTypes as _FileTypes

TreeNodeParam = _t.TypedDict(
    "TreeNodeParam",
    {
        "value": "_t.Required[str]",
        "children": "_t.Sequence[TreeNodeParam]",
        "parent": "TreeNodeParam | None",
    },
    total=False,
)

UserMessageParam = _t.TypedDict(
    "UserMessageParam",
    {
        "role": '_t.Required[_t.Literal["user"]]',
        "content": "_t.Required[str]",
    },
    total=False,
)

AssistantMessageParam = _t.TypedDict(
    "AssistantMessageParam",
    {
        "role": '_t.Required[_t.Literal["assistant"]]',
        "name": "str",
        "tool_calls": "_t.Required[_t.Sequence[str]]",
    },
    total=False,
)

ToolMessageParam = _t.TypedDict(
    "ToolMessageParam",
    {
        "role": "_t.Required[ToolRole]",
        "tool_call_id": "_t.Required[str]",
        "content": "_t.Required[str]",
    },
    total=False,
)

CircleParam = _t.TypedDict(
    "CircleParam",
    {
        "radius": "_t.Required[float]",
    },
    total=False,
)

SquareParam = _t.TypedDict(
    "SquareParam",
    {
        "side": "_t.Required[float]",
    },
    total=False,
)

SubmitContactFormRequestParam = _t.TypedDict(
    "SubmitContactFormRequestParam",
    {
        "email": "_t.Required[str]",
        "message": "_t.Required[str]",
        "subscribe": "bool",
    },
    total=False,
)

CreateConversationRequestParam = _t.TypedDict(
    "CreateConversationRequestParam",
    {
        "model": "_t.Required[str]",
        "messages": "_t.Required[_t.Sequence[UserMessageParam | AssistantMessageParam | ToolMessageParam]]",
    },
    total=False,
)

CreateReplyRequestParam = _t.TypedDict(
    "CreateReplyRequestParam",
    {
        "text": "_t.Required[str]",
        "stream": "bool",
    },
    total=False,
)

CreateOrderRequestParam = _t.TypedDict(
    "CreateOrderRequestParam",
    {
        "item": "_t.Required[str]",
        "placed_at": "_dt.datetime | str",
        "receipt": "_FileTypes",
        "constructor": "str",
        "toString": "str",
    },
    total=False,
)
