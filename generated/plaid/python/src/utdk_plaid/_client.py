"""Clients of The Plaid API: configuration and operation methods."""

from __future__ import annotations

import typing as _t

from ._base_client import AsyncAPIClient as _AsyncAPIClient
from ._base_client import Placement as _Placement
from ._base_client import SyncAPIClient as _SyncAPIClient
from ._exceptions import ERROR_CLASSES as _ERROR_CLASSES
from ._types import NOT_GIVEN as _NOT_GIVEN
from ._types import NotGiven as _NotGiven
from ._types import Timeout as _Timeout

if _t.TYPE_CHECKING:
    import httpx

    # One import per resource: compiled with the module, though never run.
    from ._resources import identity as _r1

    class _SyncBase(
        _r1.SyncMethods,
        _SyncAPIClient,
    ):
        pass

    class _AsyncBase(
        _r1.AsyncMethods,
        _AsyncAPIClient,
    ):
        pass

    class _SyncRawMethods(
        _r1.SyncRawMethods,
    ):
        pass

    class _SyncStreamedMethods(
        _r1.SyncStreamedMethods,
    ):
        pass

    class _AsyncRawMethods(
        _r1.AsyncRawMethods,
    ):
        pass

    class _AsyncStreamedMethods(
        _r1.AsyncStreamedMethods,
    ):
        pass

else:
    _SyncBase = _SyncAPIClient
    _AsyncBase = _AsyncAPIClient

Environment = _t.Literal["production", "sandbox"]

ENVIRONMENTS: dict[str, str] = {
    "production": "https://production.plaid.com",
    "sandbox": "https://sandbox.plaid.com",
}

_CREDENTIAL_ENV: dict[str, str] = {
    "client_id": "PLAID_CLIENT_ID",
    "secret": "PLAID_SECRET",
}

_SCHEMES: dict[str, _Placement] = {
    "clientId": _Placement("header", "PLAID-CLIENT-ID", ("client_id",)),
    "secret": _Placement("header", "PLAID-SECRET", ("secret",)),
}

_METHOD_MODULES: dict[str, str] = {
    "identity_refresh": "identity",
}


class Plaid(_SyncBase):
    """Client for The Plaid API.

    Every argument falls back to the environment: PLAID_CLIENT_ID, PLAID_SECRET,
    PLAID_BASE_URL.
    """

    _ENVIRONMENTS = ENVIRONMENTS
    _CREDENTIAL_ENV = _CREDENTIAL_ENV
    _SCHEMES = _SCHEMES
    _ENV_PREFIX = "PLAID"
    _METHOD_MODULES = _METHOD_MODULES
    _ERRORS = _ERROR_CLASSES
    _SDK = ("utdk_plaid", "0.1.0")

    if _t.TYPE_CHECKING:

        @property
        def with_raw_response(self) -> _SyncRawMethods:
            """Each method, answering with its APIResponse (status, headers, ...)."""
            ...

        @property
        def with_streaming_response(self) -> _SyncStreamedMethods:
            """Each method as a context manager; the body is read as it arrives."""
            ...

    def __init__(
        self,
        *,
        client_id: str | None = None,
        secret: str | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: _t.Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            credentials={
                "client_id": client_id,
                "secret": secret,
            },
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        client_id: str | _NotGiven = _NOT_GIVEN,
        secret: str | _NotGiven = _NOT_GIVEN,
        environment: Environment | _NotGiven = _NOT_GIVEN,
        base_url: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        default_headers: _t.Mapping[str, str] | _NotGiven = _NOT_GIVEN,
    ) -> Plaid:
        """A copy of this client with some options replaced.

        The copy shares this client's HTTP connection pool.
        """
        return type(self)(
            **self._options(
                {
                    "client_id": client_id,
                    "secret": secret,
                    "environment": environment,
                    "base_url": base_url,
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "default_headers": default_headers,
                }
            )
        )


class AsyncPlaid(_AsyncBase):
    """Client for The Plaid API.

    Every argument falls back to the environment: PLAID_CLIENT_ID, PLAID_SECRET,
    PLAID_BASE_URL.
    """

    _ENVIRONMENTS = ENVIRONMENTS
    _CREDENTIAL_ENV = _CREDENTIAL_ENV
    _SCHEMES = _SCHEMES
    _ENV_PREFIX = "PLAID"
    _METHOD_MODULES = _METHOD_MODULES
    _ERRORS = _ERROR_CLASSES
    _SDK = ("utdk_plaid", "0.1.0")

    if _t.TYPE_CHECKING:

        @property
        def with_raw_response(self) -> _AsyncRawMethods:
            """Each method, answering with its APIResponse (status, headers, ...)."""
            ...

        @property
        def with_streaming_response(self) -> _AsyncStreamedMethods:
            """Each method as a context manager; the body is read as it arrives."""
            ...

    def __init__(
        self,
        *,
        client_id: str | None = None,
        secret: str | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: _t.Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            credentials={
                "client_id": client_id,
                "secret": secret,
            },
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        client_id: str | _NotGiven = _NOT_GIVEN,
        secret: str | _NotGiven = _NOT_GIVEN,
        environment: Environment | _NotGiven = _NOT_GIVEN,
        base_url: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        default_headers: _t.Mapping[str, str] | _NotGiven = _NOT_GIVEN,
    ) -> AsyncPlaid:
        """A copy of this client with some options replaced.

        The copy shares this client's HTTP connection pool.
        """
        return type(self)(
            **self._options(
                {
                    "client_id": client_id,
                    "secret": secret,
                    "environment": environment,
                    "base_url": base_url,
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "default_headers": default_headers,
                }
            )
        )
