"""Recursive type references, separate from the declarations they point to.

A TypeRef describes the shape of a value. Objects with properties are always declared as a
NamedSchema (inline objects are hoisted under a derived name), so a TypeRef never carries
properties except as the body of a NamedSchema (ObjectType).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Union, assert_never

JsonScalar = Union[str, int, float, bool, None]


@dataclass(frozen=True)
class Bounds:
    """minimum / maximum of a number; exclusive when the spec says exclusiveMinimum/Maximum."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False


@dataclass(frozen=True)
class Constraints:
    """What a valid value must also satisfy, beyond its type: pattern and lengths of a string,
    multipleOf of a number, item counts of an array. Read by the example builder and the docs."""

    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    multiple_of: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False


@dataclass(frozen=True)
class Primitive:
    """string | integer | number | boolean | null; format kept verbatim (date-time, binary, int64...).

    bounds is documentation for forms (the docs' number fields); it takes no part in equality, so
    two integers are the same type whatever their ranges."""

    kind: str
    format: str | None = None
    nullable: bool = False
    bounds: Bounds | None = field(default=None, compare=False)
    constraints: Constraints | None = field(default=None, compare=False)

    @property
    def is_binary(self) -> bool:
        return self.kind == "string" and self.format in ("binary",)


@dataclass(frozen=True)
class ArrayType:
    """A list of one item type."""

    items: "TypeRef"
    nullable: bool = False
    constraints: Constraints | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MapType:
    """An object whose keys are free: additionalProperties without declared properties."""

    values: "TypeRef"
    nullable: bool = False


@dataclass(frozen=True)
class RefType:
    """A reference to a NamedSchema by its unique key (Api.schema(key))."""

    key: str
    nullable: bool = False


@dataclass(frozen=True)
class Discriminator:
    """The property whose value tells a union's variants apart, and which schema each value means."""

    property_name: str
    # value on the wire -> NamedSchema key, in spec order (explicit mapping, else implicit names)
    mapping: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class UnionType:
    """oneOf / anyOf / 3.1 type arrays. exclusive is True for oneOf."""

    variants: tuple["TypeRef", ...]
    discriminator: Discriminator | None = None
    exclusive: bool = True
    nullable: bool = False


@dataclass(frozen=True)
class IntersectionType:
    """allOf whose parts cannot all be flattened into one object (unions, primitives)."""

    parts: tuple["TypeRef", ...]
    nullable: bool = False


@dataclass(frozen=True)
class LiteralType:
    """enum or const: the allowed values, in spec order (null removed and expressed as nullable)."""

    values: tuple[JsonScalar, ...]
    base: str = "string"  # string | integer | number | boolean
    nullable: bool = False


@dataclass(frozen=True)
class AnyType:
    """Any JSON value (a schema that constrains nothing)."""

    nullable: bool = False


@dataclass(frozen=True)
class Property:
    """A field of an object type."""

    name: str  # as on the wire
    type: "TypeRef"
    required: bool
    description: str | None = None
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    default: object = None
    has_default: bool = False
    example: object = None
    has_example: bool = False


@dataclass(frozen=True)
class ObjectType:
    """The body of an object NamedSchema. properties is the flattened list: those inherited through
    allOf first, in base order, then the schema's own; every target declares the object whole."""

    properties: tuple[Property, ...]
    additional_properties: "TypeRef | None" = None
    nullable: bool = False
    # anyOf/oneOf of `required` lists: a valid object also has every property of one of these sets
    required_sets: tuple[tuple[str, ...], ...] = ()

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.properties if p.required)


TypeRef = Union[Primitive, ArrayType, MapType, RefType, UnionType, IntersectionType, LiteralType, AnyType, ObjectType]


def with_nullable(t: TypeRef, nullable: bool = True) -> TypeRef:
    from dataclasses import replace

    if t.nullable == nullable:
        return t
    return replace(t, nullable=nullable)


def children(t: TypeRef) -> tuple[TypeRef, ...]:
    """The types written inside t, in order; a reference's target is not inside it."""
    match t:  # the commonest kinds first: the model's walks ask this tens of thousands of times a run
        case RefType() | Primitive() | LiteralType() | AnyType():
            return ()
        case ObjectType():
            extra = () if t.additional_properties is None else (t.additional_properties,)
            return tuple(p.type for p in t.properties) + extra
        case ArrayType():
            return (t.items,)
        case UnionType():
            return t.variants
        case MapType():
            return (t.values,)
        case IntersectionType():
            return t.parts
        case _:
            assert_never(t)


def follow_references(t: TypeRef, declared: Callable[[str], TypeRef | None]) -> TypeRef:
    """The shape behind a chain of references (an alias of an alias of a string is a string).
    A reference that leads back to itself, or to a key `declared` does not know, stays a reference."""
    seen: set[str] = set()
    while isinstance(t, RefType) and t.key not in seen:
        seen.add(t.key)
        target = declared(t.key)
        if target is None:
            return t
        t = target
    return t
