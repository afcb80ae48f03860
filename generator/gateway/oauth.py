"""OAuth2 client credentials: fetch an access token, keep it until shortly before it expires."""

from __future__ import annotations

import asyncio
import hashlib
import time
from urllib.parse import urljoin, urlsplit

import aiohttp

from .errors import GatewayError
from .transport import UpstreamClient

_EXPIRY_MARGIN_SECONDS = 30.0
_DEFAULT_LIFETIME_SECONDS = 300.0  # when the token endpoint does not say (expires_in is only RECOMMENDED)


class TokenCache:
    def __init__(self, client: UpstreamClient) -> None:
        self._client = client
        self._tokens: dict[str, tuple[str, float]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def token(self, token_url: str, base_url: str, client_id: str, client_secret: str, scopes: tuple[str, ...]) -> str:
        # A relative tokenUrl is relative to the server the request goes to.
        url = urljoin(base_url + "/", token_url) if not urlsplit(token_url).scheme else token_url
        key = hashlib.sha256("\0".join((url, client_id, client_secret, *sorted(scopes))).encode()).hexdigest()
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:  # one fetch at a time per key: concurrent requests share the token
            cached = self._tokens.get(key)
            if cached and cached[1] > time.monotonic():
                return cached[0]
            token, lifetime = await self._fetch(url, client_id, client_secret, scopes)
            self._tokens[key] = (token, time.monotonic() + max(lifetime - _EXPIRY_MARGIN_SECONDS, 1.0))
            return token

    async def _fetch(self, url: str, client_id: str, client_secret: str, scopes: tuple[str, ...]) -> tuple[str, float]:
        form = {"grant_type": "client_credentials"}
        if scopes:
            form["scope"] = " ".join(scopes)
        where = urlsplit(url).netloc
        try:
            # client_secret_basic: the method every authorization server must support (RFC 6749 2.3.1).
            headers = {"Accept": "application/json", "Accept-Encoding": "identity",
                       "Authorization": aiohttp.encode_basic_auth(client_id, client_secret)}
            async with self._client.session().post(url, data=form, headers=headers, allow_redirects=False) as response:
                status = response.status
                try:
                    payload = await response.json(content_type=None) if 200 <= status < 300 else None
                except ValueError:
                    payload = None
        except asyncio.TimeoutError:
            raise GatewayError("upstream_timeout", f"the OAuth2 token endpoint at {where} did not answer in time") from None
        except aiohttp.ClientError as exc:
            raise GatewayError("upstream_unreachable", f"the OAuth2 token endpoint at {where} is unreachable ({type(exc).__name__})") from None
        token = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(token, str) or not token:
            raise GatewayError("upstream_unreachable",
                               f"the OAuth2 token endpoint at {where} answered {status} without an access_token")
        expires_in = payload.get("expires_in") if isinstance(payload, dict) else None
        lifetime = float(expires_in) if isinstance(expires_in, (int, float)) and expires_in > 0 else _DEFAULT_LIFETIME_SECONDS
        return token, lifetime
