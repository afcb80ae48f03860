"""Operations as methods in the resource modules that modules.py names, imported on first use."""

from __future__ import annotations

from typing import Mapping

from ...literals import one_line, py_string
from ...model import Api, Operation, Parameter
from ...model.pagination import Paginations
from ...model.response_headers import declared_headers
from ...model.sdk_errors import declared_error_bodies
from .annotations import Annotator, Refs
from .layout import call, collection, nested_tuple
from .models import model_modules, param_modules
from .modules import ModuleLayout, ResourceModule
from .pagination import page_view
from .streams import stream_returns
from .views import ArgumentView, EndpointView, MethodView, ResourceView, TypeImport


HEADER_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "array": "list[str]"}


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


def _param_source(param: Parameter) -> str:
    """`_Param(name=..., ...)` as black writes it inside an exploded `params=(...)`; the flags
    that are off are left to their defaults."""
    fields = [
        f"name={py_string(param.name)}",
        f"location={py_string(param.location)}",
        f"style={py_string(param.style)}",
        f"explode={param.explode}",
    ]
    if param.allow_reserved:
        fields.append("allow_reserved=True")
    if (param.content_type or "").endswith("json"):
        fields.append("json_content=True")
    # laid out with the comma that follows it in `params=(...)`, which counts towards the line
    return collection("_Param(", fields, "),", indent=8)[:-1]


def _error_decoders(operation: Operation, annotator: Annotator) -> str:
    """`error_decoders=(("400", decoder), ...),` for the operation's declared error bodies."""
    pairs = [(r.status, annotator.decoder(r.type)) for r in declared_error_bodies(operation)]
    return nested_tuple("error_decoders=", tuple(pairs), ",", indent=4) if pairs else ""


def method_view(operation: Operation, annotator: Annotator, refs: Refs, constant: str, paginations: Paginations,
                idempotency: str | None = None) -> MethodView:
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
    pagination = paginations.of(operation)
    streams = stream_returns(operation, annotator, refs, returns, response_kind, arguments)
    headers = declared_headers(annotator.api, operation)
    headers_name = annotator.api.identifiers.operation(operation.id).response_headers
    security = _tuple([
        _tuple([f"({py_string(key)}, {_tuple([py_string(s) for s in scopes])})" for key, scopes in requirement.schemes])
        for requirement in operation.security
    ])
    params_src = [_param_source(p) for p in operation.parameters]
    endpoint = EndpointView(
        constant=constant,
        method=py_string(operation.method),
        path=py_string(operation.path),
        params=tuple(params_src),
        security=security,
        body_kind=py_string(body.kind) if body is not None else "None",
        content_type=py_string(body.content_type) if body is not None else "None",
        omit_empty_body=body is not None and bool(body.fields) and (not body.required or body.kind != "json"),
        response_kind=streams.response_kind if streams else py_string(response_kind),
        response_decoder=nested_tuple("response_decoder=", decoder, ",", indent=4),
        error_decoders=_error_decoders(operation, annotator),
        idempotency_header=py_string(idempotency) if idempotency else "",
        server=py_string(operation.servers[0].default_url) if operation.servers and operation.servers != api_servers else "",
        stream_flag=streams.stream_flag if streams else "",
        event_decoder=streams.event_decoder if streams else "",
        response_headers=collection(
            "response_headers=(", [f"({py_string(h.name)}, {py_string(h.kind)})" for h in headers], "),", indent=4
        ) if headers else "",
    )
    if streams is not None:
        returns = streams.returns
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
        page=page_view(pagination, annotator, refs, returns, constant + "_PAGES") if pagination is not None else None,
        async_returns=streams.async_returns if streams else returns,
        async_returns_literal=py_string(streams.async_returns if streams else returns),
        overloads=streams.overloads if streams else (),
        headers_type=headers_name.py if headers and headers_name is not None else "",
        headers_fields=tuple(
            (py_string(h.name), f"_t.Required[{HEADER_TYPES[h.kind]}]" if h.required else HEADER_TYPES[h.kind]) for h in headers
        ),
    )


# (class, descriptor, methods class) of the typed views `with_raw_response` and
# `with_streaming_response` give of each resource module (runtime _response.py).
RESPONSE_WRAPPERS = (
    ("SyncRawMethods", "_RawMethod", "SyncMethods"),
    ("SyncStreamedMethods", "_StreamedMethod", "SyncMethods"),
    ("AsyncRawMethods", "_AsyncRawMethod", "AsyncMethods"),
    ("AsyncStreamedMethods", "_AsyncStreamedMethod", "AsyncMethods"),
)


def response_wrappers(methods: list[MethodView]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (name, tuple(
            call(f"{m.name} = {wrapper}", [f"{owner}.{m.name}", *([m.headers_type] if m.headers_type else [])], indent=8)
            for m in methods
        ))
        for name, wrapper, owner in RESPONSE_WRAPPERS
    )


def resource_view(resource: ResourceModule, annotator: Annotator, models: Mapping[str, str], params: Mapping[str, str],
                  paginations: Paginations, idempotency: Mapping[str, str]) -> ResourceView:
    """One module of _resources/; `models` and `params` name the module of each model and argument type."""
    refs = Refs()
    methods = [
        method_view(op, annotator, refs, f"_{op.names.py.upper()}", paginations, idempotency.get(op.id))
        for op in resource.operations
    ]
    pages = [m.page for m in methods if m.page is not None]
    imports: dict[str, set[str]] = {}
    for name in refs.models:
        imports.setdefault("..models." + models[name], set()).add(name)
    for name in refs.params:
        imports.setdefault("..types." + params[name], set()).add(name)
    annotations = [a.annotation for m in methods for a in m.arguments] + [m.returns for m in methods] + [p.item for p in pages]
    return ResourceView(
        module=resource.module,
        doc=resource.doc,
        imports=tuple(TypeImport(m, tuple(sorted(n))) for m, n in sorted(imports.items())),
        methods=tuple(methods),
        uses_file_types=any("_FileTypes" in a for a in annotations),
        uses_dates=any("_dt." in a for a in annotations),
        uses_params=any(m.endpoint.params for m in methods),
        page_imports=tuple(sorted({"Pagination", *(p.sync_class[1:] for p in pages), *(p.async_class[1:] for p in pages), "AsyncPaginator"})) if pages else (),
        uses_streams=any(m.async_returns != m.returns or m.overloads for m in methods),
        response_wrappers=response_wrappers(methods),
    )


def resource_views(api: Api, annotator: Annotator, layout: ModuleLayout, paginations: Paginations,
                   idempotency: Mapping[str, str] | None = None) -> list[ResourceView]:
    models = model_modules(api, layout)
    params = param_modules(annotator.param_names, layout)
    return [resource_view(r, annotator, models, params, paginations, idempotency or {}) for r in layout.resources]
