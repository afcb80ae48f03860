"""Response models of Kitchen Sink Pet Store used by the operations tagged misc."""

from __future__ import annotations

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


class Status(_Model):
    ok: bool
    version: str
    uptime_seconds: int | float | None
    mode: _t.Literal["live"] | None
    _required = ("ok", "version")


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
