"""Deterministic example values, from the model only.

Precedence for one value: the spec's `example`, then its `examples`, then `default`, then the
first enum value, then a value made from the schema that satisfies it (pattern, lengths, bounds,
multipleOf, format, item counts). The spec's examples reach here only when they fit their schema
(model/example_check.py). Objects get their required properties (and the first anyOf/oneOf set
of required names when none is met) plus the optional ones the spec gives an example for; recursion ends at the first
schema met again on the way down. Every value returned is plain JSON (dict, list, str, int,
float, bool, None), with integral floats made ints so every renderer prints numbers alike.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
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
from .jsonvalues import plain_json
from .model.types import Bounds, Constraints
from .patterns import matching_string

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
        if telling_default(prop):
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
                return self._array(t, stack, depth)
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

    def _array(self, t: ArrayType, stack: tuple[str, ...], depth: int) -> list[Any]:
        rules = t.constraints or Constraints()
        count = max(1, rules.min_items or 0)
        if rules.max_items is not None:
            count = min(count, rules.max_items)
        if count == 0:
            return []
        first = self._value(t.items, stack, depth + 1)
        if count > 1 and rules.unique_items and isinstance(t.items, LiteralType):
            return list(t.items.values[:count])
        return [first] * count

    def _object(self, t: ObjectType, stack: tuple[str, ...], depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        wanted = required_names(t)
        for prop in t.properties:
            if prop.read_only:
                continue
            if prop.has_example:
                out[prop.name] = prop.example
            elif prop.name in wanted:
                out[prop.name] = prop.default if telling_default(prop) else self._value(prop.type, stack, depth + 1)
        return out

    def _union(self, t: UnionType, stack: tuple[str, ...], depth: int) -> Any:
        if not t.variants:
            return None
        variants = [v for v in t.variants if not (isinstance(v, RefType) and v.key in stack)] or list(t.variants)
        chosen = variants[0]
        if t.discriminator and isinstance(chosen, RefType):
            # the first variant in spec order, tagged with the value the model decided for it
            wire = next((value for value, key in t.discriminator.mapping if key == chosen.key), None)
            value = self._value(chosen, stack, depth + 1)
            if isinstance(value, dict) and wire is not None:
                return {**value, t.discriminator.property_name: wire}
            return value
        return self._value(chosen, stack, depth + 1)


def telling_default(prop: Property) -> bool:
    """A default worth showing as the example. An empty `{}` or `[]` (Kubernetes puts one on every
    wrapped reference) says nothing the schema does not, and lacks the object's required fields."""
    return prop.has_default and prop.default not in ({}, [])


def required_names(t: TypeRef) -> set[str]:
    """The properties an example of an object has to carry: the required ones, plus the first of its
    anyOf/oneOf required sets when none is met already."""
    if not isinstance(t, ObjectType):
        return set()
    wanted = {p.name for p in t.properties if p.required}
    if t.required_sets and not any(set(names) <= wanted for names in t.required_sets):
        wanted |= set(t.required_sets[0])
    return wanted


def _primitive(t: Primitive) -> Any:
    rules = t.constraints or Constraints()
    if t.kind == "string":
        if t.is_binary:
            return file_placeholder()
        return _string(t.format, rules)
    if t.kind in ("integer", "number"):
        return number_within(t.bounds or Bounds(), rules.multiple_of, t.kind == "integer")
    if t.kind == "boolean":
        return True
    return None


def _string(format_: str | None, rules: Constraints) -> str:
    """The pattern's simplest match when there is one, else the format's value or `string`, fitted to the lengths."""
    if rules.pattern:
        matched = matching_string(rules.pattern, rules.min_length, rules.max_length)
        if matched is not None:
            return matched
    text = _STRING_FORMATS.get(format_ or "", "string")
    low, high = rules.min_length or 0, rules.max_length
    if len(text) < low:
        text = (text * (low // max(len(text), 1) + 1))[:low]
    if high is not None and len(text) > high:
        text = text[:high]
    return text


def number_within(bounds: Bounds, multiple_of: float | None, integer: bool) -> int | float:
    """0 when it is allowed, else the value nearest 0 inside the bounds (a multiple of multipleOf when one is given)."""
    low = Decimal(str(bounds.minimum)) if bounds.minimum is not None else None
    high = Decimal(str(bounds.maximum)) if bounds.maximum is not None else None

    def allowed(v: Decimal) -> bool:
        above = low is None or (v > low if bounds.exclusive_minimum else v >= low)
        below = high is None or (v < high if bounds.exclusive_maximum else v <= high)
        return above and below

    candidate = Decimal(0)
    if not allowed(candidate):
        upward = low is not None and candidate <= low
        edge = low if upward else high
        assert edge is not None
        if integer or multiple_of:
            step = Decimal(str(multiple_of)) if multiple_of else Decimal(1)
            candidate = (edge / step).to_integral_value(rounding=ROUND_CEILING if upward else ROUND_FLOOR) * step
            for _ in range(3):
                if allowed(candidate):
                    break
                candidate += step if upward else -step
        else:
            candidate = edge
            if not allowed(candidate):
                other = high if upward else low
                candidate = (edge + other) / 2 if other is not None else edge + (1 if upward else -1)
    if integer or candidate == candidate.to_integral_value():
        return int(candidate.to_integral_value(rounding=ROUND_CEILING))
    return float(candidate)


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
