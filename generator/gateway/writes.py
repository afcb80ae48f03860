"""An answer's status line and headers leave in one write with the first bytes of its body.

uvicorn writes the head of an answer as soon as the app starts it, and the body in a second write:
two packets, and a client that wakes for the head only to wait again for the body. Holding the head
until the body's first write, the answer's end, or the end of the event loop's current pass (whichever
comes first) sends both together when the body is already at hand, and delays nothing when it is not.
"""

from __future__ import annotations

import asyncio
from typing import Any


class HeadWithBody:
    """The transport one request's answer is written to (uvicorn's RequestResponseCycle.transport)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None
        self._first = True

    def write(self, data: bytes) -> None:
        if self._first:
            self._first = False
            self._held = data
            self._loop.call_soon(self.flush)
            return
        if self._held is not None:
            data, self._held = self._held + data, None
        self._transport.write(data)

    def flush(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            self._transport.write(held)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)
