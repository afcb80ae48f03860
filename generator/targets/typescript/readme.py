"""View objects for README.md: install, configure, one example per operation in the groups of
model/groups.py, errors, retries, timeouts, and a list of every method with its HTTP route."""

from __future__ import annotations

from dataclasses import dataclass

from ...context import ApiContext
from ...literals import one_line, ts_string
from ...model import Operation
from ...model.groups import group_operations
from ...snippets.streams import stream_example, webhook_example
from ...model.response_headers import declared_headers
from ...snippets import render_snippet, typescript_call
from .client import result_type
from .pagination import page_class
from .declarations import HEADER_TYPES
from .errors import errors_view
from .typeexpr import TypeWriter

@dataclass(frozen=True)
class Example:
    method: str
    params_type: str
    result_type: str  # shown inside a code span: never contains a backtick
    returns: str  # Promise<result> or PagePromise<Page<item, result>>; no backtick either
    page_item: str  # the item type of a paginated method, "" for the others
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
    error_rows: tuple[tuple[str, str, str], ...]  # class, statuses, body type
    error_example_class: str
    idempotent: tuple[tuple[str, str], ...]  # (method, header) of the methods that send a key
    paginated: tuple[Example, ...] = ()  # the methods that return pages
    first_call: str = ""  # the first operation's example call on the default client, not awaited
    # An operation whose answer declares headers: its call, one header's name (a literal) and TypeScript type
    headers_call: str = ""
    headers_name: str = ""
    headers_type: str = ""
    stream_example: str = ""  # the first streaming operation read event by event, or ""
    webhook_example: str = ""  # a received webhook unwrapped, or ""

    @property
    def paginated_names(self) -> str:
        return ", ".join(f"`{e.method}`" for e in self.paginated)


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
    errors = errors_view(api)
    keyed = context.idempotency_headers
    writer = TypeWriter(api)
    grouping = group_operations(api.operations, api.tags)
    tag_text = {t.name: t.description or "" for t in api.tags} if grouping.by == "tag" else {}

    def example(op: Operation) -> Example:
        # the same example request the docs page and the snippet files show
        code = render_snippet(context, op, "typescript")
        result = display_result(op, writer)
        pagination = context.pagination(op)
        item = writer.expr(pagination.item_type) if pagination is not None else ""
        item = "unknown" if "`" in item else item
        returns = f"PagePromise<{page_class(pagination, '')}<{item}, {result}>>" if pagination is not None else f"Promise<{result}>"
        return Example(op.names.ts, api.identifiers.operation(op.id).ts_params, result, returns, item,
                       f"{op.method.upper()} {op.path}", one_line(op.summary or op.description, 160), code, fence_for(code))

    sections = tuple(
        TagSection(group.name, one_line(tag_text.get(group.name), 300), tuple(example(op) for op in group.operations))
        for group in grouping.groups
    )
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
        paginated=tuple(e for section in sections for e in section.examples if e.page_item),
        error_rows=errors.rows,
        error_example_class=next((name for name, _, body in errors.rows if body not in ("unknown", "undefined")), "ClientError"),
        idempotent=tuple((op.names.ts, keyed[op.id]) for op in api.operations if op.id in keyed),
        first_call=typescript_call(context, api.operations[0]) if api.operations else "",
        **headers_example(context),
        stream_example=stream_example(context, "typescript"),
        webhook_example=webhook_example(context, "typescript"),
    )


def headers_example(context: ApiContext) -> dict[str, str]:
    for op in context.api.operations:
        headers = declared_headers(context.api, op)
        if headers:
            header = next((h for h in headers if h.required), headers[0])
            kind = HEADER_TYPES[header.kind] + ("" if header.required else " | undefined")
            return {"headers_call": typescript_call(context, op), "headers_name": ts_string(header.name), "headers_type": kind}
    return {}
