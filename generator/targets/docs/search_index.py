"""The docs search index: operations, their parameters, the fields of every schema their bodies
reach (nested fields too) and the schema names, as compact data that a static script loads from
disk (assets/search-index.js). Built once per provider at generation time; the browser only
filters and ranks it (assets/search.js reads this layout).

Layout, arrays of arrays to keep it small; `texts` holds each description once (index 0 is ""):
  operations: [method, path, operationId, summary, text, href, group]
  parameters: [name, location, text, operation]
  schemas:    [name, text, href, operation, role, prefix, [field name, text, field name, text, ...]]
              operation -1: no operation reaches it; the fields are the schema's own properties
A schema's operation, role and prefix say where a reader first meets it: the fields of
TransactionsSyncResponse are "in response of POST /transactions/sync", those of a schema under
`added` are at `added[].`. Roles: 0 request, 1 response, 2 error response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence, assert_never

from ...literals import json_text
from ...markdown import plain_text
from ...model import Api, NamedSchema, Operation
from ...model.types import (
    AnyType,
    ArrayType,
    IntersectionType,
    LiteralType,
    MapType,
    ObjectType,
    Primitive,
    RefType,
    TypeRef,
    UnionType,
)

GLOBAL_NAME = "utdkSearchIndex"
REQUEST, RESPONSE, ERROR_RESPONSE = 0, 1, 2
# Descriptions are cut here (at a word): the opening says what a thing is, and the index stays small.
TEXT_LIMIT = 300


@dataclass(frozen=True)
class Usage:
    operation: int  # position among the visible operations
    role: int  # REQUEST | RESPONSE | ERROR_RESPONSE
    prefix: str  # path from the body's root to the schema's fields: "", "options.", "added[]."


def schema_usages(api: Api, operations: Sequence[Operation]) -> dict[str, Usage]:
    """Where each schema is first met from an operation's parameters and bodies: the shallowest
    place, and among equally deep places the first operation's (request before responses)."""
    found: dict[str, Usage] = {}
    frontier: list[tuple[TypeRef, Usage]] = []
    for position, operation in enumerate(operations):
        for parameter in operation.parameters:
            frontier.append((parameter.type, Usage(position, REQUEST, parameter.name + ".")))
        if operation.request_body is not None:
            frontier.append((operation.request_body.type, Usage(position, REQUEST, "")))
        for response in operation.responses:
            if response.type is not None:
                role = RESPONSE if response.is_success else ERROR_RESPONSE
                frontier.append((response.type, Usage(position, role, "")))
    while frontier:
        deeper: list[tuple[TypeRef, Usage]] = []
        for t, usage in frontier:
            for key, prefix in _references(t, usage.prefix):
                if key not in found:
                    found[key] = Usage(usage.operation, usage.role, prefix)
                    deeper.append((api.schema(key).type, found[key]))
        frontier = deeper
    return found


def _references(t: TypeRef, prefix: str) -> Iterator[tuple[str, str]]:
    """The schemas named inside t (not behind another name), each with the path to its fields."""
    match t:
        case RefType():
            yield t.key, prefix
        case ArrayType():
            yield from _references(t.items, (prefix[:-1] if prefix else "") + "[].")
        case MapType():
            yield from _references(t.values, prefix + "*.")
        case UnionType():
            for variant in t.variants:
                yield from _references(variant, prefix)
        case IntersectionType():
            for part in t.parts:
                yield from _references(part, prefix)
        case ObjectType():
            for prop in t.properties:
                yield from _references(prop.type, prefix + prop.name + ".")
            if t.additional_properties is not None:
                yield from _references(t.additional_properties, prefix + "*.")
        case Primitive() | LiteralType() | AnyType():
            return
        case _:
            assert_never(t)


class _Texts:
    """Each description once, as the plain words a reader sees."""

    def __init__(self) -> None:
        self.values: list[str] = [""]
        self._positions: dict[str, int] = {"": 0}
        self._written: dict[str | None, int] = {None: 0}  # a description as written -> its position

    def add(self, markdown: str | None) -> int:
        position = self._written.get(markdown)
        if position is None:  # a description met again (a schema's, on every property naming it) is read once
            text = _shortened(plain_text(markdown))
            position = self._positions.get(text)
            if position is None:
                position = self._positions[text] = len(self.values)
                self.values.append(text)
            self._written[markdown] = position
        return position


def _shortened(text: str) -> str:
    if len(text) <= TEXT_LIMIT:
        return text
    return text[: TEXT_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def search_index(
    api: Api,
    operations: Sequence[Operation],
    operation_href: Callable[[Operation], str],
    group_of: Callable[[Operation], str],
    schema_href: Callable[[NamedSchema], str] | None = None,
) -> dict[str, Any]:
    """The index for the visible operations; hrefs are relative to the docs root."""
    texts = _Texts()
    usages = schema_usages(api, operations)
    return {
        "operations": [
            [op.method.upper(), op.path, op.id, op.summary or "", texts.add(op.description), operation_href(op), group_of(op)]
            for op in operations
        ],
        "parameters": [
            [p.name, p.location, texts.add(p.description), position]
            for position, op in enumerate(operations)
            for p in op.parameters
            if not p.hidden
        ],
        "schemas": [_schema_entry(schema, usages.get(schema.key), texts, schema_href) for schema in api.schemas],
        "texts": texts.values,
    }


def _schema_entry(schema: NamedSchema, usage: Usage | None, texts: _Texts, schema_href: Callable[[NamedSchema], str] | None) -> list[Any]:
    href = schema_href(schema) if schema_href is not None else ""
    where = [usage.operation, usage.role, usage.prefix] if usage is not None else [-1, -1, ""]
    properties = schema.type.properties if isinstance(schema.type, ObjectType) else ()
    fields = [item for prop in properties for item in (prop.name, texts.add(prop.description))]
    return [schema.names.ts, texts.add(schema.description or schema.title), href, *where, fields]


def search_index_script(index: dict[str, Any]) -> str:
    """The index as a script that a page loads with <script src> (no fetch: pages open from disk)."""
    return f"window.{GLOBAL_NAME} = {json_text(index)};\n"
