"""View objects for README.md: install, configure, one example per operation grouped by tag,
errors, retries, timeouts, and a list of every method with its HTTP route."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable

from ...config import TargetOptions
from ...literals import one_line, ts_key, ts_literal
from ...model import Api, Operation
from ...model.types import ArrayType, LiteralType, MapType, Primitive, RefType, TypeRef, UnionType
from .client import default_export_name
from .declarations import body_argument_key

_UNTAGGED = "Other operations"


@dataclass(frozen=True)
class Example:
    method: str
    route: str
    summary: str
    code: str
    fence: str


@dataclass(frozen=True)
class TagSection:
    title: str
    description: str
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class CredentialRow:
    env_var: str
    option: str
    label: str


@dataclass(frozen=True)
class ReadmeView:
    package: str
    title: str
    description: str
    default_name: str
    class_name: str
    env_prefix: str
    credentials: tuple[CredentialRow, ...]
    environments: tuple[tuple[str, str], ...]
    sections: tuple[TagSection, ...]
    first_example: str
    fence: str


def _snippet_renderer() -> Callable[..., str] | None:
    """The shared snippet generator (the docs show the same examples), when it is installed."""
    return None
    try:
        module = importlib.import_module("generator.targets.snippets")
    except ImportError:
        return None
    renderer = getattr(module, "render_snippet", None)
    return renderer if callable(renderer) else None


def _placeholder(api: Api, t: TypeRef, depth: int = 0) -> Any:
    if isinstance(t, LiteralType):
        return t.values[0]
    if isinstance(t, Primitive):
        return {"integer": 0, "number": 0, "boolean": True, "null": None}.get(t.kind, "...")
    if isinstance(t, ArrayType):
        return [_placeholder(api, t.items, depth + 1)] if depth < 3 else []
    if isinstance(t, MapType):
        return {}
    if isinstance(t, RefType) and depth < 3:
        return _placeholder(api, api.schema(t.key).type, depth + 1)
    if isinstance(t, UnionType) and t.variants:
        return _placeholder(api, t.variants[0], depth + 1)
    return {}


def own_example(api: Api, op: Operation, client: str, package: str) -> str:
    """A minimal call: every required argument, with the spec's example when it has one."""
    args: list[tuple[str, Any]] = []
    for param in op.parameters:
        if param.required:
            args.append((param.names.ts, param.example if param.has_example else _placeholder(api, param.type)))
    body = op.request_body
    if body is not None and body.required:
        if body.fields:
            for field in body.fields:
                prop = field.property
                if prop.required:
                    args.append((field.names.ts, prop.example if prop.has_example else _placeholder(api, prop.type)))
        elif body.kind in ("binary",):
            args.append((body_argument_key(op), _Raw("new Blob(['...'])")))
        else:
            args.append((body_argument_key(op), body.example if body.has_example else _placeholder(api, body.type)))
    call = ", ".join(f"{ts_key(k)}: {v.code if isinstance(v, _Raw) else ts_literal(v)}" for k, v in args)
    argument = f"{{ {call} }}" if args else ""
    return f"import {client} from {ts_literal(package)};\n\nawait {client}.{op.names.ts}({argument});"


@dataclass(frozen=True)
class _Raw:
    code: str


def fence_for(code: str) -> str:
    """A code fence longer than any backtick run inside the code."""
    longest = 0
    run = 0
    for ch in code:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def readme_view(api: Api, options: TargetOptions) -> ReadmeView:
    client = default_export_name(api)
    render_snippet = _snippet_renderer()
    by_tag: dict[str, list[Example]] = {}
    tag_text = {t.name: t.description or "" for t in api.tags}
    for op in api.operations:
        if render_snippet is not None:
            code = render_snippet(api, op, "typescript", options)
        else:
            code = own_example(api, op, client, options.npm_package)
        example = Example(op.names.ts, f"{op.method.upper()} {op.path}", one_line(op.summary or op.description, 160), code, fence_for(code))
        by_tag.setdefault(op.tags[0] if op.tags else _UNTAGGED, []).append(example)
    sections = tuple(TagSection(tag, one_line(tag_text.get(tag), 300), tuple(examples)) for tag, examples in by_tag.items())
    first = sections[0].examples[0].code if sections else ""
    return ReadmeView(
        package=options.npm_package,
        title=one_line(api.title, 120),
        description=one_line(api.description, 400),
        default_name=client,
        class_name=api.client_names.ts,
        env_prefix=api.env_prefix,
        credentials=tuple(CredentialRow(c.env_var, c.ts_option, c.label) for c in api.credentials),
        environments=tuple((s.environment, s.default_url) for s in api.servers),
        sections=sections,
        first_example=first,
        fence=fence_for(first),
    )
