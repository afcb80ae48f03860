"""One operation page: the Try-it console's fields, the request description the console sends
through the gateway, and the code snippet tabs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from markupsafe import Markup

from ...config import TargetOptions
from ...context import ApiContext
from ...examples import Examples
from ...markdown import is_safe_url, render_markdown, resolve_url
from .streams import stream_note
from ...model import Api, Operation, Parameter, SecurityScheme
from ...model.types import Property, RefType, TypeRef
from ...model.placement import gateway_credential_header
from .field_tree import FieldTrees, TypeLink, schema_page_paths
from .fields import FILE, JSON_TEXT, TEXTAREA, example_text, range_text, type_label, widget_for
from .form import STRUCTURED, TREE, FormBuilder, scalar_check
from .pagination import pagination_html
from .index import operation_href
from .responses import SchemaExamples, response_docs
from .snippet_tabs import Snippets, snippets_for
from .views import (
    CredentialInput,
    EnvironmentChoice,
    InputField,
    Layout,
    NavLink,
    OperationPage,
)

TypeLinks = Callable[[TypeRef], tuple[TypeLink, ...]]
_BODY_KINDS = {
    "json": "JSON body",
    "form": "Form body",
    "multipart": "Multipart form body",
    "binary": "Binary body",
    "text": "Text body",
}


def storage_key(provider: str) -> str:
    return f"utdk-docs:{provider}"


def credential_inputs(api: Api) -> tuple[CredentialInput, ...]:
    inputs: list[CredentialInput] = []
    for scheme in api.security_schemes:
        for credential in scheme.credentials:
            inputs.append(
                CredentialInput(
                    id=f"credential-{len(inputs)}",
                    label=credential.label,
                    env_var=credential.env_var,
                    scheme_note=_scheme_note(scheme),
                    input_type="password" if credential.secret else "text",
                )
            )
    return tuple(inputs)


def _scheme_note(scheme: SecurityScheme) -> str:
    placement = scheme.placement
    if scheme.kind == "apiKey" and placement is not None:
        where = {"header": "header", "query": "query parameter", "cookie": "cookie"}[placement.location]
        return f"API key sent in the {placement.name} {where}"
    if scheme.kind == "http" and scheme.http_scheme == "basic":
        return "HTTP basic authentication"
    if scheme.kind == "http":
        return f"HTTP {scheme.http_scheme or 'authorization'} token" + (f" ({scheme.bearer_format})" if scheme.bearer_format else "")
    if scheme.kind == "oauth2":
        return "OAuth 2 client credentials"
    return f"{scheme.kind} credential"


def auth_note(api: Api, operation: Operation) -> str:
    """Which of the credentials this operation sends, in words."""
    if not api.credentials:
        return ""
    if not operation.security:
        return "This operation needs no credentials."
    if any(not requirement.schemes for requirement in operation.security):
        return "Credentials are optional for this operation."
    options = []
    for requirement in operation.security:
        labels = [c.label for key, _scopes in requirement.schemes for c in api.scheme(key).credentials]
        if labels:
            options.append(" and ".join(labels))
    return f"This operation uses {' or '.join(options)}." if options else ""


def environments(api: Api, operation: Operation) -> tuple[EnvironmentChoice, ...]:
    servers = operation.servers or api.servers
    return tuple(EnvironmentChoice(s.environment, s.default_url) for s in servers)


def _parameter_field(api: Api, param: Parameter, index: int, base_url: str | None, examples: Examples, links: TypeLinks) -> InputField:
    widget = widget_for(api, param.type)
    note = "Browsers do not let a page set cookies on another site; the console leaves this out." if param.location == "cookie" else ""
    rules, constraints_text = scalar_check(api, param.type, param.required)
    return InputField(
        id=f"input-{index}",
        name=param.name,
        location=param.location,
        type_label=type_label(api, param.type),
        type_links=links(param.type),
        required=param.required,
        deprecated=param.deprecated,
        description_html=Markup(render_markdown(param.description, base_url)),
        widget=widget.kind,
        options=widget.options,
        placeholder=_placeholder(api, widget.kind, param.example, param.has_example, param.type, examples),
        default_text=example_text(param.default) if param.has_default else "",
        range_text=range_text(widget.bounds),
        bounds=widget.bounds,
        note=note,
        rules=rules,
        constraints_text=constraints_text,
    )


def _property_field(
    api: Api, prop: Property, index: int, base_url: str | None, examples: Examples, links: TypeLinks, form: FormBuilder | None
) -> InputField:
    widget = widget_for(api, prop.type)
    node = form.property_node(prop, f"input-{index}") if form is not None and widget.kind == JSON_TEXT else None
    if node is not None and node.kind in STRUCTURED:
        return InputField(
            id=node.id, name=prop.name, location="body", type_label=node.type_label, type_links=links(prop.type), required=prop.required,
            deprecated=prop.deprecated, description_html=node.description_html, widget=TREE, options=(),
            placeholder="", default_text="", range_text="", bounds=None, note="", node=node,
        )
    rules, constraints_text = scalar_check(api, prop.type, prop.required)
    return InputField(
        id=f"input-{index}",
        name=prop.name,
        location="body",
        type_label=type_label(api, prop.type),
        type_links=links(prop.type),
        required=prop.required,
        deprecated=prop.deprecated,
        description_html=Markup(render_markdown(prop.description, base_url)),
        widget=widget.kind,
        options=widget.options,
        placeholder=_placeholder(api, widget.kind, prop.example, prop.has_example, prop.type, examples),
        default_text=example_text(prop.default) if prop.has_default else "",
        range_text=range_text(widget.bounds),
        bounds=widget.bounds,
        note="",
        rules=rules,
        constraints_text=constraints_text,
    )


def _placeholder(api: Api, widget: str, example: object, has_example: bool, t: TypeRef, examples: Examples) -> str:
    """The spec's example as the user would type it; JSON fields show the shape of a value."""
    given = _example(api, example, has_example, t)
    if given is None and widget == JSON_TEXT:
        return json.dumps(examples.for_type(t), ensure_ascii=False)
    return example_text(given)


def _example(api: Api, example: object, has_example: bool, t: TypeRef) -> object:
    """The field's own example, else a scalar example on the schema it names (shown as a placeholder)."""
    if has_example:
        return example
    if isinstance(t, RefType):
        schema = api.schema(t.key)
        if schema.has_example and not isinstance(schema.example, (dict, list)):
            return schema.example
    return None


def input_fields(
    api: Api, operation: Operation, base_url: str | None, examples: Examples | None = None, trees: FieldTrees | None = None,
) -> tuple[InputField, ...]:
    examples = examples or Examples(api)
    links = (trees or FieldTrees(api, base_url, schema_page_paths(api))).type_links
    visible = (p for p in operation.parameters if not p.hidden)
    fields = [_parameter_field(api, p, i, base_url, examples, links) for i, p in enumerate(visible)]
    body = operation.request_body
    if body is not None:
        if body.fields:
            # nested fields only where the body is JSON: form encodings flatten values their own way
            form = FormBuilder(api, base_url, examples) if body.kind == "json" else None
            for prop in (f.property for f in body.fields if not f.property.read_only):
                fields.append(_property_field(api, prop, len(fields), base_url, examples, links, form))
        else:
            widget = FILE if body.kind == "binary" else TEXTAREA if body.kind == "text" else widget_for(api, body.type).kind
            if body.kind in ("json", "form", "multipart") and widget not in (FILE,):
                widget = JSON_TEXT
            fields.append(
                InputField(
                    id=f"input-{len(fields)}",
                    name="body",
                    location="body",
                    type_label=type_label(api, body.type),
                    type_links=links(body.type),
                    required=body.required,
                    deprecated=False,
                    description_html=Markup(render_markdown(body.description, base_url)),
                    widget=widget,
                    options=(),
                    placeholder=_placeholder(api, widget, body.example, body.has_example, body.type, examples) if widget in (JSON_TEXT, TEXTAREA) else "",
                    default_text="",
                    range_text="",
                    bounds=None,
                    note="",
                )
            )
    return tuple(fields)


def console_data(
    operation: Operation,
    fields: tuple[InputField, ...],
    credentials: tuple[CredentialInput, ...],
    options: TargetOptions,
    snippets: Snippets,
    choices: tuple[EnvironmentChoice, ...],
) -> dict[str, Any]:
    """What console.js needs to send the request through the gateway (see the page-gateway protocol)."""
    params = {p.name: p for p in operation.parameters}
    body = operation.request_body
    whole_body = body is not None and not body.fields
    field_data = []
    for f in fields:
        item: dict[str, Any] = {
            "id": f.id,
            "key": snippets.key_for(f.location, f.name, whole_body and f.location == "body"),
            "name": f.name,
            "location": f.location,
            "widget": f.widget,
            "required": f.required,
        }
        if f.bounds is not None:
            item["bounds"] = {
                "minimum": f.bounds.minimum,
                "maximum": f.bounds.maximum,
                "exclusiveMinimum": f.bounds.exclusive_minimum,
                "exclusiveMaximum": f.bounds.exclusive_maximum,
                "text": f.range_text,
            }
        param = params.get(f.name) if f.location != "body" else None
        if param is not None:
            item.update(style=param.style, explode=param.explode, allowReserved=param.allow_reserved)
        field_data.append(item)
    return {
        "provider": options.provider,
        "method": operation.method.upper(),
        "path": operation.path,
        "storageKey": storage_key(options.provider),
        "credentials": [
            {"id": c.id, "envVar": c.env_var, "header": gateway_credential_header(c.env_var)}
            for c in credentials
        ],
        "fields": field_data,
        # The spec's servers, shown until the gateway says where it sends requests.
        "environments": [{"name": e.name, "url": e.url} for e in choices],
        "body": None if body is None else {
            "kind": body.kind,
            "contentType": body.content_type,
            "whole": not body.fields,
        },
    }


@dataclass(frozen=True)
class ProviderPages:
    """What every operation page of one provider shares, made once per spec."""

    context: ApiContext
    layout: Layout
    credentials: tuple[CredentialInput, ...]
    trees: FieldTrees
    examples: SchemaExamples


def operation_page(shared: ProviderPages, operation: Operation, previous: NavLink | None, following: NavLink | None) -> OperationPage:
    api, options, layout, credentials = shared.context.api, shared.context.options, shared.layout, shared.credentials
    base_url = options.docs_url
    choices = environments(api, operation)
    fields = input_fields(api, operation, base_url, shared.context.examples, shared.trees)
    snippets = snippets_for(shared.context, operation)
    body = operation.request_body
    pagination = shared.context.pagination(operation)
    return OperationPage(
        layout=layout,
        href=operation_href(operation),
        anchor=operation.names.ts,
        method=operation.method.upper(),
        method_class=operation.method.lower(),
        path=operation.path,
        title=operation.summary or f"{operation.method.upper()} {operation.path}",
        deprecated=operation.deprecated,
        description_html=Markup(render_markdown(operation.description, base_url)),
        external_docs_url=_external_docs(operation.external_docs_url, base_url),
        credentials=credentials,
        auth_note=auth_note(api, operation),
        environments=choices,
        fields=fields,
        body_summary=f"{_BODY_KINDS.get(body.kind, 'Body')} ({body.content_type})" if body is not None else "",
        snippets=snippets.tabs,
        responses=response_docs(api, operation, shared.trees, shared.context.examples, shared.examples),
        stream_html=Markup(render_markdown(stream_note(api, operation), base_url)),
        console_data=console_data(operation, fields, credentials, options, snippets, choices),
        snippet_data=snippets.data,
        previous=previous,
        next=following,
        pagination_html=pagination_html(api, operation, pagination) if pagination is not None else Markup(""),
    )


def _external_docs(url: str | None, base_url: str | None) -> str:
    if not url:
        return ""
    resolved = resolve_url(url, base_url)
    return resolved if is_safe_url(resolved) and "://" in resolved else ""
