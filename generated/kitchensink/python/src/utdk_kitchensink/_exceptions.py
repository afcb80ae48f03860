"""The errors an answer's status raises, the same classes as the TypeScript SDK.

`body` is typed as the error schema the API declares for the class's statuses; it is
None when the operation declares no body for the status received (the bytes stay on
`response`).
"""

from __future__ import annotations

import typing as _t

from ._errors import APIStatusError as _APIStatusError
from ._errors import ErrorClasses as _ErrorClasses

if _t.TYPE_CHECKING:
    from .models.misc import OrderRefusal
    from .models.shared import Error


class ClientError(_APIStatusError["Error | OrderRefusal"]):
    """Any 4xx answer without a class of its own."""

    body: Error | OrderRefusal | None


class BadRequestError(ClientError):
    """400 Bad Request."""

    body: Error | None


class AuthenticationError(ClientError):
    """401 Unauthorized."""

    body: Error | None


class PermissionDeniedError(ClientError):
    """403 Forbidden."""

    body: Error | None


class NotFoundError(ClientError):
    """404 Not Found."""

    body: Error | None


class ConflictError(ClientError):
    """409 Conflict."""

    body: Error | None


class UnprocessableEntityError(ClientError):
    """422 Unprocessable Entity."""


class RateLimitError(ClientError):
    """429 Too Many Requests."""

    body: Error | None


class ServerError(_APIStatusError["Error"]):
    """Any 5xx answer without a class of its own."""

    body: Error | None


class InternalServerError(ServerError):
    """500 Internal Server Error."""


class ServiceUnavailableError(ServerError):
    """503 Service Unavailable."""


class UnexpectedStatusError(_APIStatusError["Error"]):
    """Any other status that is not a success (1xx, 3xx)."""

    body: Error | None


ERROR_CLASSES = _ErrorClasses(
    {
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
        500: InternalServerError,
        503: ServiceUnavailableError,
    },
    client=ClientError,
    server=ServerError,
    other=UnexpectedStatusError,
    typed=True,
)

__all__ = [
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
]
