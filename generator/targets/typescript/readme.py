"""View objects for README.md: install, configure, one example per operation grouped by tag,
errors, retries, timeouts, and a list of every method with its HTTP route."""

from __future__ import annotations

from dataclasses import dataclass

from ...context import ApiContext
from ...literals import one_line
from ...model import Api, Operation
from ...snippets import render_snippet
from .client import result_type
from .typeexpr import TypeWriter

_UNTAGGED = "Other operations"


@dataclass(frozen=True)
class Example:
    method: str
    params_type: str
    result_type: str  # shown inside a code span: never contains a backtick
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


def fence_for(code: str) -> str:
    """A code fence longer than any backtick run inside the code."""
    longest = 0
    run = 0
    for ch in code:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def display_result(op: Operation, writer: TypeWriter) -> str:
    success = op.success_response
    if success is None or success.kind == "empty":
        return "void"
    if success.kind != "json":
        return result_type(op, writer)
    text = writer.expr(success.type) if success.type is not None else "unknown"
    return "unknown" if "`" in text else text


def readme_view(context: ApiContext) -> ReadmeView:
    api, options = context.api, context.options
    writer = TypeWriter(api)
    by_tag: dict[str, list[Example]] = {}
    tag_text = {t.name: t.description or "" for t in api.tags}
    for op in api.operations:
        # the same example request the docs page and the snippet files show
        code = render_snippet(context, op, "typescript")
        example = Example(op.names.ts, api.identifiers.operation(op.id).ts_params, display_result(op, writer), f"{op.method.upper()} {op.path}", one_line(op.summary or op.description, 160), code, fence_for(code))
        by_tag.setdefault(op.tags[0] if op.tags else _UNTAGGED, []).append(example)
    sections = tuple(TagSection(tag, one_line(tag_text.get(tag), 300), tuple(examples)) for tag, examples in by_tag.items())
    first = sections[0].examples[0].code if sections else ""
    return ReadmeView(
        package=options.npm_package,
        title=one_line(api.title, 120),
        description=one_line(api.description, 400),
        default_name=api.identifiers.default_client.ts,
        class_name=api.client_names.ts,
        env_prefix=api.env_prefix,
        credentials=tuple(CredentialRow(c.env_var, c.ts_option, c.label) for c in api.credentials),
        environments=tuple((s.environment, s.default_url) for s in api.servers),
        sections=sections,
        first_example=first,
        fence=fence_for(first),
    )
