"""Argument types of Kitchen Sink Pet Store used by the operations tagged misc."""

from __future__ import annotations

import typing as _t

TreeNodeParam = _t.TypedDict(
    "TreeNodeParam",
    {
        "value": "_t.Required[str]",
        "children": "_t.Sequence[TreeNodeParam]",
        "parent": "TreeNodeParam | None",
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
