"""Argument types of Kitchen Sink Pet Store used by the operations tagged toys."""

from __future__ import annotations

import typing as _t

SyncToysRequestParam = _t.TypedDict(
    "SyncToysRequestParam",
    {
        "cursor": "str",
        "count": "int",
    },
    total=False,
)

SearchToysRequestParam = _t.TypedDict(
    "SearchToysRequestParam",
    {
        "query": "_t.Required[str]",
        "offset": "int",
    },
    total=False,
)
