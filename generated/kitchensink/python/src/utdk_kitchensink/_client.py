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
    from ._resources.pets import AsyncMethods as _Async1
    from ._resources.pets import (
        AsyncRawMethods as _AsyncRawMethods1,
    )
    from ._resources.pets import (
        AsyncStreamedMethods as _AsyncStreamedMethods1,
    )
    from ._resources.pets import SyncMethods as _Sync1
    from ._resources.pets import SyncRawMethods as _SyncRawMethods1
    from ._resources.pets import (
        SyncStreamedMethods as _SyncStreamedMethods1,
    )
    from ._resources.store import AsyncMethods as _Async2
    from ._resources.store import (
        AsyncRawMethods as _AsyncRawMethods2,
    )
    from ._resources.store import (
        AsyncStreamedMethods as _AsyncStreamedMethods2,
    )
    from ._resources.store import SyncMethods as _Sync2
    from ._resources.store import SyncRawMethods as _SyncRawMethods2
    from ._resources.store import (
        SyncStreamedMethods as _SyncStreamedMethods2,
    )
    from ._resources.misc import AsyncMethods as _Async3
    from ._resources.misc import (
        AsyncRawMethods as _AsyncRawMethods3,
    )
    from ._resources.misc import (
        AsyncStreamedMethods as _AsyncStreamedMethods3,
    )
    from ._resources.misc import SyncMethods as _Sync3
    from ._resources.misc import SyncRawMethods as _SyncRawMethods3
    from ._resources.misc import (
        SyncStreamedMethods as _SyncStreamedMethods3,
    )
    from ._resources.toys import AsyncMethods as _Async4
    from ._resources.toys import (
        AsyncRawMethods as _AsyncRawMethods4,
    )
    from ._resources.toys import (
        AsyncStreamedMethods as _AsyncStreamedMethods4,
    )
    from ._resources.toys import SyncMethods as _Sync4
    from ._resources.toys import SyncRawMethods as _SyncRawMethods4
    from ._resources.toys import (
        SyncStreamedMethods as _SyncStreamedMethods4,
    )

    class _SyncBase(
        _Sync1,
        _Sync2,
        _Sync3,
        _Sync4,
        _SyncAPIClient,
    ):
        pass

    class _AsyncBase(
        _Async1,
        _Async2,
        _Async3,
        _Async4,
        _AsyncAPIClient,
    ):
        pass

    class _SyncRawMethods(
        _SyncRawMethods1,
        _SyncRawMethods2,
        _SyncRawMethods3,
        _SyncRawMethods4,
    ):
        pass

    class _SyncStreamedMethods(
        _SyncStreamedMethods1,
        _SyncStreamedMethods2,
        _SyncStreamedMethods3,
        _SyncStreamedMethods4,
    ):
        pass

    class _AsyncRawMethods(
        _AsyncRawMethods1,
        _AsyncRawMethods2,
        _AsyncRawMethods3,
        _AsyncRawMethods4,
    ):
        pass

    class _AsyncStreamedMethods(
        _AsyncStreamedMethods1,
        _AsyncStreamedMethods2,
        _AsyncStreamedMethods3,
        _AsyncStreamedMethods4,
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
