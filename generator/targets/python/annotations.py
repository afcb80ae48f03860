"""Python type expressions and response decoders for TypeRefs.

Annotations are written for modules that `import typing as _t` and `import datetime as _dt`, so no
schema name can shadow what they rely on. Output ("out") types describe responses (model classes);
input ("in") types describe arguments (TypedDicts named by `param_names`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import assert_never

from ...literals import py_literal, py_string
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

BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "object"})


@dataclass
class Refs:
    """Names an annotation refers to, so the module can import them (models or param types)."""

    models: set[str] = field(default_factory=set)
    params: set[str] = field(default_factory=set)


class Annotator:
    def __init__(self, api: Api, param_names: dict[str, str]) -> None:
        self.api = api
        self.param_names = param_names
        self._pure: dict[str, bool] = {}

    # -- annotations ---------------------------------------------------------------------------

    def out(self, t: TypeRef, refs: Refs, qualify: bool = False) -> str:
        return self._nullable(self._out(t, refs, qualify), t.nullable)

    def inp(self, t: TypeRef, refs: Refs, qualify: bool = False, expanding: frozenset[str] = frozenset()) -> str:
        return self._nullable(self._in(t, refs, qualify, expanding), t.nullable)

    @staticmethod
    def _nullable(text: str, nullable: bool) -> str:
        if not nullable or text in ("_t.Any", "None") or text.endswith(" | None"):
            return text
        return text + " | None"

    @staticmethod
    def _builtin(name: str, qualify: bool) -> str:
        return f"_b.{name}" if qualify else name

    def _primitive(self, t: Primitive, qualify: bool, inputs: bool) -> str:
        if t.kind == "string":
            if t.format == "date":
                return "_dt.date | " + self._builtin("str", qualify) if inputs else "_dt.date"
            if t.format == "date-time":
                return "_dt.datetime | " + self._builtin("str", qualify) if inputs else "_dt.datetime"
            if t.format == "binary":
                return "_FileTypes" if inputs else self._builtin("bytes", qualify)
            return self._builtin("str", qualify)
        simple = {"integer": "int", "number": "float", "boolean": "bool"}.get(t.kind)
        if simple:
            return self._builtin(simple, qualify)
        return "None" if t.kind == "null" else "_t.Any"

    def _literal(self, t: LiteralType, qualify: bool) -> str:
        values = [v for v in t.values if v is not None]
        if values and all(isinstance(v, (str, int)) for v in values):
            return "_t.Literal[" + ", ".join(py_literal(v) for v in values) + "]"
        base = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(t.base)
        return self._builtin(base, qualify) if base else "_t.Any"

    @staticmethod
    def _union(parts: list[str]) -> str:
        unique = list(dict.fromkeys(parts))
        if "_t.Any" in unique:
            return "_t.Any"
        nullable = "None" in unique
        unique = [p.removesuffix(" | None") for p in unique if p != "None"]
        unique = list(dict.fromkeys(unique))
        if not unique:
            return "None"
        return " | ".join(unique) + (" | None" if nullable or any(p.endswith(" | None") for p in parts) else "")

    def _out(self, t: TypeRef, refs: Refs, qualify: bool) -> str:
        match t:
            case Primitive():
                return self._primitive(t, qualify, inputs=False)
            case LiteralType():
                return self._literal(t, qualify)
            case ArrayType():
                return f"{self._builtin('list', qualify)}[{self.out(t.items, refs, qualify)}]"
            case MapType():
                return f"{self._builtin('dict', qualify)}[{self._builtin('str', qualify)}, {self.out(t.values, refs, qualify)}]"
            case RefType():
                name = self.api.schema(t.key).names.py
                refs.models.add(name)
                return name
            case UnionType():
                return self._union([self.out(v, refs, qualify) for v in t.variants])
            case ObjectType():
                return f"{self._builtin('dict', qualify)}[{self._builtin('str', qualify)}, _t.Any]"
            case AnyType() | IntersectionType():
                return "_t.Any"
            case _:
                assert_never(t)

    def _in(self, t: TypeRef, refs: Refs, qualify: bool, expanding: frozenset[str]) -> str:
        match t:
            case Primitive():
                return self._primitive(t, qualify, inputs=True)
            case LiteralType():
                return self._literal(t, qualify)
            case ArrayType():
                return f"_t.Sequence[{self.inp(t.items, refs, qualify, expanding)}]"
            case MapType():
                return f"_t.Mapping[{self._builtin('str', qualify)}, {self.inp(t.values, refs, qualify, expanding)}]"
            case RefType():
                return self._in_reference(t, refs, qualify, expanding)
            case UnionType():
                return self._union([self.inp(v, refs, qualify, expanding) for v in t.variants])
            case ObjectType():
                return f"_t.Mapping[{self._builtin('str', qualify)}, _t.Any]"
            case AnyType() | IntersectionType():
                return "_t.Any"
            case _:
                assert_never(t)

    def _in_reference(self, t: RefType, refs: Refs, qualify: bool, expanding: frozenset[str]) -> str:
        """An object takes its TypedDict; an alias its model name when inputs and outputs agree,
        else the alias's own type written for inputs."""
        schema = self.api.schema(t.key)
        if isinstance(schema.type, ObjectType):
            name = self.param_names[t.key]
            refs.params.add(name)
            return name
        if self.is_pure(t.key):
            refs.models.add(schema.names.py)
            return schema.names.py
        if t.key in expanding:
            return "_t.Any"
        return self.inp(schema.type, refs, qualify, expanding | {t.key})

    def is_pure(self, key: str) -> bool:
        """An alias whose output type reaches no object: the same annotation serves inputs."""
        if key in self._pure:
            return self._pure[key]
        self._pure[key] = True  # a cycle through aliases alone reaches no object
        schema = self.api.schema(key)
        pure = not isinstance(schema.type, ObjectType) and self._pure_type(schema.type)
        self._pure[key] = pure
        return pure

    def _pure_type(self, t: TypeRef) -> bool:
        match t:
            case Primitive():
                return t.format not in ("date", "date-time", "binary")
            case LiteralType() | AnyType():
                return True
            case ArrayType():
                return self._pure_type(t.items)
            case MapType():
                return self._pure_type(t.values)
            case RefType():
                return self.is_pure(t.key)
            case UnionType():
                return all(self._pure_type(v) for v in t.variants)
            case ObjectType() | IntersectionType():
                return False
            case _:
                assert_never(t)

    # -- decoders --------------------------------------------------------------------------------

    def decoder(self, t: TypeRef | None, visiting: frozenset[str] = frozenset()) -> object:
        match t:
            case None:
                return None
            case Primitive():
                return {"date": "date", "date-time": "datetime"}.get(t.format or "") if t.kind == "string" else None
            case ArrayType():
                inner = self.decoder(t.items, visiting)
                return None if inner is None else ("list", inner)
            case MapType():
                inner = self.decoder(t.values, visiting)
                return None if inner is None else ("map", inner)
            case RefType():
                schema = self.api.schema(t.key)
                if isinstance(schema.type, ObjectType):
                    return ("model", schema.names.py)
                if t.key in visiting:
                    return None
                return self.decoder(schema.type, visiting | {t.key})
            case UnionType():
                return self._union_decoder(t, visiting)
            case LiteralType() | AnyType() | ObjectType() | IntersectionType():
                return None
            case _:
                assert_never(t)

    def _union_decoder(self, t: UnionType, visiting: frozenset[str]) -> object:
        variants = tuple(self.decoder(v, visiting) for v in t.variants)
        mapping: tuple[tuple[str, object], ...] = ()
        if t.discriminator is not None:
            mapping = tuple((value, self.decoder(RefType(key), visiting)) for value, key in t.discriminator.mapping)
        if all(v is None for v in variants) and not any(s is not None for _, s in mapping):
            return None
        prop = t.discriminator.property_name if t.discriminator is not None else None
        return ("union", variants, prop, mapping)


def decoder_literal(decoder: object) -> str:
    """A decoder as Python source; every string goes through py_string."""
    if decoder is None:
        return "None"
    if isinstance(decoder, str):
        return py_string(decoder)
    if isinstance(decoder, tuple):
        items = [decoder_literal(item) for item in decoder]
        if len(items) == 1:
            return f"({items[0]},)"
        return "(" + ", ".join(items) + ")"
    raise TypeError(f"unexpected decoder {decoder!r}")
