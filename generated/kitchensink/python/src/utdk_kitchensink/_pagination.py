"""Pages of a list: a paginated method returns its first page, which iterates over
the items of every page, asking for each next page only when the iteration reaches it.

How the next request differs from the last one is one rule (`next_request`) for both
clients; the sync and async pages only differ in how they send it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Generator,
    Generic,
    Iterator,
    Callable,
    Mapping,
    Self,
    TypeVar,
    cast,
)
from urllib.parse import parse_qsl, urlsplit

import httpx

from ._models import Decoder, decode
from ._types import NOT_GIVEN

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Endpoint, SyncAPIClient

ItemT = TypeVar("ItemT")
ResponseT = TypeVar("ResponseT")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any, Any]")
PageT = TypeVar("PageT", bound="BasePage[Any, Any]")

_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)")
_NEXT_REL = re.compile(r"""(?:^|;)\s*rel\s*=\s*"?([^";]*)"?""", re.I)


@dataclass(frozen=True)
class Pagination:
    """How an operation pages (the generator's model, as data): see `next_request`."""

    kind: str  # cursor | cursor_header | offset | page | link
    items: tuple[str, ...] = ()  # body path of the items; (): the body is the list
    item_decoder: Decoder = None
    request: tuple[str, str] | None = (
        None  # (query | body, wire name) of the next value
    )
    next: tuple[str, ...] = ()  # cursor: body path of the next cursor
    next_header: str | None = None  # cursor_header: its header; link: Link
    has_more: tuple[
        str, ...
    ] = ()  # body path of a boolean that is false on the last page
    last_item: str | None = None  # cursor: the last item's field when `next` is empty
    total: tuple[str, ...] = ()  # offset: items in all; page: pages in all
    first_page: int = 1


@dataclass(frozen=True)
class PageRequest:
    """What a page was asked with: the method's parameters, body and call options."""

    params: Mapping[str, object]
    body: object
    options: Mapping[str, Any]


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if not isinstance(value, dict):
            return None
        value = value.get(name)
    return value


def next_link(header: str | None) -> str | None:
    """The `rel="next"` URL of a Link header (RFC 8288), or None."""
    for match in _LINK.finditer(header or ""):
        rel = _NEXT_REL.search(match.group(2) or "")
        if rel and "next" in rel.group(1).lower().split():
            return match.group(1).strip()
    return None


def _value_sent(pagination: Pagination, request: PageRequest) -> Any:
    assert pagination.request is not None
    location, name = pagination.request
    source = request.params if location == "query" else request.body
    return source.get(name, NOT_GIVEN) if isinstance(source, Mapping) else NOT_GIVEN


def _fresh_options(options: Mapping[str, Any], **changes: Any) -> dict[str, Any]:
    """Call options for a following page: an idempotency key given for the first
    request is not reused, so a server that remembers it does not answer the first page
    again."""
    fresh = {**options, **changes}
    if "idempotency_key" in fresh:
        fresh["idempotency_key"] = NOT_GIVEN
    return fresh


def _with_value(
    pagination: Pagination, request: PageRequest, value: object
) -> PageRequest:
    assert pagination.request is not None
    location, name = pagination.request
    options = _fresh_options(request.options)
    if location == "query":
        return PageRequest({**request.params, name: value}, request.body, options)
    body = dict(request.body) if isinstance(request.body, Mapping) else {}
    return PageRequest(request.params, {**body, name: value}, options)


def _link_request(endpoint: Endpoint, request: PageRequest, url: str) -> PageRequest:
    """The same operation with the next link's query in place of the declared query
    parameters: only the query is taken, so a link can never send the credentials to
    another host."""
    query = [p.name for p in endpoint.params if p.location == "query"]
    params = {k: (NOT_GIVEN if k in query else v) for k, v in request.params.items()}
    pairs: dict[str, object] = {}
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        previous = pairs.get(key)
        if previous is None:
            pairs[key] = value
        else:
            pairs[key] = (
                [*previous, value] if isinstance(previous, list) else [previous, value]
            )
    return PageRequest(
        params, request.body, _fresh_options(request.options, extra_query=pairs)
    )


def next_request(
    pagination: Pagination,
    endpoint: Endpoint,
    request: PageRequest,
    body: Any,
    headers: httpx.Headers,
    items: list[Any],
) -> PageRequest | None:
    """The request for the page after this one, or None when this one is the last."""
    if not items:
        return None
    has_more = _at(body, pagination.has_more) if pagination.has_more else None
    if has_more is False:
        return None
    kind = pagination.kind
    if kind == "link":
        url = next_link(headers.get(pagination.next_header or "link"))
        return _link_request(endpoint, request, url) if url else None
    sent = _value_sent(pagination, request)
    if kind in ("cursor", "cursor_header"):
        if kind == "cursor_header":
            cursor = headers.get(pagination.next_header or "")
        else:
            cursor = _at(body, pagination.next) if pagination.next else None
        if cursor in (None, "") and pagination.last_item:
            last = _at(body, pagination.items)
            cursor = _at(last[-1], (pagination.last_item,)) if last else None
        if cursor in (None, "") or (cursor == sent and has_more is None):
            return None
        return _with_value(pagination, request, cursor)
    total = _at(body, pagination.total) if pagination.total else None
    if kind == "offset":
        start = sent if isinstance(sent, int) else 0
        following = start + len(items)
        if isinstance(total, int) and following >= total:
            return None
        return _with_value(pagination, request, following)
    current = sent if isinstance(sent, int) else pagination.first_page
    if isinstance(total, int) and current >= total - (1 - pagination.first_page):
        return None
    return _with_value(pagination, request, current + 1)


class BasePage(Generic[ItemT, ResponseT]):
    """One page: `items` (this page's) and `response` (this page's decoded body)."""

    items: list[ItemT]
    response: ResponseT

    def __init__(
        self,
        pagination: Pagination,
        endpoint: Endpoint,
        request: PageRequest,
        parsed: ResponseT,
        body: Any,
        headers: httpx.Headers,
    ) -> None:
        raw = _at(body, pagination.items)
        self.items = (
            decode(("list", pagination.item_decoder), raw)
            if isinstance(raw, list)
            else []
        )
        self.response = parsed
        self._pagination = pagination
        self._endpoint = endpoint
        self._next = next_request(
            pagination, endpoint, request, body, headers, self.items
        )

    def has_next_page(self) -> bool:
        return self._next is not None

    def _next_request(self) -> PageRequest:
        if self._next is None:
            raise RuntimeError(
                "No next page: check has_next_page() before get_next_page()."
            )
        return self._next

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={self.items!r})"


def _answer(client: SyncAPIClient | AsyncAPIClient, answer: Any, page: PageT) -> PageT:
    """The page; under `with_raw_response` the first page's response, whose parse()
    gives the page (the typed raw views say so)."""
    if client._response_mode == "parse":
        return page
    answer._parse = lambda content: page
    return cast(PageT, answer)


class SyncPage(BasePage[ItemT, ResponseT]):
    """`for item in page` walks every item of this page and the pages after it."""

    _client: SyncAPIClient

    @classmethod
    def first_page(
        cls,
        client: SyncAPIClient,
        pagination: Pagination,
        endpoint: Endpoint,
        params: Mapping[str, object],
        body: object,
        **options: Any,
    ) -> Self:
        return cls._fetch(
            client, pagination, endpoint, PageRequest(params, body, options)
        )

    @classmethod
    def _fetch(
        cls,
        client: SyncAPIClient,
        pagination: Pagination,
        endpoint: Endpoint,
        request: PageRequest,
    ) -> Self:
        answer = client._with_response_mode("raw")._request(
            endpoint, request.params, request.body, **request.options
        )
        parsed, body, headers = answer.parse(), answer.json(), answer.headers
        page = cls(pagination, endpoint, request, parsed, body, headers)
        page._client = client._with_response_mode("parse")
        return _answer(client, answer, page)

    def get_next_page(self) -> Self:
        return self._fetch(
            self._client, self._pagination, self._endpoint, self._next_request()
        )

    def iter_pages(self) -> Iterator[Self]:
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class SyncDataPage(SyncPage[ItemT, ResponseT]):
    """A page whose items are the response's `data` field."""

    @property
    def data(self) -> list[ItemT]:
        return self.items


class AsyncPage(BasePage[ItemT, ResponseT]):
    """`async for item in page` walks every item of this page and the pages after it."""

    _client: AsyncAPIClient

    @classmethod
    def paginate(
        cls,
        client: AsyncAPIClient,
        pagination: Pagination,
        endpoint: Endpoint,
        params: Mapping[str, object],
        body: object,
        **options: Any,
    ) -> AsyncPaginator[ItemT, Self]:
        request = PageRequest(params, body, options)
        return AsyncPaginator(lambda: cls._fetch(client, pagination, endpoint, request))

    @classmethod
    async def _fetch(
        cls,
        client: AsyncAPIClient,
        pagination: Pagination,
        endpoint: Endpoint,
        request: PageRequest,
    ) -> Self:
        answer = await client._with_response_mode("raw")._request(
            endpoint, request.params, request.body, **request.options
        )
        parsed, body, headers = (
            await answer.parse(),
            await answer.json(),
            answer.headers,
        )
        page = cls(pagination, endpoint, request, parsed, body, headers)
        page._client = client._with_response_mode("parse")
        return _answer(client, answer, page)

    async def get_next_page(self) -> Self:
        return await self._fetch(
            self._client, self._pagination, self._endpoint, self._next_request()
        )

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncDataPage(AsyncPage[ItemT, ResponseT]):
    """A page whose items are the response's `data` field."""

    @property
    def data(self) -> list[ItemT]:
        return self.items


class AsyncPaginator(Generic[ItemT, AsyncPageT]):
    """What an async paginated method returns: `await` it for the first page, or
    `async for item in client.method(...)` for every item of every page. The first
    request goes out when it is awaited or iterated."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPageT]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page: AsyncPageT = await self
        async for item in page:
            yield item


__all__ = [
    "AsyncDataPage",
    "AsyncPage",
    "AsyncPaginator",
    "BasePage",
    "PageRequest",
    "Pagination",
    "SyncDataPage",
    "SyncPage",
    "next_link",
    "next_request",
]
