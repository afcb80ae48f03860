"""The operation page's Pagination note: where the items are, how the next page is asked for, and
how the SDKs walk the pages. Every name from the spec goes through Markup's escaping."""

from __future__ import annotations

from markupsafe import Markup, escape

from ...model import Api, Operation
from ...model.pagination import Pagination
from .fields import type_label


def _code(text: str) -> Markup:
    return Markup("<code>{}</code>").format(text)


def _path(parts: tuple[str, ...]) -> Markup:
    return _code(".".join(parts))


def _next_request(pagination: Pagination) -> Markup:
    request = pagination.request
    field = Markup("the {} {}").format(_code(request.name), "query parameter" if request.location == "query" else "body field") if request else Markup("")
    match pagination.kind:
        case "link":
            return Markup('repeats the request with the query of the <code>Link</code> header\'s <code>rel="next"</code> URL (never its host)')
        case "cursor_header":
            return Markup("sends {} set to the {} response header").format(field, _code(pagination.next_header or ""))
        case "cursor":
            sources = [Markup("the response's {}").format(_path(pagination.next))] if pagination.next else []
            if pagination.last_item:
                sources.append(Markup("the last item's {}").format(_code(pagination.last_item)))
            return Markup("sends {} set to {}").format(field, Markup(", else ").join(sources))
        case "offset":
            return Markup("sends {} advanced by the number of items received").format(field)
        case _:
            return Markup("sends {} counted up from {}").format(field, pagination.first_page)


def _last_page(pagination: Pagination) -> Markup:
    ends = [Markup("a page has no items")]
    if pagination.has_more:
        ends.append(Markup("{} is false").format(_path(pagination.has_more)))
    if pagination.total:
        ends.append(Markup("the {} reaches {}").format("offset" if pagination.kind == "offset" else "page", _path(pagination.total)))
    if pagination.kind == "link":
        ends.append(Markup("no next link comes"))
    elif pagination.kind in ("cursor", "cursor_header"):
        ends.append(Markup("no next value comes"))
    return Markup(" or ").join(ends)


def pagination_html(api: Api, operation: Operation, pagination: Pagination) -> Markup:
    items = Markup("the response body") if not pagination.items else Markup("the response's {}").format(_path(pagination.items))
    python = f"{api.identifiers.default_client.py}.{operation.names.py}(...)"
    typescript = f"{api.identifiers.default_client.ts}.{operation.names.ts}(...)"
    return Markup(
        "<p>This operation returns one page of a longer list: the items are {items} ({item}). The next page "
        "{how}; the list ends when {end}.</p>"
        "<p>The SDKs walk every page, asking for each next one only when the loop reaches it: {py} in Python "
        "(<code>async for</code> with the async client), {ts} in TypeScript. The first page also has "
        "<code>has_next_page()</code>, <code>get_next_page()</code> and <code>iter_pages()</code> "
        "(<code>hasNextPage()</code>, <code>getNextPage()</code>, <code>iterPages()</code>).</p>"
    ).format(
        items=items,
        item=escape(type_label(api, pagination.item_type)),
        how=_next_request(pagination),
        end=_last_page(pagination),
        py=_code(f"for item in {python}:"),
        ts=_code(f"for await (const item of {typescript})"),
    )
