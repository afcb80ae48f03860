"""The error hierarchy: one class per status family, all below APIError.

Messages carry the status, the reason and the server's own error message; never a credential,
because nothing from the request headers or query is ever put into them."""

from __future__ import annotations

from typing import Any

import httpx


class APIError(Exception):
    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MissingCredentialsError(APIError):
    """No configured credential satisfies the operation's security requirements."""


class APIConnectionError(APIError):
    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class APIStatusError(APIError):
    """The server answered with a status outside 2xx."""

    status_code: int
    response: httpx.Response
    body: Any
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        request_id: str | None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_MESSAGE_KEYS = ("message", "error_message", "detail", "error_description")


def _server_message(body: Any) -> str | None:
    if isinstance(body, dict):
        nested = body.get("error")
        if isinstance(nested, dict):
            return _server_message(nested)
        if isinstance(nested, str):
            return nested
        for key in _MESSAGE_KEYS:
            value = body.get(key)
            if isinstance(value, str):
                return value
    return None


def status_error(
    response: httpx.Response, body: Any, request_id: str | None
) -> APIStatusError:
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    message = f"{response.status_code} {response.reason_phrase}".strip()
    detail = _server_message(body)
    if detail:
        message = f"{message}: {detail}"
    if request_id:
        message = f"{message} (request id {request_id})"
    return cls(message, response=response, body=body, request_id=request_id)
