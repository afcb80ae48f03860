"""Which operations return one page of a longer list, and how the next page is asked for.

Detected from the spec, conservatively: a list is paginated only when the request has a field
that says where to start (a cursor, an offset, a page number) AND the response says where the
next page starts or holds the items to count, or when the success response declares a `Link`
header or a next-cursor header. generator.yaml can complete, correct or turn off what is found
(`pagination:` per operation, see pagination_settings.py); its mistakes are reported here,
against the operations and schemas they name. Targets read `Pagination` and nothing else.

Kinds:
- cursor: the request's `request` field takes the response's `next` value (a body path), or,
  when that is empty, the `last_item` property of the last item (OpenAI's `after` with `last_id`
  or the last item's `id`); `has_more: false` ends the list.
- cursor_header: as cursor, the next value read from the `next` response header.
- offset: the request's offset field advances by the number of items received.
- page: the request's page number advances by one (from `first_page` when not sent).
- link: the query of the `Link: <...>; rel="next"` header is the next request's query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, assert_never

from ..diagnostics import Diagnostic, Level
from ..pagination_settings import PaginationSetting, PaginationSettings
from .api import Api, Operation, Response
from .types import (AnyType, ArrayType, IntersectionType, LiteralType, MapType, ObjectType, Primitive, Property, RefType,
                    TypeRef, UnionType)

KINDS = ("cursor", "cursor_header", "offset", "page", "link")

# Names, compared lowercased with `_` and `-` removed.
_CURSOR_REQUEST = ("cursor", "after", "startingafter", "pagetoken", "nexttoken", "continuationtoken", "nextcursor", "page")
_NEXT_BY_REQUEST = {
    "page": ("nextpage",),
    "after": ("lastid", "nextcursor", "after"),
    "startingafter": ("nextcursor",),
    "pagetoken": ("nextpagetoken",),
    "nexttoken": ("nexttoken",),
    "continuationtoken": ("continuationtoken", "nextcontinuationtoken"),
}
_NEXT_CURSOR = ("nextcursor", "cursor", "nextpagetoken", "nexttoken", "next")
_HAS_MORE = ("hasmore", "hasnextpage", "hasnext")
_ITEMS = ("data", "items", "results", "entries", "records", "elements", "values", "objects")
_OFFSET_REQUEST = ("offset", "skip")
_PAGE_REQUEST = ("page", "pagenumber")
_TOTAL = ("total", "totalcount", "totalresults", "totalitems")
_TOTAL_PAGES = ("totalpages", "pagecount", "pages")
_NEXT_CURSOR_HEADERS = ("xnextcursor", "nextcursor", "xnextpagetoken", "xcontinuationtoken", "xnextpage", "xcursor")


def _key(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


@dataclass(frozen=True)
class RequestField:
    """Where a paged request carries the value that asks for the next page."""

    location: str  # query | body
    name: str  # on the wire


@dataclass(frozen=True)
class Pagination:
    """How one operation pages: where the items are and how the next page is asked for."""

    kind: str  # one of KINDS
    items: tuple[str, ...]  # body path of the items array; (): the body is the array
    item_type: TypeRef
    request: RequestField | None = None  # where the next value goes (None for link)
    next: tuple[str, ...] = ()  # cursor: body path of the next value
    next_header: str | None = None  # cursor_header: the header; link: "Link"
    has_more: tuple[str, ...] = ()  # body path of a boolean: false ends the list
    last_item: str | None = None  # cursor: the last item's property used when `next` is empty
    total: tuple[str, ...] = ()  # offset: total items; page: total pages
    first_page: int = 1

    @property
    def items_name(self) -> str | None:
        """The wire name of the items field (`data` gives pages a `data` alias), None for a bare array."""
        return self.items[-1] if self.items else None


@dataclass(frozen=True)
class Paginations:
    """How each operation pages, with what detecting or configuring it reported."""

    by_operation: dict[str, Pagination]  # operation id -> how it pages
    diagnostics: tuple[Diagnostic, ...] = ()

    def of(self, operation: Operation) -> Pagination | None:
        return self.by_operation.get(operation.id)


def paginations(api: Api, settings: PaginationSettings | None = None) -> Paginations:
    settings = settings or PaginationSettings()
    found: dict[str, Pagination] = {}
    problems: list[Diagnostic] = []
    known = {op.id for op in api.operations}
    for name, named in settings.operations.items():
        if name not in known:
            problems.append(_problem(named, "", f"no operation {name!r} (name operations by operationId)"))
    for op in api.operations:
        setting = settings.operations.get(op.id)
        forced_items = _path(setting.items) if setting is not None and setting.items else None
        detected = detect(api, op, forced_items) if settings.detect else None
        if setting is None:
            if detected is not None:
                found[op.id] = detected
            continue
        if setting.off:
            continue
        chosen = _apply(api, op, detected, setting, problems)
        if chosen is not None:
            found[op.id] = chosen
    return Paginations(found, tuple(problems))


# -- detection ---------------------------------------------------------------------------------


def detect(api: Api, op: Operation, items_path: tuple[str, ...] | None = None) -> Pagination | None:
    """How `op` pages, or None; `items_path` names the items array where the spec leaves it open
    (Plaid's /transactions/sync has `added`, `modified` and `removed`)."""
    response = op.success_response
    if response is None or response.kind != "json" or response.type is None:
        return None
    body = api.resolve(response.type)
    fields = body.properties if isinstance(body, ObjectType) else ()
    items = _items(api, body, fields) if items_path is None else _items_at(api, body, items_path)
    if items is None:
        return None
    items_path, item_type = items
    request = _request_fields(op)
    header = _declared_header(response, ("link",))
    if header is not None:
        return Pagination("link", items_path, item_type, next_header=header)
    cursor = _first(api, op, request, _CURSOR_REQUEST, "string")
    has_more = _field_path(api, fields, _HAS_MORE, "boolean")
    header = _declared_header(response, _NEXT_CURSOR_HEADERS)
    if header is not None and cursor is not None:
        return Pagination("cursor_header", items_path, item_type, request=cursor, next_header=header)
    if cursor is not None and fields:
        names = _NEXT_BY_REQUEST.get(_key(cursor.name), _NEXT_CURSOR)
        next_path = _field_path(api, fields, names, "string")
        last_item = "id" if has_more and _key(cursor.name) in ("after", "startingafter") and _has_id(api, item_type) else None
        if next_path or last_item:
            return Pagination("cursor", items_path, item_type, request=cursor, next=next_path, has_more=has_more, last_item=last_item)
    offset = _first(api, op, request, _OFFSET_REQUEST, "integer")
    if offset is not None:
        return Pagination("offset", items_path, item_type, request=offset, has_more=has_more,
                          total=_field_path(api, fields, _TOTAL, "integer"))
    page = _first(api, op, request, _PAGE_REQUEST, "integer")
    if page is not None:
        return Pagination("page", items_path, item_type, request=page, has_more=has_more,
                          total=_field_path(api, fields, _TOTAL_PAGES, "integer"), first_page=_first_page(op, page))
    return None


def _items(api: Api, body: TypeRef, fields: tuple[Property, ...]) -> tuple[tuple[str, ...], TypeRef] | None:
    """The array holding the items: the body itself, else a property with a list name, else the
    only array property. Several arrays and none named like a list: not a list we can page."""
    if isinstance(body, ArrayType):
        return (), body.items
    arrays = [(p.name, resolved.items) for p in fields for resolved in (api.resolve(p.type),) if isinstance(resolved, ArrayType)]
    for wanted in _ITEMS:
        for name, item in arrays:
            if _key(name) == wanted:
                return (name,), item
    if len(arrays) == 1:
        return (arrays[0][0],), arrays[0][1]
    return None


def _items_at(api: Api, body: TypeRef, path: tuple[str, ...]) -> tuple[tuple[str, ...], TypeRef] | None:
    found = _type_at(api, body, path)
    resolved = api.resolve(found) if found is not None else None
    return (path, resolved.items) if isinstance(resolved, ArrayType) else None


def _request_fields(op: Operation) -> list[RequestField]:
    fields = [RequestField("query", p.name) for p in op.parameters if p.location == "query"]
    body = op.request_body
    if body is not None and body.kind in ("json", "form"):
        fields.extend(RequestField("body", f.property.name) for f in body.fields)
    return fields


def _request_type(op: Operation, field: RequestField) -> TypeRef | None:
    if field.location == "query":
        return next((p.type for p in op.parameters if p.location == "query" and p.name == field.name), None)
    body = op.request_body
    return next((f.property.type for f in (body.fields if body else ()) if f.property.name == field.name), None)


def _first(api: Api, op: Operation, fields: list[RequestField], names: Iterable[str], kind: str) -> RequestField | None:
    """The first field named like `names` whose type can hold a `kind` (string or integer)."""
    for wanted in names:
        for field in fields:
            declared = _request_type(op, field)
            if _key(field.name) == wanted and declared is not None and _scalar_kind(api.resolve(declared)) in (kind, None):
                return field
    return None


def _field_path(api: Api, fields: tuple[Property, ...], names: Iterable[str], kind: str) -> tuple[str, ...]:
    for wanted in names:
        for prop in fields:
            if _key(prop.name) == wanted and _scalar_kind(api.resolve(prop.type)) in (kind, None):
                return (prop.name,)
    return ()


def _scalar_kind(t: TypeRef) -> str | None:
    """string | integer | boolean for the scalars a cursor, count or flag can be; None when the
    type says nothing we look into (a reference); "other" for the rest."""
    match t:
        case Primitive():
            return "integer" if t.kind == "number" else t.kind
        case UnionType():
            kinds = {_scalar_kind(v) for v in t.variants} - {"null"}
            return kinds.pop() if len(kinds) == 1 else "mixed"
        case RefType():
            return None
        case AnyType() | ArrayType() | MapType() | ObjectType() | IntersectionType() | LiteralType():
            return "other"
        case _:
            assert_never(t)


def _has_id(api: Api, item_type: TypeRef) -> bool:
    item = api.resolve(item_type)
    return isinstance(item, ObjectType) and any(p.name == "id" for p in item.properties)


def _declared_header(response: Response, names: Iterable[str]) -> str | None:
    for wanted in names:
        for header in response.headers:
            if _key(header.name) == wanted:
                return header.name
    return None


def _first_page(op: Operation, field: RequestField) -> int:
    param = next((p for p in op.parameters if p.location == "query" and p.name == field.name), None)
    default = param.default if param is not None and param.has_default else None
    return default if isinstance(default, int) and not isinstance(default, bool) and default in (0, 1) else 1


# -- generator.yaml ----------------------------------------------------------------------------


def _problem(setting: PaginationSetting, key: str, message: str) -> Diagnostic:
    line, col = setting.positions.get(key, setting.positions.get("", (1, 1)))
    pointer = setting.pointer + (f"/{key}" if key else "")
    return Diagnostic(setting.file, line, col, Level.ERROR, pointer, message, "pagination-config")


def _apply(api: Api, op: Operation, detected: Pagination | None, setting: PaginationSetting,
           problems: list[Diagnostic]) -> Pagination | None:
    """The detected pagination with what the setting says put over it; checked against the spec."""
    response = op.success_response
    body = api.resolve(response.type) if response is not None and response.type is not None else None
    if body is None or response is None or response.kind != "json":
        problems.append(_problem(setting, "", f"operation {op.id!r} has no JSON success response to page through"))
        return None
    count = len(problems)
    if setting.items is not None and _items_at(api, body, _path(setting.items)) is None:
        problems.append(_problem(setting, "items", f"{setting.items!r} is not an array in the response of {op.id!r}"))
        return None
    kind = setting.kind or (detected.kind if detected else None)
    if kind is None:
        problems.append(_problem(setting, "", f"nothing detected for {op.id!r}: say `kind:` ({', '.join(KINDS)})"))
        return None
    base = detected if detected is not None and detected.kind == kind else None
    items = _items_at(api, body, _path(setting.items) if setting.items is not None else base.items if base else ())
    if items is None:
        problems.append(_problem(setting, "", f"say which array of the response of {op.id!r} holds the items (`items:`)"))
        items = ((), body)
    items_path, item_type = items
    request = base.request if base else None
    if setting.request is not None:
        fields = _request_fields(op)
        request = next((f for f in fields if f.name == setting.request), None)
        if request is None:
            problems.append(_problem(setting, "request", f"{op.id!r} has no query parameter or body field {setting.request!r}"))
    elif request is None and kind != "link":
        problems.append(_problem(setting, "request", f"say which request field carries the {kind.replace('_header', '')} (`request:`)"))
    next_path, next_header = (base.next, base.next_header) if base else ((), None)
    if kind == "link":
        next_header = setting.next or next_header or "Link"
    elif kind == "cursor_header":
        next_header = setting.next or next_header
        if next_header is None:
            problems.append(_problem(setting, "next", "say which response header holds the next cursor (`next:`)"))
    elif setting.next is not None:
        next_path = _path(setting.next)
        if _type_at(api, body, next_path) is None:
            problems.append(_problem(setting, "next", f"no field {setting.next!r} in the response of {op.id!r}"))
    has_more = base.has_more if base else ()
    if setting.has_more is not None:
        has_more = _path(setting.has_more)
        if _type_at(api, body, has_more) is None:
            problems.append(_problem(setting, "has_more", f"no field {setting.has_more!r} in the response of {op.id!r}"))
    last_item = base.last_item if base else None
    if kind == "cursor" and not next_path and last_item is None:
        problems.append(_problem(setting, "next", "say which response field holds the next cursor (`next:`)"))
    if len(problems) > count:
        return None
    return Pagination(kind, items_path, item_type, request=None if kind == "link" else request, next=next_path if kind == "cursor" else (),
                      next_header=next_header if kind in ("link", "cursor_header") else None, has_more=has_more,
                      last_item=last_item if kind == "cursor" else None,
                      total=base.total if base else (), first_page=base.first_page if base else 1)


def _path(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(".") if part)


def _type_at(api: Api, body: TypeRef, path: tuple[str, ...]) -> TypeRef | None:
    current: TypeRef = body
    for name in path:
        resolved = api.resolve(current)
        prop = next((p for p in resolved.properties if p.name == name), None) if isinstance(resolved, ObjectType) else None
        if prop is None:
            return None
        current = prop.type
    return current
