"""Validation of the parts of other files a document reaches through $ref.

openapi-spec-validator reads the root document; a response without its description in a file
reached through a path item's $ref was never looked at. Each part reached in another file is
validated against the definition of what it is used as (path item, response, parameter, schema...)
in the same OpenAPI schema the validator uses, and reported at its own file:line:col.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..diagnostics import join_pointer, split_pointer

# what a reference is used as → the definition's name in the 2.0, 3.0 and 3.1 schemas
_DEFINITIONS = {
    "path item": ("pathItem", "PathItem", "path-item"),
    "response": ("response", "Response", "response"),
    "parameter": ("parameter", "Parameter", "parameter"),
    "request body": (None, "RequestBody", "request-body"),
    "header": ("header", "Header", "header"),
    "example": (None, "Example", "example"),
    "link": (None, "Link", "link"),
    "callback": (None, "Callback", "callbacks"),
    "schema": ("schema", "Schema", "schema"),
}
_CONTAINERS = {
    "paths": "path item", "webhooks": "path item", "pathItems": "path item", "responses": "response",
    "parameters": "parameter", "requestBodies": "request body", "headers": "header", "examples": "example",
    "links": "link", "callbacks": "callback", "securitySchemes": None, "content": None,
}
_URI = "urn:utdk:openapi-schema"


def used_as(pointer: str) -> str | None:
    """What the value a $ref written at `pointer` stands for, read from where it is written."""
    tokens = split_pointer(pointer)
    if not tokens:
        return None
    if len(tokens) > 2 and tokens[-3] == "callbacks":
        return "path item"  # callbacks/<name>/<expression>
    if tokens[-1] == "requestBody":
        return "request body"
    if len(tokens) > 1 and tokens[-2] in _CONTAINERS:
        if tokens[-2] == "examples" and tokens[-1].isdigit():
            return None  # a 3.1 schema's `examples` list holds values
        return _CONTAINERS[tokens[-2]]
    return "schema"


def fragment_findings(fragments: list[tuple[str, str, str, Any]], version: str, limit: int) -> list[tuple[str, str, str]]:
    """(file, pointer, message) for each problem in the fragments, each (file, pointer, used as, value)."""
    found: dict[tuple[str, str, str], None] = {}
    for file, pointer, kind, value in fragments:
        validator = _validator(_family(version), kind)
        if validator is None:
            continue
        for error in validator.iter_errors(value):
            error = _likeliest(error)
            found[(file, join_pointer(pointer, *error.absolute_path), error.message)] = None
            if len(found) >= limit:
                return list(found)
    return list(found)


def _likeliest(error: Any) -> Any:
    """"Not valid under any of the given schemas" says little: follow the alternative that is not a
    Reference Object (the value has no `$ref`) down to the first thing it lacks."""
    while error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)
        meant = [errors for errors in branches.values() if not any(e.validator == "required" and "'$ref'" in e.message for e in errors)]
        if len(meant) != 1:
            return error
        error = min(meant[0], key=lambda e: (-len(e.absolute_path), e.message))
    return error


def _family(version: str) -> int:
    return 0 if version.startswith("2.") else 1 if version.startswith("3.0") else 2


@lru_cache(maxsize=None)
def _validator(family: int, kind: str) -> Any:
    import jsonschema  # type: ignore[import-untyped]
    from openapi_spec_validator.schemas import schema_v2, schema_v30, schema_v31
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4, DRAFT202012

    name = _DEFINITIONS.get(kind, (None, None, None))[family]
    if name is None:
        return None
    schema: dict[str, Any] = (schema_v2, schema_v30, schema_v31)[family]
    specification = DRAFT202012 if family == 2 else DRAFT4
    resource = Resource.from_contents(schema, default_specification=specification)
    registry: Any = Registry().with_resource(_URI, resource)
    own_id = schema.get("$id") or schema.get("id")
    if own_id:
        registry = registry.with_resource(own_id.rstrip("#"), resource)
    definitions = "$defs" if family == 2 else "definitions"
    cls = jsonschema.validators.validator_for(schema)
    return cls({"$ref": f"{_URI}#/{definitions}/{name}"}, registry=registry)
