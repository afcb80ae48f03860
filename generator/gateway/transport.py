"""How the gateway talks to upstreams: one aiohttp connection pool, made in the server's event loop on
first use, and sending with redirects followed only within the upstream's own origin.

aiohttp rather than httpx: forwarding one request cost the gateway about 1.7 ms of CPU through httpx
and about 0.13 ms through aiohttp (same loopback upstream, same concurrency), and that cost is most of
what a proxy adds."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import aiohttp
from yarl import URL

from .errors import GatewayError

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Below the 5 s idle timeout common among servers (uvicorn, Node): a connection the upstream may be
# closing at that very moment is never reused, which would otherwise surface as a rare 502.
_KEEPALIVE_SECONDS = 4.0
_MAX_CONNECTIONS = 256


class UpstreamClient:
    """The pool every provider's requests (and OAuth token fetches) share."""

    def __init__(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds
        self._session: aiohttp.ClientSession | None = None

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=_MAX_CONNECTIONS, keepalive_timeout=_KEEPALIVE_SECONDS),
                # Per step, as a proxy needs: a slow or endless body keeps streaming while it keeps moving.
                timeout=aiohttp.ClientTimeout(total=None, connect=self.timeout_seconds, sock_read=self.timeout_seconds),
                # Cookies an upstream sets belong to the page's user, never to the next request.
                cookie_jar=aiohttp.DummyCookieJar(),
                # The upstream's content-encoding and length pass through untouched.
                auto_decompress=False,
                trust_env=False,
            )
        return self._session

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def send(self, method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> aiohttp.ClientResponse:
        """Send, following redirects only within the upstream's own origin; the response is still streaming
        (the caller releases it). Raises GatewayError when the upstream cannot be reached in time."""
        target = URL(url, encoded=True)  # the gateway checked the path: sent exactly as built, never re-quoted
        first = target  # whose origin redirects must stay within
        try:
            for _ in range(MAX_REDIRECTS + 1):
                response = await self.session().request(method, target, headers=dict(headers), data=body,
                                                        allow_redirects=False)
                location = response.headers.get("location") if response.status in _REDIRECTS else None
                if location is None:
                    return response
                response.release()
                following = target.join(URL(location, encoded=True))
                if following.origin() != first.origin():
                    raise GatewayError("upstream_unreachable",
                                       f"the upstream answered {response.status} with a redirect to another host "
                                       f"({following.raw_host}); the gateway follows redirects only within {first.raw_authority}")
                if response.status == 303 or (response.status in (301, 302) and method == "POST"):
                    method, body = "GET", None  # as browsers and RFC 9110 15.4 do
                    headers = {k: v for k, v in headers.items() if k.lower() not in ("content-type", "content-length")}
                target = following
        except asyncio.TimeoutError:
            raise GatewayError("upstream_timeout", f"{first.raw_authority} did not answer within {self.timeout_seconds:g} s") from None
        except aiohttp.ClientError as exc:
            raise GatewayError("upstream_unreachable", f"{first.raw_authority} could not be reached ({type(exc).__name__})") from None
        raise GatewayError("upstream_unreachable", f"the upstream redirected more than {MAX_REDIRECTS} times")
