"""JSON Schema (OpenAPI 3.0 and 3.1 dialects) to TypeRef, declaring NamedSchemas as it goes.

Every $ref target and every inline object becomes a NamedSchema, keyed by where it is written
(file, pointer), so a schema reached along two paths is declared once and recursion ends at the
key registered before the body is built.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from ..diagnostics import Diagnostics
from ..load.refs import Located, SpecSet
from ..naming import Scope, pascal_case, python_class_name, python_identifier, ts_type_name
from .api import Names, NamedSchema
from .constraints import bounds_of, constraints_of, required_sets
from .discriminators import discriminator_mapping
from .example_check import ExampleFit
from .types import (
    AnyType,
    ArrayType,
    Discriminator,
    IntersectionType,
    LiteralType,
    MapType,
    ObjectType,
    Primitive,
    Property,
    RefType,
    TypeRef,
    UnionType,
    with_nullable,
)

_PRIMITIVES = ("string", "integer", "number", "boolean", "null")
_COMPOSITIONS = ("allOf", "oneOf", "anyOf")


def first_example(schema: dict[str, Any]) -> tuple[bool, Any]:
    """3.0 `example`, else the first of 3.1 `examples` (an array in a schema)."""
    if "example" in schema:
        return True, schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


class SchemaBuilder:
    def __init__(self, specs: SpecSet, diagnostics: Diagnostics) -> None:
        self.specs = specs
        self.diagnostics = diagnostics
        self._keys: dict[tuple[str, str], str] = {}
        self._declared: dict[str, NamedSchema] = {}
        self._order: list[str] = []
        self._building: set[str] = set()
        self._key_scope = Scope(fold_case=True)
        self._ts_scope = Scope(fold_case=True)
        self._py_scope = Scope(fold_case=True)
        self.example_fit = ExampleFit(specs, diagnostics)

    # -- declarations -------------------------------------------------------------------------
    @property
    def schemas(self) -> tuple[NamedSchema, ...]:
        return tuple(self._declared[k] for k in self._order if k in self._declared)

    def declared_type(self, key: str) -> TypeRef | None:
        declared = self._declared.get(key)
        return None if declared is None else declared.type

    def reserve_type_name(self, name: str) -> None:
        self._ts_scope.reserve(name)
        self._py_scope.reserve(name)

    def register_components(self, components: Located) -> None:
        """Claim component names first so they keep their names whatever is hoisted later."""
        if not isinstance(components.value, dict):
            return
        for name in components.value:
            self._register(components.child(name), str(name))
        for name in components.value:
            self.ref_to(components.child(name), str(name))

    def _register(self, node: Located, hint: str, identity: tuple[str, str] | None = None) -> str:
        where = identity or (node.file, node.pointer)
        if where not in self._keys:
            key = self._key_scope.allocate(pascal_case(hint) or "Model") if hint else "Model"
            self._keys[where] = key
            self._order.append(key)
        return self._keys[where]

    def ref_to(self, node: Located, hint: str, identity: tuple[str, str] | None = None) -> RefType:
        """Declare (once) the schema at node and return a reference to it."""
        key = self._register(node, hint, identity)
        if key not in self._declared and key not in self._building:
            self._declare(key, node)
        return RefType(key)

    def _declare(self, key: str, node: Located) -> None:
        self._building.add(key)
        raw = node.value if isinstance(node.value, dict) else {}
        body = self.type_of(node, key, top=True)
        has_example, example = self.example_fit.kept(first_example(raw), node, node)
        ts_name = self._ts_scope.allocate(ts_type_name(key))
        py_name = self._py_scope.allocate(python_class_name(key))
        self._declared[key] = NamedSchema(
            key=key,
            names=Names(original=key, ts=ts_name, py=py_name, pascal=pascal_case(key) or key),
            type=body,
            description=_text(raw.get("description")),
            title=_text(raw.get("title")),
            deprecated=raw.get("deprecated") is True,
            example=example,
            has_example=has_example,
            pointer=node.pointer,
            file=node.file,
        )
        self._building.discard(key)

    # -- types --------------------------------------------------------------------------------
    def type_of(self, node: Located, context: str, top: bool = False) -> TypeRef:
        schema = node.value
        if isinstance(schema, bool):
            return AnyType()
        if not isinstance(schema, dict):
            self.diagnostics.warning(node.file, node.pointer, f"a schema must be an object, not {_json_kind(schema)}: read as an untyped value", "schema")
            return AnyType()
        if "$ref" in schema:
            target = self.specs.resolve_ref(schema["$ref"], node)
            if target is None:
                return AnyType()
            return self.ref_to(target, _ref_hint(target))
        nullable = schema.get("nullable") is True
        result = self._shape(node, schema, context, top)
        return with_nullable(result, True) if nullable or _type_list_has_null(schema) else result

    def _shape(self, node: Located, schema: dict[str, Any], context: str, top: bool) -> TypeRef:
        if "const" in schema:
            return _literal((schema["const"],), schema)
        if isinstance(schema.get("enum"), list):
            return _literal(tuple(schema["enum"]), schema)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(node, schema, context, top)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and not (required_sets(schema) and _declares_properties(schema)):
                union = self._union(node, keyword, context)
                if _declares_properties(schema):
                    return IntersectionType((self._own_object(node, context + "Base"), union))
                return union
        types = _types(schema)
        if len(types) > 1:
            variants = tuple(self._single_type(node, schema, t, context, top=False) for t in types)
            return UnionType(variants, exclusive=True)
        return self._single_type(node, schema, types[0] if types else None, context, top)

    def _single_type(self, node: Located, schema: dict[str, Any], kind: str | None, context: str, top: bool) -> TypeRef:
        if kind == "object" or (kind is None and _declares_properties(schema)):
            return self._object_or_hoist(node, context, top)
        if kind == "array" or (kind is None and "items" in schema):
            items = schema.get("items")
            if isinstance(items, (dict, bool)):
                return ArrayType(self.type_of(node.child("items"), context + "Item"), constraints=constraints_of(schema))
            return ArrayType(AnyType(), constraints=constraints_of(schema))
        if kind in _PRIMITIVES:
            fmt = schema.get("format")
            bounds = bounds_of(schema) if kind in ("integer", "number") else None
            return Primitive(kind, fmt if isinstance(fmt, str) else None, nullable=kind == "null", bounds=bounds, constraints=constraints_of(schema))
        return AnyType()

    def _own_object(self, node: Located, hint: str) -> RefType:
        """The properties written beside allOf/oneOf/anyOf, declared as their own object.

        It lives at the same place as the composed schema, so it gets its own identity there;
        hoisting the node itself would make the schema refer to itself."""
        schema = node.value
        own = {k: schema[k] for k in ("properties", "required", "additionalProperties") if k in schema}
        return self.ref_to(Located(dict(own, type="object"), node.file, node.pointer), hint, (node.file, node.pointer + "#own"))

    def _object_or_hoist(self, node: Located, context: str, top: bool) -> TypeRef:
        schema = node.value
        props = schema.get("properties")
        if isinstance(props, dict) and props:
            return self.object_body(node, context) if top else self.ref_to(node, _title_or(schema, context))
        additional = schema.get("additionalProperties")
        if isinstance(additional, dict) and additional:
            return MapType(self.type_of(node.child("additionalProperties"), context + "Value"))
        return MapType(AnyType())

    def object_body(self, node: Located, context: str, inherited: tuple[Property, ...] = ()) -> ObjectType:
        schema = node.value
        props_node = node.child("properties") if isinstance(schema.get("properties"), dict) else None
        if props_node is not None and isinstance(props_node.value.get("$ref"), str):
            # a whole properties map shared by reference (seen in multi-file specs)
            props_node = self.specs.deref(props_node)
        props = props_node.value if props_node is not None and isinstance(props_node.value, dict) else {}
        required = set(schema.get("required") or []) if isinstance(schema.get("required"), list) else set()
        merged = list(inherited)
        for name in props:
            name = str(name)
            assert props_node is not None
            prop = self._property(props_node.child(name), name, name in required, context)
            merged = merge_property(merged, prop)
        # a base's optional property made required by the child stays one property, now required
        merged = [_require(p) if p.name in required else p for p in merged]
        additional: TypeRef | None = None
        ap = schema.get("additionalProperties")
        if ap is True or (isinstance(ap, dict) and not ap):
            additional = AnyType()
        elif isinstance(ap, dict):
            additional = self.type_of(node.child("additionalProperties"), context + "Value")
        return ObjectType(properties=tuple(merged), additional_properties=additional, required_sets=required_sets(schema))

    def _property(self, child: Located, name: str, required: bool, context: str) -> Property:
        raw = child.value if isinstance(child.value, dict) else {}
        type_ = self.type_of(child, context + pascal_case(name))
        described = self.describe(child)
        has_example, example = self.example_fit.kept(first_example(raw), child, child)
        return Property(
            name=name,
            type=type_,
            required=required,
            description=described,
            deprecated=raw.get("deprecated") is True,
            read_only=raw.get("readOnly") is True,
            write_only=raw.get("writeOnly") is True,
            default=raw.get("default"),
            has_default="default" in raw,
            example=example,
            has_example=has_example,
        )

    def describe(self, node: Located) -> str | None:
        """A schema's own description, else (for a bare $ref) the description of its target."""
        raw = node.value if isinstance(node.value, dict) else {}
        if isinstance(raw.get("description"), str):
            return _text(raw["description"])
        if "$ref" in raw:
            target = self.specs.deref(node)
            if target is not None and isinstance(target.value, dict):
                return _text(target.value.get("description"))
        return None

    def _all_of(self, node: Located, schema: dict[str, Any], context: str, top: bool) -> TypeRef:
        parts = [node.child("allOf", i) for i in range(len(schema["allOf"]))]
        own_shape = _declares_properties(schema)
        if len(parts) == 1 and not own_shape:
            return self.type_of(parts[0], context, top)
        resolved = [self.specs.deref(p) for p in parts]
        if all(r is not None and _object_like(self.specs, r) for r in resolved) and not any(
            k in schema for k in ("oneOf", "anyOf")
        ):
            if not top:
                return self.ref_to(node, _title_or(schema, context))
            inherited: list[Property] = []
            for part, target in zip(parts, resolved):
                assert target is not None
                if isinstance(part.value, dict) and "$ref" in part.value:
                    # a named base is declared (in the order it is met) even when only its children use it
                    self.type_of(part, context)
                for prop in self._flattened(target, context):
                    inherited = merge_property(inherited, prop)
            return self.object_body(node, context, tuple(inherited))
        types = tuple(self.type_of(p, f"{context}Part{i + 1}") for i, p in enumerate(parts))
        if own_shape:
            types += (self._own_object(node, context + "Own"),)
        return IntersectionType(types)

    def _flattened(self, node: Located, context: str) -> tuple[Property, ...]:
        """Every property an object-like schema has, following its own allOf chain."""
        declared = self._declared.get(self._keys.get((node.file, node.pointer), ""))
        if declared is not None and isinstance(declared.type, ObjectType):
            return declared.type.properties
        schema = node.value
        inherited: list[Property] = []
        for i in range(len(schema.get("allOf") or [])):
            target = self.specs.deref(node.child("allOf", i))
            if target is not None and isinstance(target.value, dict):
                for prop in self._flattened(target, context):
                    inherited = merge_property(inherited, prop)
        return self.object_body(node, context, tuple(inherited)).properties

    def _union(self, node: Located, keyword: str, context: str) -> TypeRef:
        members = node.value[keyword]
        variants: dict[TypeRef, Located] = {}
        nullable = False
        for i, member in enumerate(members):
            if isinstance(member, dict) and (member.get("type") == "null" or member.get("type") == ["null"]):
                nullable = True
                continue
            variants.setdefault(self.type_of(node.child(keyword, i), f"{context}Option{i + 1}"), node.child(keyword, i))
        unique = tuple(variants)
        if not unique:
            return Primitive("null", nullable=True)
        if len(unique) == 1:
            return with_nullable(unique[0], True) if nullable else unique[0]
        discriminator = self._discriminator(node, variants)
        return UnionType(unique, discriminator, exclusive=keyword == "oneOf", nullable=nullable)

    def _discriminator(self, node: Located, variants: dict[TypeRef, Located]) -> Discriminator | None:
        raw = node.value.get("discriminator")
        if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
            return None
        mapping: list[tuple[str, str]] = []
        declared_mapping = raw.get("mapping")
        explicit = declared_mapping if isinstance(declared_mapping, dict) else {}
        for value, ref in explicit.items():
            target_ref = ref if isinstance(ref, str) and ("#" in ref or "/" in ref or "." in ref) else f"#/components/schemas/{ref}"
            target = self.specs.resolve_ref(target_ref, node.child("discriminator", "mapping", value))
            if target is not None:
                mapping.append((str(value), self.ref_to(target, _ref_hint(target)).key))
        named = [(variant.key, member) for variant, member in variants.items() if isinstance(variant, RefType)]
        prop = raw["propertyName"]
        return Discriminator(prop, discriminator_mapping(self.specs, self.diagnostics, node, prop, mapping, named))


def _title_or(schema: dict[str, Any], context: str) -> str:
    """Hoisted inline objects take their title when it makes a name (Circle), else the context."""
    title = schema.get("title")
    return title if isinstance(title, str) and pascal_case(title) else context


def merge_property(props: list[Property], prop: Property) -> list[Property]:
    """A later definition of a property refines an earlier one in place (allOf semantics):
    its type wins, it stays required if either says so, the first description is kept."""
    for i, existing in enumerate(props):
        if existing.name == prop.name:
            refined = replace(
                prop,
                required=prop.required or existing.required,
                description=prop.description or existing.description,
            )
            return props[:i] + [refined] + props[i + 1 :]
    return props + [prop]


def _require(prop: Property) -> Property:
    return prop if prop.required else replace(prop, required=True)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def _types(schema: dict[str, Any]) -> list[str]:
    raw = schema.get("type")
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list):
        kept = [t for t in raw if isinstance(t, str) and t != "null"]
        return kept or (["null"] if "null" in raw else [])
    return []


def _type_list_has_null(schema: dict[str, Any]) -> bool:
    raw = schema.get("type")
    return isinstance(raw, list) and "null" in raw and len(raw) > 1


def _declares_properties(schema: dict[str, Any]) -> bool:
    return isinstance(schema.get("properties"), dict) and bool(schema["properties"])


def _object_like(specs: SpecSet, node: Located, depth: int = 0) -> bool:
    schema = node.value
    if not isinstance(schema, dict) or depth > 32:
        return False
    if any(k in schema for k in ("oneOf", "anyOf", "enum", "const")):
        return False
    if isinstance(schema.get("allOf"), list):
        for i in range(len(schema["allOf"])):
            target = specs.deref(node.child("allOf", i))
            if target is None or not _object_like(specs, target, depth + 1):
                return False
        return True
    types = _types(schema)
    return types == ["object"] or (not types and ("properties" in schema or "additionalProperties" in schema))


def _literal(values: tuple[Any, ...], schema: dict[str, Any]) -> TypeRef:
    kept = tuple(v for v in values if v is not None and not isinstance(v, (dict, list)))
    nullable = len(kept) < len(values) and any(v is None for v in values)
    if not kept:
        return Primitive("null", nullable=True) if nullable else AnyType()
    base = "string"
    if all(isinstance(v, bool) for v in kept):
        base = "boolean"
    elif all(isinstance(v, int) and not isinstance(v, bool) for v in kept):
        base = "integer"
    elif all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in kept):
        base = "number"
    elif not all(isinstance(v, str) for v in kept):
        kept = tuple(str(v) for v in kept)
    return LiteralType(tuple(dict.fromkeys(kept)), base, nullable=nullable)


def _ref_hint(target: Located) -> str:
    """A name for a referenced schema: its component name, else the file's stem."""
    if target.pointer:
        return target.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    return os.path.splitext(os.path.basename(target.file))[0]


__all__ = ["SchemaBuilder", "first_example", "python_identifier"]
