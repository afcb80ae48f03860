"""View objects for README.md: install, configure, one example per operation in the groups of
model/groups.py, errors, retries, timeouts, and a list of every method with its HTTP route.
Each group's examples and its list of methods are kept under its operations' digests, so that
an edit makes again only the groups it touches."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from ...context import ApiContext
from ...literals import one_line, ts_string
from ...model import Operation
from ...model.groups import OperationGroup, group_operations
from ...render import kept_rendering, template_macro
from ...render_memo import Piece, together_made
from ...snippets.streams import stream_example, webhook_example
from ...model.response_headers import declared_headers
from ...snippets import render_snippet, typescript_call
from .client import result_type
from .pagination import page_class
from .declarations import HEADER_TYPES
from .errors import ErrorsView
from .typeexpr import TypeWriter

_TAG = "typescript/_readme_tag.md.j2"


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
    sections: tuple[str, ...]  # each group's examples, rendered
    methods: tuple[str, ...]  # each group's list of methods, rendered
    first_example: str
    fence: str
    error_rows: tuple[tuple[str, str, str], ...]  # class, statuses, body type
    error_example_class: str
    idempotent: tuple[tuple[str, str], ...]  # (method, header) of the methods that send a key
    paginated: tuple[str, ...] = ()  # the methods that return pages
    first_call: str = ""  # the first operation's example call on the default client, not awaited
    # An operation whose answer declares headers: its call, one header's name (a literal) and TypeScript type
    headers_call: str = ""
    headers_name: str = ""
    headers_type: str = ""
    stream_example: str = ""  # the first streaming operation read event by event, or ""
    webhook_example: str = ""  # a received webhook unwrapped, or ""

    @property
    def paginated_names(self) -> str:
        return ", ".join(f"`{method}`" for method in self.paginated)


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


def readme_view(context: ApiContext, errors: ErrorsView) -> ReadmeView:
    api, options = context.api, context.options
    keyed = context.idempotency_headers
    grouping = group_operations(api.operations, api.tags)
    tag_text = {t.name: t.description or "" for t in api.tags} if grouping.by == "tag" else {}
    writer = TypeWriter(api)
    example = _example_maker(context, writer)
    parts = [_group_parts(context, group, tag_text.get(group.name), example) for group in grouping.groups]
    first_op = grouping.groups[0].operations[0] if grouping.groups else None
    first = render_snippet(context, first_op, "typescript") if first_op is not None else ""
    return ReadmeView(
        package=options.npm_package,
        title=one_line(api.title, 120),
        description=one_line(api.description, 400),
        default_name=api.identifiers.default_client.ts,
        class_name=api.client_names.ts,
        env_prefix=api.env_prefix,
        credentials=tuple(CredentialRow(c.env_var, c.ts_option, c.label) for c in api.credentials),
        environments=tuple((s.environment, s.default_url) for s in api.servers),
        sections=tuple(usage for usage, _ in parts),
        methods=tuple(listed for _, listed in parts),
        first_example=first,
        fence=fence_for(first),
        paginated=tuple(op.names.ts for group in grouping.groups for op in group.operations if page_item(context, op, writer)),
        error_rows=errors.rows,
        error_example_class=next((name for name, _, body in errors.rows if body not in ("unknown", "undefined")), "ClientError"),
        idempotent=tuple((op.names.ts, keyed[op.id]) for op in api.operations if op.id in keyed),
        first_call=typescript_call(context, api.operations[0]) if api.operations else "",
        **headers_example(context),
        stream_example=stream_example(context, "typescript"),
        webhook_example=webhook_example(context, "typescript"),
    )


def _group_parts(context: ApiContext, group: OperationGroup, description: str | None,
                 example: Callable[[Operation], Example]) -> tuple[str, str]:
    """A group's examples and its list of methods, each found under its operations' digests (and
    the Api's outline) without making their views; else made from its operations' texts, each
    kept under its own operation's digest (an edit makes one example again, not the group's)."""
    outline, default_name, operations = context.outline, context.api.identifiers.default_client.ts, group.operations
    examples = [("ts readme example", outline, context.made_from(op)) for op in operations]
    methods = [("ts readme method", outline, made_from) for _, _, made_from in examples]
    shown = one_line(description, 300)
    usage = together_made(
        ("ts readme usage", group.name, shown), examples,
        lambda: [Piece(made_from, partial(_operation_text, "example", example, op)) for made_from, op in zip(examples, operations)],
        lambda texts: str(template_macro(_TAG, "usage")(group.name, shown, texts)),
    )
    listed = together_made(
        ("ts readme methods", group.name), methods,
        lambda: [Piece(made_from, partial(_operation_text, "method", example, op, default_name)) for made_from, op in zip(methods, operations)],
        lambda texts: str(template_macro(_TAG, "api")(group.name, texts)),
    )
    return kept_rendering(usage), kept_rendering(listed)


def _operation_text(macro: str, example: Callable[[Operation], Example], op: Operation, *before: str) -> str:
    """An operation's text in its group, by one of _readme_tag.md.j2's macros (given `before`,
    then the operation's example view, made only now)."""
    return str(template_macro(_TAG, macro)(*before, example(op)))


def page_item(context: ApiContext, op: Operation, writer: TypeWriter) -> str:
    """The item type of a paginated method, "" for the others."""
    pagination = context.pagination(op)
    item = writer.expr(pagination.item_type) if pagination is not None else ""
    return "unknown" if "`" in item else item


def _example_maker(context: ApiContext, writer: TypeWriter) -> Callable[[Operation], Example]:
    """Makes an operation's example view, once for both of its texts."""
    api = context.api
    made: dict[str, Example] = {}

    def example(op: Operation) -> Example:
        if op.id in made:
            return made[op.id]
        # the same example request the docs page and the snippet files show
        code = render_snippet(context, op, "typescript")
        result = display_result(op, writer)
        pagination = context.pagination(op)
        item = page_item(context, op, writer)
        returns = f"PagePromise<{page_class(pagination, '')}<{item}, {result}>>" if pagination is not None else f"Promise<{result}>"
        made[op.id] = Example(op.names.ts, api.identifiers.operation(op.id).ts_params, result, returns, item,
                              f"{op.method.upper()} {op.path}", one_line(op.summary or op.description, 160), code, fence_for(code))
        return made[op.id]

    return example


def headers_example(context: ApiContext) -> dict[str, str]:
    for op in context.api.operations:
        headers = declared_headers(context.api, op)
        if headers:
            header = next((h for h in headers if h.required), headers[0])
            kind = HEADER_TYPES[header.kind] + ("" if header.required else " | undefined")
            return {"headers_call": typescript_call(context, op), "headers_name": ts_string(header.name), "headers_type": kind}
    return {}
