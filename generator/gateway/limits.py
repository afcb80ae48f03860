"""What a client, or all clients together, may hold of the gateway: connections, time to send a
request's headers, memory for request bodies, and requests per second.

Connections and header time are enforced in the HTTP protocol (uvicorn's, subclassed: httptools where
it is installed, as it is with the gateway, else h11), before a request exists; body memory and rate in the
gateway's handler."""

from __future__ import annotations

import asyncio
import time
from typing import Any, cast

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is a C extension: a platform without a wheel still runs on h11
    HttpToolsProtocol = H11Protocol  # type: ignore[assignment,misc]

from .settings import Limits
from .writes import HeadWithBody

_TIMED_OUT = b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
_MAX_TRACKED_CLIENTS = 10_000


class ServerConfig(uvicorn.Config):
    """uvicorn's config plus the limits its protocol enforces (picklable, for --workers)."""

    def __init__(self, app: Any, limits: Limits, **kwargs: Any) -> None:
        super().__init__(app, http=guarded_protocol(), timeout_keep_alive=max(1, round(limits.idle_timeout_seconds)), **kwargs)
        self.limits = limits


class HeaderGuard:
    """Closes a connection beyond max_connections at once, and one that has not sent a request's
    headers within header_timeout_seconds of connecting (or of starting the next request on a kept-alive
    connection): slow-header clients cannot hold the server's connections. Mixed into either of uvicorn's
    HTTP protocols, which share the attributes used here (`connections`, `cycle`, `transport`, `loop`)."""

    connections: set[Any]
    cycle: Any
    config: Any
    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._header_timer: asyncio.TimerHandle | None = None
        limits = self._limits()
        if len(self.connections) > limits.max_connections:
            cast(asyncio.Transport, transport).abort()
            return
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)  # type: ignore[misc]
        # Timed from the first bytes of a request's head, as parsing takes no time to speak of; a head that
        # came whole (most do) needs no timer at all.
        if self._waiting_for_headers():
            if self._header_timer is None:
                self._arm_header_timer()
        elif self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def connection_lost(self, exc: Exception | None) -> None:
        if getattr(self, "_header_timer", None) is not None:
            self._header_timer.cancel()  # type: ignore[union-attr]
            self._header_timer = None
        super().connection_lost(exc)  # type: ignore[misc]

    def _limits(self) -> Limits:
        limits = getattr(self.config, "limits", None)
        return limits if isinstance(limits, Limits) else Limits()

    def _waiting_for_headers(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm_header_timer(self) -> None:
        self._header_timer = self.loop.call_later(self._limits().header_timeout_seconds, self._headers_too_slow)

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self._waiting_for_headers() and not self.transport.is_closing():
            self.transport.write(_TIMED_OUT)
            self.transport.close()


class GuardedH11Protocol(HeaderGuard, H11Protocol):
    pass


class GuardedHttpToolsProtocol(HeaderGuard, HttpToolsProtocol):
    url: bytes
    scope: Any

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        if not self.url.startswith(b"/") and "raw_path" in self.scope:
            # As with h11: an absolute-form target ("http://other.host/p") stays whole, so the gateway
            # refuses it instead of serving the path httptools would cut out of it.
            self.scope["raw_path"] = self.url.partition(b"?")[0]
        if self.cycle is not None and self.cycle.transport is self.transport:  # a new request's (not an upgrade)
            self.cycle.transport = HeadWithBody(self.transport, self.loop)

    def on_response_complete(self) -> None:
        # An answer without body writes (to HEAD) leaves now rather than at the end of the loop's pass. (A
        # pipelined request's answer cannot overtake a held head in any case: it starts in a later pass.)
        if self.cycle is not None and self.cycle.response_complete and isinstance(self.cycle.transport, HeadWithBody):
            self.cycle.transport.flush()
        super().on_response_complete()


def guarded_protocol() -> type[Any]:
    """The faster parser where it is installed: httptools costs a fraction of h11's CPU per request."""
    return GuardedHttpToolsProtocol


class BodyBudget:
    """Bytes of request bodies held at once, by all requests together."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def reserve(self, size: int) -> bool:
        if self.used + size > self.limit:
            return False
        self.used += size
        return True

    def release(self, size: int) -> None:
        self.used = max(0, self.used - size)


class RateLimiter:
    """A token bucket per client address: `burst` requests at once, then `per_second`."""

    def __init__(self, per_second: float, burst: int) -> None:
        self.per_second = per_second
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, when)

    def wait_seconds(self, client: str) -> float:
        """0 when the request may go now (and it is counted), else how long until it may."""
        if self.per_second <= 0:
            return 0.0
        now = time.monotonic()
        tokens, when = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - when) * self.per_second)
        if tokens < 1:
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.per_second
        if len(self._buckets) >= _MAX_TRACKED_CLIENTS and client not in self._buckets:
            self._forget_idle(now)
        self._buckets[client] = (tokens - 1, now)
        return 0.0

    def _forget_idle(self, now: float) -> None:
        """Clients whose bucket has refilled are as good as new; many addresses cost no memory."""
        full_after = self.burst / self.per_second
        self._buckets = {c: (t, w) for c, (t, w) in self._buckets.items() if now - w < full_after}
        if len(self._buckets) >= _MAX_TRACKED_CLIENTS:
            self._buckets.clear()
