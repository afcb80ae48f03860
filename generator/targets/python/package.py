"""The client, package metadata and README views."""

from __future__ import annotations

import dataclasses

from ...config import TargetOptions
from ...context import ApiContext
from ...literals import one_line, py_string
from ...model import Api, Placement
from ...model.groups import group_operations
from ...model.response_headers import declared_headers
from ...snippets import python_call, render_snippet
from ...snippets.streams import stream_example, webhook_example
from .exceptions import ExceptionsView
from .operations import HEADER_TYPES
from .views import ClientView, CredentialView, ExampleView, ReadmeView, ResourceView, SchemeView, TagView


def placement_source(placement: Placement) -> str:
    """The model's placement as the runtime reads it (_base_client.Placement)."""
    args = [
        py_string(placement.location),
        py_string(placement.name),
        "(" + "".join(py_string(c.py_option) + ", " for c in placement.credentials) + ")",
        f"prefix={py_string(placement.prefix)}" if placement.prefix else "",
        f"encoding={py_string(placement.encoding)}" if placement.encoding != "plain" else "",
        f"token_url={py_string(placement.token_url)}" if placement.token_url is not None else "",
    ]
    return "_Placement(" + ", ".join(a for a in args if a) + ")"


def client_view(api: Api, options: TargetOptions, resources: list[ResourceView], has_webhooks: bool = False) -> ClientView:
    credentials = tuple(
        CredentialView(c.py_option, c.env_var, py_string(c.env_var), py_string(c.py_option), c.label)
        for c in api.credentials
    )
    schemes = tuple(
        SchemeView(py_string(scheme.key), placement_source(scheme.placement))
        for scheme in api.security_schemes
        if scheme.placement is not None
    )
    environments = tuple((py_string(s.environment), py_string(s.default_url)) for s in api.servers)
    environment_type = (
        "_t.Literal[" + ", ".join(name for name, _ in environments) + "]" if environments else "str"
    )
    default_name = api.identifiers.default_client.py
    method_modules = tuple(
        (py_string(m.name), py_string(r.module)) for r in resources for m in r.methods
    )
    return ClientView(
        package=options.python_package,
        distribution=options.python_distribution,
        version=options.package_version,
        license=options.license,
        urls=tuple((label, url) for label, url in (("Homepage", options.homepage), ("Repository", options.repository)) if url),
        keywords=options.keywords,
        title=one_line(api.title),
        description=api.description or "",
        client=api.client_names.py,
        async_client="Async" + api.client_names.py,
        default_name=default_name,
        env_prefix=api.env_prefix,
        env_prefix_literal=py_string(api.env_prefix),
        credentials=credentials,
        environments=environments,
        environment_names=tuple(s.environment for s in api.servers),
        environment_type=environment_type,
        schemes=schemes,
        resources=tuple(resources),
        method_modules=method_modules,
        has_webhooks=has_webhooks,
        first_environment=api.servers[0].environment if api.servers else "",
        package_doc=f"{one_line(api.title)}: the Python SDK.\n\n"
        f"`from {options.python_package} import {default_name}` gives a client configured "
        f"from the environment on first use; `{api.client_names.py}(...)` and `Async{api.client_names.py}(...)` "
        "take explicit options.",
        environment_doc="Every argument falls back to the environment: "
        + ", ".join([c.env_var for c in api.credentials] + [f"{api.env_prefix}_BASE_URL"])
        + ".",
    )


def readme_view(context: ApiContext, client: ClientView, exceptions: ExceptionsView) -> ReadmeView:
    api, options = context.api, context.options
    tags = []
    for group in group_operations(api.operations, api.tags).groups:
        examples = tuple(
            ExampleView(operation.names.py, f"{operation.method.upper()} {operation.path}",
                        one_line(operation.summary or operation.description, 120),
                        render_snippet(context, operation, "python").rstrip("\n"))
            for operation in group.operations
        )
        tags.append(TagView(group.name, examples))
    intro = tags[0].examples[0].code if tags else f"from {options.python_package} import {client.default_name}"
    # continuation lines indented to sit inside the README's `async with` block
    call = python_call(context, api.operations[0], "client") if api.operations else "client.close()"
    async_call = call.replace("\n", "\n" + " " * 8)
    keyed = context.idempotency_headers
    idempotent = tuple((op.names.py, keyed[op.id]) for op in api.operations if op.id in keyed)
    error_call = call.replace("\n", "\n" + " " * 4)
    first = api.operations[0] if api.operations else None
    raw_call = python_call(context, first, "client.with_raw_response") if first else "client"
    streamed_call = python_call(context, first, "client.with_streaming_response") if first else "client"
    view = ReadmeView(client, intro, tuple(tags), async_call, exceptions.rows, error_call, idempotent, raw_call, streamed_call,
                      stream_example=stream_example(context, "python"), webhook_example=webhook_example(context, "python"))
    for operation in api.operations:
        headers = declared_headers(api, operation)
        if headers:
            # A required header is read by subscript; one that may be absent with .get().
            header = next((h for h in headers if h.required), headers[0])
            name = py_string(header.name)
            return dataclasses.replace(
                view,
                headers_call=python_call(context, operation, "client.with_raw_response"),
                headers_read=f"[{name}]" if header.required else f".get({name})",
                headers_type=HEADER_TYPES[header.kind] + ("" if header.required else " | None"),
            )
    return view
