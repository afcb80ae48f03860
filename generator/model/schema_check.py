"""Checking values against a spec's own schemas with a JSON Schema validator (jsonschema).

An OpenAPI schema is nearly JSON Schema: this turns one into a standalone 2020-12 document
(references become `$defs`, 3.0's `nullable` and boolean exclusive bounds become their JSON Schema
forms, OpenAPI-only keywords are dropped). In a request, a required `readOnly` property is not
required: the server sets it, as the OpenAPI rule says.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError

from ..load.refs import Located, SpecSet

_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
                  "unevaluatedProperties", "unevaluatedItems", "additionalItems")
# Formats checked, fixed so the result never depends on which optional checkers a machine has
# installed (jsonschema checks uri, hostname... only when extra packages are present);
# uri's checker is the pinned rfc3986-validator, date-time's comes with openapi-spec-validator.
GENERATOR_FORMATS = ("date", "date-time", "email", "ipv4", "ipv6", "uri", "uri-reference", "uuid")
_DROPPED = {"discriminator", "xml", "externalDocs", "example", "examples", "nullable", "deprecated", "$schema", "$id", "$anchor"}


class SchemaChecker:
    """Validates values against schemas of one spec; converted schemas are kept for the next check."""

    def __init__(self, specs: SpecSet, openapi_version: str, formats: FormatChecker | None = None) -> None:
        """formats: the checker to use; by default the generator's fixed set (GENERATOR_FORMATS)."""
        self.specs = specs
        self.formats = formats or FormatChecker(formats=GENERATOR_FORMATS)
        self.legacy = openapi_version.startswith("3.0")
        self._defs: dict[str, Any] = {}
        self._names: dict[tuple[str, str], str] = {}

    def problems(self, node: Located, value: Any) -> list[str]:
        """What is wrong with value for the schema at node, one line each (empty when it is valid)."""
        schema = dict(self._convert(node, 0), **{"$defs": self._defs})
        validator = Draft202012Validator(schema, format_checker=self.formats)
        try:
            return sorted(f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {_one_line(e.message)}" for e in validator.iter_errors(value))
        except (SchemaError, ValueError, TypeError, RecursionError) as error:  # an unusable regex or schema in the spec
            return [f"the schema cannot be checked: {error}"]

    def _reference(self, target: Located) -> dict[str, Any]:
        key = (target.file, target.pointer)
        if key not in self._names:
            name = f"s{len(self._names)}"
            self._names[key] = name
            self._defs[name] = True  # claimed before converting, so recursion ends here
            self._defs[name] = self._convert(target, 0)
        return {"$ref": f"#/$defs/{self._names[key]}"}

    def _convert(self, node: Located, depth: int) -> Any:
        schema = node.value
        if isinstance(schema, bool) or not isinstance(schema, dict) or depth > 200:
            return schema if isinstance(schema, bool) else True
        if "$ref" in schema:
            target = self.specs.resolve_ref(schema["$ref"], node)
            if target is None:
                return True
            ref = self._reference(target)
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            if self.legacy or not siblings:
                return ref
            return {"allOf": [ref, self._convert(Located(siblings, node.file, node.pointer), depth + 1)]}
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in _DROPPED or key.startswith("x-"):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                out[key] = {str(k): self._convert(node.child(key, k), depth + 1) for k in value}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self._convert(node.child(key, i), depth + 1) for i in range(len(value))]
            elif key in _SCHEMA_VALUES and isinstance(value, (dict, bool)):
                out[key] = self._convert(node.child(key), depth + 1)
            else:
                out[key] = value
        out = _without_read_only_requirements(out, schema, self.specs, node)
        if self.legacy:
            out = _legacy_bounds(out)
            if schema.get("nullable") is True:
                out = _nullable(out)
        return out


def _without_read_only_requirements(out: dict[str, Any], schema: dict[str, Any], specs: SpecSet, node: Located) -> dict[str, Any]:
    props = schema.get("properties")
    required = out.get("required")
    if not isinstance(props, dict) or not isinstance(required, list):
        return out
    kept = []
    for name in required:
        prop = specs.deref(node.child("properties", name)) if name in props else None
        if prop is None or not (isinstance(prop.value, dict) and prop.value.get("readOnly") is True):
            kept.append(name)
    return dict(out, required=kept)


def _legacy_bounds(out: dict[str, Any]) -> dict[str, Any]:
    """3.0: exclusiveMinimum/Maximum are booleans that make minimum/maximum exclusive."""
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(exclusive), bool):
            flag = out.pop(exclusive)
            if flag and bound in out:
                out[exclusive] = out.pop(bound)
    return out


def _nullable(out: dict[str, Any]) -> dict[str, Any]:
    kind = out.get("type")
    if isinstance(kind, str):
        out = dict(out, type=[kind, "null"])
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [out, {"type": "null"}]}


def _one_line(message: str, limit: int = 160) -> str:
    """Validator messages quote the value; a diagnostic is one line of readable length."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
