"""View objects for src/client.ts: the API description the runtime reads, and one thin method per
operation (signature, doc, a description of its request, one runtime call)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ...literals import ts_key, ts_literal, ts_string
from ...markdown import is_safe_url, resolve_url
from ...model import Api, Operation, OperationIdentifiers, Placement, SecurityRequirement
from ...model.api import Parameter
from ...model.pagination import Pagination, Paginations
from ...model.response_headers import declared_headers
from ...model.sdk_errors import declared_error_bodies
from .declarations import Doc, body_argument_key, doc_of, has_error_body, has_required_argument
from .layout import ts_call, ts_generic, ts_signature, ts_value
from .pagination import page_class, page_type, pagination_data
from .streams import stream_endpoint, stream_overloads, stream_result
from .typeexpr import TypeWriter

TYPES = "types"  # the namespace src/client.ts imports src/types.ts as
_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
METHOD_LEVEL = 1  # class members are indented once, their bodies twice
METHOD_BODY_LEVEL = 2
_RESULT_BY_KIND = {"text": "string", "binary": "Blob", "stream": "ReadableStream<Uint8Array> | null", "empty": "void"}


@dataclass(frozen=True)
class Method:
    name: str
    key: str  # the member name as written in the class body
    doc: Doc
    head: str  # the member up to its opening brace, laid out over lines when long
    call: str  # the body's return statement; the endpoint literal has every spec string through ts_literal
    overloads: tuple[str, ...] = ()  # overload heads before the implementation (a stream flag)


@dataclass(frozen=True)
class CredentialOption:
    option: str
    env_var: str
    doc: Doc


@dataclass(frozen=True)
class ClientView:
    class_name: str
    options_name: str
    description_literal: str  # the ApiDescription object literal, laid out over lines
    environment_type: str  # 'production' | 'sandbox'
    credentials: tuple[CredentialOption, ...]
    env_prefix: str
    environment_doc: Doc
    doc: Doc
    methods: tuple[str, ...]  # the operations' methods, rendered, in groups (kept.py)
    has_webhooks: bool = False  # `webhooks`, reading what the API sends (src/webhooks.ts)


def placement_data(placement: Placement) -> dict[str, Any]:
    """The model's placement as the runtime reads it (src/core/auth.ts, CredentialPlacement)."""
    spec: dict[str, Any] = {"in": placement.location, "name": placement.name}
    if placement.prefix:
        spec["prefix"] = placement.prefix
    if placement.encoding != "plain":
        spec["encoding"] = placement.encoding
    if placement.token_url is not None:
        spec["tokenUrl"] = placement.token_url
    spec["credentials"] = [c.ts_option for c in placement.credentials]
    return spec


def security_data(requirements: tuple[SecurityRequirement, ...]) -> list[dict[str, list[str]]]:
    return [{key: list(scopes) for key, scopes in req.schemes} for req in requirements]


def param_data(param: Parameter) -> dict[str, Any]:
    spec: dict[str, Any] = {"key": param.names.ts, "name": param.name, "in": param.location}
    if param.style != _DEFAULT_STYLE[param.location]:
        spec["style"] = param.style
    if param.explode != (param.style == "form"):
        spec["explode"] = param.explode
    if param.content_type and "json" in param.content_type.lower():
        spec["json"] = True
    if param.allow_reserved:
        spec["allowReserved"] = True
    return spec


def endpoint_data(api: Api, op: Operation, idempotency: str | None = None) -> dict[str, Any]:
    endpoint: dict[str, Any] = {"method": op.method, "path": op.path}
    if op.parameters:
        endpoint["params"] = [param_data(p) for p in op.parameters]
    body = op.request_body
    if body is not None:
        body_data: dict[str, Any] = {"kind": body.kind, "contentType": body.content_type}
        if body.fields:
            body_data["fields"] = [f.names.ts if f.names.ts == f.property.name else [f.names.ts, f.property.name] for f in body.fields]
        else:
            body_data["key"] = body_argument_key(api, op)
        if not body.required:
            body_data["optional"] = True
        endpoint["body"] = body_data
    if op.security != api.security:
        endpoint["security"] = security_data(op.security)
    success = op.success_response
    endpoint["response"] = success.kind if success is not None else "empty"
    headers = declared_headers(api, op)
    if headers:
        endpoint["responseHeaders"] = [[h.name, h.kind] for h in headers]
    if op.servers and op.servers != api.servers:
        endpoint["server"] = op.servers[0].default_url
    stream_endpoint(op, endpoint)
    declared = [r.status for r in declared_error_bodies(op)]
    if declared:
        endpoint["errorBodies"] = declared
    if idempotency:
        endpoint["idempotencyHeader"] = idempotency
    return endpoint


def result_type(op: Operation, writer: TypeWriter) -> str:
    success = op.success_response
    if success is None:
        return "void"
    streamed = stream_result(op, writer)
    if streamed is not None:
        return streamed
    if success.kind == "json":
        return writer.expr(success.type) if success.type is not None else "unknown"
    return _RESULT_BY_KIND[success.kind]


def promise_type(op: Operation, names: OperationIdentifiers, writer: TypeWriter, result: str | None = None) -> str:
    """`core.APIPromise<Result>`, with the declared headers' type when the answer declares some."""
    headers = f", {TYPES}.{names.response_headers.ts}" if names.response_headers is not None else ""
    return f"core.APIPromise<{result or result_type(op, writer)}{headers}>"


def external_docs(op: Operation, docs_url: str | None) -> str | None:
    """The operation's documentation link, relative ones resolved against the provider's docs site."""
    if not op.external_docs_url:
        return None
    url = resolve_url(op.external_docs_url, docs_url)
    return url if "://" in url and is_safe_url(url) else None


def method_doc(op: Operation, error_body: str | None, docs_url: str | None = None) -> Doc:
    tags = [f"{op.method.upper()} {op.path}"]
    see = external_docs(op, docs_url)
    if see:
        tags.append(f"@see {see}")
    if error_body:
        tags.append(f"@throws {{core.APIStatusError<{TYPES}.{error_body}>}} when the API answers with an error status.")
    return doc_of(op.summary, op.description if op.description != op.summary else None, deprecated=op.deprecated, tags=tuple(tags))


def method_key(name: str) -> str:
    """A class member name; `constructor` is computed so it stays a method, not the constructor (and
    it replaces Object's `constructor` property, which strict mode wants said)."""
    return f"override [{ts_string(name)}]" if name == "constructor" else ts_key(name)


def _call_statement(endpoint: dict[str, Any], page: tuple[str, dict[str, Any], str] | None = None) -> str:
    """`return this._call(endpoint, params, options);` (a paginated method:
    `return this._list(core.Page, endpoint, pagination, params, options);`); when that is too long,
    the arguments go one per line and the literals are laid out for that line."""
    callee, head = (
        (ts_generic("return this._list", page[2], METHOD_BODY_LEVEL, after="("), [page[0]]) if page else ("return this._call", [])
    )
    literals = [endpoint, page[1]] if page else [endpoint]
    statement = ts_call(callee, (*head, *(ts_literal(v) for v in literals), "params", "options"), METHOD_BODY_LEVEL)
    if "\n" not in statement:
        return statement
    return ts_call(callee, (*head, *(ts_value(v, METHOD_BODY_LEVEL + 1) for v in literals), "params", "options"), METHOD_BODY_LEVEL)


def method_result(op: Operation, names: OperationIdentifiers, writer: TypeWriter, pagination: Pagination | None) -> str:
    """What the method returns: an APIPromise of the result, or a PagePromise of its pages."""
    if pagination is not None:
        return f"core.PagePromise<{page_type(pagination, writer, result_type(op, writer))}>"
    return promise_type(op, names, writer)


def method_view(api: Api, op: Operation, names: OperationIdentifiers, writer: TypeWriter, has_error_body: bool,
                docs_url: str | None, pagination: Pagination | None = None, idempotency: str | None = None) -> Method:
    optional = not has_required_argument(op)
    params = f"params: {TYPES}.{names.ts_params}" + (" = {}" if optional else "")
    parameters = (params, "options?: core.RequestOptions")
    key = method_key(op.names.ts)
    page = (
        (page_class(pagination), pagination_data(api, op, pagination), page_type(pagination, writer, result_type(op, writer)))
        if pagination is not None else None
    )
    overloads, result = stream_overloads(op, writer, key, f"{TYPES}.{names.ts_params}", optional,
                                         result_type(op, writer), METHOD_LEVEL, promise_type(op, names, writer, "{}"))
    returns = method_result(op, names, writer, pagination) if pagination is not None else promise_type(op, names, writer, result)
    return Method(
        name=op.names.ts,
        key=key,
        doc=method_doc(op, names.ts_error_body if has_error_body else None, docs_url),
        head=ts_signature(key, parameters, returns, METHOD_LEVEL),
        call=_call_statement(endpoint_data(api, op, idempotency), page),
        overloads=overloads,
    )


def method_views(api: Api, docs_url: str | None, paginations: Paginations | None = None,
                 idempotency: Mapping[str, str] | None = None) -> Callable[[Operation], Method]:
    """What makes an operation's method view (made only where its kept text is not found)."""
    writer = TypeWriter(api, TYPES)

    def view(op: Operation) -> Method:
        return method_view(api, op, api.identifiers.operation(op.id), writer, has_error_body(op), docs_url,
                           paginations.of(op) if paginations is not None else None, (idempotency or {}).get(op.id))

    return view


def client_view(api: Api, methods: tuple[str, ...], has_webhooks: bool = False, sdk: tuple[str, str] | None = None) -> ClientView:
    """src/client.ts's view around its methods' texts."""
    description = {
        "name": api.client_names.ts,
        "envPrefix": api.env_prefix,
        "environments": {s.environment: s.default_url for s in api.servers},
        "credentials": [{"option": c.ts_option, "envVar": c.env_var} for c in api.credentials],
        "schemes": {s.key: placement_data(s.placement) for s in api.security_schemes if s.placement is not None},
        "security": security_data(api.security),
    }
    if sdk is not None:
        description["sdk"] = {"package": sdk[0], "version": sdk[1]}
    credentials = tuple(
        CredentialOption(c.ts_option, c.env_var, doc_of(f"{c.label}. Defaults to process.env.{c.env_var}."))
        for c in api.credentials
    )
    return ClientView(
        class_name=api.client_names.ts,
        options_name=api.client_names.ts + "Options",
        description_literal=ts_value(description, 0, len("const API: core.ApiDescription = ")),
        environment_type=" | ".join(ts_literal(s.environment) for s in api.servers) or "string",
        credentials=credentials,
        env_prefix=api.env_prefix,
        environment_doc=doc_of(
            f"The server to call, by name. Defaults to the first one; {api.env_prefix}_BASE_URL or `baseURL` override it."
        ),
        doc=doc_of(api.title, api.description),
        methods=methods,
        has_webhooks=has_webhooks,
    )
