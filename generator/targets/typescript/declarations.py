"""View objects for src/types.ts: one declaration per schema, and each operation's argument type."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import assert_never

from ...model import Api, NamedSchema, Operation, Response
from ...model.types import (
    AnyType,
    ArrayType,
    IntersectionType,
    LiteralType,
    MapType,
    ObjectType,
    Primitive,
    Property,
    RefType,
    TypeRef,
    UnionType,
    with_nullable,
)
from ...literals import ts_comment, ts_key
from ...model.response_headers import DeclaredHeader, declared_headers
from ...prose import wrap_markdown
from .layout import LINE_WIDTH, ts_typed
from .typeexpr import TypeWriter


@dataclass(frozen=True)
class Doc:
    """Comment text, one entry per line, unescaped; `at` gives the lines to print."""

    lines: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.lines

    def at(self, indent: str) -> list[str]:
        """The lines escaped for the comment and wrapped to fit the line width after `indent * `."""
        return wrap_markdown([ts_comment(line) for line in self.lines], LINE_WIDTH - len(indent) - 3)


@dataclass(frozen=True)
class Member:
    key: str  # property name as on the wire (templates quote it with ts_key)
    type: str
    optional: bool
    readonly: bool
    doc: Doc

    @property
    def statement(self) -> str:
        """The member's line in its interface (one level in), a long union over lines."""
        head = ("readonly " if self.readonly else "") + ts_key(self.key) + ("?" if self.optional else "") + ":"
        return ts_typed(head, self.type, ";", level=1)


@dataclass(frozen=True)
class Declaration:
    name: str
    doc: Doc
    members: tuple[Member, ...] = ()  # interface when alias is empty
    index_signature: str = ""
    alias: str = ""  # a type alias's right-hand side
    nullable: bool = False  # members describe an object type alias that also admits null

    @property
    def alias_statement(self) -> str:
        return ts_typed(f"export type {self.name} =", self.alias, ";", level=0)


def doc_of(*paragraphs: str | None, deprecated: bool = False, tags: tuple[str, ...] = ()) -> Doc:
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph or not paragraph.strip():
            continue
        if lines:
            lines.append("")
        lines.extend(line.rstrip() for line in paragraph.strip("\n").splitlines())
    tag_lines = list(tags) + (["@deprecated"] if deprecated else [])
    if tag_lines:
        if lines:
            lines.append("")
        lines.extend(tag_lines)
    return Doc(tuple(lines))


# Every object inherits these from Object.prototype, so an optional property of that name that is
# typed only as the spec says would reject a literal that leaves it out (`{ item: 'x' }` has an
# inherited `constructor: Function`). The inherited type is allowed too; the runtime reads only
# the caller's own keys (core/serialize.ts), so nothing inherited is ever sent.
_INHERITED = {
    "constructor": "Function",
    "toString": "(() => string)",
    "toLocaleString": "(() => string)",
    "valueOf": "(() => Object)",
    "hasOwnProperty": "((v: PropertyKey) => boolean)",
    "isPrototypeOf": "((v: Object) => boolean)",
    "propertyIsEnumerable": "((v: PropertyKey) => boolean)",
}


def property_member(prop: Property, writer: TypeWriter) -> Member:
    inherited = _INHERITED.get(prop.name) if not prop.required else None
    return Member(
        key=prop.name,
        type=writer.expr(prop.type) + (f" | {inherited}" if inherited else ""),
        optional=not prop.required,
        readonly=prop.read_only,
        doc=doc_of(prop.description, deprecated=prop.deprecated),
    )


def schema_declaration(schema: NamedSchema, writer: TypeWriter) -> Declaration:
    doc = doc_of(schema.title if schema.title and schema.title != schema.key else None, schema.description, deprecated=schema.deprecated)
    body = schema.type
    if isinstance(body, ObjectType):
        index = writer.index_signature(body) if body.additional_properties is not None else ""
        members = tuple(property_member(p, writer) for p in body.properties)
        return Declaration(schema.names.ts, doc, members, index, nullable=body.nullable)
    return Declaration(schema.names.ts, doc, alias=writer.expr(without_self_reference(schema)))


def without_self_reference(schema: NamedSchema) -> TypeRef:
    """A schema whose allOf/anyOf/oneOf lists the schema itself (`A: {anyOf: [{$ref: A}, ...]}`)
    cannot be a TypeScript alias of itself; the self part adds nothing a value could be checked
    against."""
    body = schema.type
    match body:
        case IntersectionType():
            parts = body.parts
        case UnionType():
            parts = body.variants
        case Primitive() | ArrayType() | MapType() | RefType() | LiteralType() | AnyType() | ObjectType():
            return body
        case _:
            assert_never(body)
    kept = tuple(p for p in parts if not (isinstance(p, RefType) and p.key == schema.key))
    if len(kept) == len(parts):
        return body
    if not kept:
        return MapType(AnyType(), nullable=body.nullable)
    if len(kept) == 1:
        return with_nullable(kept[0], body.nullable or kept[0].nullable)
    return replace(body, parts=kept) if isinstance(body, IntersectionType) else replace(body, variants=kept)


def body_argument_key(api: Api, op: Operation) -> str:
    """The argument key of a body that is not split into fields (the naming pass settles it)."""
    body = api.identifiers.operation(op.id).body
    assert body is not None, f"{op.id} has no whole-body argument"
    return body.ts


def params_declaration(op: Operation, name: str, writer: TypeWriter) -> Declaration:
    members: list[Member] = []
    for param in op.parameters:
        members.append(
            Member(
                key=param.names.ts,
                type=writer.expr(param.type),
                optional=not param.required,
                readonly=False,
                doc=doc_of(param.description, deprecated=param.deprecated, tags=(f"Sent in the {param.location}: {param.name}",) if param.names.ts != param.name else ()),
            )
        )
    body = op.request_body
    if body is not None:
        if body.fields:
            for field in body.fields:
                member = property_member(field.property, writer)
                members.append(
                    Member(field.names.ts, member.type, not (body.required and field.property.required), False, member.doc)
                )
        else:
            members.append(Member(body_argument_key(writer.api, op), writer.expr(body.type), not body.required, False, doc_of(body.description)))
    summary = f"The argument of `{op.names.ts}` ({op.method.upper()} {op.path})."
    return Declaration(name, doc_of(summary), tuple(members))


def _typed_errors(op: Operation) -> list[Response]:
    return [r for r in op.error_responses if r.kind == "json" and r.type is not None]


def error_body_declaration(op: Operation, name: str, writer: TypeWriter) -> Declaration | None:
    typed = _typed_errors(op)
    if not typed:
        return None
    expressions = list(dict.fromkeys(writer.expr(r.type) for r in typed if r.type is not None))
    statuses = ", ".join(r.status for r in typed)
    return Declaration(
        name,
        doc_of(f"The parsed body of an error answer from `{op.names.ts}` ({statuses}): `APIError.body`."),
        alias=" | ".join(expressions),
    )


HEADER_TYPES = {"string": "string", "integer": "number", "number": "number", "boolean": "boolean", "array": "string[]"}


def headers_declaration(op: Operation, name: str, headers: tuple[DeclaredHeader, ...]) -> Declaration:
    members = tuple(
        Member(h.name, HEADER_TYPES[h.kind], not h.required, True, doc_of(h.description)) for h in headers
    )
    return Declaration(name, doc_of(f"The headers `{op.names.ts}` declares for its answer: `withResponse().headers`."), members)


def type_declarations(api: Api) -> tuple[list[Declaration], set[str]]:
    """Every declaration of src/types.ts, and the ids of the operations that have an error-body type."""
    writer = TypeWriter(api)
    operations = [d for op in api.operations for d in operation_declarations(api, op, writer)]
    return [schema_declaration(s, writer) for s in api.schemas] + operations, error_bodies(api)


def operation_declarations(api: Api, op: Operation, writer: TypeWriter) -> list[Declaration]:
    """What src/types.ts declares for one operation after the schemas: its argument, its error
    body and its answer's headers."""
    names = api.identifiers.operation(op.id)
    declarations = [params_declaration(op, names.ts_params, writer)]
    error = error_body_declaration(op, names.ts_error_body, writer)
    if error is not None:
        declarations.append(error)
    headers = declared_headers(api, op)
    if headers and names.response_headers is not None:
        declarations.append(headers_declaration(op, names.response_headers.ts, headers))
    return declarations


def error_bodies(api: Api) -> set[str]:
    """The ids of the operations that have an error-body type."""
    return {op.id for op in api.operations if has_error_body(op)}


def has_error_body(op: Operation) -> bool:
    """Whether src/types.ts declares the operation's error-body type."""
    return bool(_typed_errors(op))


def has_required_argument(op: Operation) -> bool:
    if any(p.required for p in op.parameters):
        return True
    body = op.request_body
    if body is None or not body.required:
        return False
    return not body.fields or any(f.property.required for f in body.fields)
