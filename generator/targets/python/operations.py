"""Operations as methods, grouped into resource modules (by tag, in chunks) imported on first use."""

from __future__ import annotations

from ...literals import one_line, py_string
from ...model import Api, Operation
from ...naming import Scope, python_identifier
from .annotations import Annotator, Refs, decoder_literal
from .models import chunk_modules
from .views import ArgumentView, EndpointView, MethodView, ResourceView, TypeImport

METHODS_PER_MODULE = 25


def _tuple(items: list[str]) -> str:
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _argument_doc(description: str | None) -> str:
    return " ".join((description or "").split())


def _return_annotation(operation: Operation, annotator: Annotator, refs: Refs) -> tuple[str, str, object]:
    response = operation.success_response
    if response is None or response.kind == "empty":
        return "None", "empty", None
    if response.kind == "binary":
        return "bytes", "binary", None
    if response.kind in ("text", "stream"):
        return "str", response.kind, None
    if response.type is None:
        return "_t.Any", "json", None
    return annotator.out(response.type, refs), "json", annotator.decoder(response.type)


def method_view(operation: Operation, annotator: Annotator, refs: Refs, constant: str) -> MethodView:
    api_servers = annotator.api.servers
    arguments: list[ArgumentView] = []
    params_dict: list[tuple[str, str]] = []
    for param in operation.parameters:
        annotation = annotator.inp(param.type, refs)
        arguments.append(ArgumentView(param.names.py, annotation, param.required, _argument_doc(param.description)))
        params_dict.append((py_string(param.name), param.names.py))
    body = operation.request_body
    body_fields: list[tuple[str, str]] = []
    whole_body = False
    body_argument = ""
    if body is not None:
        if body.fields:
            for field in body.fields:
                prop = field.property
                annotation = annotator.inp(prop.type, refs)
                arguments.append(ArgumentView(field.names.py, annotation, prop.required and body.required, _argument_doc(prop.description)))
                body_fields.append((py_string(prop.name), field.names.py))
        else:
            whole_body = True
            if body.kind == "binary":
                annotation = "bytes"
            elif body.kind == "text":
                annotation = "str"
            else:
                annotation = annotator.inp(body.type, refs)
            whole = annotator.api.identifiers.operation(operation.id).body
            assert whole is not None
            body_argument = whole.py
            arguments.append(ArgumentView(body_argument, annotation, body.required, _argument_doc(body.description)))
    # Required arguments first reads better in signatures and docs; all are keyword-only.
    arguments.sort(key=lambda a: not a.required)
    returns, response_kind, decoder = _return_annotation(operation, annotator, refs)
    security = _tuple([
        _tuple([f"({py_string(key)}, {_tuple([py_string(s) for s in scopes])})" for key, scopes in requirement.schemes])
        for requirement in operation.security
    ])
    params_src = [
        "_Param(" + ", ".join([
            py_string(p.name), py_string(p.location), py_string(p.style), "True" if p.explode else "False",
            "True" if p.allow_reserved else "False", "True" if (p.content_type or "").endswith("json") else "False",
        ]) + ")"
        for p in operation.parameters
    ]
    endpoint = EndpointView(
        constant=constant,
        method=py_string(operation.method),
        path=py_string(operation.path),
        params=tuple(params_src),
        security=security,
        body_kind=py_string(body.kind) if body is not None else "None",
        content_type=py_string(body.content_type) if body is not None else "None",
        omit_empty_body=body is not None and bool(body.fields) and (not body.required or body.kind != "json"),
        response_kind=py_string(response_kind),
        response_spec=decoder_literal(decoder),
        server=py_string(operation.servers[0].default_url) if operation.servers and operation.servers != api_servers else "",
    )
    return MethodView(
        name=operation.names.py,
        summary=one_line(operation.summary) or f"{operation.method.upper()} {operation.path}",
        description=operation.description or "",
        deprecated=operation.deprecated,
        arguments=tuple(arguments),
        params_dict=tuple(params_dict),
        body_fields=tuple(body_fields),
        whole_body=whole_body,
        body_argument=body_argument,
        has_body=body is not None,
        returns=returns,
        returns_literal=py_string(returns),
        endpoint=endpoint,
        http_route=f"{operation.method.upper()} {operation.path}",
    )


def resource_groups(api: Api) -> list[tuple[str, list[Operation]]]:
    by_tag: dict[str, list[Operation]] = {}
    for operation in api.operations:
        by_tag.setdefault(operation.tags[0] if operation.tags else "default", []).append(operation)
    scope = Scope({"models", "types"})
    groups: list[tuple[str, list[Operation]]] = []
    for tag, operations in by_tag.items():
        stem = python_identifier(tag, "default")
        for start in range(0, len(operations), METHODS_PER_MODULE):
            groups.append((scope.allocate(stem, "_"), operations[start : start + METHODS_PER_MODULE]))
    return groups


def resource_views(api: Api, annotator: Annotator) -> list[ResourceView]:
    model_modules = chunk_modules([s.names.py for s in api.schemas], "_m")
    param_modules = chunk_modules(list(annotator.param_names.values()), "_p")
    views: list[ResourceView] = []
    for module, operations in resource_groups(api):
        refs = Refs()
        methods = [method_view(op, annotator, refs, f"_{op.names.py.upper()}") for op in operations]
        imports: dict[str, set[str]] = {}
        for name in refs.models:
            imports.setdefault("..models." + model_modules[name], set()).add(name)
        for name in refs.params:
            imports.setdefault("..types." + param_modules[name], set()).add(name)
        views.append(ResourceView(
            module=module,
            doc=f"Operations tagged {operations[0].tags[0] if operations[0].tags else 'default'}.",
            imports=tuple(TypeImport(m, tuple(sorted(n))) for m, n in sorted(imports.items())),
            methods=tuple(methods),
        ))
    return views

