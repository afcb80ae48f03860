"""Deterministic example values, from the model only.

Precedence for one value: the spec's `example`, then its `examples`, then `default`, then the
first enum value, then a placeholder chosen by type and format. Objects get their required
properties plus the optional ones the spec gives an example for; recursion ends at the first
schema met again on the way down. Every value returned is plain JSON (dict, list, str, int,
float, bool, None), with integral floats made ints so every renderer prints numbers alike.
"""

from __future__ import annotations

import datetime
import math
from typing import Any, assert_never

from .model import (
    AnyType,
    Api,
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
)

_MAX_DEPTH = 12

_STRING_FORMATS = {
    "date": "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    "time": "12:00:00",
    "duration": "P1D",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "iri": "https://example.com",
    "uri-reference": "https://example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
    "int64": "0",
    "decimal": "0",
}

# File names for binary values, by media type; a fixed table so output never depends on the
# machine's MIME database.
_FILE_EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp",
    "application/pdf": "pdf",
    "application/zip": "zip",
    "application/json": "json",
    "text/csv": "csv",
    "text/plain": "txt",
}


def file_placeholder(content_type: str | None = None) -> str:
    """The file name a snippet uploads for a binary value."""
    extension = _FILE_EXTENSIONS.get((content_type or "").split(";")[0].strip().lower(), "bin")
    return f"file.{extension}"


def plain_json(value: Any) -> Any:
    """The value as plain JSON: YAML dates become ISO text, integral floats become ints."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        text = value.isoformat()
        return text.replace("+00:00", "Z") if isinstance(value, datetime.datetime) else text
    if isinstance(value, dict):
        return {str(k): plain_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_json(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


class Examples:
    """Example values for one Api. Nothing is cached: a schema's value depends on the path it is
    reached by (recursion ends at the first schema met again), and a value is cheap to make."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def for_type(self, t: TypeRef) -> Any:
        return plain_json(self._value(t, (), 0))

    def for_property(self, prop: Property) -> Any:
        if prop.has_example:
            return plain_json(prop.example)
        if prop.has_default:
            return plain_json(prop.default)
        return self.for_type(prop.type)

    def _value(self, t: TypeRef, stack: tuple[str, ...], depth: int) -> Any:
        if depth > _MAX_DEPTH:
            return None if t.nullable else _empty_of(t)
        match t:
            case RefType():
                if t.key in stack:
                    return None if t.nullable else _empty_of(self.api.schema(t.key).type)
                schema = self.api.schema(t.key)
                if schema.has_example:
                    return schema.example
                return self._value(schema.type, stack + (t.key,), depth + 1)
            case LiteralType():
                return t.values[0] if t.values else None
            case Primitive():
                return _primitive(t)
            case ArrayType():
                return [self._value(t.items, stack, depth + 1)]
            case MapType():
                return {"key": self._value(t.values, stack, depth + 1)}
            case ObjectType():
                return self._object(t, stack, depth)
            case UnionType():
                return self._union(t, stack, depth)
            case IntersectionType():
                return self._intersection(t, stack, depth)
            case AnyType():
                return None if t.nullable else {}
            case _:
                assert_never(t)

    def _intersection(self, t: IntersectionType, stack: tuple[str, ...], depth: int) -> Any:
        merged: dict[str, Any] = {}
        for part in t.parts:
            value = self._value(part, stack, depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged

    def _object(self, t: ObjectType, stack: tuple[str, ...], depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for prop in t.properties:
            if prop.read_only:
                continue
            if prop.has_example:
                out[prop.name] = prop.example
            elif prop.required:
                out[prop.name] = prop.default if prop.has_default else self._value(prop.type, stack, depth + 1)
        return out

    def _union(self, t: UnionType, stack: tuple[str, ...], depth: int) -> Any:
        if not t.variants:
            return None
        if t.discriminator and t.discriminator.mapping:
            wire, key = t.discriminator.mapping[0]
            value = self._value(RefType(key), stack, depth + 1)
            if isinstance(value, dict):
                return {**value, t.discriminator.property_name: wire}
            return value
        variants = [v for v in t.variants if not (isinstance(v, RefType) and v.key in stack)] or list(t.variants)
        return self._value(variants[0], stack, depth + 1)


def _primitive(t: Primitive) -> Any:
    if t.kind == "string":
        if t.is_binary:
            return file_placeholder()
        return _STRING_FORMATS.get(t.format or "", "string")
    if t.kind in ("integer", "number"):
        return 0
    if t.kind == "boolean":
        return True
    return None


def _empty_of(t: TypeRef) -> Any:
    match t:
        case ArrayType():
            return []
        case ObjectType() | MapType() | AnyType():
            return {}
        case Primitive() | RefType() | UnionType() | IntersectionType() | LiteralType():
            return None
        case _:
            assert_never(t)
