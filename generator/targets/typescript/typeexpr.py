"""TypeRef to a TypeScript type expression. Spec text reaches the expression only through
literals.ts_string / ts_key (string-literal types and property keys)."""

from __future__ import annotations

from typing import Iterable, assert_never

from ...literals import ts_key, ts_literal
from ...model import Api
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

# Where core runtime types are reachable from a generated module (imported as a namespace, so a
# schema can never shadow them).
CORE = "core"


class TypeWriter:
    """Writes type expressions for one module: `qualifier` prefixes schema names (types.Pet)."""

    def __init__(self, api: Api, qualifier: str = "") -> None:
        self.api = api
        self.prefix = f"{qualifier}." if qualifier else ""

    def expr(self, t: TypeRef) -> str:
        text = self._bare(t)
        if t.nullable and text not in ("null", "unknown"):
            return f"{_group(text)} | null"
        return text

    def _bare(self, t: TypeRef) -> str:
        match t:
            case Primitive():
                return _primitive(t)
            case RefType():
                return self.prefix + self.api.schema(t.key).names.ts
            case ArrayType():
                return f"Array<{self.expr(t.items)}>"
            case MapType():
                return f"{{ [key: string]: {self.expr(t.values)} }}"
            case LiteralType():
                return " | ".join(ts_literal(v) for v in t.values)
            case UnionType():
                return self._union(t)
            case IntersectionType():
                parts = _unique(_group(self.expr(p)) for p in t.parts)
                return " & ".join(parts) if parts else "unknown"
            case ObjectType():
                return self.inline_object(t)
            case AnyType():
                return "unknown"
            case _:
                assert_never(t)

    def _union(self, t: UnionType) -> str:
        values_by_key: dict[str, list[str]] = {}
        if t.discriminator is not None:
            for value, key in t.discriminator.mapping:
                values_by_key.setdefault(key, []).append(value)
        variants: list[str] = []
        for variant in t.variants:
            text = self.expr(variant)
            tags = values_by_key.get(variant.key) if isinstance(variant, RefType) and t.discriminator else None
            if tags and t.discriminator is not None:
                tag_type = " | ".join(ts_literal(v) for v in tags)
                text = f"({_group(text)} & {{ {ts_key(t.discriminator.property_name)}: {tag_type} }})"
            variants.append(text)
        unique = _unique(variants)
        return " | ".join(unique) if unique else "unknown"

    def inline_object(self, t: ObjectType) -> str:
        members = [f"{ts_key(p.name)}{'' if p.required else '?'}: {self.expr(p.type)}" for p in t.properties]
        if t.additional_properties is not None:
            members.append(f"[key: string]: {self.index_signature(t)}")
        return "{ " + "; ".join(members) + " }" if members else "{ [key: string]: unknown }"

    def index_signature(self, t: ObjectType) -> str:
        """An index signature must admit every declared property's type, so those join the union."""
        assert t.additional_properties is not None
        extra = self.expr(t.additional_properties)
        if extra == "unknown" or not t.properties:
            return extra
        members = _unique([extra] + [self.expr(p.type) for p in t.properties])
        if "unknown" in members:
            return "unknown"
        if any(not p.required for p in t.properties):
            members.append("undefined")
        return " | ".join(_group(m) for m in members)


def _primitive(t: Primitive) -> str:
    if t.kind == "string":
        return f"{CORE}.Uploadable" if t.is_binary else "string"
    if t.kind in ("integer", "number"):
        return "number"
    if t.kind == "boolean":
        return "boolean"
    if t.kind == "null":
        return "null"
    return "unknown"


def _group(text: str) -> str:
    """Parenthesise a union or intersection before it is combined with something else."""
    depth = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == "'":
                in_string = False
            continue
        if ch == "'":
            in_string = True
        elif ch in "(<{[":
            depth += 1
        elif ch in ")>}]":
            depth -= 1
        elif depth == 0 and ch in "|&":
            return f"({text})"
    return text


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
