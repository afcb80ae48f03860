"""The example request of every operation of a spec, checked against the operation's own parameter
and body schemas as written in the spec (found from the raw document, not from the model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from jsonschema import Draft202012Validator

from generator.spec_to_api import load_api
from generator.load.refs import Located, SpecSet
from generator.model import Api, Operation
from generator.requests import example_request
from generator.model.schema_check import SchemaChecker


def example_problems(spec: Path, name: str) -> tuple[int, dict[str, list[str]]]:
    """(operations checked, problems by "METHOD path") for every operation of the spec."""
    loaded = load_api(spec, name, validate=False)
    assert loaded.api is not None and isinstance(loaded.api, Api), [d.render() for d in loaded.diagnostics]
    specs = loaded.specs
    root = specs.root()
    assert root is not None
    # every format jsonschema knows (the test extra installs the optional checkers: uri, hostname...)
    checker = SchemaChecker(specs, str(root.value.get("openapi", "3.1")), Draft202012Validator.FORMAT_CHECKER)
    found: dict[str, list[str]] = {}
    for operation in loaded.api.operations:
        raw = _raw_operation(specs, root, operation)
        if raw is None:
            continue
        problems = list(_operation_problems(specs, checker, raw, operation, loaded.api))
        if problems:
            found[f"{operation.method.upper()} {operation.path}"] = problems
    return len(loaded.api.operations), found


def _raw_operation(specs: SpecSet, root: Located, operation: Operation) -> tuple[Located, Located] | None:
    for section in ("paths", "webhooks"):
        items = root.value.get(section)
        if isinstance(items, dict) and operation.path in items:
            item = specs.deref(root.child(section, operation.path))
            if item is not None and isinstance(item.value, dict) and operation.method in item.value:
                return item, item.child(operation.method)
    return None


def _parameters(specs: SpecSet, item: Located, op: Located) -> dict[tuple[str, str], Located]:
    found: dict[tuple[str, str], Located] = {}
    for owner in (item, op):
        listed = owner.value.get("parameters")
        for i in range(len(listed) if isinstance(listed, list) else 0):
            param = specs.deref(owner.child("parameters", i))
            if param is not None and isinstance(param.value, dict):
                found[(str(param.value.get("in")), str(param.value.get("name")))] = param
    return found


def _schema_of(specs: SpecSet, holder: Located, content_type: str | None = None) -> Located | None:
    if "schema" in holder.value:
        return holder.child("schema")
    content = holder.value.get("content")
    if isinstance(content, dict) and content:
        chosen = content_type if content_type in content else next(iter(content))
        media = holder.child("content", chosen)
        if isinstance(media.value, dict) and "schema" in media.value:
            return media.child("schema")
    return None


def _operation_problems(specs: SpecSet, checker: SchemaChecker, raw: tuple[Located, Located], operation: Operation, api: Api) -> Iterator[str]:
    item, op = raw
    request = example_request(api, operation)
    params = _parameters(specs, item, op)
    body_fields: dict[str, Any] = {}
    whole_body: Any = None
    has_body = False
    for arg, value in request.values:
        if arg.location in ("path", "query", "header", "cookie"):
            param = params.get((arg.location, arg.name))
            schema = _schema_of(specs, param) if param is not None else None
            if schema is not None:
                yield from (f"{arg.location} {arg.name}: {p}" for p in checker.problems(schema, value))
        elif arg.location == "field":
            body_fields[arg.name] = value
            has_body = True
        elif arg.location == "body":
            whole_body, has_body = value, True
    for (location, name), param in sorted(params.items()):
        if param.value.get("required") is True and location != "header" and not any(a.name == name and a.location == location for a, _ in request.values):
            yield f"{location} {name}: required but not in the example request"
    body_node = specs.deref(op.child("requestBody")) if "requestBody" in op.value else None
    if body_node is None or not isinstance(body_node.value, dict) or operation.request_body is None:
        return
    if operation.request_body.kind == "binary" or not has_body and not body_node.value.get("required"):
        return
    schema = _schema_of(specs, body_node, operation.request_body.content_type)
    if schema is not None:
        value = whole_body if whole_body is not None else body_fields
        yield from (f"body: {p}" for p in checker.problems(schema, value))


def recorded_body_problems(spec: Path, name: str, operation_id: str, body: Any) -> list[str]:
    """What the spec's own schema finds wrong in a JSON request body an SDK sent for one operation."""
    loaded = load_api(spec, name, validate=False)
    assert loaded.api is not None and isinstance(loaded.api, Api)
    specs = loaded.specs
    root = specs.root()
    assert root is not None
    checker = SchemaChecker(specs, str(root.value.get("openapi", "3.1")), Draft202012Validator.FORMAT_CHECKER)
    operation = next(op for op in loaded.api.operations if op.id == operation_id)
    raw = _raw_operation(specs, root, operation)
    assert raw is not None and operation.request_body is not None
    body_node = specs.deref(raw[1].child("requestBody"))
    assert body_node is not None
    schema = _schema_of(specs, body_node, operation.request_body.content_type)
    assert schema is not None
    return checker.problems(schema, body)
