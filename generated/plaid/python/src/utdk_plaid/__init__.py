"""The Plaid API: the Python SDK.

`from utdk_plaid import plaid` gives a client configured from the environment on
first use; `Plaid(...)` and `AsyncPlaid(...)` take explicit options.
"""

from __future__ import annotations

import typing as _t

from ._client import ENVIRONMENTS, Environment
from ._client import AsyncPlaid as AsyncPlaid
from ._client import Plaid as Plaid
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
    "Plaid",
    "AsyncPlaid",
    "plaid",
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
    plaid: Plaid

_default_client: Plaid | None = None

if not _t.TYPE_CHECKING:

    def __getattr__(name: str) -> _t.Any:
        # The default client is made on first use, so importing never reads the
        # environment.
        global _default_client
        if name == "plaid":
            if _default_client is None:
                _default_client = Plaid()
            return _default_client
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
