"""openapi-spec-validator's validators with two costs taken out, their findings unchanged.

1. It remembers which schemas it has visited, which it has checked against the meta-schema and
   which operationIds it has seen in lists, so each lookup scans every entry before it: time
   grew with the square of the number of schemas (most of the time on a 2,000-operation spec).
   The same lists here also keep a set, so a lookup is one hash.
2. It checks every schema against the OpenAPI meta-schema with jsonschema, in Python. For
   OpenAPI 3.0 (and Swagger 2.0, checked the same way) a compiled validator of the same
   meta-schema (jsonschema-rs) answers first: when it finds the schema valid, the Python check
   is skipped; when it finds anything, or cannot read the schema (a value YAML read as a date),
   or the schema has a `pattern` (which the meta-schema asks to be a Python regular expression,
   a question for Python's `re`), the Python check runs and its message is the finding.

tests/core/test_spec_validator.py proves on every corpus document that the findings are the
same as openapi-spec-validator's own."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Iterable

from openapi_spec_validator import OpenAPIV2SpecValidator, OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords


class _SeenList(list[Any]):
    """A list whose `in` is a set lookup; values that cannot be hashed are compared as a list would."""

    def __init__(self, items: Iterable[Any] = ()) -> None:
        super().__init__()
        self._hashed: set[Any] = set()
        self._unhashable: list[Any] = []
        for item in items:
            self.append(item)

    def append(self, item: Any) -> None:
        super().append(item)
        try:
            self._hashed.add(item)
        except TypeError:
            self._unhashable.append(item)

    def __contains__(self, item: object) -> bool:
        try:
            if item in self._hashed:
                return True
        except TypeError:
            pass
        return any(item is seen or item == seen for seen in self._unhashable)


def _with_set_lookups(validator: type[Any], *names: str) -> type[Any]:
    def __init__(self: Any, registry: Any) -> None:
        validator.__init__(self, registry)
        for name in names:
            setattr(self, name, _SeenList(getattr(self, name)))

    return type(validator.__name__, (validator,), {"__init__": __init__})


@lru_cache(maxsize=1)
def _compiled_v30_meta_schema() -> Any:
    import jsonschema_rs
    from openapi_schema_validator import OAS30Validator

    return jsonschema_rs.Draft4Validator(OAS30Validator.META_SCHEMA, validate_formats=False)


def _has_key(node: Any, key: str) -> bool:
    if isinstance(node, dict):
        return key in node or any(_has_key(v, key) for v in node.values())
    if isinstance(node, list):
        return any(_has_key(v, key) for v in node)
    return False


def _valid_by_compiled_check(schema_value: Any) -> bool:
    if _has_key(schema_value, "pattern"):
        return False
    try:
        return bool(_compiled_v30_meta_schema().is_valid(schema_value))
    except (ValueError, TypeError, OverflowError):
        return False


class _V30SchemaValidator(_with_set_lookups(keywords.OpenAPIV30SchemaValidator, "visited_schema_ids", "meta_checked_schema_ids")):  # type: ignore[misc]
    def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
        python_check: Callable[[Any], None] = super()._get_schema_checker(schema, schema_value)

        def check(value: Any) -> None:
            if not _valid_by_compiled_check(value):
                python_check(value)

        return check


_V31SchemaValidator = _with_set_lookups(keywords.OpenAPIV31SchemaValidator, "visited_schema_ids", "meta_checked_schema_ids")
_OperationValidator = _with_set_lookups(keywords.OperationValidator, "operation_ids_registry")


def _faster(spec_validator: type[Any], schema_validator: type[Any]) -> type[Any]:
    replaced = {"schema": schema_validator, "operation": _OperationValidator}
    return type(spec_validator.__name__, (spec_validator,), {"keyword_validators": {**spec_validator.keyword_validators, **replaced}})


V2 = _faster(OpenAPIV2SpecValidator, _V30SchemaValidator)
V30 = _faster(OpenAPIV30SpecValidator, _V30SchemaValidator)
V31 = _faster(OpenAPIV31SpecValidator, _V31SchemaValidator)


def spec_validator_for(openapi_version: str, faster: bool = True) -> Any:
    """The validator class for a document's version; `faster=False` gives openapi-spec-validator's own."""
    if openapi_version.startswith("2."):
        return V2 if faster else OpenAPIV2SpecValidator
    if openapi_version.startswith("3.0"):
        return V30 if faster else OpenAPIV30SpecValidator
    return V31 if faster else OpenAPIV31SpecValidator
