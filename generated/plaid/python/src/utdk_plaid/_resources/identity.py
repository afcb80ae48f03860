"""Operations on /identity paths."""

from __future__ import annotations

import typing as _t

from .._base_client import AsyncAPIClient as _AsyncAPIClient
from .._base_client import Endpoint as _Endpoint
from .._base_client import SyncAPIClient as _SyncAPIClient
from .._types import NOT_GIVEN as _NOT_GIVEN
from .._types import NotGiven as _NotGiven
from .._types import Timeout as _Timeout

if _t.TYPE_CHECKING:
    from ..models.identity import (
        APIClientID,
        APISecret,
        AccessToken,
        IdentityRefreshResponse,
    )

_IDENTITY_REFRESH = _Endpoint(
    method="post",
    path="/identity/refresh",
    params=(),
    security=((("clientId", ()), ("secret", ())),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=("model", "IdentityRefreshResponse"),
    error_decoders=(("default", ("model", "PlaidError")),),
)


class SyncMethods(_SyncAPIClient):

    def identity_refresh(
        self,
        *,
        access_token: AccessToken,
        client_id: APIClientID | _NotGiven = _NOT_GIVEN,
        secret: APISecret | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> IdentityRefreshResponse:
        """Refresh identity data

        `POST /identity/refresh`

        `/identity/refresh` is an optional endpoint for users of the Identity
        product. It initiates an on-demand extraction to fetch the most up to date
        Identity information from the Financial Institution. This on-demand
        extraction takes place in addition to the periodic extractions that
        automatically occur for any Identity-enabled Item. If changes to Identity are
        discovered after calling `/identity/refresh`, Plaid will fire a webhook
        [`DEFAULT_UPDATE`](https://plaid.com/docs/api/products/identity/#default_update).
        As this endpoint triggers a synchronous request for fresh data, latency may
        be higher than for other Plaid endpoints (typically less than 10 seconds, but
        occasionally up to 30 seconds or more); if you encounter errors, you may find
        it necessary to adjust your timeout period when making requests.
        `/identity/refresh` is offered as an add-on to Identity and has a separate
        [fee model](https://plaid.com/docs/account/billing/#per-request-flat-fee). To
        request access to this endpoint, submit a [product access
        request](https://dashboard.plaid.com/team/products) or contact your Plaid
        account manager.

        Args:
          access_token: The access token associated with the Item data is being
              requested for.
          client_id: Your Plaid API `client_id`. The `client_id` is required and may
              be provided either in the `PLAID-CLIENT-ID` header or as part of a request
              body.
          secret: Your Plaid API `secret`. The `secret` is required and may be
              provided either in the `PLAID-SECRET` header or as part of a request body.
        """
        return _t.cast(
            "IdentityRefreshResponse",
            self._request(
                _IDENTITY_REFRESH,
                {},
                {
                    "client_id": client_id,
                    "access_token": access_token,
                    "secret": secret,
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

    async def identity_refresh(
        self,
        *,
        access_token: AccessToken,
        client_id: APIClientID | _NotGiven = _NOT_GIVEN,
        secret: APISecret | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> IdentityRefreshResponse:
        """Refresh identity data

        `POST /identity/refresh`

        `/identity/refresh` is an optional endpoint for users of the Identity
        product. It initiates an on-demand extraction to fetch the most up to date
        Identity information from the Financial Institution. This on-demand
        extraction takes place in addition to the periodic extractions that
        automatically occur for any Identity-enabled Item. If changes to Identity are
        discovered after calling `/identity/refresh`, Plaid will fire a webhook
        [`DEFAULT_UPDATE`](https://plaid.com/docs/api/products/identity/#default_update).
        As this endpoint triggers a synchronous request for fresh data, latency may
        be higher than for other Plaid endpoints (typically less than 10 seconds, but
        occasionally up to 30 seconds or more); if you encounter errors, you may find
        it necessary to adjust your timeout period when making requests.
        `/identity/refresh` is offered as an add-on to Identity and has a separate
        [fee model](https://plaid.com/docs/account/billing/#per-request-flat-fee). To
        request access to this endpoint, submit a [product access
        request](https://dashboard.plaid.com/team/products) or contact your Plaid
        account manager.

        Args:
          access_token: The access token associated with the Item data is being
              requested for.
          client_id: Your Plaid API `client_id`. The `client_id` is required and may
              be provided either in the `PLAID-CLIENT-ID` header or as part of a request
              body.
          secret: Your Plaid API `secret`. The `secret` is required and may be
              provided either in the `PLAID-SECRET` header or as part of a request body.
        """
        return _t.cast(
            "IdentityRefreshResponse",
            await self._request(
                _IDENTITY_REFRESH,
                {},
                {
                    "client_id": client_id,
                    "access_token": access_token,
                    "secret": secret,
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
        identity_refresh = _RawMethod(SyncMethods.identity_refresh)

    class SyncStreamedMethods:
        identity_refresh = _StreamedMethod(SyncMethods.identity_refresh)

    class AsyncRawMethods:
        identity_refresh = _AsyncRawMethod(AsyncMethods.identity_refresh)

    class AsyncStreamedMethods:
        identity_refresh = _AsyncStreamedMethod(AsyncMethods.identity_refresh)
