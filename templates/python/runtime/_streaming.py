"""Server-Sent Events: the decoder, and the typed streams operations return.

The decoder follows the WHATWG event-stream rules (lines end in CR, LF or CRLF;
a leading BOM is dropped; `data` lines join with newlines; `event`, `id`, `retry`;
lines starting with `:` are comments; a blank line dispatches). What an event means
is decided once, in `_interpret`, for both streams: `data: [DONE]` ends the stream,
an `error` event raises APIStreamError, any other event's data is JSON decoded into
the stream's type (an event whose data is empty, a keep-alive, yields nothing).
Events are handed over as they arrive."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncGenerator,
    AsyncIterator,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    TypeVar,
)

from ._errors import APIError, _server_message
from ._models import Decoder, decode

if TYPE_CHECKING:
    import httpx

_T = TypeVar("_T")
_BOM = "\ufeff"
_DONE = "[DONE]"
_LINE_END = re.compile(b"\r\n|\r|\n")


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str = "message"
    id: Optional[str] = None
    retry: Optional[int] = None

    def json(self) -> Any:
        return json.loads(self.data)


class APIStreamError(APIError):
    """The server sent an `error` event in the middle of a stream."""

    body: Any
    event: ServerSentEvent
    request_id: Optional[str]

    def __init__(
        self, event: ServerSentEvent, body: Any, request_id: Optional[str]
    ) -> None:
        detail = _server_message(body) or event.data
        super().__init__(f"The stream reported an error: {detail}")
        self.body = body
        self.event = event
        self.request_id = request_id


class SSEDecoder:
    """Bytes in, events out: feed() returns the events its chunk completed."""

    def __init__(self) -> None:
        self._pending = b""
        self._after_cr = False
        self._started = False
        self._data: List[str] = []
        self._event = ""
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        events: List[ServerSentEvent] = []
        if not chunk:
            return events
        if self._after_cr and chunk.startswith(b"\n"):
            # The LF of a CRLF split across two chunks: the line ended at the CR.
            chunk = chunk[1:]
        start = 0
        for match in _LINE_END.finditer(chunk):
            self._line(self._pending + chunk[start : match.start()], events)
            self._pending = b""
            start = match.end()
        self._after_cr = chunk.endswith(b"\r")
        self._pending += chunk[start:]
        return events

    def _line(self, raw: bytes, events: List[ServerSentEvent]) -> None:
        line = raw.decode("utf-8", errors="replace")
        if not self._started:
            self._started = True
            if line.startswith(_BOM):
                line = line[1:]
        if not line:
            self._dispatch(events)
            return
        if line.startswith(":"):
            return
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)

    def _dispatch(self, events: List[ServerSentEvent]) -> None:
        if self._data:
            events.append(
                ServerSentEvent(
                    data="\n".join(self._data),
                    event=self._event or "message",
                    id=self._last_id,
                    retry=self._retry,
                )
            )
        self._data = []
        self._event = ""


class _Done:
    pass


_END = _Done()
_SKIP = _Done()


def _interpret(
    event: ServerSentEvent, decoder: Decoder, request_id: Optional[str]
) -> Any:
    """The event's item; _END for `[DONE]`, _SKIP for empty data (a keep-alive)."""
    if event.data == _DONE:
        return _END
    if not event.data and event.event != "error":
        return _SKIP
    try:
        value = event.json()
    except ValueError:
        if event.event == "error":
            raise APIStreamError(event, event.data, request_id) from None
        raise APIError(
            f"The stream sent an event whose data is not JSON: {event.data[:200]!r}"
        ) from None
    if event.event == "error":
        raise APIStreamError(event, value, request_id)
    return decode(decoder, value)


class _Events(Generic[_T]):
    """What both streams share: the response, the events' decoder, their meaning."""

    response: httpx.Response
    request_id: Optional[str]

    def __init__(
        self, response: httpx.Response, decoder: Decoder, request_id: Optional[str]
    ) -> None:
        self.response = response
        self.request_id = request_id
        self._decoder = decoder
        self._sse = SSEDecoder()

    def _items(self, chunk: bytes) -> tuple[list[_T], bool]:
        """The items a chunk of the body completes; whether the stream ended there."""
        items: list[_T] = []
        for event in self._sse.feed(chunk):
            item = _interpret(event, self._decoder, self.request_id)
            if item is _END:
                return items, True
            if item is not _SKIP:
                items.append(item)
        return items, False


class Stream(_Events[_T]):
    """The events of one response, decoded as they arrive; also a context manager."""

    def __init__(
        self, response: httpx.Response, decoder: Decoder, request_id: Optional[str]
    ) -> None:
        super().__init__(response, decoder, request_id)
        self._iterator = self._events()

    def _events(self) -> Generator[_T, None, None]:
        try:
            for chunk in self.response.iter_bytes():
                items, ended = self._items(chunk)
                yield from items
                if ended:
                    return
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> "Stream[_T]":
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncStream(_Events[_T]):
    """The async twin of Stream: `async for`, `async with`, `await close()`."""

    def __init__(
        self, response: httpx.Response, decoder: Decoder, request_id: Optional[str]
    ) -> None:
        super().__init__(response, decoder, request_id)
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[_T, None]:
        try:
            async for chunk in self.response.aiter_bytes():
                items, ended = self._items(chunk)
                for item in items:
                    yield item
                if ended:
                    return
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncStream[_T]":
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.close()


__all__ = [
    "APIStreamError",
    "AsyncStream",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
]
