"""The errors a client raises. Everything is an APIError; an answer with an error status is an
APIStatusError whose class the package's `_exceptions.py` names per status (the same names as
the TypeScript SDK), its `body` typed as the error schema the API declares.

Messages carry the status, the reason and the server's own error message; never a credential,
because nothing from the request headers or query is ever put into them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Mapping, TypeVar

from ._models import Decoder, decode

if TYPE_CHECKING:
    import httpx

BodyT = TypeVar("BodyT")


class APIError(Exception):
    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MissingCredentialsError(APIError):
    """No configured credential satisfies the operation's security requirements."""


class APIConnectionError(APIError):
    """The server could not be reached; `__cause__` is the transport's own exception."""

    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class APIStatusError(APIError, Generic[BodyT]):
    """The server answered with a status outside 2xx. `body` is the answer decoded as the error
    schema the operation declares for that status; None when it declares none (or the answer
    is not JSON): the bytes are still on `response`."""

    status_code: int
    response: httpx.Response
    body: BodyT | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: BodyT | None,
        request_id: str | None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id


class ErrorClasses:
    """The package's status table (from `_exceptions.py`): exact statuses, then the 4xx and
    5xx families, then everything else."""

    def __init__(
        self,
        by_status: Mapping[int, type[APIStatusError[Any]]],
        client: type[APIStatusError[Any]],
        server: type[APIStatusError[Any]],
        other: type[APIStatusError[Any]],
        typed: bool,
    ) -> None:
        self.by_status = dict(by_status)
        self.client = client
        self.server = server
        self.other = other
        # The API declares error bodies: an undeclared one is None rather than untyped.
        self.typed = typed

    def for_status(self, status: int) -> type[APIStatusError[Any]]:
        exact = self.by_status.get(status)
        if exact is not None:
            return exact
        if 400 <= status < 500:
            return self.client
        if status >= 500:
            return self.server
        return self.other


# (status pattern, decoder): "400", "4XX" or "default", most specific first.
ErrorDecoders = tuple[tuple[str, Decoder], ...]

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


def _declared_body(
    status: int, raw: Any, decoders: ErrorDecoders, classes: ErrorClasses
) -> Any:
    family = f"{str(status)[0]}XX"
    for pattern, decoder in decoders:
        if pattern in (str(status), family, "default"):
            if isinstance(decoder, tuple) and decoder[0] == "model":
                return decode(decoder, raw) if isinstance(raw, dict) else None
            return decode(decoder, raw)
    return None if classes.typed else raw


def status_error(
    response: httpx.Response,
    raw: Any,
    request_id: str | None,
    classes: ErrorClasses,
    decoders: ErrorDecoders = (),
) -> APIStatusError[Any]:
    cls = classes.for_status(response.status_code)
    message = f"{response.status_code} {response.reason_phrase}".strip()
    detail = _server_message(raw)
    if detail:
        message = f"{message}: {detail}"
    if request_id:
        message = f"{message} (request id {request_id})"
    body = _declared_body(response.status_code, raw, decoders, classes)
    return cls(message, response=response, body=body, request_id=request_id)
