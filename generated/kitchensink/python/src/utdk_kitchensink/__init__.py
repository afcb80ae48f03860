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
    "APITimeoutError",
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
    "NOT_GIVEN",
    "NotGiven",
]

if _t.TYPE_CHECKING:
    kitchensink: Kitchensink

_default_client: Kitchensink | None = None

if not _t.TYPE_CHECKING:

    def __getattr__(name: str) -> _t.Any:
        # The default client is made on first use, so importing never reads the
        # environment.
        global _default_client
        if name == "kitchensink":
            if _default_client is None:
                _default_client = Kitchensink()
            return _default_client
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
