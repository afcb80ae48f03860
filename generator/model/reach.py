"""Which named schemas a set of types reaches, following references and every nesting."""

from __future__ import annotations

from typing import Iterable, assert_never

from .api import Api
from .types import (
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


def nested_types(t: TypeRef) -> tuple[TypeRef, ...]:
    """The types directly inside `t` (a reference's target is not inside it)."""
    match t:
        case ArrayType(items=items):
            return (items,)
        case MapType(values=values):
            return (values,)
        case UnionType(variants=variants):
            return variants
        case IntersectionType(parts=parts):
            return parts
        case ObjectType(properties=properties, additional_properties=extra):
            return tuple(p.type for p in properties) + ((extra,) if extra is not None else ())
        case Primitive() | LiteralType() | AnyType() | RefType():
            return ()
        case _:
            assert_never(t)


def schemas_reached(api: Api, roots: Iterable[TypeRef]) -> set[str]:
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        t = pending.pop()
        if isinstance(t, RefType):
            if t.key not in seen:
                seen.add(t.key)
                pending.append(api.schema(t.key).type)  # itself perhaps a reference (an alias)
            continue
        pending.extend(nested_types(t))
    return seen


def request_types(api: Api) -> list[TypeRef]:
    """What the client sends: every parameter and request body."""
    return [p.type for op in api.operations for p in op.parameters] + [
        op.request_body.type for op in api.operations if op.request_body is not None
    ]
