"""Checking values against a spec's own schemas with a JSON Schema validator (jsonschema).

An OpenAPI schema is nearly JSON Schema: this turns one into a standalone 2020-12 document
(references become `$defs`, 3.0's `nullable` and boolean exclusive bounds become their JSON Schema
forms, OpenAPI-only keywords are dropped). In a request, a required `readOnly` property is not
required: the server sets it, as the OpenAPI rule says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..cache import EXAMPLE_VERDICTS, cache_key
from ..fingerprint import fingerprint
from ..load.refs import Located, SpecSet

if TYPE_CHECKING:
    from jsonschema import FormatChecker

_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
                  "unevaluatedProperties", "unevaluatedItems", "additionalItems")
# Formats checked, fixed so the result never depends on which optional checkers a machine has
# installed (jsonschema checks uri, hostname... only when extra packages are present);
# uri's checker is the pinned rfc3986-validator, date-time's comes with openapi-spec-validator.
GENERATOR_FORMATS = ("date", "date-time", "email", "ipv4", "ipv6", "uri", "uri-reference", "uuid")
# OpenAPI-only keywords, and annotations that never change a verdict (an edited description
# leaves the kept verdicts valid)
_DROPPED = {"discriminator", "xml", "externalDocs", "example", "examples", "nullable", "deprecated", "$schema", "$id", "$anchor",
            "description", "title", "$comment"}


class Verdicts:
    """What the checks of one provider's spec found at the last run of the same code, by a
    fingerprint of the standalone schema and the value: a run whose examples and the schemas
    they are checked against are unchanged needs no validator (nor its import)."""

    def __init__(self, provider: str, code: str) -> None:
        self._key, self._code = cache_key("example verdicts", provider), code
        entry = EXAMPLE_VERDICTS.load(self._key)
        found = entry.get("verdicts") if isinstance(entry, dict) and entry.get("code") == code else None
        self._previous: dict[bytes, list[str]] = found if isinstance(found, dict) else {}
        self._used: dict[bytes, list[str]] = {}

    def get(self, key: bytes) -> list[str] | None:
        found = self._previous.get(key)
        if found is not None:
            self._used[key] = found
        return found

    def put(self, key: bytes, problems: list[str]) -> None:
        self._used[key] = problems

    def save(self) -> None:
        """This run's verdicts become the next run's (one memo per provider, replaced)."""
        if self._used != self._previous:
            EXAMPLE_VERDICTS.store(self._key, {"code": self._code, "verdicts": self._used})


_DEFS = "#/$defs/"


class SchemaChecker:
    """Validates values against schemas of one spec; converted schemas are kept for the next check."""

    def __init__(self, specs: SpecSet, openapi_version: str, formats: FormatChecker | None = None,
                 verdicts: Verdicts | None = None) -> None:
        """formats: the checker to use; by default the generator's fixed set (GENERATOR_FORMATS),
        whose verdicts may be kept between runs (`verdicts`)."""
        self.specs = specs
        self._formats = formats
        self.verdicts = verdicts if formats is None else None
        self.legacy = openapi_version.startswith("3.0")
        self._defs: dict[str, Any] = {}
        self._names: dict[tuple[str, str], str] = {}

    def problems(self, node: Located, value: Any) -> list[str]:
        """What is wrong with value for the schema at node, one line each (empty when it is valid)."""
        root = self._convert(node, 0)
        schema = dict(root, **{"$defs": self._reached(root)})
        if self.verdicts is None:
            return self._validate(schema, value)
        key = fingerprint((schema, value))
        found = self.verdicts.get(key)
        if found is None:
            found = self._validate(schema, value)
            self.verdicts.put(key, found)
        return list(found)

    def _validate(self, schema: dict[str, Any], value: Any) -> list[str]:
        from jsonschema import Draft202012Validator, FormatChecker
        from jsonschema.exceptions import SchemaError

        if self._formats is None:
            self._formats = FormatChecker(formats=GENERATOR_FORMATS)
        validator = Draft202012Validator(schema, format_checker=self._formats)
        try:
            return sorted(f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {_one_line(e.message)}" for e in validator.iter_errors(value))
        except (SchemaError, ValueError, TypeError, RecursionError) as error:  # an unusable regex or schema in the spec
            return [f"the schema cannot be checked: {error}"]

    def _reached(self, root: Any) -> dict[str, Any]:
        """The `$defs` the converted schema refers to, directly or through one another."""
        reached: dict[str, Any] = {}
        pending = [root]
        while pending:
            value = pending.pop()
            if isinstance(value, dict):
                ref = value.get("$ref")
                if isinstance(ref, str) and ref.startswith(_DEFS):
                    name = ref[len(_DEFS):]
                    if name not in reached and name in self._defs:
                        reached[name] = self._defs[name]
                        pending.append(self._defs[name])
                pending.extend(value.values())
            elif isinstance(value, list):
                pending.extend(value)
        return dict(sorted(reached.items()))

    def _reference(self, target: Located) -> dict[str, Any]:
        key = (target.file, target.pointer)
        if key not in self._names:
            name = f"s{len(self._names)}"
            self._names[key] = name
            self._defs[name] = True  # claimed before converting, so recursion ends here
            self._defs[name] = self._convert(target, 0)
        return {"$ref": f"{_DEFS}{self._names[key]}"}

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
