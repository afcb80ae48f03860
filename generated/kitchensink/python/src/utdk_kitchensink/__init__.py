"""Kitchen Sink Pet Store: the Python SDK.

`from utdk_kitchensink import kitchensink` gives a client configured from the
environment on first use; `Kitchensink(...)` and `AsyncKitchensink(...)` take
explicit options.
"""

from __future__ import annotations

import typing as _t

from ._client import ENVIRONMENTS, Environment
from ._client import AsyncKitchensink as AsyncKitchensink
from ._client import Kitchensink as Kitchensink
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
)
from ._exceptions import (
    ClientError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    ServerError,
    InternalServerError,
    ServiceUnavailableError,
    UnexpectedStatusError,
)
from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "ENVIRONMENTS",
    "Environment",
    "Kitchensink",
    "AsyncKitchensink",
    "kitchensink",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "InvalidWebhookPayloadError",
    "MissingCredentialsError",
    "ClientError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "ServerError",
    "InternalServerError",
    "ServiceUnavailableError",
    "UnexpectedStatusError",
    "Stream",
    "AsyncStream",
    "NOT_GIVEN",
    "NotGiven",
    "AsyncDataPage",
    "AsyncPage",
    "AsyncPaginator",
    "SyncDataPage",
    "SyncPage",
]

if _t.TYPE_CHECKING:
    from ._pagination import (
        AsyncDataPage,
        AsyncPage,
        AsyncPaginator,
        SyncDataPage,
        SyncPage,
    )
    from ._streaming import APIStreamError, AsyncStream, Stream
    from ._webhooks import InvalidWebhookPayloadError

    kitchensink: Kitchensink

_default_client: Kitchensink | None = None
# Names whose module is imported when first named: a program that never pages, streams
# or reads a webhook does not load those modules, and importing the package stays fast.
_LAZY_MODULES = {
    "APIStreamError": "._streaming",
    "AsyncStream": "._streaming",
    "Stream": "._streaming",
    "InvalidWebhookPayloadError": "._webhooks",
    "AsyncDataPage": "._pagination",
    "AsyncPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "SyncDataPage": "._pagination",
    "SyncPage": "._pagination",
}

if not _t.TYPE_CHECKING:

    def __getattr__(name: str) -> _t.Any:
        # The default client is made on first use, so importing never reads the
        # environment.
        global _default_client
        if name == "kitchensink":
            if _default_client is None:
                _default_client = Kitchensink()
            return _default_client
        module = _LAZY_MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
