"""Response models of Kitchen Sink Pet Store used by the operations tagged toys."""

from __future__ import annotations

import builtins as _b
import typing as _t

from .._models import Model as _Model


class Toy(_Model):
    id: str
    name: str
    _required = ("id", "name")


class ListToysResponse(_Model):
    items: list[Toy]
    next_cursor: str | None
    _fields = {
        "items": ("items", ("list", ("model", "Toy"))),
    }
    _required = ("items",)


class ListRecentToysResponse(_Model):
    object: _t.Literal["list"]
    data: _b.list[Toy]
    first_id: _b.str | None
    last_id: _b.str | None
    has_more: _b.bool
    _fields = {
        "data": ("data", ("list", ("model", "Toy"))),
    }
    _required = ("object", "data", "has_more")


class ListToysByOffsetResponse(_Model):
    results: list[Toy]
    total: int
    _fields = {
        "results": ("results", ("list", ("model", "Toy"))),
    }
    _required = ("results", "total")


class ListToysByPageResponse(_Model):
    entries: list[Toy]
    total_pages: int | None
    _fields = {
        "entries": ("entries", ("list", ("model", "Toy"))),
    }
    _required = ("entries",)


class ListToyFeedResponse(_Model):
    toys: list[Toy]
    continue_from: str | None
    _fields = {
        "toys": ("toys", ("list", ("model", "Toy"))),
    }
    _required = ("toys",)


class SyncToysRequest(_Model):
    cursor: str | None
    count: int | None
    _required = ()


class SyncToysResponse(_Model):
    added: list[Toy]
    removed: list[str]
    next_cursor: str
    has_more: bool
    _fields = {
        "added": ("added", ("list", ("model", "Toy"))),
    }
    _required = ("added", "removed", "next_cursor", "has_more")


class SearchToysRequest(_Model):
    query: str
    offset: int | None
    _required = ("query",)


class SearchToysResponse(_Model):
    results: list[Toy]
    _fields = {
        "results": ("results", ("list", ("model", "Toy"))),
    }
    _required = ("results",)
