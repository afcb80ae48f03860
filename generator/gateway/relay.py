"""The upstream's answer passed on to the client as it arrives: status and headers at once, then each
piece of the body as the upstream sends it (a slow or endless body streams).

The body goes out as plain ASGI messages. What arrived with the head goes at once (for most answers,
the whole body: then nothing else runs). While the rest streams, one task waits for the client to leave
and then stops the relay, so a client that disconnects never keeps an upstream stream going; an anyio
task group per response did the same for many times the CPU.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from .access_log import AccessFields
from .upstream import response_headers


class UpstreamResponse(Response):
    """The upstream's status, headers and body; the upstream's connection is released when it ends."""

    def __init__(self, upstream: aiohttp.ClientResponse, fields: AccessFields) -> None:
        self.status_code = upstream.status
        self.raw_headers = response_headers(upstream.raw_headers)
        self.background = None
        self.upstream = upstream
        self.fields = fields

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            if not await _relay_arrived(self.upstream, self.fields, send):
                await _relay_until_client_leaves(self.upstream, self.fields, receive, send)
        finally:
            self.upstream.release()


async def _relay_arrived(upstream: aiohttp.ClientResponse, fields: AccessFields, send: Send) -> bool:
    """Sends what has already arrived; True when that was the whole body (and the answer is complete)."""
    content = upstream.content
    while True:
        with _noted(fields):
            chunk = content.read_nowait()  # raw: the upstream's content-encoding and length stay true
        complete = content.at_eof()
        if chunk or complete:
            await send({"type": "http.response.body", "body": chunk, "more_body": not complete})
        if complete or not chunk:
            return complete


async def _relay_until_client_leaves(upstream: aiohttp.ClientResponse, fields: AccessFields, receive: Receive,
                                     send: Send) -> None:
    relaying = asyncio.current_task()
    assert relaying is not None
    state = {"client_left": False, "done": False}

    def stop_relaying(watch: asyncio.Future[None]) -> None:
        if not watch.cancelled() and watch.exception() is None and not state["done"]:
            state["client_left"] = True
            relaying.cancel()

    watch = asyncio.ensure_future(_until_disconnect(receive))
    watch.add_done_callback(stop_relaying)
    try:
        await _relay(upstream, fields, send)
    except asyncio.CancelledError:
        if not state["client_left"]:
            raise
        relaying.uncancel()  # this cancellation was ours, and it is over: nobody is left to answer
    finally:
        state["done"] = True
        watch.remove_done_callback(stop_relaying)
        watch.cancel()


async def _relay(upstream: aiohttp.ClientResponse, fields: AccessFields, send: Send) -> None:
    with _noted(fields):
        async for chunk in upstream.content.iter_any():
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})


@contextmanager
def _noted(fields: AccessFields) -> Iterator[None]:
    """An upstream that breaks off its body is named in the access log (the client sees a cut answer)."""
    try:
        yield
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        fields.note = f"upstream_body_error={type(exc).__name__}"
        raise


async def _until_disconnect(receive: Receive) -> None:
    """Returns when the client has gone (or the answer is complete, which the relay has then seen)."""
    message: Message = {}
    while message.get("type") != "http.disconnect":
        message = await receive()
