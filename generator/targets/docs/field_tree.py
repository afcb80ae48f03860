"""Field trees: a body, a schema or a set of headers as nested fields (name, type with links to
schema pages, required, deprecated, allowed values, constraints, description), the one view that
response sections and schema pages render.

A tree shows its type's own fields; a field whose type is another named schema folds that
schema's fields under it, as rendered once for the schema's page (so each schema's fields are
rendered once however many pages show them), and what those contain links to its own page. A
schema that contains itself links to its page instead. Unions become labelled branches; allOf
arrives merged from the model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Mapping, TypeVar, assert_never

from markupsafe import Markup

from ...markdown import render_markdown
from ...render import template_macro
from ...model import Api, Header, Property
from ...model.types import (
    AnyType,
    ArrayType,
    Constraints,
    Discriminator,
    IntersectionType,
    LiteralType,
    MapType,
    ObjectType,
    Primitive,
    RefType,
    TypeRef,
    UnionType,
)
from .fields import example_text, range_text, type_parts

T = TypeVar("T")
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^A-Za-z0-9_-]")
# Names Windows will not open as files, whatever the extension.
_RESERVED_FILE_STEMS = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


def schema_page_paths(api: Api) -> dict[str, str]:
    """Every named schema's page, relative to the docs root ("schemas/PlaidError.html"), by
    schema key: file names made of ASCII letters, digits, `_` and `-`, unique even where case is
    ignored, in the spec's order of schemas (the first keeps the plain name)."""
    taken: set[str] = set()
    paths: dict[str, str] = {}
    for schema in api.schemas:
        stem = _UNSAFE_FILE_CHARACTERS.sub("_", schema.names.ts) or "schema"
        if stem.lower() in _RESERVED_FILE_STEMS:
            stem += "_"
        candidate, number = stem, 1
        while candidate.lower() in taken:
            number += 1
            candidate = f"{stem}-{number}"
        taken.add(candidate.lower())
        paths[schema.key] = f"schemas/{candidate}.html"
    return paths


def remembered(made: dict[TypeRef, T], t: TypeRef, make: Callable[[TypeRef], T]) -> T:
    """What make(t) gives, made once per type; a type holding a list (an object's default value)
    cannot be a key and is made each time."""
    try:
        return made[t]
    except KeyError:
        value = made[t] = make(t)
        return value
    except TypeError:
        return make(t)


@dataclass(frozen=True)
class TypeLink:
    text: str
    href: str  # the schema's page, relative to the page showing it; "" for plain text


@dataclass(frozen=True)
class FieldTree:
    """What a type holds: fields, or branches (oneOf/anyOf variants), or a link to where they are."""

    fields: tuple["FieldNode", ...] = ()
    branches: tuple["FieldNode", ...] = ()
    branch_note: str = ""  # "One of", "Any of", "All of"
    count_text: str = ""  # "12 fields", "3 variants": the toggle's words
    more_href: str = ""  # the fields are on this page instead
    more_text: str = ""
    html: Markup = Markup("")  # set: the contents, rendered once for the schema's page


@dataclass(frozen=True)
class FieldNode:
    name: str
    type_links: tuple[TypeLink, ...]
    required: bool
    nullable: bool
    deprecated: bool
    access: str  # "read-only", "write-only" or ""
    description_html: Markup
    enum_values: tuple[str, ...]  # allowed values as text
    facts: tuple[str, ...]  # constraints and default in words: "1 to 100", "pattern ^[a-z]+$"
    tree: FieldTree


EMPTY = FieldTree()


class FieldTrees:
    """Builds field trees for the pages of one provider; rendered descriptions are kept, since
    the same schemas appear on many pages."""

    def __init__(self, api: Api, base_url: str | None, paths: Mapping[str, str], root_prefix: str = "../") -> None:
        self.api = api
        self.base_url = base_url
        self.paths = paths
        self.root_prefix = root_prefix  # from a page to the docs root
        self._markdown: dict[str, Markup] = {}
        self._type_links: dict[TypeRef, tuple[TypeLink, ...]] = {}
        self._schema_fields: dict[str, FieldTree] = {}
        self._bodies: dict[TypeRef, tuple[FieldTree, Markup]] = {}
        self._in_schema_fields = False

    def href(self, key: str) -> str:
        return self.root_prefix + self.paths[key]

    def type_links(self, t: TypeRef) -> tuple[TypeLink, ...]:
        return remembered(self._type_links, t, self._links)

    def _links(self, t: TypeRef) -> tuple[TypeLink, ...]:
        return tuple(TypeLink(p.text, self.href(p.schema_key) if p.schema_key else "") for p in type_parts(self.api, t))

    def markdown(self, text: str | None) -> Markup:
        if not text:
            return Markup("")
        if text not in self._markdown:
            self._markdown[text] = Markup(render_markdown(text, self.base_url))
        return self._markdown[text]

    def tree(self, t: TypeRef) -> FieldTree:
        """The fields (or branches) of a body type; nested schemas fold their own fields."""
        return self._contents(t, (), 0)

    def body(self, t: TypeRef) -> tuple[FieldTree, Markup]:
        """A body type's tree and its markup, made once however many responses show it (every
        operation's error response is often the same)."""
        return remembered(self._bodies, t, self._body)

    def _body(self, t: TypeRef) -> tuple[FieldTree, Markup]:
        tree = self.tree(t)
        return tree, Markup(_tree_markup(tree))

    def schema_fields(self, key: str) -> FieldTree:
        """A named schema's fields (or branches), rendered once: its page shows them, and so does
        every field of its type; the schemas inside link to their pages."""
        if key not in self._schema_fields:
            self._in_schema_fields = True
            try:
                tree = self._contents(self.api.schema(key).type, (key,), 0)
            finally:
                self._in_schema_fields = False
            html = Markup(_tree_markup(tree).strip())
            self._schema_fields[key] = FieldTree(count_text=tree.count_text, branch_note=tree.branch_note, html=html)
        return self._schema_fields[key]

    def headers(self, headers: tuple[Header, ...]) -> tuple[FieldNode, ...]:
        return tuple(
            self._node(h.name, h.type, h.required, h.description, (), 1, deprecated=False, access="", default=None)
            for h in headers
        )

    # -- nodes ------------------------------------------------------------------------------------

    def _property(self, prop: Property, stack: tuple[str, ...], level: int) -> FieldNode:
        access = "read-only" if prop.read_only else "write-only" if prop.write_only else ""
        default = example_text(prop.default) if prop.has_default else None
        return self._node(prop.name, prop.type, prop.required, prop.description, stack, level, prop.deprecated, access, default)

    def _node(
        self, name: str, t: TypeRef, required: bool, description: str | None, stack: tuple[str, ...], level: int,
        deprecated: bool, access: str, default: str | None,
    ) -> FieldNode:
        shape = _innermost(self.api, t)
        if description is None and isinstance(t, RefType):
            description = self.api.schema(t.key).description
        facts = schema_facts(self.api.resolve(t))
        if default:
            facts += (f"default {default}",)
        return FieldNode(
            name=name,
            type_links=self.type_links(t),
            required=required,
            nullable=t.nullable,
            deprecated=deprecated,
            access=access,
            description_html=self.markdown(description),
            enum_values=tuple(example_text(v) for v in shape.values) if isinstance(shape, LiteralType) else (),
            facts=facts,
            tree=self._contents(t, stack, level),
        )

    # -- what a type holds ----------------------------------------------------------------------

    def _contents(self, t: TypeRef, stack: tuple[str, ...], level: int) -> FieldTree:
        match t:
            case ArrayType():
                return self._contents(t.items, stack, level)
            case MapType():
                return self._contents(t.values, stack, level)
            case RefType():
                return self._named(t.key, stack, level)
            case ObjectType():
                return self._fields(t, stack, level)
            case UnionType():
                note = "One of" if t.exclusive else "Any of"
                return self._branches(t.variants, note, t.discriminator, stack, level)
            case IntersectionType():
                return self._branches(t.parts, "All of", None, stack, level)
            case Primitive() | LiteralType() | AnyType():
                return EMPTY
            case _:
                assert_never(t)

    def _named(self, key: str, stack: tuple[str, ...], level: int) -> FieldTree:
        """A schema's fields or branches: built here at the top, else as rendered for its page, or
        a link to its page (within those, or where it contains itself); an alias shows what it
        aliases."""
        schema = self.api.schema(key)
        match schema.type:
            case ObjectType() | UnionType() | IntersectionType():
                pass
            case Primitive() | LiteralType() | AnyType() | ArrayType() | MapType() | RefType():
                return EMPTY if key in stack else self._contents(schema.type, stack + (key,), level)
            case _:
                assert_never(schema.type)
        name = schema.names.ts
        if key in stack:
            return FieldTree(more_href=self.href(key), more_text=f"{name} contains itself: its fields are on its page")
        if level == 0:
            return self._contents(schema.type, stack + (key,), level)
        if self._in_schema_fields:
            return FieldTree(more_href=self.href(key), more_text=f"Fields of {name}")
        return self.schema_fields(key)

    def _fields(self, t: ObjectType, stack: tuple[str, ...], level: int) -> FieldTree:
        fields = tuple(self._property(p, stack, level + 1) for p in t.properties)
        extra: tuple[FieldNode, ...] = ()
        if t.additional_properties is not None and not isinstance(t.additional_properties, AnyType):
            extra = (self._node("any other name", t.additional_properties, False, None, stack, level + 1, False, "", None),)
        fields += extra
        return FieldTree(fields=fields, count_text=_count(len(fields), "field"))

    def _branches(
        self, variants: tuple[TypeRef, ...], note: str, discriminator: Discriminator | None, stack: tuple[str, ...], level: int,
    ) -> FieldTree:
        labels = _discriminator_labels(discriminator)
        branches = tuple(
            self._node(labels.get(v.key, "") if isinstance(v, RefType) else "", v, False, None, stack, level, False, "", None)
            for v in variants
        )
        return FieldTree(branches=branches, branch_note=note, count_text=_count(len(branches), "variant"))


def _tree_markup(tree: FieldTree) -> str:
    """A tree as the pages show it: _field_tree.html's tree_contents."""
    return template_macro("docs/_field_tree.html", "tree_contents")(tree)


def _innermost(api: Api, t: TypeRef) -> TypeRef:
    """What an array's items (or a map's values) finally are, behind aliases."""
    for _ in range(16):
        shape = api.resolve(t)
        if isinstance(shape, ArrayType):
            t = shape.items
        elif isinstance(shape, MapType):
            t = shape.values
        else:
            return shape
    return t


def _discriminator_labels(discriminator: Discriminator | None) -> dict[str, str]:
    if discriminator is None:
        return {}
    labels: dict[str, list[str]] = {}
    for value, key in discriminator.mapping:
        labels.setdefault(key, []).append(value)
    return {key: f"{discriminator.property_name}: {', '.join(values)}" for key, values in labels.items()}


def schema_facts(t: TypeRef) -> tuple[str, ...]:
    """A value's constraints in words (bounds, lengths, pattern, item counts)."""
    facts: list[str] = []
    if isinstance(t, Primitive):
        if t.bounds is not None:
            facts.append(range_text(t.bounds))
        facts.extend(_constraint_facts(t.constraints))
    elif isinstance(t, ArrayType):
        facts.extend(_constraint_facts(t.constraints))
    return tuple(f for f in facts if f)


def _constraint_facts(c: Constraints | None) -> list[str]:
    if c is None:
        return []
    facts = []
    if c.min_length is not None and c.max_length is not None:
        facts.append(f"length {c.min_length} to {c.max_length}" if c.min_length != c.max_length else f"length {c.min_length}")
    elif c.min_length is not None:
        facts.append(f"at least {c.min_length} characters")
    elif c.max_length is not None:
        facts.append(f"at most {c.max_length} characters")
    if c.pattern is not None:
        facts.append(f"pattern {c.pattern}")
    if c.multiple_of is not None:
        facts.append(f"multiple of {example_text(c.multiple_of)}")
    if c.min_items is not None:
        facts.append(f"at least {_count(c.min_items, 'item')}")
    if c.max_items is not None:
        facts.append(f"at most {_count(c.max_items, 'item')}")
    if c.unique_items:
        facts.append("unique items")
    return facts


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
