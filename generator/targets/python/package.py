"""The client, package metadata and README views."""

from __future__ import annotations

from importlib import import_module
from typing import Any, Callable

from ...config import TargetOptions
from ...literals import one_line, py_literal, py_string
from ...model import Api, Operation
from ...model.types import ArrayType, LiteralType, MapType, Primitive, RefType, TypeRef, UnionType
from ...naming import python_identifier
from .views import ClientView, CredentialView, ExampleView, ReadmeView, ResourceView, SchemeView, TagView


def client_view(api: Api, options: TargetOptions, resources: list[ResourceView]) -> ClientView:
    credentials = tuple(
        CredentialView(c.py_option, c.env_var, py_string(c.env_var), py_string(c.py_option), c.label)
        for c in api.credentials
    )
    schemes = []
    for scheme in api.security_schemes:
        flow = scheme.client_credentials_flow
        args = [
            py_string(scheme.kind),
            "(" + "".join(py_string(c.py_option) + ", " for c in scheme.credentials) + ")",
            f"location={py_string(scheme.location)}" if scheme.location else "",
            f"parameter_name={py_string(scheme.parameter_name)}" if scheme.parameter_name else "",
            f"http_scheme={py_string(scheme.http_scheme)}" if scheme.http_scheme else "",
            f"token_url={py_string(flow.token_url)}" if flow is not None and flow.token_url else "",
        ]
        schemes.append(SchemeView(py_string(scheme.key), "_Scheme(" + ", ".join(a for a in args if a) + ")"))
    environments = tuple((py_string(s.environment), py_string(s.default_url)) for s in api.servers)
    environment_type = (
        "_t.Literal[" + ", ".join(name for name, _ in environments) + "]" if environments else "str"
    )
    method_modules = tuple(
        (py_string(m.name), py_string(r.module)) for r in resources for m in r.methods
    )
    return ClientView(
        package=options.python_package,
        distribution=options.python_distribution,
        version=options.package_version,
        title=one_line(api.title),
        description=api.description or "",
        client=api.client_names.py,
        async_client="Async" + api.client_names.py,
        default_name=python_identifier(api.provider, "client"),
        env_prefix=api.env_prefix,
        env_prefix_literal=py_string(api.env_prefix),
        credentials=credentials,
        environments=environments,
        environment_names=tuple(s.environment for s in api.servers),
        environment_type=environment_type,
        schemes=tuple(schemes),
        resources=tuple(resources),
        method_modules=method_modules,
        first_environment=api.servers[0].environment if api.servers else "",
    )


def _placeholder(api: Api, t: TypeRef, depth: int = 0) -> str:
    """A plausible argument value for the README when no snippet renderer is available."""
    if isinstance(t, LiteralType) and t.values:
        return py_literal(t.values[0])
    if isinstance(t, Primitive):
        if t.format == "binary":
            return 'open("file.bin", "rb")'
        return {"integer": "0", "number": "0.0", "boolean": "True"}.get(t.kind, '"..."')
    if isinstance(t, ArrayType):
        return "[" + _placeholder(api, t.items, depth + 1) + "]" if depth < 3 else "[]"
    if isinstance(t, MapType):
        return "{}"
    if isinstance(t, RefType) and depth < 3:
        schema = api.schema(t.key)
        properties = getattr(schema.type, "properties", None)
        if properties is None:
            return _placeholder(api, schema.type, depth + 1)
        required = [p for p in properties if p.required and not p.read_only]
        return "{" + ", ".join(f"{py_string(p.name)}: {_placeholder(api, p.type, depth + 1)}" for p in required) + "}"
    if isinstance(t, UnionType) and t.variants:
        return _placeholder(api, t.variants[0], depth + 1)
    return "{}"


def _own_call(api: Api, operation: Operation) -> str:
    args = [f"{p.names.py}={_placeholder(api, p.type)}" for p in operation.parameters if p.required]
    body = operation.request_body
    if body is not None and body.required:
        if body.fields:
            args += [f"{f.names.py}={_placeholder(api, f.property.type)}" for f in body.fields if f.property.required]
        else:
            args.append("body=" + ('b"..."' if body.kind == "binary" else _placeholder(api, body.type)))
    return f"{operation.names.py}({', '.join(args)})"


def _own_example(api: Api, operation: Operation, default_name: str, package: str) -> str:
    return f"from {package} import {default_name}\n\n{default_name}.{_own_call(api, operation)}"


def _snippet_renderer() -> Callable[..., str] | None:
    try:
        module: Any = import_module("generator.targets.snippets")
    except ImportError:
        return None
    return getattr(module, "render_snippet", None)


def readme_view(api: Api, options: TargetOptions, client: ClientView) -> ReadmeView:
    render_snippet = _snippet_renderer()
    by_tag: dict[str, list[ExampleView]] = {}
    for operation in api.operations:
        code = None
        if render_snippet is not None:
            try:
                code = render_snippet(api, operation, "python", options)
            except Exception:  # a renderer still being built must not break the SDK
                code = None
        if not code:
            code = _own_example(api, operation, client.default_name, options.python_package)
        tag = operation.tags[0] if operation.tags else "default"
        by_tag.setdefault(tag, []).append(
            ExampleView(operation.names.py, f"{operation.method.upper()} {operation.path}",
                        one_line(operation.summary or operation.description, 120), code.rstrip("\n"))
        )
    intro = by_tag[next(iter(by_tag))][0].code if by_tag else f"from {options.python_package} import {client.default_name}"
    async_call = _own_call(api, api.operations[0]) if api.operations else "close()"
    return ReadmeView(client, intro, tuple(TagView(t, tuple(e)) for t, e in by_tag.items()), async_call)
