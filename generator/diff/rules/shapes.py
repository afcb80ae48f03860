"""Two shapes of one value compared, in the direction the value travels.

A request value may widen (the server accepts more) but not narrow; a response value may narrow
(the client receives less variety) but not widen. Objects are compared property by property and
named schemas once per pair and direction, so a schema used by fifty operations is reported once,
at its place in NEW, and a renamed schema with the same wire format is no change here (the SDK
surfaces report the rename)."""

from __future__ import annotations

import json
from typing import Sequence, assert_never, cast

from ...model import Api
from ...model.types import (
    AnyType,
    Bounds,
    ArrayType,
    IntersectionType,
    LiteralType,
    MapType,
    ObjectType,
    Primitive,
    RefType,
    TypeRef,
    UnionType,
    with_nullable,
)
from ..context import DiffContext
from ..findings import Level, Rule, Section

B, N = Level.BREAKING, Level.NON_BREAKING

RULES = (
    Rule("request-property-removed", B, Section.BREAKING, "request field {subject} was removed"),
    Rule("request-property-added-required", B, Section.BREAKING, "request field {subject} was added as required"),
    Rule("request-property-added-optional", N, Section.ADDED, "optional request field {subject} was added"),
    Rule("request-property-became-required", B, Section.BREAKING, "request field {subject} became required"),
    Rule("request-property-became-optional", N, Section.CHANGED, "request field {subject} became optional"),
    Rule("response-property-removed", B, Section.BREAKING, "response field {subject} was removed"),
    Rule("response-property-became-optional", B, Section.BREAKING, "response field {subject} became optional: it may be absent"),
    Rule("response-property-became-required", N, Section.CHANGED, "response field {subject} became required: it is always present"),
    Rule("response-property-added", N, Section.ADDED, "response field {subject} was added"),
    Rule("request-type-changed", B, Section.BREAKING, "the type of {subject} changed from {old} to {new}"),
    Rule("request-type-widened", N, Section.CHANGED, "the type of {subject} was widened from {old} to {new}"),
    Rule("response-type-changed", B, Section.BREAKING, "the type of {subject} changed from {old} to {new}"),
    Rule("response-type-narrowed", N, Section.CHANGED, "the type of {subject} was narrowed from {old} to {new}"),
    Rule("request-default-changed", B, Section.BREAKING, "{subject} defaults to {new} instead of {old}: requests that leave it out change meaning"),
    Rule("request-range-narrowed", B, Section.BREAKING, "{subject} accepts a narrower range: {old} became {new}"),
    Rule("request-range-widened", N, Section.CHANGED, "{subject} accepts a wider range: {old} became {new}"),
    Rule("response-range-widened", B, Section.BREAKING, "{subject} may be outside its former range: {old} became {new}"),
    Rule("response-range-narrowed", N, Section.CHANGED, "{subject} has a narrower range: {old} became {new}"),
    Rule("request-enum-value-removed", B, Section.BREAKING, "{subject} no longer accepts {values}"),
    Rule("request-enum-value-added", N, Section.ADDED, "{subject} now also accepts {values}"),
    Rule("response-enum-value-added", B, Section.BREAKING, "{subject} may now be {values}: clients that match every value need a new case"),
    Rule("response-enum-value-removed", N, Section.CHANGED, "{subject} is no longer {values}"),
)

Where = tuple[str, str]


def label(api: Api, t: TypeRef) -> str:
    """A short reader's name for a shape: string(date-time), array of Pet, enum a|b."""
    text = _bare_label(api, t)
    return f"{text} or null" if t.nullable else text


def _bare_label(api: Api, t: TypeRef) -> str:
    match t:
        case Primitive(kind=kind, format=fmt):
            return f"{kind}({fmt})" if fmt else kind
        case RefType(key=key):
            return key
        case ArrayType(items=items):
            return f"array of {label(api, items)}"
        case MapType(values=values):
            return f"map of {label(api, values)}"
        case LiteralType(values=values):
            return "enum " + "|".join(str(v) for v in values)
        case UnionType(variants=variants):
            return "one of " + ", ".join(label(api, v) for v in variants)
        case IntersectionType(parts=parts):
            return "all of " + ", ".join(label(api, p) for p in parts)
        case ObjectType():
            return "object"
        case AnyType():
            return "any"
        case _:
            assert_never(t)


def _kind(t: TypeRef) -> str:
    """Which variant a shape is, so that pairs of shapes can be told apart by name."""
    match t:
        case Primitive():
            return "primitive"
        case RefType():
            return "ref"
        case ArrayType():
            return "array"
        case MapType():
            return "map"
        case LiteralType():
            return "enum"
        case UnionType():
            return "union"
        case IntersectionType():
            return "intersection"
        case ObjectType():
            return "object"
        case AnyType():
            return "any"
        case _:
            assert_never(t)


class ShapeComparer:
    """Compares shapes for one DiffContext; remembers the schema pairs it has walked."""

    def __init__(self, ctx: DiffContext) -> None:
        self.ctx = ctx
        self.walked: set[tuple[str, str, str]] = set()
        # the operation (or webhook) whose shapes are being compared: a schema's findings name
        # the first one that reached it
        self.via = ""

    def _say(self, rule_id: str, subject: str, where: Where, **details: object) -> None:
        note = f"used by {self.via}" if self.via and not subject.startswith(self.via) else ""
        self.ctx.report(rule_id, subject, where, note=note, **details)

    def compare(self, old: TypeRef, new: TypeRef, direction: str, subject: str, where: Where) -> None:
        ctx = self.ctx
        old, new = _essential(old), _essential(new)
        if isinstance(old, RefType) and isinstance(new, RefType):
            self._nullability(old, new, direction, subject, where)
            key = (old.key, new.key, direction)
            if key in self.walked:
                return
            self.walked.add(key)
            self.compare(ctx.old.schema(old.key).type, ctx.new.schema(new.key).type, direction, new.key, ctx.at_schema(new.key))
            return
        old_shape, new_shape = ctx.old.resolve(old), ctx.new.resolve(new)
        if isinstance(old_shape, RefType) or isinstance(new_shape, RefType):
            if label(ctx.old, old_shape) != label(ctx.new, new_shape):
                self._changed(old, new, direction, subject, where)
            return
        if isinstance(old, RefType) or isinstance(new, RefType):
            # an inline shape moved into a named schema (or back): compare what they stand for
            self._nullability(old, new, direction, subject, where)
        self._body(old_shape, new_shape, direction, subject, where)

    def _body(self, old: TypeRef, new: TypeRef, direction: str, subject: str, where: Where) -> None:
        kind, new_kind = _kind(old), _kind(new)
        if kind == new_kind and self._same_kind(kind, old, new, direction, subject, where):
            return
        if new_kind == "union" and label(self.ctx.old, old) in {label(self.ctx.new, v) for v in cast(UnionType, new).variants}:
            self._verdict(old, new, direction, subject, where, True, False)  # one more alternative
        elif kind == "union" and label(self.ctx.new, new) in {label(self.ctx.old, v) for v in cast(UnionType, old).variants}:
            self._verdict(old, new, direction, subject, where, False, True)  # alternatives dropped
        else:
            self._leaf(old, new, direction, subject, where)

    def _same_kind(self, kind: str, old: TypeRef, new: TypeRef, direction: str, subject: str, where: Where) -> bool:
        """Compares two shapes of one kind part by part; False when they are leaves to compare whole."""
        if kind == "union":
            self._unions(cast(UnionType, old), cast(UnionType, new), direction, subject, where)
            return True
        if kind == "enum" and _base(cast(LiteralType, old)) != _base(cast(LiteralType, new)):
            return False
        if kind == "intersection" and len(cast(IntersectionType, old).parts) != len(cast(IntersectionType, new).parts):
            return False
        if kind not in ("object", "array", "map", "enum", "intersection"):
            return False
        self._nullability(old, new, direction, subject, where)
        if kind == "object":
            self._objects(cast(ObjectType, old), cast(ObjectType, new), direction, subject, where)
        elif kind == "array":
            self.compare(cast(ArrayType, old).items, cast(ArrayType, new).items, direction, subject + "[]", where)
        elif kind == "map":
            self.compare(cast(MapType, old).values, cast(MapType, new).values, direction, subject + "{}", where)
        elif kind == "enum":
            self._enums(cast(LiteralType, old), cast(LiteralType, new), direction, subject, where)
        else:
            for a, b in zip(cast(IntersectionType, old).parts, cast(IntersectionType, new).parts):
                self.compare(a, b, direction, subject, where)
        return True

    def _objects(self, old: ObjectType, new: ObjectType, direction: str, owner: str, where: Where) -> None:
        ctx = self.ctx
        new_props = {p.name: p for p in new.properties}
        old_props = {p.name: p for p in old.properties}
        named = ctx.is_new_schema(owner)

        def at(name: str) -> Where:
            return ctx.at_schema(owner, "properties", name) if named else where

        for name, prop in old_props.items():
            subject = f"{owner}.{name}"
            twin = new_props.get(name)
            if twin is None:
                self._say(f"{direction}-property-removed", subject, ctx.at_schema(owner) if named else where)
                continue
            if direction == "request" and twin.required and not prop.required:
                self._say("request-property-became-required", subject, at(name))
            elif direction == "request" and prop.required and not twin.required:
                self._say("request-property-became-optional", subject, at(name))
            elif direction == "response" and prop.required and not twin.required:
                self._say("response-property-became-optional", subject, at(name))
            elif direction == "response" and twin.required and not prop.required:
                self._say("response-property-became-required", subject, at(name))
            if direction == "request" and (prop.has_default, prop.default) != (twin.has_default, twin.default):
                self._say("request-default-changed", subject, at(name),
                          old=_default_text((prop.has_default, prop.default)), new=_default_text((twin.has_default, twin.default)))
            self.compare(prop.type, twin.type, direction, subject, at(name))
        for name, prop in new_props.items():
            if name in old_props:
                continue
            subject = f"{owner}.{name}"
            if direction == "response":
                self._say("response-property-added", subject, at(name))
            elif prop.required:
                self._say("request-property-added-required", subject, at(name))
            else:
                self._say("request-property-added-optional", subject, at(name))

    def _enums(self, old: LiteralType, new: LiteralType, direction: str, subject: str, where: Where) -> None:
        removed = [v for v in old.values if v not in new.values]
        added = [v for v in new.values if v not in old.values]
        if removed:
            self._say(f"{direction}-enum-value-removed", subject, where, values=_values(removed))
        if added:
            self._say(f"{direction}-enum-value-added", subject, where, values=_values(added))

    def _unions(self, old: UnionType, new: UnionType, direction: str, subject: str, where: Where) -> None:
        old_labels = {label(self.ctx.old, v): v for v in old.variants}
        new_labels = {label(self.ctx.new, v): v for v in new.variants}
        if len(old.variants) == len(new.variants) and set(old_labels) != set(new_labels):
            # variants renamed or reshaped in place: compare them in order
            self._nullability(old, new, direction, subject, where)
            for a, b in zip(old.variants, new.variants):
                self.compare(a, b, direction, subject, where)
            return
        removed = [name for name in old_labels if name not in new_labels]
        added = [name for name in new_labels if name not in old_labels]
        for name in set(old_labels) & set(new_labels):
            self.compare(old_labels[name], new_labels[name], direction, subject, where)
        if removed or added or old.nullable != new.nullable:
            wider = not removed and not (old.nullable and not new.nullable)
            narrower = not added and not (new.nullable and not old.nullable)
            self._verdict(old, new, direction, subject, where, wider, narrower)

    def _leaf(self, old: TypeRef, new: TypeRef, direction: str, subject: str, where: Where) -> None:
        wider_nullability = new.nullable or not old.nullable
        narrower_nullability = old.nullable or not new.nullable
        kinds = (_kind(old), _kind(new))
        if kinds == ("primitive", "primitive"):
            before, after = cast(Primitive, old), cast(Primitive, new)
            if (before.kind, before.format) == (after.kind, after.format):
                self._range(before, after, direction, subject, where)
                self._nullability(old, new, direction, subject, where)
                return
            kind_pair = (before.kind, after.kind)
            wider = kind_pair == ("integer", "number") or (before.kind == after.kind and after.format is None)
            narrower = kind_pair == ("number", "integer") or (before.kind == after.kind and before.format is None)
            self._verdict(old, new, direction, subject, where, wider and wider_nullability, narrower and narrower_nullability)
        elif kinds == ("enum", "primitive") and cast(LiteralType, old).base == cast(Primitive, new).kind:
            self._verdict(old, new, direction, subject, where, wider_nullability, False)
        elif kinds == ("primitive", "enum") and cast(LiteralType, new).base == cast(Primitive, old).kind:
            self._verdict(old, new, direction, subject, where, False, narrower_nullability)
        elif kinds == ("any", "any"):
            self._nullability(old, new, direction, subject, where)
        elif kinds[1] == "any":
            self._verdict(old, new, direction, subject, where, True, False)
        elif kinds[0] == "any":
            self._verdict(old, new, direction, subject, where, False, True)
        else:
            self._changed(old, new, direction, subject, where)

    def _range(self, old: Primitive, new: Primitive, direction: str, subject: str, where: Where) -> None:
        """minimum / maximum of a number (exclusive or not)."""
        before, after = old.bounds or Bounds(), new.bounds or Bounds()
        if before == after:
            return
        lower = _compare_bound(before.minimum, before.exclusive_minimum, after.minimum, after.exclusive_minimum, -1)
        upper = _compare_bound(before.maximum, before.exclusive_maximum, after.maximum, after.exclusive_maximum, 1)
        wider, narrower = lower >= 0 and upper >= 0, lower <= 0 and upper <= 0
        if direction == "request":
            rule = "request-range-widened" if wider else "request-range-narrowed"
        else:
            rule = "response-range-narrowed" if narrower else "response-range-widened"
        self._say(rule, subject, where, old=_range_text(before), new=_range_text(after))

    def _nullability(self, old: TypeRef, new: TypeRef, direction: str, subject: str, where: Where) -> None:
        if old.nullable != new.nullable:
            self._verdict(old, new, direction, subject, where, new.nullable, old.nullable)

    def _verdict(self, old: TypeRef, new: TypeRef, direction: str, subject: str, where: Where, wider: bool, narrower: bool) -> None:
        if direction == "request" and wider:
            self._report("request-type-widened", old, new, subject, where)
        elif direction == "response" and narrower:
            self._report("response-type-narrowed", old, new, subject, where)
        else:
            self._changed(old, new, direction, subject, where)

    def _changed(self, old: TypeRef, new: TypeRef, direction: str, subject: str, where: Where) -> None:
        self._report(f"{direction}-type-changed", old, new, subject, where)

    def _report(self, rule_id: str, old: TypeRef, new: TypeRef, subject: str, where: Where) -> None:
        self._say(rule_id, subject, where, old=label(self.ctx.old, old), new=label(self.ctx.new, new))


def report_default(ctx: DiffContext, old: tuple[bool, object], new: tuple[bool, object], subject: str, where: Where) -> None:
    """A default the server applies to a request that leaves the value out."""
    if old != new:
        ctx.report("request-default-changed", subject, where, old=_default_text(old), new=_default_text(new))


def _default_text(default: tuple[bool, object]) -> str:
    return json.dumps(default[1]) if default[0] else "nothing"


def _essential(t: TypeRef) -> TypeRef:
    """allOf of one schema and schemas that only describe (`allOf: [$ref], description: ...`)
    is that one schema."""
    if isinstance(t, IntersectionType):
        meaningful = [p for p in t.parts if not (isinstance(p, AnyType) and not p.nullable)]
        if len(meaningful) == 1:
            return with_nullable(meaningful[0], meaningful[0].nullable or t.nullable)
    return t


def _base(t: LiteralType) -> str:
    """Integers are numbers: an enum of 4 that becomes 4.1|4 only gained a value."""
    return "number" if t.base == "integer" else t.base


def _compare_bound(old: float | None, old_exclusive: bool, new: float | None, new_exclusive: bool, side: int) -> int:
    """1 when the new bound lets more values through on this side (side -1: minimum, 1: maximum),
    -1 when fewer, 0 when the same."""
    if old == new:
        return 0 if old_exclusive == new_exclusive else (1 if old_exclusive else -1)
    if new is None:
        return 1
    if old is None:
        return -1
    return 1 if (new - old) * side > 0 else -1


def _range_text(bounds: Bounds) -> str:
    low = "(" if bounds.exclusive_minimum else "["
    high = ")" if bounds.exclusive_maximum else "]"
    minimum = "-inf" if bounds.minimum is None else f"{bounds.minimum:g}"
    maximum = "inf" if bounds.maximum is None else f"{bounds.maximum:g}"
    return f"{low}{minimum}, {maximum}{high}"


def _values(values: Sequence[object]) -> str:
    return ", ".join(repr(v) for v in values)
