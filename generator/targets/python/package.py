"""The client, package metadata and README views."""

from __future__ import annotations

import dataclasses

from ...config import TargetOptions
from ...context import ApiContext
from ...literals import one_line, py_string
from ...model import Api, Operation, Placement
from ...model.groups import OperationGroup, group_operations
from ...model.pagination import Paginations
from ...model.response_headers import declared_headers
from ...render import remembered_rendering, template_macro
from ...snippets import python_call, render_snippet
from ...snippets.streams import stream_example, webhook_example
from .annotations import Annotator, Refs
from .exceptions import ExceptionsView
from .modules import ModuleLayout
from .operations import HEADER_TYPES, method_view
from .views import (
    ClientView,
    CredentialView,
    ExampleView,
    MethodListView,
    PagedMethodView,
    ReadmeView,
    SchemeView,
    TagView,
)

_TAG = "python/_readme_tag.md.j2"


def placement_source(placement: Placement) -> str:
    """The model's placement as the runtime reads it (_base_client.Placement)."""
    args = [
        py_string(placement.location),
        py_string(placement.name),
        _credentials_tuple([py_string(c.py_option) for c in placement.credentials]),
        f"prefix={py_string(placement.prefix)}" if placement.prefix else "",
        f"encoding={py_string(placement.encoding)}" if placement.encoding != "plain" else "",
        f"token_url={py_string(placement.token_url)}" if placement.token_url is not None else "",
    ]
    return "_Placement(" + ", ".join(a for a in args if a) + ")"


def _credentials_tuple(items: list[str]) -> str:
    # one credential: `("name",)`, as black writes it; several keep the trailing comma with
    # which black has always exploded them one per line (the output stays what it was)
    return f"({items[0]},)" if len(items) == 1 else "(" + "".join(f"{item}, " for item in items) + ")"


def client_view(api: Api, options: TargetOptions, layout: ModuleLayout, paginations: Paginations,
                has_webhooks: bool = False) -> ClientView:
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
        (py_string(op.names.py), py_string(r.module)) for r in layout.resources for op in r.operations
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
        resource_modules=tuple(r.module for r in layout.resources),
        method_modules=method_modules,
        paginated=tuple(op.names.py for op in paginated_operations(layout, paginations)),
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


def method_routes(layout: ModuleLayout) -> tuple[tuple[str, str], ...]:
    """(method, HTTP route) of every method, in api.md's order (that of the resource modules)."""
    return tuple((op.names.py, f"{op.method.upper()} {op.path}") for r in layout.resources for op in r.operations)


def paginated_operations(layout: ModuleLayout, paginations: Paginations) -> list[Operation]:
    """The operations whose methods return pages, in api.md's order."""
    return [op for r in layout.resources for op in r.operations if paginations.of(op) is not None]


def method_list_view(api: Api, annotator: Annotator, layout: ModuleLayout, paginations: Paginations) -> MethodListView:
    return MethodListView(
        title=one_line(api.title),
        client=api.client_names.py,
        async_client="Async" + api.client_names.py,
        routes=method_routes(layout),
        paginated=tuple(_paged_method(op, annotator, paginations) for op in paginated_operations(layout, paginations)),
    )


def _paged_method(operation: Operation, annotator: Annotator, paginations: Paginations) -> PagedMethodView:
    # the page's type is what the method's own view works out (made for the paginated methods only)
    page = method_view(operation, annotator, Refs(), "", paginations).page
    assert page is not None
    return PagedMethodView(operation.names.py, page.item, page.public_returns)


def readme_view(context: ApiContext, client: ClientView, exceptions: ExceptionsView) -> ReadmeView:
    api, options = context.api, context.options
    groups = group_operations(api.operations, api.tags).groups
    tags = tuple(_tag_section(context, group) for group in groups)
    intro = _example_code(context, groups[0].operations[0]) if groups else f"from {options.python_package} import {client.default_name}"
    # continuation lines indented to sit inside the README's `async with` block
    call = python_call(context, api.operations[0], "client") if api.operations else "client.close()"
    async_call = call.replace("\n", "\n" + " " * 8)
    keyed = context.idempotency_headers
    idempotent = tuple((op.names.py, keyed[op.id]) for op in api.operations if op.id in keyed)
    error_call = call.replace("\n", "\n" + " " * 4)
    first = api.operations[0] if api.operations else None
    raw_call = python_call(context, first, "client.with_raw_response") if first else "client"
    streamed_call = python_call(context, first, "client.with_streaming_response") if first else "client"
    view = ReadmeView(client, intro, tags, async_call, exceptions.rows, error_call, idempotent, raw_call, streamed_call,
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


def _tag_section(context: ApiContext, group: OperationGroup) -> str:
    """A tag's examples in the README, found under its operations' digests without making their views."""
    made_from = ("py readme tag", context.outline, group.name, tuple(context.made_from(op) for op in group.operations))
    return remembered_rendering(made_from, lambda: str(template_macro(_TAG, "tag")(_tag_view(context, group))))


def _tag_view(context: ApiContext, group: OperationGroup) -> TagView:
    examples = tuple(
        ExampleView(operation.names.py, f"{operation.method.upper()} {operation.path}",
                    one_line(operation.summary or operation.description, 120), _example_code(context, operation))
        for operation in group.operations
    )
    return TagView(group.name, examples)


def _example_code(context: ApiContext, operation: Operation) -> str:
    return render_snippet(context, operation, "python").rstrip("\n")
