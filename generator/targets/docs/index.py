"""The provider's index page: operations in the groups of model/groups.py, with the tags' descriptions;
the same groups feed the operation pages' sidebar (assets/navigation.js, read by assets/sidebar.js)."""

from __future__ import annotations

from markupsafe import Markup

from ...literals import json_text
from ...markdown import render_markdown
from ...model import Api, Operation
from ...model.groups import group_operations
from .views import EnvironmentChoice, IndexEntry, IndexGroup, IndexPage, Layout


NAVIGATION_GLOBAL = "utdkNavigation"


def operation_href(operation: Operation) -> str:
    return f"operations/{operation.names.ts}.html"


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


def index_page(api: Api, operations: list[Operation], layout: Layout, base_url: str | None) -> IndexPage:
    grouping = group_operations(operations, api.tags)
    by_tag = grouping.by == "tag"
    descriptions = {t.name: t.description for t in api.tags}
    return IndexPage(
        layout=layout,
        description_html=Markup(render_markdown(api.description, base_url)),
        servers=tuple(EnvironmentChoice(s.environment, s.default_url) for s in api.servers),
        groups=tuple(
            IndexGroup(
                id=f"group-{i}",
                name=group.name,
                description_html=Markup(render_markdown(descriptions.get(group.name), base_url) if by_tag else ""),
                entries=tuple(_entry(op) for op in group.operations),
                count=len(group.operations),
            )
            for i, group in enumerate(grouping.groups)
        ),
        operation_count=len(operations),
        grouped_by=grouping.by,
        has_group_nav=len(grouping.groups) > 1,
    )


def navigation_script(index: IndexPage) -> str:
    """The index's groups for the sidebar of every operation page, loaded once as a shared script
    rather than repeated in each page: [group, [[href, method, path, title, deprecated], ...]]."""
    groups = [
        [group.name, [[e.href, e.method, e.path, e.title, 1 if e.deprecated else 0] for e in group.entries]]
        for group in index.groups
    ]
    return f"window.{NAVIGATION_GLOBAL} = {json_text(groups)};\n"


def index_made_from(operations: list[Operation]) -> tuple[tuple[object, ...], ...]:
    """What the index page and the sidebar's data read of the operations (the rest they read is
    the Api's outline and the options)."""
    return tuple([(op.method, op.path, op.summary, op.id, op.names.ts, op.tags, op.deprecated) for op in operations])


def operation_groups(api: Api, operations: list[Operation]) -> dict[str, str]:
    """Each operation's group as the index lists it, by the operation's href."""
    return {operation_href(op): group.name for group in group_operations(operations, api.tags).groups for op in group.operations}
