"""The gateway as an ASGI app: /<provider>/<path> of a declared operation -> that provider's server,
with credentials injected server-side. See README.md, "Gateway", for the page <-> gateway protocol."""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from http.cookiejar import CookieJar, DefaultCookiePolicy
from types import ModuleType
from typing import cast
from urllib.parse import urlsplit

import anyio
import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .. import __version__
from ..config import Config
from ..model.api import Operation
from .access_log import AccessFields, AccessLog, fields_of
from .cors import GatewayCORS
from .credentials import page_header
from .errors import ERROR_HEADER, GatewayError, Redactor, error_response
from .providers import Provider, load_providers
from .routing import check_path, split_provider
from .settings import GatewaySettings, gateway_settings
from .upstream import ENVIRONMENT_HEADER, REQUEST_ID_HEADERS, request_headers, request_id, response_headers, send, upstream_url

USER_AGENT = f"utdk-gateway/{__version__}"
_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
_POOLS, _CONNECTIONS_PER_POOL = 8, 32
# Below the 5 s idle timeout common among servers (uvicorn, Node): a connection the upstream may be
# closing at that very moment is never reused, which would otherwise surface as a rare 502.
_KEEPALIVE_SECONDS = 4.0


class Gateway:
    """The request handler; everything per provider was prepared at startup."""

    def __init__(self, settings: GatewaySettings, config: Config, environ: Mapping[str, str] | None) -> None:
        self.settings = settings
        self._clients: list[httpx.AsyncClient] = []
        self._turn = 0
        self.providers: dict[str, Provider] = load_providers(config.providers, settings, self.client, environ)
        self.redact = Redactor(v for p in self.providers.values() for v in p.credentials.own.values())

    def client(self) -> httpx.AsyncClient:
        """A connection pool for the upstreams, made in the server's event loop on first use.

        Requests take turns over a few small pools rather than one large one: httpcore scans its whole
        pool, quadratically in its size, each time a request starts or ends, which at 50 concurrent
        requests was most of the gateway's CPU."""
        if not self._clients:
            self._clients = [self._new_client() for _ in range(_POOLS)]
        self._turn = (self._turn + 1) % _POOLS
        return self._clients[self._turn]

    def _new_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            timeout=httpx.Timeout(self.settings.timeout_seconds),
            follow_redirects=False,
            # Cookies an upstream sets belong to the page's user, never to the next request.
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
            limits=httpx.Limits(max_connections=_CONNECTIONS_PER_POOL, max_keepalive_connections=_CONNECTIONS_PER_POOL,
                                keepalive_expiry=_KEEPALIVE_SECONDS),
            trust_env=False,
        )

    async def close(self) -> None:
        clients, self._clients = self._clients, []
        for client in clients:
            await client.aclose()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # An ASGI app rather than a view function, so the route takes every method: which methods
        # exist is the spec's to say, per path, in the router.
        response = await self.handle(Request(scope, receive))
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        fields = fields_of(request.scope)
        redact = self.redact
        try:
            self._check_caller(request)
            raw_path = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
            check_path(raw_path)
            provider = self._provider(raw_path, fields)
            path = split_provider(raw_path)[1]
            operation = provider.router.match(request.method, path)
            fields.operation = operation.id
            fields.secrets = provider.credentials.page_values(request.headers)
            redact = redact.with_secrets(fields.secrets)
            return await self._forward(request, provider, operation, path, fields, redact)
        except GatewayError as error:
            return error_response(error, redact)

    def _check_caller(self, request: Request) -> None:
        host = urlsplit("//" + request.headers.get("host", "")).hostname
        if not host or not self.settings.host_allowed(host):
            # A page whose own name resolves to this machine (DNS rebinding) must not reach the credentials.
            raise GatewayError("forbidden", f"the Host name {host or '(none)'!r} is not in gateway.allowed_hosts")
        origin = request.headers.get("origin")
        if origin is not None and not self.settings.origin_allowed(origin):
            # Browsers send simple requests without a preflight; refusing here keeps other sites from
            # spending the gateway's credentials even when they cannot read the answer.
            raise GatewayError("forbidden", f"the origin {origin!r} is not in gateway.cors_origins")
        if origin is None and request.headers.get("sec-fetch-site") in ("cross-site", "same-site"):
            # An <img> or no-cors GET from another site carries no Origin; its browser still says where from.
            raise GatewayError("forbidden", "another site's page sent this request without CORS; it is refused")

    def _provider(self, raw_path: str, fields: AccessFields) -> Provider:
        name, _ = split_provider(raw_path)
        provider = self.providers.get(name)
        if provider is None:
            served = ", ".join(sorted(self.providers)) or "none"
            what = f"no provider {name!r} here" if name else "send /<provider>/<path of a declared operation>"
            raise GatewayError("not_found", f"{what}; this gateway serves: {served}")
        fields.provider = provider.name
        return provider

    async def _forward(self, request: Request, provider: Provider, operation: Operation, path: str,
                       fields: AccessFields, redact: Redactor) -> Response:
        body = await _read_body(request, self.settings.max_body_bytes)
        base_url = provider.upstream.base_url(operation, request.headers.get(ENVIRONMENT_HEADER))
        values = provider.credentials.values(request.headers)
        injection = await provider.authorizer.inject(operation, values, base_url)
        authorizer = provider.authorizer
        url = upstream_url(base_url, path, request.scope.get("query_string", b"").decode("latin-1"),
                           injection, authorizer.query_names)
        headers = request_headers(request.headers, operation, injection, authorizer.header_names | authorizer.cookie_names,
                                  USER_AGENT)
        content = body if body or request.method in _METHODS_WITH_BODY else None
        upstream_request = httpx.Request(request.method, url, headers=headers, content=content)
        where = urlsplit(base_url).netloc
        try:
            upstream = await send(self.client(), upstream_request)
        except httpx.TimeoutException:
            raise GatewayError("upstream_timeout",
                               f"{where} did not answer within {self.settings.timeout_seconds:g} s") from None
        except httpx.HTTPError as exc:
            raise GatewayError("upstream_unreachable", redact(f"{where} could not be reached ({type(exc).__name__})")) from None
        fields.request_id = request_id(upstream.headers)
        return UpstreamResponse(upstream, fields)


class UpstreamResponse(StreamingResponse):
    """The upstream's status, headers and body, passed on as they arrive (a slow or endless body streams)."""

    def __init__(self, upstream: httpx.Response, fields: AccessFields) -> None:
        super().__init__(self._relay(upstream, fields), status_code=upstream.status_code)
        self.raw_headers = response_headers(upstream.headers.raw)
        self.upstream = upstream

    @staticmethod
    async def _relay(upstream: httpx.Response, fields: AccessFields) -> AsyncIterator[bytes]:
        try:
            async for chunk in upstream.aiter_raw():  # raw: the upstream's content-encoding and length stay true
                yield chunk
        except httpx.HTTPError as exc:
            fields.note = f"upstream_body_error={type(exc).__name__}"
            raise

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            with anyio.CancelScope(shield=True):
                await self.upstream.aclose()


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise GatewayError("payload_too_large", f"the body is {int(declared)} bytes; gateway.max_body_bytes is {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise GatewayError("payload_too_large", f"the body is over gateway.max_body_bytes ({limit} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _remember_that_sniffio_is_absent() -> None:
    """httpcore imports sniffio each time it makes a lock, and where sniffio is not installed (anyio no
    longer brings it) every failed import searches sys.path again: a third of the gateway's CPU under
    load (encode/httpcore#1103). Recording the absence once makes the failure immediate; httpcore
    then uses asyncio, as it would have anyway."""
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = cast(ModuleType, None)


def create_app(config: Config, *, environ: Mapping[str, str] | None = None, extra_hosts: tuple[str, ...] = ()) -> Starlette:
    """The gateway for every provider of `config` (specs loaded now, once).

    `environ` supplies credentials by their SDK variable names (default: os.environ); `extra_hosts` are
    Host names to answer besides loopback and gateway.allowed_hosts.
    """
    _remember_that_sniffio_is_absent()
    # Both log full upstream URLs, which may carry a query-string credential.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    settings = gateway_settings(config, extra_hosts)
    gateway = Gateway(settings, config, environ)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await gateway.close()

    async def not_routed(request: Request, exc: Exception) -> Response:
        # Requests whose target is not a path at all (absolute-form URLs) never reach the route.
        error = GatewayError("not_found", "no declared operation matches this path")
        try:
            check_path(request.scope.get("raw_path", b"").decode("latin-1") or request.url.path)
        except GatewayError as refused:
            error = refused
        return error_response(error, gateway.redact)

    operations = [op for p in gateway.providers.values() for op in p.api.operations]
    cors = Middleware(
        GatewayCORS,
        origins=settings.cors_origins,
        methods=[op.method.upper() for op in operations],
        headers=[ENVIRONMENT_HEADER, *(page_header(c) for p in gateway.providers.values() for c in p.api.credentials),
                 *(prm.name.lower() for op in operations for prm in op.parameters if prm.location == "header")],
        expose=[*REQUEST_ID_HEADERS, ERROR_HEADER.lower(),
                *(h.name.lower() for op in operations for r in op.responses for h in r.headers)],
    )
    app = Starlette(
        routes=[Route("/{path:path}", gateway)],
        middleware=[Middleware(AccessLog, redact=gateway.redact), cors],
        exception_handlers={HTTPException: not_routed},
        lifespan=lifespan,
    )
    app.state.gateway = gateway
    return app
