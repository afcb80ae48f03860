"""What a call answers: the HTTP response around the parsed result.

`APIResponse` / `AsyncAPIResponse` give the status, headers, request id and timing of a call and
parse its body into the usual result on demand; a streamed one reads its body only as the caller
iterates it. The request-id rule (`request_id_of`) and result parsing (`parse_content`) live here
and nowhere else, so raw, streamed and plain calls agree."""

from __future__ import annotations

import datetime
import json
import os
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterator,
    TypeVar,
    cast,
)

from ._models import Decoder, Model, decode

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Concatenate, ParamSpec, TypedDict
    from typing_extensions import TypeVar as _DefaultTypeVar

    class NoDeclaredHeaders(TypedDict, total=False):
        """The declared headers of an operation whose spec declares none."""

    P = ParamSpec("P")
    # Declared-headers type of a response; operations that declare none leave it out.
    HeadersT = _DefaultTypeVar("HeadersT", default=NoDeclaredHeaders)
else:
    NoDeclaredHeaders = dict
    HeadersT = TypeVar("HeadersT")

T = TypeVar("T")
R = TypeVar("R")

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-correlation-id",
)
CHUNK_SIZE = 64 * 1024


def request_id_of(headers: httpx.Headers, body: Any = None) -> str | None:
    """The id the server gave this request: the usual headers first, else a top-level
    `request_id` of a JSON body (Plaid answers with one there)."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    if isinstance(body, dict) and isinstance(body.get("request_id"), str):
        return str(body["request_id"])
    return None


def body_of(content: bytes) -> Any:
    """A body as JSON when it is JSON, else its text; None when empty."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def parse_content(
    response_kind: str, decoder: Decoder, response: httpx.Response, content: bytes
) -> Any:
    """The result a method returns for a success response whose body is `content`."""
    if response_kind == "binary":
        return content
    if response_kind in ("text", "stream"):
        return content.decode(response.encoding or "utf-8", errors="replace")
    if response_kind == "empty":
        return None
    body = body_of(content)
    result = decode(decoder, body)
    if isinstance(result, Model):
        object.__setattr__(result, "_request_id", request_id_of(response.headers, body))
    return result


def _header_value(kind: str, text: str) -> Any:
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean":
        return text.strip().lower() == "true"
    if kind == "array":
        return [item.strip() for item in text.split(",")]
    return text


def decode_headers(
    declared: tuple[tuple[str, str], ...], headers: httpx.Headers
) -> dict[str, Any]:
    """The declared headers present in `headers`, named as the spec spells them, each value
    decoded by its schema's type (integer, number, boolean, array of strings, string).
    """
    return {
        name: _header_value(kind, headers[name])
        for name, kind in declared
        if name in headers
    }


class BaseAPIResponse(Generic[T, HeadersT]):
    """Status, headers and request of one answer; the body is read by the subclasses."""

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        response_kind: str,
        decoder: Decoder,
        declared_headers: tuple[tuple[str, str], ...],
    ) -> None:
        self.http_response = http_response
        self._response_kind = response_kind
        self._decoder = decoder
        self._declared_headers = declared_headers
        self._parsed: list[T] = []  # the parsed result once parse() has made it
        # An event-stream call: parse() gives its Stream, the body read as events arrive.
        self._events: Callable[[], Any] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> datetime.timedelta:
        """From sending the request to reading the whole body (to the headers while a
        streamed body is still unread)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> str | None:
        body = None
        if self._response_kind == "json" and self.http_response.is_stream_consumed:
            body = body_of(self.http_response.content)
        return request_id_of(self.headers, body)

    def parse_headers(self) -> HeadersT:
        """The headers the spec declares for this response, typed and decoded."""
        headers: Any = decode_headers(self._declared_headers, self.headers)
        return headers  # type: ignore[no-any-return]

    def _parse(self, content: bytes) -> T:
        if not self._parsed:
            self._parsed.append(
                parse_content(
                    self._response_kind, self._decoder, self.http_response, content
                )
            )
        return self._parsed[0]

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] "
            f"{self.http_request.method} {self.url}>"
        )

    if not TYPE_CHECKING:
        # `APIResponse[Model]` names the declared-headers type only where it matters.
        def __class_getitem__(cls, params):
            if not isinstance(params, tuple):
                params = (params, NoDeclaredHeaders)
            return super().__class_getitem__(params)


class APIResponse(BaseAPIResponse[T, HeadersT]):
    def read(self) -> bytes:
        return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.read())

    def parse(self) -> T:
        """The result the method returns without `with_raw_response`."""
        if self._events is not None:
            return cast(T, self._events())
        return self._parse(self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Writes the body to `path` as it arrives, never holding all of it."""
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(CHUNK_SIZE):
                file.write(chunk)

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(BaseAPIResponse[T, HeadersT]):
    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        return json.loads(await self.read())

    async def parse(self) -> T:
        """The result the method returns without `with_raw_response`."""
        if self._events is not None:
            return cast(T, self._events())
        return self._parse(await self.read())

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Writes the body to `path` as it arrives, never holding all of it."""
        with open(path, "wb") as file:
            async for chunk in self.aiter_bytes(CHUNK_SIZE):
                file.write(chunk)

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[R]):
    """Sends the request on entering and closes the response on leaving."""

    def __init__(self, send: Callable[[], R]) -> None:
        self._send = send
        self._response: Any = None

    def __enter__(self) -> R:
        self._response = self._send()
        return self._response  # type: ignore[no-any-return]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """Sends the request on entering and closes the response on leaving."""

    def __init__(self, send: Awaitable[R]) -> None:
        self._send = send
        self._response: Any = None

    async def __aenter__(self) -> R:
        self._response = await self._send
        return self._response  # type: ignore[no-any-return]

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


class ResponseMethods:
    """`client.with_raw_response` and `client.with_streaming_response`: each method of the
    client, answering with its response (`mode` "raw": body read, "stream": body unread and
    the call made on entering a context manager)."""

    def __init__(self, client: Any, mode: str, is_async: bool) -> None:
        self._client = client._with_response_mode(mode)
        self._mode = mode
        self._is_async = is_async

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        method = getattr(self._client, name)
        if self._mode == "raw":
            return method

        def streamed(*args: Any, **kwargs: Any) -> Any:
            if self._is_async:
                return AsyncResponseContextManager(method(*args, **kwargs))
            return ResponseContextManager(lambda: method(*args, **kwargs))

        return streamed

    def __dir__(self) -> list[str]:
        return dir(self._client)


if TYPE_CHECKING:
    # How the type checker sees `client.with_raw_response.<method>` and
    # `client.with_streaming_response.<method>`: each generated method, answering with its
    # response (the `_resources` modules declare one attribute per method with these).

    class _MethodOf(Generic[P, R, HeadersT]):
        """A sync method and, when its answer declares headers, their TypedDict."""

        def __init__(
            self,
            method: Callable[Concatenate[Any, P], R],
            headers: type[HeadersT] = ...,
        ) -> None: ...

    class _AsyncMethodOf(Generic[P, R, HeadersT]):
        """An async method and, when its answer declares headers, their TypedDict."""

        def __init__(
            self,
            method: Callable[Concatenate[Any, P], Awaitable[R]],
            headers: type[HeadersT] = ...,
        ) -> None: ...

    class RawMethod(_MethodOf[P, R, HeadersT]):
        def __get__(
            self, instance: object, owner: Any = None
        ) -> Callable[P, APIResponse[R, HeadersT]]: ...

    class StreamedMethod(_MethodOf[P, R, HeadersT]):
        def __get__(
            self, instance: object, owner: Any = None
        ) -> Callable[P, ResponseContextManager[APIResponse[R, HeadersT]]]: ...

    class AsyncRawMethod(_AsyncMethodOf[P, R, HeadersT]):
        def __get__(
            self, instance: object, owner: Any = None
        ) -> Callable[P, Awaitable[AsyncAPIResponse[R, HeadersT]]]: ...

    class AsyncStreamedMethod(_AsyncMethodOf[P, R, HeadersT]):
        def __get__(
            self, instance: object, owner: Any = None
        ) -> Callable[
            P, AsyncResponseContextManager[AsyncAPIResponse[R, HeadersT]]
        ]: ...


__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "BaseAPIResponse",
    "NoDeclaredHeaders",
    "ResponseContextManager",
    "ResponseMethods",
    "request_id_of",
]
