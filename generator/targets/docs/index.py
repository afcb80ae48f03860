"""The provider's index page: operations grouped by tag, or by first path segment when a single
tag holds everything (a tag that says nothing is no grouping)."""

from __future__ import annotations

from markupsafe import Markup

from ...markdown import render_markdown
from ...model import Api, Operation
from .views import EnvironmentChoice, IndexEntry, IndexGroup, IndexPage, Layout

UNTAGGED = "Other"


def operation_href(operation: Operation) -> str:
    return f"operations/{operation.names.ts}.html"


def _first_segment(path: str) -> str:
    for part in path.split("/"):
        if part and not part.startswith("{"):
            return part
    return "/"


def _entry(operation: Operation) -> IndexEntry:
    title = operation.summary or operation.id
    words = " ".join([operation.method, operation.path, title, operation.id, operation.names.ts, *operation.tags])
    return IndexEntry(
        href=operation_href(operation),
        method=operation.method.upper(),
        method_class=operation.method.lower(),
        path=operation.path,
        title=title,
        deprecated=operation.deprecated,
        search_text=" ".join(words.lower().split()),
    )


def group_key_by_tag(operations: list[Operation]) -> bool:
    tags = {op.tags[0] if op.tags else UNTAGGED for op in operations}
    return len(tags) > 1


def index_page(api: Api, operations: list[Operation], layout: Layout, base_url: str | None) -> IndexPage:
    by_tag = group_key_by_tag(operations)
    groups: dict[str, list[Operation]] = {}
    for op in operations:
        key = (op.tags[0] if op.tags else UNTAGGED) if by_tag else _first_segment(op.path)
        groups.setdefault(key, []).append(op)
    # Tags keep the spec's order (declared tags first); path groups are alphabetical.
    declared = [t.name for t in api.tags]
    if by_tag:
        order = [name for name in declared if name in groups] + [name for name in groups if name not in declared]
    else:
        order = sorted(groups)
    descriptions = {t.name: t.description for t in api.tags}
    return IndexPage(
        layout=layout,
        description_html=Markup(render_markdown(api.description, base_url)),
        servers=tuple(EnvironmentChoice(s.environment, s.default_url) for s in api.servers),
        groups=tuple(
            IndexGroup(
                id=f"group-{i}",
                name=name,
                description_html=Markup(render_markdown(descriptions.get(name), base_url) if by_tag else ""),
                entries=tuple(_entry(op) for op in groups[name]),
                count=len(groups[name]),
            )
            for i, name in enumerate(order)
        ),
        operation_count=len(operations),
        grouped_by="tag" if by_tag else "path",
        has_group_nav=len(order) > 1,
    )
