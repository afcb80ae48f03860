"""Operations tagged toys."""

from __future__ import annotations

import typing as _t

from .._base_client import AsyncAPIClient as _AsyncAPIClient
from .._base_client import Endpoint as _Endpoint
from .._base_client import SyncAPIClient as _SyncAPIClient
from .._pagination import AsyncDataPage as _AsyncDataPage
from .._pagination import AsyncPage as _AsyncPage
from .._pagination import AsyncPaginator as _AsyncPaginator
from .._pagination import Pagination as _Pagination
from .._pagination import SyncDataPage as _SyncDataPage
from .._pagination import SyncPage as _SyncPage
from .._serialize import Param as _Param
from .._types import NOT_GIVEN as _NOT_GIVEN
from .._types import NotGiven as _NotGiven
from .._types import Timeout as _Timeout

if _t.TYPE_CHECKING:
    from ..models.toys import (
        ListRecentToysResponse,
        ListToyFeedResponse,
        ListToysByOffsetResponse,
        ListToysByPageResponse,
        ListToysResponse,
        SearchToysResponse,
        SyncToysResponse,
        Toy,
    )

_LIST_TOYS = _Endpoint(
    method="get",
    path="/toys",
    params=(
        _Param(name="cursor", location="query", style="form", explode=True),
        _Param(name="limit", location="query", style="form", explode=True),
    ),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("model", "ListToysResponse"),
)
_LIST_TOYS_PAGES = _Pagination(
    kind="cursor",
    items=("items",),
    item_decoder=("model", "Toy"),
    request=("query", "cursor"),
    next=("next_cursor",),
)

_LIST_RECENT_TOYS = _Endpoint(
    method="get",
    path="/toys/recent",
    params=(
        _Param(name="after", location="query", style="form", explode=True),
        _Param(name="limit", location="query", style="form", explode=True),
    ),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("model", "ListRecentToysResponse"),
)
_LIST_RECENT_TOYS_PAGES = _Pagination(
    kind="cursor",
    items=("data",),
    item_decoder=("model", "Toy"),
    request=("query", "after"),
    next=("last_id",),
    has_more=("has_more",),
    last_item="id",
)

_LIST_TOYS_BY_OFFSET = _Endpoint(
    method="get",
    path="/toys/by-offset",
    params=(
        _Param(name="offset", location="query", style="form", explode=True),
        _Param(name="limit", location="query", style="form", explode=True),
    ),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("model", "ListToysByOffsetResponse"),
)
_LIST_TOYS_BY_OFFSET_PAGES = _Pagination(
    kind="offset",
    items=("results",),
    item_decoder=("model", "Toy"),
    request=("query", "offset"),
    total=("total",),
)

_LIST_TOYS_BY_PAGE = _Endpoint(
    method="get",
    path="/toys/by-page",
    params=(
        _Param(name="page", location="query", style="form", explode=True),
        _Param(name="per_page", location="query", style="form", explode=True),
    ),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("model", "ListToysByPageResponse"),
)
_LIST_TOYS_BY_PAGE_PAGES = _Pagination(
    kind="page",
    items=("entries",),
    item_decoder=("model", "Toy"),
    request=("query", "page"),
    total=("total_pages",),
)

_LIST_LINKED_TOYS = _Endpoint(
    method="get",
    path="/toys/linked",
    params=(_Param(name="per_page", location="query", style="form", explode=True),),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("list", ("model", "Toy")),
    response_headers=(("Link", "string"),),
)
_LIST_LINKED_TOYS_PAGES = _Pagination(
    kind="link", item_decoder=("model", "Toy"), next_header="Link"
)

_LIST_TOYS_BY_HEADER = _Endpoint(
    method="get",
    path="/toys/by-header",
    params=(_Param(name="cursor", location="query", style="form", explode=True),),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("list", ("model", "Toy")),
    response_headers=(("X-Next-Cursor", "string"),),
)
_LIST_TOYS_BY_HEADER_PAGES = _Pagination(
    kind="cursor_header",
    item_decoder=("model", "Toy"),
    request=("query", "cursor"),
    next_header="X-Next-Cursor",
)

_LIST_TOY_FEED = _Endpoint(
    method="get",
    path="/toys/feed",
    params=(_Param(name="since", location="query", style="form", explode=True),),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("model", "ListToyFeedResponse"),
)
_LIST_TOY_FEED_PAGES = _Pagination(
    kind="cursor",
    items=("toys",),
    item_decoder=("model", "Toy"),
    request=("query", "since"),
    next=("continue_from",),
)

_SYNC_TOYS = _Endpoint(
    method="post",
    path="/toys/sync",
    params=(),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=("model", "SyncToysResponse"),
)
_SYNC_TOYS_PAGES = _Pagination(
    kind="cursor",
    items=("added",),
    item_decoder=("model", "Toy"),
    request=("body", "cursor"),
    next=("next_cursor",),
    has_more=("has_more",),
)

_SEARCH_TOYS = _Endpoint(
    method="post",
    path="/toys/search",
    params=(),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=("model", "SearchToysResponse"),
)

ListLinkedToysResponseHeaders = _t.TypedDict(
    "ListLinkedToysResponseHeaders",
    {
        "Link": str,
    },
    total=False,
)

ListToysByHeaderResponseHeaders = _t.TypedDict(
    "ListToysByHeaderResponseHeaders",
    {
        "X-Next-Cursor": str,
    },
    total=False,
)


class SyncMethods(_SyncAPIClient):

    def list_toys(
        self,
        *,
        cursor: str | _NotGiven = _NOT_GIVEN,
        limit: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[Toy, ListToysResponse]:
        """List toys (a cursor in the query, the next one in the body)

        `GET /toys`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncPage[Toy, ListToysResponse]",
            _SyncPage.first_page(
                self,
                _LIST_TOYS_PAGES,
                _LIST_TOYS,
                {
                    "cursor": cursor,
                    "limit": limit,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_recent_toys(
        self,
        *,
        after: str | _NotGiven = _NOT_GIVEN,
        limit: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncDataPage[Toy, ListRecentToysResponse]:
        """Recent toys (after the last id, while has_more)

        `GET /toys/recent`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncDataPage[Toy, ListRecentToysResponse]",
            _SyncDataPage.first_page(
                self,
                _LIST_RECENT_TOYS_PAGES,
                _LIST_RECENT_TOYS,
                {
                    "after": after,
                    "limit": limit,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toys_by_offset(
        self,
        *,
        offset: int | _NotGiven = _NOT_GIVEN,
        limit: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[Toy, ListToysByOffsetResponse]:
        """Toys by offset and limit

        `GET /toys/by-offset`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncPage[Toy, ListToysByOffsetResponse]",
            _SyncPage.first_page(
                self,
                _LIST_TOYS_BY_OFFSET_PAGES,
                _LIST_TOYS_BY_OFFSET,
                {
                    "offset": offset,
                    "limit": limit,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toys_by_page(
        self,
        *,
        page: int | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[Toy, ListToysByPageResponse]:
        """Toys by page number

        `GET /toys/by-page`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncPage[Toy, ListToysByPageResponse]",
            _SyncPage.first_page(
                self,
                _LIST_TOYS_BY_PAGE_PAGES,
                _LIST_TOYS_BY_PAGE,
                {
                    "page": page,
                    "per_page": per_page,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_linked_toys(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[Toy, list[Toy]]:
        """Toys, the next page linked from the Link header

        `GET /toys/linked`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncPage[Toy, list[Toy]]",
            _SyncPage.first_page(
                self,
                _LIST_LINKED_TOYS_PAGES,
                _LIST_LINKED_TOYS,
                {
                    "per_page": per_page,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toys_by_header(
        self,
        *,
        cursor: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[Toy, list[Toy]]:
        """Toys, the next cursor in a response header

        `GET /toys/by-header`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncPage[Toy, list[Toy]]",
            _SyncPage.first_page(
                self,
                _LIST_TOYS_BY_HEADER_PAGES,
                _LIST_TOYS_BY_HEADER,
                {
                    "cursor": cursor,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toy_feed(
        self,
        *,
        since: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[Toy, ListToyFeedResponse]:
        """The toy feed (names detection cannot read; generator.yaml says how it pages)

        `GET /toys/feed`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncPage[Toy, ListToyFeedResponse]",
            _SyncPage.first_page(
                self,
                _LIST_TOY_FEED_PAGES,
                _LIST_TOY_FEED,
                {
                    "since": since,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def sync_toys(
        self,
        *,
        cursor: str | _NotGiven = _NOT_GIVEN,
        count: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[Toy, SyncToysResponse]:
        """Changes since a cursor (several arrays; generator.yaml names the items)

        `POST /toys/sync`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_SyncPage[Toy, SyncToysResponse]",
            _SyncPage.first_page(
                self,
                _SYNC_TOYS_PAGES,
                _SYNC_TOYS,
                {},
                {
                    "cursor": cursor,
                    "count": count,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def search_toys(
        self,
        *,
        query: str,
        offset: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> SearchToysResponse:
        """Search toys (one page only; generator.yaml turns paging off)

        `POST /toys/search`
        """
        return _t.cast(
            "SearchToysResponse",
            self._request(
                _SEARCH_TOYS,
                {},
                {
                    "query": query,
                    "offset": offset,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncMethods(_AsyncAPIClient):

    def list_toys(
        self,
        *,
        cursor: str | _NotGiven = _NOT_GIVEN,
        limit: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncPage[Toy, ListToysResponse]]:
        """List toys (a cursor in the query, the next one in the body)

        `GET /toys`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncPage[Toy, ListToysResponse]]",
            _AsyncPage.paginate(
                self,
                _LIST_TOYS_PAGES,
                _LIST_TOYS,
                {
                    "cursor": cursor,
                    "limit": limit,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_recent_toys(
        self,
        *,
        after: str | _NotGiven = _NOT_GIVEN,
        limit: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncDataPage[Toy, ListRecentToysResponse]]:
        """Recent toys (after the last id, while has_more)

        `GET /toys/recent`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncDataPage[Toy, ListRecentToysResponse]]",
            _AsyncDataPage.paginate(
                self,
                _LIST_RECENT_TOYS_PAGES,
                _LIST_RECENT_TOYS,
                {
                    "after": after,
                    "limit": limit,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toys_by_offset(
        self,
        *,
        offset: int | _NotGiven = _NOT_GIVEN,
        limit: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncPage[Toy, ListToysByOffsetResponse]]:
        """Toys by offset and limit

        `GET /toys/by-offset`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncPage[Toy, ListToysByOffsetResponse]]",
            _AsyncPage.paginate(
                self,
                _LIST_TOYS_BY_OFFSET_PAGES,
                _LIST_TOYS_BY_OFFSET,
                {
                    "offset": offset,
                    "limit": limit,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toys_by_page(
        self,
        *,
        page: int | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncPage[Toy, ListToysByPageResponse]]:
        """Toys by page number

        `GET /toys/by-page`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncPage[Toy, ListToysByPageResponse]]",
            _AsyncPage.paginate(
                self,
                _LIST_TOYS_BY_PAGE_PAGES,
                _LIST_TOYS_BY_PAGE,
                {
                    "page": page,
                    "per_page": per_page,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_linked_toys(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncPage[Toy, list[Toy]]]:
        """Toys, the next page linked from the Link header

        `GET /toys/linked`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncPage[Toy, list[Toy]]]",
            _AsyncPage.paginate(
                self,
                _LIST_LINKED_TOYS_PAGES,
                _LIST_LINKED_TOYS,
                {
                    "per_page": per_page,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toys_by_header(
        self,
        *,
        cursor: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncPage[Toy, list[Toy]]]:
        """Toys, the next cursor in a response header

        `GET /toys/by-header`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncPage[Toy, list[Toy]]]",
            _AsyncPage.paginate(
                self,
                _LIST_TOYS_BY_HEADER_PAGES,
                _LIST_TOYS_BY_HEADER,
                {
                    "cursor": cursor,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def list_toy_feed(
        self,
        *,
        since: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncPage[Toy, ListToyFeedResponse]]:
        """The toy feed (names detection cannot read; generator.yaml says how it pages)

        `GET /toys/feed`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncPage[Toy, ListToyFeedResponse]]",
            _AsyncPage.paginate(
                self,
                _LIST_TOY_FEED_PAGES,
                _LIST_TOY_FEED,
                {
                    "since": since,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def sync_toys(
        self,
        *,
        cursor: str | _NotGiven = _NOT_GIVEN,
        count: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPaginator[Toy, _AsyncPage[Toy, SyncToysResponse]]:
        """Changes since a cursor (several arrays; generator.yaml names the items)

        `POST /toys/sync`

        Returns the first page; iterating over it yields the items of every page, each
        page requested when the iteration reaches it.
        """
        return _t.cast(
            "_AsyncPaginator[Toy, _AsyncPage[Toy, SyncToysResponse]]",
            _AsyncPage.paginate(
                self,
                _SYNC_TOYS_PAGES,
                _SYNC_TOYS,
                {},
                {
                    "cursor": cursor,
                    "count": count,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def search_toys(
        self,
        *,
        query: str,
        offset: int | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> SearchToysResponse:
        """Search toys (one page only; generator.yaml turns paging off)

        `POST /toys/search`
        """
        return _t.cast(
            "SearchToysResponse",
            await self._request(
                _SEARCH_TOYS,
                {},
                {
                    "query": query,
                    "offset": offset,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


if _t.TYPE_CHECKING:
    # What `client.with_raw_response` and `client.with_streaming_response` offer, as the type
    # checker sees it (at run time the client wraps its own methods).
    from .._response import AsyncRawMethod as _AsyncRawMethod
    from .._response import AsyncStreamedMethod as _AsyncStreamedMethod
    from .._response import RawMethod as _RawMethod
    from .._response import StreamedMethod as _StreamedMethod

    class SyncRawMethods:
        list_toys = _RawMethod(SyncMethods.list_toys)
        list_recent_toys = _RawMethod(SyncMethods.list_recent_toys)
        list_toys_by_offset = _RawMethod(SyncMethods.list_toys_by_offset)
        list_toys_by_page = _RawMethod(SyncMethods.list_toys_by_page)
        list_linked_toys = _RawMethod(
            SyncMethods.list_linked_toys, ListLinkedToysResponseHeaders
        )
        list_toys_by_header = _RawMethod(
            SyncMethods.list_toys_by_header, ListToysByHeaderResponseHeaders
        )
        list_toy_feed = _RawMethod(SyncMethods.list_toy_feed)
        sync_toys = _RawMethod(SyncMethods.sync_toys)
        search_toys = _RawMethod(SyncMethods.search_toys)

    class SyncStreamedMethods:
        list_toys = _StreamedMethod(SyncMethods.list_toys)
        list_recent_toys = _StreamedMethod(SyncMethods.list_recent_toys)
        list_toys_by_offset = _StreamedMethod(SyncMethods.list_toys_by_offset)
        list_toys_by_page = _StreamedMethod(SyncMethods.list_toys_by_page)
        list_linked_toys = _StreamedMethod(
            SyncMethods.list_linked_toys, ListLinkedToysResponseHeaders
        )
        list_toys_by_header = _StreamedMethod(
            SyncMethods.list_toys_by_header, ListToysByHeaderResponseHeaders
        )
        list_toy_feed = _StreamedMethod(SyncMethods.list_toy_feed)
        sync_toys = _StreamedMethod(SyncMethods.sync_toys)
        search_toys = _StreamedMethod(SyncMethods.search_toys)

    class AsyncRawMethods:
        list_toys = _AsyncRawMethod(AsyncMethods.list_toys)
        list_recent_toys = _AsyncRawMethod(AsyncMethods.list_recent_toys)
        list_toys_by_offset = _AsyncRawMethod(AsyncMethods.list_toys_by_offset)
        list_toys_by_page = _AsyncRawMethod(AsyncMethods.list_toys_by_page)
        list_linked_toys = _AsyncRawMethod(
            AsyncMethods.list_linked_toys, ListLinkedToysResponseHeaders
        )
        list_toys_by_header = _AsyncRawMethod(
            AsyncMethods.list_toys_by_header, ListToysByHeaderResponseHeaders
        )
        list_toy_feed = _AsyncRawMethod(AsyncMethods.list_toy_feed)
        sync_toys = _AsyncRawMethod(AsyncMethods.sync_toys)
        search_toys = _AsyncRawMethod(AsyncMethods.search_toys)

    class AsyncStreamedMethods:
        list_toys = _AsyncStreamedMethod(AsyncMethods.list_toys)
        list_recent_toys = _AsyncStreamedMethod(AsyncMethods.list_recent_toys)
        list_toys_by_offset = _AsyncStreamedMethod(AsyncMethods.list_toys_by_offset)
        list_toys_by_page = _AsyncStreamedMethod(AsyncMethods.list_toys_by_page)
        list_linked_toys = _AsyncStreamedMethod(
            AsyncMethods.list_linked_toys, ListLinkedToysResponseHeaders
        )
        list_toys_by_header = _AsyncStreamedMethod(
            AsyncMethods.list_toys_by_header, ListToysByHeaderResponseHeaders
        )
        list_toy_feed = _AsyncStreamedMethod(AsyncMethods.list_toy_feed)
        sync_toys = _AsyncStreamedMethod(AsyncMethods.sync_toys)
        search_toys = _AsyncStreamedMethod(AsyncMethods.search_toys)
