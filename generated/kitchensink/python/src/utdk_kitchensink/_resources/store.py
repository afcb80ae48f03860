"""Operations tagged store."""

from __future__ import annotations

import typing as _t

from .._base_client import AsyncAPIClient as _AsyncAPIClient
from .._base_client import Endpoint as _Endpoint
from .._base_client import SyncAPIClient as _SyncAPIClient
from .._serialize import Param as _Param
from .._types import NOT_GIVEN as _NOT_GIVEN
from .._types import NotGiven as _NotGiven
from .._types import Timeout as _Timeout

if _t.TYPE_CHECKING:
    from ..models.store import Inventory

_GET_INVENTORY = _Endpoint(
    method="get",
    path="/store/inventory",
    params=(),
    security=((("oauth2", ("inventory:read",)),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=None,
)

_DOWNLOAD_REPORT = _Endpoint(
    method="get",
    path="/store/reports/{reportId}",
    params=(
        _Param(name="reportId", location="path", style="simple", explode=False),
        _Param(name="format", location="query", style="form", explode=True),
    ),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="binary",
    response_decoder=None,
    response_headers=(("X-Report-Rows", "integer"),),
)

DownloadReportResponseHeaders = _t.TypedDict(
    "DownloadReportResponseHeaders",
    {
        "X-Report-Rows": int,
    },
    total=False,
)


class SyncMethods(_SyncAPIClient):

    def get_inventory(
        self,
        *,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Inventory:
        """Inventory by status

        `GET /store/inventory`
        """
        return _t.cast(
            "Inventory",
            self._request(
                _GET_INVENTORY,
                {},
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def download_report(
        self,
        *,
        report_id: str,
        format: _t.Literal["csv", "pdf"] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> bytes:
        """Download a report

        `GET /store/reports/{reportId}`
        """
        return _t.cast(
            "bytes",
            self._request(
                _DOWNLOAD_REPORT,
                {
                    "reportId": report_id,
                    "format": format,
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


class AsyncMethods(_AsyncAPIClient):

    async def get_inventory(
        self,
        *,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Inventory:
        """Inventory by status

        `GET /store/inventory`
        """
        return _t.cast(
            "Inventory",
            await self._request(
                _GET_INVENTORY,
                {},
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def download_report(
        self,
        *,
        report_id: str,
        format: _t.Literal["csv", "pdf"] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> bytes:
        """Download a report

        `GET /store/reports/{reportId}`
        """
        return _t.cast(
            "bytes",
            await self._request(
                _DOWNLOAD_REPORT,
                {
                    "reportId": report_id,
                    "format": format,
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


if _t.TYPE_CHECKING:
    # What `client.with_raw_response` and `client.with_streaming_response` offer, as the type
    # checker sees it (at run time the client wraps its own methods).
    from .._response import AsyncRawMethod as _AsyncRawMethod
    from .._response import AsyncStreamedMethod as _AsyncStreamedMethod
    from .._response import RawMethod as _RawMethod
    from .._response import StreamedMethod as _StreamedMethod

    class SyncRawMethods:
        get_inventory = _RawMethod(SyncMethods.get_inventory)
        download_report = _RawMethod(
            SyncMethods.download_report, DownloadReportResponseHeaders
        )

    class SyncStreamedMethods:
        get_inventory = _StreamedMethod(SyncMethods.get_inventory)
        download_report = _StreamedMethod(
            SyncMethods.download_report, DownloadReportResponseHeaders
        )

    class AsyncRawMethods:
        get_inventory = _AsyncRawMethod(AsyncMethods.get_inventory)
        download_report = _AsyncRawMethod(
            AsyncMethods.download_report, DownloadReportResponseHeaders
        )

    class AsyncStreamedMethods:
        get_inventory = _AsyncStreamedMethod(AsyncMethods.get_inventory)
        download_report = _AsyncStreamedMethod(
            AsyncMethods.download_report, DownloadReportResponseHeaders
        )
