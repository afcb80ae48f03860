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
`added` are at `added[].`. Roles: 0 request, 1 response, 2 error response.

Texts are numbered in the order the index meets them: each operation's, then each parameter's,
then each schema's fields' and the schema's own. Entries are kept between runs in pieces
(search_pieces.py): runs of operations under the values their entries show, runs of schemas
under the schemas' digests (model/digests.py), pages and usages."""

from __future__ import annotations

from typing import Callable, Sequence

from ...context import ApiContext
from ...model import Api, NamedSchema, Operation
from ...model.types import ArrayType, IntersectionType, MapType, ObjectType, RefType, TypeRef, UnionType
from .index import operation_href
from .search_pieces import IndexPiece, PieceWriter, array, filled, literal, remembered_piece, runs

GLOBAL_NAME = "utdkSearchIndex"
REQUEST, RESPONSE, ERROR_RESPONSE = 0, 1, 2
# Where a schema is first met: (position among the visible operations, role, path from the body's
# root to the schema's fields: "", "options.", "added[].")
Usage = tuple[int, int, str]
_UNUSED: Usage = (-1, -1, "")


def schema_usages(api: Api, operations: Sequence[Operation]) -> dict[str, Usage]:
    """Where each schema is first met from an operation's parameters and bodies: the shallowest
    place, and among equally deep places the first operation's (request before responses)."""
    found: dict[str, Usage] = {}
    frontier: list[tuple[TypeRef, Usage]] = []
    for position, operation in enumerate(operations):
        for parameter in operation.parameters:
            frontier.append((parameter.type, (position, REQUEST, parameter.name + ".")))
        if operation.request_body is not None:
            frontier.append((operation.request_body.type, (position, REQUEST, "")))
        for response in operation.responses:
            if response.type is not None:
                frontier.append((response.type, (position, RESPONSE if response.is_success else ERROR_RESPONSE, "")))
    while frontier:
        deeper: list[tuple[TypeRef, Usage]] = []
        for t, (position, role, prefix) in frontier:
            for key, inner in _references(t, prefix):
                if key not in found:
                    found[key] = (position, role, inner)
                    deeper.append((api.schema(key).type, found[key]))
        frontier = deeper
    return found


def _references(t: TypeRef, prefix: str) -> list[tuple[str, str]]:
    """The schemas named inside t (not behind another name), each with the path to its fields."""
    found: list[tuple[str, str]] = []
    _add_references(t, prefix, found)
    return found


# What holds other types; the rest (primitives, enums, any) holds no reference.
_HOLDERS = frozenset({RefType, ObjectType, ArrayType, MapType, UnionType, IntersectionType})


def _add_references(t: TypeRef, prefix: str, found: list[tuple[str, str]]) -> None:
    # a walk of every schema each run: type tests instead of a match, no generators, and no path
    # made for a property that holds no reference
    if type(t) is RefType:
        found.append((t.key, prefix))
    elif type(t) is ObjectType:
        for prop in t.properties:
            if type(prop.type) in _HOLDERS:
                _add_references(prop.type, prefix + prop.name + ".", found)
        if t.additional_properties is not None:
            _add_references(t.additional_properties, prefix + "*.", found)
    elif type(t) is ArrayType:
        _add_references(t.items, (prefix[:-1] if prefix else "") + "[].", found)
    elif type(t) is MapType:
        _add_references(t.values, prefix + "*.", found)
    elif type(t) is UnionType:
        for variant in t.variants:
            _add_references(variant, prefix, found)
    elif type(t) is IntersectionType:
        for part in t.parts:
            _add_references(part, prefix, found)


def search_index_script(
    context: ApiContext, operations: Sequence[Operation], group_of: Callable[[Operation], str], schema_href: Callable[[str], str]
) -> str:
    """The index of the visible operations, as a script that a page loads with <script src> (no
    fetch: pages open from disk); hrefs are relative to the docs root."""
    usages = schema_usages(context.api, operations)
    index = filled([
        ("operations", [_operations_piece(run, group_of) for _, run in runs(operations)]),
        ("parameters", [_parameters_piece(run, start) for start, run in runs(operations)]),
        ("schemas", [_schemas_piece(run, context, schema_href, usages) for _, run in runs(context.api.schemas)]),
    ])
    return f"window.{GLOBAL_NAME} = {index};\n"


def _operations_piece(run: Sequence[Operation], group_of: Callable[[Operation], str]) -> IndexPiece:
    shown = tuple((op.method.upper(), op.path, op.id, op.summary or "", op.description, operation_href(op), group_of(op)) for op in run)
    return remembered_piece(("docs search operations", shown), lambda writer: [_operation_entry(*row, writer) for row in shown])


def _operation_entry(method: str, path: str, op_id: str, summary: str, description: str | None, href: str, group: str,
                     writer: PieceWriter) -> str:
    return array([literal(method), literal(path), literal(op_id), literal(summary), writer.hole(description), literal(href), literal(group)])


def _parameters_piece(run: Sequence[Operation], start: int) -> IndexPiece:
    shown = tuple((p.name, p.location, p.description, position)
                  for position, op in enumerate(run, start) for p in op.parameters if not p.hidden)
    return remembered_piece(("docs search parameters", shown), lambda writer: [_parameter_entry(*row, writer) for row in shown])


def _parameter_entry(name: str, location: str, description: str | None, position: int, writer: PieceWriter) -> str:
    return array([literal(name), literal(location), writer.hole(description), str(position)])


def _schemas_piece(run: Sequence[NamedSchema], context: ApiContext, schema_href: Callable[[str], str], usages: dict[str, Usage]) -> IndexPiece:
    # an entry shows the schema's own content, which its digest covers (with more: the schemas it reaches)
    made_from = tuple((context.digests.schema(s.key), schema_href(s.key), usages.get(s.key, _UNUSED)) for s in run)
    return remembered_piece(("docs search schemas", made_from),
                            lambda writer: [_schema_entry(s, href, usage, writer) for s, (_, href, usage) in zip(run, made_from)])


def _schema_entry(schema: NamedSchema, href: str, usage: Usage, writer: PieceWriter) -> str:
    properties = schema.type.properties if isinstance(schema.type, ObjectType) else ()
    # the fields' texts are met before the schema's own
    fields = [item for prop in properties for item in (literal(prop.name), writer.hole(prop.description))]
    text = writer.hole(schema.description or schema.title)
    operation, role, prefix = usage
    return array([literal(schema.names.ts), text, literal(href), str(operation), str(role), literal(prefix), array(fields)])
