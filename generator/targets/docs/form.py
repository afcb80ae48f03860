"""Request fields as a tree the Try-it console fills in: an object is a group of its fields, an
array has add/remove items, an array of enum values offers them as checkboxes, a union offers a
variant picker, and every input carries the constraints the console checks as it is typed.

A schema met again inside itself (a recursive schema), one nested deeper than MAX_DEPTH, and a
shape no form expresses (maps, free values, allOf of several parts) are edited as JSON text there."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, assert_never

from markupsafe import Markup

from ...examples import Examples
from ...markdown import render_markdown
from ...model import Api
from ...model.types import (
    AnyType,
    ArrayType,
    Bounds,
    Constraints,
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
from .fields import Option, example_text, range_text, type_label

# Node kinds the console's form script knows (assets/form.js).
OBJECT, ARRAY, CHOICES, UNION, SCALAR, JSON_NODE = "object", "array", "choices", "union", "scalar", "json"
STRUCTURED = (OBJECT, ARRAY, CHOICES, UNION)
TREE = "nested"  # the widget of a top-level field shown as a FormNode tree
MAX_DEPTH = 6
OPEN_AT_MOST = 6  # a top-level object with more fields than this starts folded
_BOOLEAN_OPTIONS = (Option("true", "true"), Option("false", "false"))


@dataclass(frozen=True)
class FormNode:
    kind: str  # object | array | choices | union | scalar | json
    id: str  # DOM id of the node's input (scalar, json) or group
    name: str  # property name on the wire; "" for array items and union variants
    label: str  # what the node is called on the page
    type_label: str
    required: bool
    deprecated: bool
    description_html: Markup
    widget: str  # scalar: text | integer | number | select; "" otherwise
    options: tuple[Option, ...]  # select values, enum array values, union variant names
    placeholder: str
    notes: str  # constraints and default in words: "Allowed: 1 to 100 · Pattern: ^[a-z]+$"
    described_by: str  # the ids of the description, notes and error line the input refers to
    rules: str  # JSON text of what the console checks (type, bounds, lengths, pattern, items)
    children: tuple[FormNode, ...]  # object: its fields; array: the item; union: the variants
    fold_label: str  # what a folded group says about itself: "7 fields", "2 variants"
    open: bool = False  # a group shown unfolded when the page opens
    tag_name: str = ""  # a union variant: its discriminator property, set when the variant is picked
    tag_value: str = ""  # and that property's value (JSON text)


@dataclass(frozen=True)
class _Site:
    """Where a node sits: its id, wire name, shown label and the property's own documentation."""

    id: str
    name: str
    label: str
    required: bool
    prop: Property | None


class FormBuilder:
    """Builds the field trees of one page's request properties."""

    def __init__(self, api: Api, base_url: str | None, examples: Examples) -> None:
        self.api = api
        self.base_url = base_url
        self.examples = examples

    def property_node(self, prop: Property, node_id: str) -> FormNode:
        node = self._node(prop.type, _Site(node_id, prop.name, prop.name, prop.required, prop), (), 0)
        return replace(node, open=node.kind != OBJECT or len(node.children) <= OPEN_AT_MOST)

    def _node(self, t: TypeRef, site: _Site, seen: tuple[str, ...], depth: int) -> FormNode:
        shape, seen, cycle = self._shape(t, seen)
        if cycle or depth > MAX_DEPTH:
            return self._json(t, site)
        match shape:
            case ObjectType():
                # extra keys (additionalProperties) go through the object's JSON editor
                return self._object(t, shape, site, seen, depth) if shape.properties else self._json(t, site)
            case ArrayType():
                return self._array(t, shape, site, seen, depth)
            case IntersectionType():
                parts = _described(shape)
                return self._node(parts[0], site, seen, depth) if len(parts) == 1 else self._json(t, site)
            case UnionType():
                return self._union(t, shape, site, seen, depth) if shape.variants else self._json(t, site)
            case LiteralType():
                options = tuple(Option(json.dumps(v, ensure_ascii=False), example_text(v)) for v in shape.values)
                return self._make(SCALAR, t, site, widget="select", options=options, rules={"type": shape.base})
            case Primitive():
                return self._primitive(t, shape, site)
            case MapType() | AnyType() | RefType():
                return self._json(t, site)
            case _:
                assert_never(shape)

    def _object(self, t: TypeRef, shape: ObjectType, site: _Site, seen: tuple[str, ...], depth: int) -> FormNode:
        children = tuple(
            self._node(p.type, _Site(f"{site.id}-{i}", p.name, p.name, p.required, p), seen, depth + 1)
            for i, p in enumerate(q for q in shape.properties if not q.read_only)
        )
        return self._make(OBJECT, t, site, children=children, description=self._schema_text(t, site))

    def _union(self, t: TypeRef, shape: UnionType, site: _Site, seen: tuple[str, ...], depth: int) -> FormNode:
        variants = []
        for i, variant in enumerate(shape.variants):
            node = self._node(variant, _Site(f"{site.id}-v{i}", "", type_label(self.api, variant), False, None), seen, depth + 1)
            tag_name, tag_value = _tag(shape, variant)
            variants.append(replace(node, open=True, tag_name=tag_name, tag_value=tag_value))  # shown at once when picked
        options = tuple(Option(str(i), _variant_name(self.api, shape, v, i)) for i, v in enumerate(shape.variants))
        return self._make(UNION, t, site, options=options, children=tuple(variants), description=self._schema_text(t, site))

    def _primitive(self, t: TypeRef, shape: Primitive, site: _Site) -> FormNode:
        if shape.kind == "boolean":
            return self._make(SCALAR, t, site, widget="select", options=_BOOLEAN_OPTIONS, rules={"type": "boolean"})
        if shape.kind in ("integer", "number", "string") and not shape.is_binary:
            widget = "text" if shape.kind == "string" else shape.kind
            return self._make(SCALAR, t, site, widget=widget, rules=_scalar_rules(shape), notes=_scalar_notes(shape))
        return self._json(t, site)

    def _array(self, t: TypeRef, shape: ArrayType, site: _Site, seen: tuple[str, ...], depth: int) -> FormNode:
        rules, notes = _item_rules(shape.constraints)
        item_shape, _, _ = self._shape(shape.items, seen)
        if isinstance(item_shape, LiteralType):
            options = tuple(Option(json.dumps(v, ensure_ascii=False), example_text(v)) for v in item_shape.values)
            return self._make(CHOICES, t, site, options=options, rules=rules, notes=notes)
        item = replace(self._node(shape.items, _Site(f"{site.id}-item", "", "item", False, None), seen, depth + 1), open=True)
        return self._make(ARRAY, t, site, children=(item,), rules=rules, notes=notes)

    def _shape(self, t: TypeRef, seen: tuple[str, ...]) -> tuple[TypeRef, tuple[str, ...], bool]:
        """The shape behind t's references, the references followed so far, and whether t leads
        back into a schema this branch is already inside."""
        while isinstance(t, RefType):
            if t.key in seen:
                return t, seen, True
            seen = (*seen, t.key)
            t = self.api.schema(t.key).type
        return t, seen, False

    def _json(self, t: TypeRef, site: _Site) -> FormNode:
        return self._make(JSON_NODE, t, site, placeholder=json.dumps(self.examples.for_type(t), ensure_ascii=False))

    def _schema_text(self, t: TypeRef, site: _Site) -> str | None:
        """A group's own words, else those of the schema it names."""
        if site.prop is not None and site.prop.description:
            return site.prop.description
        return self.api.schema(t.key).description if isinstance(t, RefType) else None

    def _make(
        self,
        kind: str,
        t: TypeRef,
        site: _Site,
        *,
        widget: str = "",
        options: tuple[Option, ...] = (),
        children: tuple[FormNode, ...] = (),
        rules: dict[str, Any] | None = None,
        notes: tuple[str, ...] = (),
        placeholder: str = "",
        description: str | None = None,
    ) -> FormNode:
        prop = site.prop
        text = description if description is not None else prop.description if prop is not None else None
        default = (f"Default: {example_text(prop.default)}",) if prop is not None and prop.has_default else ()
        if not placeholder and prop is not None and prop.has_example and not isinstance(prop.example, (dict, list)):
            placeholder = example_text(prop.example)
        description_html = Markup(render_markdown(text, self.base_url)) if text else Markup("")
        notes_text = " · ".join((*notes, *default))
        described = (f"{site.id}-description" if description_html else "", f"{site.id}-notes" if notes_text else "", f"{site.id}-error")
        return FormNode(
            kind=kind,
            id=site.id,
            name=site.name,
            label=site.label,
            type_label=type_label(self.api, t),
            required=site.required,
            deprecated=prop.deprecated if prop is not None else False,
            description_html=description_html,
            widget=widget,
            options=options,
            placeholder=placeholder,
            notes=notes_text,
            described_by=" ".join(part for part in described if part),
            rules=json.dumps({**(rules or {}), "required": site.required}, sort_keys=True),
            children=children,
            fold_label=_fold_label(kind, children, options),
        )


def _fold_label(kind: str, children: tuple[FormNode, ...], options: tuple[Option, ...]) -> str:
    counted = {OBJECT: (len(children), "field"), CHOICES: (len(options), "value"), UNION: (len(options), "variant")}
    if kind == ARRAY:
        return "Items"
    if kind not in counted:
        return ""
    count, unit = counted[kind]
    return f"{count} {unit}" + ("" if count == 1 else "s")


def _described(shape: IntersectionType) -> tuple[TypeRef, ...]:
    """The parts that say something: `allOf: [$ref, {description: ...}]` is the reference alone."""
    return tuple(p for p in shape.parts if not isinstance(p, AnyType))


def scalar_check(api: Api, t: TypeRef, required: bool) -> tuple[str, str]:
    """What the console checks in a top-level text or number field (JSON text, "" for other
    shapes) and those constraints in words, its range left out (the field shows it already)."""
    shape = api.resolve(t)
    if not isinstance(shape, Primitive) or shape.kind not in ("string", "integer", "number") or shape.is_binary:
        return "", ""
    rules = _scalar_rules(shape)
    if set(rules) <= {"type", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "range"}:
        return "", ""  # the field's own type and range check says it all
    words = " · ".join(n for n in _scalar_notes(shape) if not n.startswith("Allowed: "))
    return json.dumps({**rules, "required": required}, sort_keys=True), words


def _discriminator_value(union: UnionType, variant: TypeRef) -> str | None:
    if union.discriminator is not None and isinstance(variant, RefType):
        for value, key in union.discriminator.mapping:
            if key == variant.key:
                return value
    return None


def _tag(union: UnionType, variant: TypeRef) -> tuple[str, str]:
    """The discriminator property that names this variant and its value as JSON text ("", "" when none)."""
    value = _discriminator_value(union, variant)
    if union.discriminator is None or value is None:
        return "", ""
    return union.discriminator.property_name, json.dumps(value, ensure_ascii=False)


def _variant_name(api: Api, union: UnionType, variant: TypeRef, index: int) -> str:
    value = _discriminator_value(union, variant)
    if union.discriminator is not None and value is not None:
        return f"{union.discriminator.property_name}: {value}"
    return f"{index + 1}. {type_label(api, variant)}"


def _scalar_rules(shape: Primitive) -> dict[str, Any]:
    rules: dict[str, Any] = {"type": shape.kind}
    if shape.format:
        rules["format"] = shape.format
    bounds, constraints = shape.bounds or Bounds(), shape.constraints or Constraints()
    for key, value in (
        ("minimum", bounds.minimum),
        ("maximum", bounds.maximum),
        ("multipleOf", constraints.multiple_of),
        ("minLength", constraints.min_length),
        ("maxLength", constraints.max_length),
        ("pattern", constraints.pattern),
    ):
        if value is not None:
            rules[key] = value
    if bounds.exclusive_minimum:
        rules["exclusiveMinimum"] = True
    if bounds.exclusive_maximum:
        rules["exclusiveMaximum"] = True
    if shape.bounds is not None:
        rules["range"] = range_text(shape.bounds)
    return rules


def _scalar_notes(shape: Primitive) -> tuple[str, ...]:
    constraints = shape.constraints or Constraints()
    notes = []
    if shape.bounds is not None and range_text(shape.bounds):
        notes.append(f"Allowed: {range_text(shape.bounds)}")
    if constraints.multiple_of is not None:
        notes.append(f"Multiple of {example_text(constraints.multiple_of)}")
    length = _count_text(constraints.min_length, constraints.max_length, "character")
    if length:
        notes.append(f"Length: {length}")
    if constraints.pattern:
        notes.append(f"Pattern: {constraints.pattern}")
    if shape.format and shape.kind == "string":  # a number's format is in its type label already
        notes.append(f"Format: {shape.format}")
    return tuple(notes)


def _item_rules(constraints: Constraints | None) -> tuple[dict[str, Any], tuple[str, ...]]:
    c = constraints or Constraints()
    rules: dict[str, Any] = {"type": "array"}
    if c.min_items is not None:
        rules["minItems"] = c.min_items
    if c.max_items is not None:
        rules["maxItems"] = c.max_items
    count = _count_text(c.min_items, c.max_items, "item")
    return rules, ((f"Items: {count}",) if count else ())


def _count_text(low: int | None, high: int | None, unit: str) -> str:
    def units(n: int) -> str:
        return f"{n} {unit}" + ("" if n == 1 else "s")

    if low is not None and high is not None:
        return units(high) if low == high else f"{low} to {units(high)}"
    if low is not None and low > 0:
        return f"at least {units(low)}"
    if high is not None:
        return f"at most {units(high)}"
    return ""
