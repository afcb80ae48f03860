"""Operations: parameters, request bodies and responses, with their argument names settled."""

from __future__ import annotations

import re
from typing import Any

from ..diagnostics import Diagnostics
from ..load.refs import Located, SpecSet
from ..naming import PY_METHOD_RESERVED, Scope, pascal_case, python_identifier, ts_identifier
from .api import BodyField, Header, Names, Parameter, RequestBody, Response
from .repairs import status_code
from .schemas import SchemaBuilder, first_example
from .types import ObjectType, Property, TypeRef, follow_references

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


def path_template_names(path: str) -> list[str]:
    return _PATH_TEMPLATE.findall(path)


def body_kind(content_type: str) -> str:
    ct = content_type.lower()
    if ct == "application/json" or ct.endswith("+json") or ct == "*/*" or ct.startswith("application/json"):
        return "json"
    if ct == "multipart/form-data" or ct.startswith("multipart/"):
        return "multipart"
    if ct == "application/x-www-form-urlencoded":
        return "form"
    if ct.startswith("text/"):
        return "text"
    return "binary"


def response_kind(content_type: str) -> str:
    ct = content_type.lower()
    if ct == "text/event-stream" or ct == "application/x-ndjson" or ct == "application/jsonl":
        return "stream"
    kind = body_kind(ct)
    return "binary" if kind in ("multipart", "form") else kind


_BODY_PREFERENCE = ("json", "multipart", "form", "binary", "text")
_RESPONSE_PREFERENCE = ("json", "stream", "text", "binary")


def choose_media_type(content: dict[str, Any], kinds: tuple[str, ...], classify: Any) -> str | None:
    types = [str(ct) for ct in content]
    for kind in kinds:
        for ct in types:
            if classify(ct) == kind:
                return ct
    return types[0] if types else None


class OperationParts:
    """Builds the pieces of one operation; names are scoped to that operation."""

    def __init__(self, specs: SpecSet, schemas: SchemaBuilder, diagnostics: Diagnostics) -> None:
        self.specs = specs
        self.schemas = schemas
        self.diagnostics = diagnostics

    def parameters(self, path_item: Located, operation: Located, names: Names) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], Located] = {}
        for owner in (path_item, operation):
            raw = owner.get("parameters")
            if not isinstance(raw, list):
                continue
            for i in range(len(raw)):
                param = self.specs.deref(owner.child("parameters", i))
                if param is None or not isinstance(param.value, dict):
                    continue
                if not isinstance(param.value.get("name"), str) or param.value.get("in") not in _DEFAULT_STYLE:
                    self.diagnostics.warning(param.file, param.pointer, "parameter needs a name and `in` (path, query, header or cookie): it is left out", "parameter")
                    continue
                merged[(param.value["name"], param.value["in"])] = param
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        located = sorted(merged.values(), key=lambda p: order[p.value["in"]])
        return tuple(self._parameter(p, names) for p in located)

    def _parameter(self, node: Located, op_names: Names) -> Parameter:
        raw = node.value
        location = raw["in"]
        name = raw["name"]
        content_type = None
        schema_node: Located | None = node.child("schema") if "schema" in raw else None
        if schema_node is None and isinstance(raw.get("content"), dict) and raw["content"]:
            content_type = str(next(iter(raw["content"])))
            media = node.child("content", content_type)
            schema_node = media.child("schema") if isinstance(media.value, dict) and "schema" in media.value else None
        type_: TypeRef = self.schemas.type_of(schema_node, op_names.pascal + pascal_case(name)) if schema_node else _string()
        style = raw.get("style") if isinstance(raw.get("style"), str) else _DEFAULT_STYLE[location]
        explode = raw.get("explode") if isinstance(raw.get("explode"), bool) else style == "form"
        has_example, example = (True, raw["example"]) if "example" in raw else _first_media_example(raw)
        schema_raw = schema_node.value if schema_node is not None and isinstance(schema_node.value, dict) else {}
        if not has_example:
            has_example, example = first_example(schema_raw)
        has_example, example = self.schemas.example_fit.kept((has_example, example), schema_node, node)
        description = raw.get("description") if isinstance(raw.get("description"), str) else None
        if description is None and schema_node is not None:
            description = self.schemas.describe(schema_node)
        return Parameter(
            name=name,
            location=location,
            names=Names(original=name, ts="", py="", pascal=pascal_case(name)),
            type=type_,
            required=location == "path" or raw.get("required") is True,
            style=style,
            explode=explode,
            description=description,
            deprecated=raw.get("deprecated") is True,
            allow_reserved=raw.get("allowReserved") is True,
            hidden=raw.get("x-hidden-from-docs") is True,
            example=example,
            has_example=has_example,
            default=schema_raw.get("default"),
            has_default="default" in schema_raw,
            content_type=content_type,
        )

    def request_body(self, operation: Located, names: Names) -> RequestBody | None:
        if "requestBody" not in operation.value:
            return None
        body = self.specs.deref(operation.child("requestBody"))
        if body is None or not isinstance(body.value, dict):
            return None
        content = body.value.get("content")
        if not isinstance(content, dict) or not content:
            return None
        chosen = choose_media_type(content, _BODY_PREFERENCE, body_kind)
        assert chosen is not None
        media = body.child("content", chosen)
        media_raw = media.value if isinstance(media.value, dict) else {}
        kind = body_kind(chosen)
        if "schema" in media_raw:
            type_ = self.schemas.type_of(media.child("schema"), names.pascal + "Request")
        else:
            type_ = _string("binary") if kind == "binary" else _string()
        schema_node = media.child("schema") if "schema" in media_raw else None
        has_example, example = self.schemas.example_fit.kept(_media_example(self.specs, media), schema_node, media)
        return RequestBody(
            content_type=chosen,
            kind=kind,
            type=type_,
            required=body.value.get("required") is True,
            description=body.value.get("description") if isinstance(body.value.get("description"), str) else None,
            content_types=tuple(str(c) for c in content),
            example=example,
            has_example=has_example,
        )

    def responses(self, operation: Located, names: Names) -> tuple[Response, ...]:
        raw = operation.get("responses")
        if not isinstance(raw, dict):
            return ()
        statuses = [str(s).upper() for s in raw]
        successes = [s for s in statuses if s.startswith("2")]
        out: list[Response] = []
        for status_key in raw:
            status = status_code(str(status_key), operation.child("responses", status_key), self.diagnostics)
            node = self.specs.deref(operation.child("responses", status_key))
            if node is None or not isinstance(node.value, dict):
                continue
            declared_content = node.value.get("content")
            content = declared_content if isinstance(declared_content, dict) else {}
            chosen = choose_media_type(content, _RESPONSE_PREFERENCE, response_kind)
            type_: TypeRef | None = None
            kind = "empty"
            has_example, example = False, None
            if chosen is not None:
                media = node.child("content", chosen)
                kind = response_kind(chosen)
                suffix = "Response" if status in successes[:1] else f"Response{pascal_case(status)}"
                if isinstance(media.value, dict) and "schema" in media.value:
                    type_ = self.schemas.type_of(media.child("schema"), names.pascal + suffix)
                elif kind == "binary":
                    type_ = _string("binary")
                has_example, example = _media_example(self.specs, media)
            out.append(
                Response(
                    status=status,
                    description=node.value.get("description") if isinstance(node.value.get("description"), str) else None,
                    content_type=chosen,
                    kind=kind,
                    type=type_,
                    headers=self._headers(node),
                    example=example,
                    has_example=has_example,
                    content_types=tuple(str(c) for c in content),
                )
            )
        return tuple(out)

    def _headers(self, response: Located) -> tuple[Header, ...]:
        raw = response.get("headers")
        if not isinstance(raw, dict):
            return ()
        headers: list[Header] = []
        for name in raw:
            node = self.specs.deref(response.child("headers", name))
            if node is None or not isinstance(node.value, dict):
                continue
            type_ = self.schemas.type_of(node.child("schema"), pascal_case(str(name)) + "Header") if "schema" in node.value else _string()
            headers.append(Header(str(name), type_, node.value.get("description"), node.value.get("required") is True))
        return tuple(headers)


def settle_argument_names(parameters: tuple[Parameter, ...], body: RequestBody | None, schemas: SchemaBuilder) -> tuple[tuple[Parameter, ...], RequestBody | None]:
    """Give every parameter and body field a distinct argument name in each language.

    Body fields keep their wire names (they are what the docs show); a parameter that collides
    with one, or with another parameter of the same name in another location, is prefixed with
    its location."""
    from dataclasses import replace

    fields_props = _body_properties(body, schemas)
    wire_names = [p.name for p in fields_props]
    ts_scope = Scope()
    py_scope = Scope(PY_METHOD_RESERVED)
    for name in wire_names:
        ts_scope.reserve(name)
    body_py: list[str] = []
    for prop in fields_props:
        body_py.append(py_scope.allocate(python_identifier(prop.name), "_"))
    settled: list[Parameter] = []
    seen_wire = set(wire_names)
    for param in parameters:
        if param.location in ("header", "cookie"):
            ts_base = ts_identifier(param.name)
        else:
            ts_base = param.name
        if ts_base in seen_wire or ts_base in ts_scope:
            ts_base = f"{param.location}_{param.name}" if param.location not in ("header", "cookie") else ts_identifier(f"{param.location} {param.name}")
        ts_name = ts_scope.allocate(ts_base, "_")
        py_base = python_identifier(param.name)
        if py_base in py_scope:
            py_base = python_identifier(f"{param.location}_{param.name}")
        settled.append(replace(param, names=replace(param.names, ts=ts_name, py=py_scope.allocate(py_base, "_"))))
        seen_wire.add(param.name)
    if body is not None and fields_props:
        fields = tuple(
            BodyField(prop, Names(original=prop.name, ts=prop.name, py=py, pascal=pascal_case(prop.name)))
            for prop, py in zip(fields_props, body_py)
        )
        body = replace(body, fields=fields)
    return tuple(settled), body


def _body_properties(body: RequestBody | None, schemas: SchemaBuilder) -> tuple[Property, ...]:
    """The properties of an object body (form, multipart and JSON objects), readOnly ones left out."""
    if body is None or body.kind not in ("json", "form", "multipart"):
        return ()
    type_ = follow_references(body.type, schemas.declared_type)
    if not isinstance(type_, ObjectType) or type_.additional_properties is not None and not type_.properties:
        return ()
    return tuple(p for p in type_.properties if not p.read_only)


def undeclared_path_parameter(name: str) -> Parameter:
    """A path template's placeholder that no parameter declares: a required string."""
    return Parameter(name=name, location="path", names=Names(original=name, ts="", py="", pascal=pascal_case(name)),
                     type=_string(), required=True, style="simple", explode=False)


def _string(fmt: str | None = None) -> TypeRef:
    from .types import Primitive

    return Primitive("string", fmt)


def _first_media_example(raw: dict[str, Any]) -> tuple[bool, Any]:
    examples = raw.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return True, example["value"]
    return False, None


def _media_example(specs: SpecSet, media: Located) -> tuple[bool, Any]:
    raw = media.value if isinstance(media.value, dict) else {}
    if "example" in raw:
        return True, raw["example"]
    examples = raw.get("examples")
    if isinstance(examples, dict):
        for name in examples:
            example = specs.deref(media.child("examples", name))
            if example is not None and isinstance(example.value, dict) and "value" in example.value:
                return True, example.value["value"]
    return False, None
