"""Form fields from types: the widget is chosen by type and format, with JSON text as the fallback,
and a short human type label for the field's heading."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import assert_never

from ...model import Api
from ...model.types import (
    AnyType,
    ArrayType,
    Bounds,
    IntersectionType,
    LiteralType,
    MapType,
    ObjectType,
    Primitive,
    RefType,
    TypeRef,
    UnionType,
)

# Widgets the console script knows (console.js `readField`).
TEXT, INTEGER, NUMBER, SELECT, CHECKBOX, JSON_TEXT, FILE, TEXTAREA = (
    "text", "integer", "number", "select", "checkbox", "json", "file", "textarea",
)
_MAX_ALIAS_DEPTH = 16


@dataclass(frozen=True)
class Option:
    value: str  # JSON text of the enum value: the console parses it back
    label: str


@dataclass(frozen=True)
class Widget:
    kind: str
    options: tuple[Option, ...] = ()
    bounds: Bounds | None = None  # number fields: the range the console checks


def range_text(bounds: Bounds | None) -> str:
    """"1 to 100", "at least 0", "more than 0 and at most 11"; "" without bounds."""
    if bounds is None:
        return ""
    low, high = bounds.minimum, bounds.maximum
    if low is not None and high is not None and not bounds.exclusive_minimum and not bounds.exclusive_maximum:
        return f"{_number(low)} to {_number(high)}"
    parts = []
    if low is not None:
        parts.append(f"{'more than' if bounds.exclusive_minimum else 'at least'} {_number(low)}")
    if high is not None:
        parts.append(f"{'less than' if bounds.exclusive_maximum else 'at most'} {_number(high)}")
    return " and ".join(parts)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 2**53 else repr(value)


def resolve_alias(api: Api, t: TypeRef) -> TypeRef:
    """Follow references to named non-object schemas (APIClientID is a string) to their shape;
    a reference to an object stays a reference (its fields are shown by name)."""
    shape = api.resolve(t)
    return t if isinstance(shape, ObjectType) else shape


def widget_for(api: Api, t: TypeRef) -> Widget:
    shape = resolve_alias(api, t)
    match shape:
        case LiteralType():
            return Widget(SELECT, tuple(Option(_json(v), _display(v)) for v in shape.values))
        case Primitive():
            return _primitive_widget(shape)
        case ArrayType() | MapType() | RefType() | UnionType() | IntersectionType() | ObjectType() | AnyType():
            return Widget(JSON_TEXT)
        case _:
            assert_never(shape)


def _primitive_widget(shape: Primitive) -> Widget:
    if shape.kind == "boolean":
        return Widget(CHECKBOX)
    if shape.kind == "integer":
        return Widget(INTEGER, bounds=shape.bounds)
    if shape.kind == "number":
        return Widget(NUMBER, bounds=shape.bounds)
    if shape.kind == "string":
        return Widget(FILE) if shape.is_binary else Widget(TEXT)
    return Widget(JSON_TEXT)


@dataclass(frozen=True)
class TypePart:
    """A piece of a type label: plain text, or a schema's name (schema_key set) that pages link."""

    text: str
    schema_key: str = ""


def type_label(api: Api, t: TypeRef) -> str:
    return "".join(part.text for part in type_parts(api, t))


def type_parts(api: Api, t: TypeRef, depth: int = 0) -> tuple[TypePart, ...]:
    """The human label of a type ("array of object (Transaction) | null"), in parts so that each
    schema name it shows can link to that schema's page."""
    parts = _label(api, t, depth)
    if t.nullable and not "".join(p.text for p in parts).endswith("| null"):
        return _joined(parts, (TypePart(" | null"),))
    return parts


def _joined(*groups: tuple[TypePart, ...]) -> tuple[TypePart, ...]:
    """Adjacent plain texts merged, so equal labels are equal parts."""
    out: list[TypePart] = []
    for part in (p for g in groups for p in g):
        if out and not part.schema_key and not out[-1].schema_key:
            out[-1] = TypePart(out[-1].text + part.text)
        elif part.text:
            out.append(part)
    return tuple(out)


def _text(text: str) -> tuple[TypePart, ...]:
    return (TypePart(text),)


def _label(api: Api, t: TypeRef, depth: int) -> tuple[TypePart, ...]:
    if depth > _MAX_ALIAS_DEPTH:
        return _text("any")
    match t:
        case Primitive():
            if t.is_binary:
                return _text("file")
            return _text(f"{t.kind} ({t.format})" if t.format else t.kind)
        case ArrayType():
            return _joined(_text("array of "), type_parts(api, t.items, depth + 1))
        case MapType():
            return _joined(_text("map of "), type_parts(api, t.values, depth + 1))
        case RefType():
            return _reference_label(api, t, depth)
        case LiteralType():
            return _text(f"{t.base} enum" if len(t.values) > 1 else f"{t.base} constant")
        case UnionType():
            variants: list[tuple[TypePart, ...]] = []
            for variant in t.variants:
                label = type_parts(api, variant, depth + 1)
                if label not in variants:
                    variants.append(label)
            return _separated(variants, " | ") or _text("any")
        case IntersectionType():
            return _separated([type_parts(api, p, depth + 1) for p in t.parts], " & ") or _text("any")
        case ObjectType():
            return _text("object")
        case AnyType():
            return _text("any")
        case _:
            assert_never(t)


def _separated(labels: list[tuple[TypePart, ...]], separator: str) -> tuple[TypePart, ...]:
    groups: list[tuple[TypePart, ...]] = []
    for i, label in enumerate(labels):
        groups.extend((_text(separator),) if i else ())
        groups.append(label)
    return _joined(*groups)


def _reference_label(api: Api, t: RefType, depth: int) -> tuple[TypePart, ...]:
    """Objects and unions by their name; enums by kind and name; other aliases by what they alias."""
    schema = api.schema(t.key)
    name = (TypePart(schema.names.ts, schema.key),)
    match schema.type:
        case ObjectType():
            return _joined(_text("object ("), name, _text(")"))
        case LiteralType():
            return _joined(_label(api, schema.type, depth + 1), _text(" ("), name, _text(")"))
        case UnionType():
            return name
        case Primitive() | ArrayType() | MapType() | RefType() | IntersectionType() | AnyType():
            return type_parts(api, schema.type, depth + 1)
        case _:
            assert_never(schema.type)


def _json(value: object) -> str:
    # Plain JSON for attribute values and visible text; the HTML template escapes it.
    return json.dumps(value, ensure_ascii=False)


def _display(value: object) -> str:
    return value if isinstance(value, str) else _json(value)


def example_text(value: object) -> str:
    """A sample value as the user would type it into the field (placeholder text)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return _json(value)
