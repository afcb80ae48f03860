"""Docs target: a static site per provider (index, one page per operation with a Try-it console,
one page per named schema, shared assets) and a top-level page listing the providers. No CDN, no build step: the pages work
from file:// and from any static host."""

from __future__ import annotations

from functools import cache, cached_property, partial
from typing import Mapping, Sequence

from markupsafe import Markup

from ...config import TargetOptions
from ...context import ApiContext
from ...literals import one_line
from ...model import Api, Operation
from ...output import OutputFile, text_file
from ...model.digests import digest
from ...render import read_static, render, render_made_from
from ...render_memo import remembered
from ...result import ProviderResult
from ..base import TargetFunctions
from .field_tree import FieldTrees
from .index import index_made_from, index_page, navigation_script, operation_groups, operation_href
from .page import ProviderPages, credential_inputs, operation_page
from .responses import SchemaExamples
from .schema_pages import kept_page_paths, schema_page, schema_uses
from .search_index import search_index_script
from .views import Layout, NavLink, OperationPage, SchemaUse, SitePage, SiteProvider

ASSETS = ("docs.css", "form.js", "console.js", "index.js", "search.js", "sidebar.js")
SNIPPET_RENDERER = "snippets/live.js"


def _layout(api: Api, options: TargetOptions, asset_prefix: str) -> Layout:
    return Layout(
        provider=options.provider,
        api_title=api.title,
        api_version=api.version,
        npm_package=options.npm_package,
        python_package=options.python_package,
        asset_prefix=asset_prefix,
    )


# Pages come in parts (runs of operation pages, runs of schema pages, the site-wide files), each
# emitted on its own, possibly in another process (processes.py); parts of about this many pages
# keep two processes evenly loaded without each rebuilding too much of what pages share.
_PAGES_PER_PART = 1000
SITE = "site"


def parts(context: ApiContext) -> tuple[str, ...]:
    api = context.api
    operations = sum(1 for op in api.operations if not op.hidden)
    # the site-wide files first: after an edit they are the largest part left, and a part taken
    # last is what the other process waits for
    return (SITE, *_runs("operations", operations), *_runs("schemas", len(api.schemas)))


def _run_count(pages: int) -> int:
    return max(2, pages // _PAGES_PER_PART)


def _runs(kind: str, pages: int) -> tuple[str, ...]:
    return tuple(f"{kind}/{i}" for i in range(_run_count(pages)))


def _run_range(pages: int, part: str) -> range:
    """The indices of the pages in `part` ("operations/1": the second run of operation pages)."""
    index, runs = int(part.split("/")[1]), _run_count(pages)
    return range(pages * index // runs, pages * (index + 1) // runs)


def emit(context: ApiContext) -> list[OutputFile]:
    return [f for part in parts(context) for f in emit_part(context, part)]


class _Shared:
    """What the docs parts of one provider share in a process: made once, on first use."""

    def __init__(self, context: ApiContext) -> None:
        api, options = context.api, context.options
        self.visible = [op for op in api.operations if not op.hidden]
        self.layout = _layout(api, options, "../")
        self.paths = kept_page_paths(api)
        self.trees = FieldTrees(api, options.docs_url, self.paths)
        self.examples = SchemaExamples(context.examples)
        self._context = context

    @cached_property
    def pages(self) -> ProviderPages:
        return ProviderPages(self._context, self.layout, credential_inputs(self._context.api), self.trees, self.examples)

    @cached_property
    def uses(self) -> dict[str, tuple[SchemaUse, ...]]:
        return schema_uses(self._context.api, self.visible)

    @cached_property
    def site(self) -> bytes:
        """What every page reads besides its own operation or schema: the Api's outline, the
        options, the schema pages' paths (a page links to any of them)."""
        return digest(self._context.outline, self.paths, self.layout)


def emit_part(context: ApiContext, part: str) -> list[OutputFile]:
    shared = context.kept("docs", lambda: _Shared(context))
    if part == SITE:
        return _site_files(context, shared.visible, shared.paths)
    if part.startswith("operations/"):
        return _operation_files(context, shared, part)
    return _schema_files(context, shared, part)


def _operation_files(context: ApiContext, shared: _Shared, part: str) -> list[OutputFile]:
    visible, files = shared.visible, []
    for i in _run_range(len(visible), part):
        operation = visible[i]
        before = _nav(visible[i - 1]) if i > 0 else None
        after = _nav(visible[i + 1]) if i + 1 < len(visible) else None
        made_from = (shared.site, context.made_from(operation), before, after)
        page = render_made_from(made_from, "docs/operation.html", "page", partial(_operation_page, shared.pages, operation, before, after))
        files.append(text_file(operation_href(operation), page))
    return files


def _schema_files(context: ApiContext, shared: _Shared, part: str) -> list[OutputFile]:
    api, paths, files = context.api, shared.paths, []
    for i in _run_range(len(api.schemas), part):
        schema = api.schemas[i]
        uses = shared.uses.get(schema.key, ())
        page = render_made_from((shared.site, context.digests.schema(schema.key), _uses_made_from(uses)), "docs/schema.html", "page",
                                partial(schema_page, schema, paths[schema.key], shared.layout, shared.trees, shared.examples, uses))
        files.append(text_file(paths[schema.key], page))
    return files


def _uses_made_from(uses: tuple[SchemaUse, ...]) -> tuple[tuple[object, ...], ...]:
    """What a schema page shows of the operations using it, as plain values: a page's key pickles
    them, and a view object costs several times as much to pickle."""
    return tuple([tuple(vars(use).values()) for use in uses])


def _site_files(context: ApiContext, visible: list[Operation], paths: Mapping[str, str]) -> list[OutputFile]:
    api, options = context.api, context.options
    files: list[OutputFile] = []
    # the index's view is made only when one of them is made again
    index = cache(partial(index_page, api, visible, _layout(api, options, ""), options.docs_url))
    made_from = (context.outline, index_made_from(visible))
    files.append(text_file("index.html", render_made_from(made_from, "docs/index.html", "page", index)))
    files.append(text_file("assets/navigation.js", remembered(("docs navigation", made_from), lambda: navigation_script(index()))))
    groups = operation_groups(api, visible)
    index_script = search_index_script(context, visible, lambda op: groups[operation_href(op)], paths.__getitem__)
    files.append(text_file("assets/search-index.js", index_script))
    for name in ASSETS:
        files.append(OutputFile(f"assets/{name}", read_static(f"docs/assets/{name}")))
    files.append(OutputFile("assets/snippets.js", read_static(SNIPPET_RENDERER)))  # the snippet library's live.js
    return files


# A link to the page before or after, as plain values (href, method, label): a page's key holds
# it, and a view object costs several times as much to pickle.
Nav = tuple[str, str, str]


def _nav(operation: Operation) -> Nav:
    return "../" + operation_href(operation), operation.method.upper(), operation.summary or operation.path


def _operation_page(pages: ProviderPages, operation: Operation, before: Nav | None, after: Nav | None) -> OperationPage:
    return operation_page(pages, operation, NavLink(*before) if before else None, NavLink(*after) if after else None)


def emit_site(entries: Sequence[ProviderResult]) -> list[OutputFile]:
    """generated/index.html: every provider with docs, linking to its index page."""
    providers = tuple(
        SiteProvider(
            href=f"{entry.provider.out_dir('docs')}/index.html",
            title=entry.api.title,
            provider=entry.provider.name,
            version=entry.api.version,
            summary=one_line(entry.api.description, 240),
            operation_count=_visible_count(entry.api),
            count_label=_count_label(_visible_count(entry.api)),
        )
        for entry in sorted(entries, key=lambda e: e.provider.name)
    )
    stylesheet = Markup(read_static("docs/assets/docs.css").decode("utf-8").replace("</", "<\\/"))
    return [text_file("index.html", render("docs/site.html", page=SitePage(providers, stylesheet)))]


def _visible_count(api: Api) -> int:
    return sum(1 for op in api.operations if not op.hidden)


def _count_label(count: int) -> str:
    return f"{count} operation" if count == 1 else f"{count} operations"


TARGET = TargetFunctions("docs", emit, site=emit_site, split=parts, per_part=emit_part)
