"""Clients of Kitchen Sink Pet Store: configuration and operation methods."""

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

    from .webhooks import Webhooks as _Webhooks

    # One import per resource: compiled with the module, though never run.
    from ._resources import pets as _r1
    from ._resources import store as _r2
    from ._resources import misc as _r3
    from ._resources import toys as _r4

    class _SyncBase(
        _r1.SyncMethods,
        _r2.SyncMethods,
        _r3.SyncMethods,
        _r4.SyncMethods,
        _SyncAPIClient,
    ):
        pass

    class _AsyncBase(
        _r1.AsyncMethods,
        _r2.AsyncMethods,
        _r3.AsyncMethods,
        _r4.AsyncMethods,
        _AsyncAPIClient,
    ):
        pass

    class _SyncRawMethods(
        _r1.SyncRawMethods,
        _r2.SyncRawMethods,
        _r3.SyncRawMethods,
        _r4.SyncRawMethods,
    ):
        pass

    class _SyncStreamedMethods(
        _r1.SyncStreamedMethods,
        _r2.SyncStreamedMethods,
        _r3.SyncStreamedMethods,
        _r4.SyncStreamedMethods,
    ):
        pass

    class _AsyncRawMethods(
        _r1.AsyncRawMethods,
        _r2.AsyncRawMethods,
        _r3.AsyncRawMethods,
        _r4.AsyncRawMethods,
    ):
        pass

    class _AsyncStreamedMethods(
        _r1.AsyncStreamedMethods,
        _r2.AsyncStreamedMethods,
        _r3.AsyncStreamedMethods,
        _r4.AsyncStreamedMethods,
    ):
        pass

else:
    _SyncBase = _SyncAPIClient
    _AsyncBase = _AsyncAPIClient

Environment = _t.Literal["production", "sandbox"]

ENVIRONMENTS: dict[str, str] = {
    "production": "https://us.api.kitchensink.example/v1",
    "sandbox": "https://sandbox.kitchensink.example/v1",
}

_CREDENTIAL_ENV: dict[str, str] = {
    "bearer_auth": "KITCHENSINK_BEARER_AUTH",
    "basic_auth_username": "KITCHENSINK_BASIC_AUTH_USERNAME",
    "basic_auth_password": "KITCHENSINK_BASIC_AUTH_PASSWORD",
    "api_key_header": "KITCHENSINK_API_KEY_HEADER",
    "api_key_query": "KITCHENSINK_API_KEY_QUERY",
    "api_key_cookie": "KITCHENSINK_API_KEY_COOKIE",
    "oauth2_client_id": "KITCHENSINK_OAUTH2_CLIENT_ID",
    "oauth2_client_secret": "KITCHENSINK_OAUTH2_CLIENT_SECRET",
}

_SCHEMES: dict[str, _Placement] = {
    "bearerAuth": _Placement(
        "header", "Authorization", ("bearer_auth",), prefix="Bearer "
    ),
    "basicAuth": _Placement(
        "header",
        "Authorization",
        (
            "basic_auth_username",
            "basic_auth_password",
        ),
        prefix="Basic ",
        encoding="basic",
    ),
    "apiKeyHeader": _Placement("header", "X-API-Key", ("api_key_header",)),
    "apiKeyQuery": _Placement("query", "api_key", ("api_key_query",)),
    "apiKeyCookie": _Placement("cookie", "session", ("api_key_cookie",)),
    "oauth2": _Placement(
        "header",
        "Authorization",
        (
            "oauth2_client_id",
            "oauth2_client_secret",
        ),
        prefix="Bearer ",
        token_url="/oauth/token",
    ),
}

_METHOD_MODULES: dict[str, str] = {
    "list_pets": "pets",
    "create_pet": "pets",
    "get_pet": "pets",
    "update_pet": "pets",
    "delete_pet": "pets",
    "download_pet_photo": "pets",
    "upload_pet_photo": "pets",
    "register_microchip": "pets",
    "add_pet_note": "pets",
    "search_pets": "pets",
    "watch_pet": "pets",
    "get_inventory": "store",
    "download_report": "store",
    "submit_contact_form": "misc",
    "create_tree": "misc",
    "put_shape": "misc",
    "get_status": "misc",
    "create_conversation": "misc",
    "create_reply": "misc",
    "create_order": "misc",
    "list_toys": "toys",
    "list_recent_toys": "toys",
    "list_toys_by_offset": "toys",
    "list_toys_by_page": "toys",
    "list_linked_toys": "toys",
    "list_toys_by_header": "toys",
    "list_toy_feed": "toys",
    "sync_toys": "toys",
    "search_toys": "toys",
}


class Kitchensink(_SyncBase):
    """Client for Kitchen Sink Pet Store.

    Every argument falls back to the environment: KITCHENSINK_BEARER_AUTH,
    KITCHENSINK_BASIC_AUTH_USERNAME, KITCHENSINK_BASIC_AUTH_PASSWORD,
    KITCHENSINK_API_KEY_HEADER, KITCHENSINK_API_KEY_QUERY,
    KITCHENSINK_API_KEY_COOKIE, KITCHENSINK_OAUTH2_CLIENT_ID,
    KITCHENSINK_OAUTH2_CLIENT_SECRET, KITCHENSINK_BASE_URL.
    """

    _ENVIRONMENTS = ENVIRONMENTS
    _CREDENTIAL_ENV = _CREDENTIAL_ENV
    _SCHEMES = _SCHEMES
    _ENV_PREFIX = "KITCHENSINK"
    _METHOD_MODULES = _METHOD_MODULES
    _ERRORS = _ERROR_CLASSES
    _SDK = ("utdk_kitchensink", "1.2.0")

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
        bearer_auth: str | None = None,
        basic_auth_username: str | None = None,
        basic_auth_password: str | None = None,
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        api_key_cookie: str | None = None,
        oauth2_client_id: str | None = None,
        oauth2_client_secret: str | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: _t.Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            credentials={
                "bearer_auth": bearer_auth,
                "basic_auth_username": basic_auth_username,
                "basic_auth_password": basic_auth_password,
                "api_key_header": api_key_header,
                "api_key_query": api_key_query,
                "api_key_cookie": api_key_cookie,
                "oauth2_client_id": oauth2_client_id,
                "oauth2_client_secret": oauth2_client_secret,
            },
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    @property
    def webhooks(self) -> _Webhooks:
        """Reads the webhooks this API sends: `client.webhooks.unwrap(body)`."""
        from .webhooks import Webhooks

        return Webhooks()

    def with_options(
        self,
        *,
        bearer_auth: str | _NotGiven = _NOT_GIVEN,
        basic_auth_username: str | _NotGiven = _NOT_GIVEN,
        basic_auth_password: str | _NotGiven = _NOT_GIVEN,
        api_key_header: str | _NotGiven = _NOT_GIVEN,
        api_key_query: str | _NotGiven = _NOT_GIVEN,
        api_key_cookie: str | _NotGiven = _NOT_GIVEN,
        oauth2_client_id: str | _NotGiven = _NOT_GIVEN,
        oauth2_client_secret: str | _NotGiven = _NOT_GIVEN,
        environment: Environment | _NotGiven = _NOT_GIVEN,
        base_url: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        default_headers: _t.Mapping[str, str] | _NotGiven = _NOT_GIVEN,
    ) -> Kitchensink:
        """A copy of this client with some options replaced.

        The copy shares this client's HTTP connection pool.
        """
        return type(self)(
            **self._options(
                {
                    "bearer_auth": bearer_auth,
                    "basic_auth_username": basic_auth_username,
                    "basic_auth_password": basic_auth_password,
                    "api_key_header": api_key_header,
                    "api_key_query": api_key_query,
                    "api_key_cookie": api_key_cookie,
                    "oauth2_client_id": oauth2_client_id,
                    "oauth2_client_secret": oauth2_client_secret,
                    "environment": environment,
                    "base_url": base_url,
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "default_headers": default_headers,
                }
            )
        )


class AsyncKitchensink(_AsyncBase):
    """Client for Kitchen Sink Pet Store.

    Every argument falls back to the environment: KITCHENSINK_BEARER_AUTH,
    KITCHENSINK_BASIC_AUTH_USERNAME, KITCHENSINK_BASIC_AUTH_PASSWORD,
    KITCHENSINK_API_KEY_HEADER, KITCHENSINK_API_KEY_QUERY,
    KITCHENSINK_API_KEY_COOKIE, KITCHENSINK_OAUTH2_CLIENT_ID,
    KITCHENSINK_OAUTH2_CLIENT_SECRET, KITCHENSINK_BASE_URL.
    """

    _ENVIRONMENTS = ENVIRONMENTS
    _CREDENTIAL_ENV = _CREDENTIAL_ENV
    _SCHEMES = _SCHEMES
    _ENV_PREFIX = "KITCHENSINK"
    _METHOD_MODULES = _METHOD_MODULES
    _ERRORS = _ERROR_CLASSES
    _SDK = ("utdk_kitchensink", "1.2.0")

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
        bearer_auth: str | None = None,
        basic_auth_username: str | None = None,
        basic_auth_password: str | None = None,
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        api_key_cookie: str | None = None,
        oauth2_client_id: str | None = None,
        oauth2_client_secret: str | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: _t.Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            credentials={
                "bearer_auth": bearer_auth,
                "basic_auth_username": basic_auth_username,
                "basic_auth_password": basic_auth_password,
                "api_key_header": api_key_header,
                "api_key_query": api_key_query,
                "api_key_cookie": api_key_cookie,
                "oauth2_client_id": oauth2_client_id,
                "oauth2_client_secret": oauth2_client_secret,
            },
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    @property
    def webhooks(self) -> _Webhooks:
        """Reads the webhooks this API sends: `client.webhooks.unwrap(body)`."""
        from .webhooks import Webhooks

        return Webhooks()

    def with_options(
        self,
        *,
        bearer_auth: str | _NotGiven = _NOT_GIVEN,
        basic_auth_username: str | _NotGiven = _NOT_GIVEN,
        basic_auth_password: str | _NotGiven = _NOT_GIVEN,
        api_key_header: str | _NotGiven = _NOT_GIVEN,
        api_key_query: str | _NotGiven = _NOT_GIVEN,
        api_key_cookie: str | _NotGiven = _NOT_GIVEN,
        oauth2_client_id: str | _NotGiven = _NOT_GIVEN,
        oauth2_client_secret: str | _NotGiven = _NOT_GIVEN,
        environment: Environment | _NotGiven = _NOT_GIVEN,
        base_url: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        default_headers: _t.Mapping[str, str] | _NotGiven = _NOT_GIVEN,
    ) -> AsyncKitchensink:
        """A copy of this client with some options replaced.

        The copy shares this client's HTTP connection pool.
        """
        return type(self)(
            **self._options(
                {
                    "bearer_auth": bearer_auth,
                    "basic_auth_username": basic_auth_username,
                    "basic_auth_password": basic_auth_password,
                    "api_key_header": api_key_header,
                    "api_key_query": api_key_query,
                    "api_key_cookie": api_key_cookie,
                    "oauth2_client_id": oauth2_client_id,
                    "oauth2_client_secret": oauth2_client_secret,
                    "environment": environment,
                    "base_url": base_url,
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "default_headers": default_headers,
                }
            )
        )
