"""The gateway as an ASGI app: /<provider>/<path> of a declared operation -> that provider's server,
with credentials injected server-side. See README.md, "Gateway", for the page <-> gateway protocol."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .. import __version__
from ..config import Config
from ..model.api import Operation
from .access_log import AccessFields, AccessLog, fields_of, log_token
from .cors import GatewayCORS
from .dispatch import GatewayApp
from .credentials import Injection, page_header
from .errors import ERROR_HEADER, GatewayError, Redactor, error_response
from .info import INFO_PATH, provider_info
from .limits import BodyBudget, RateLimiter
from .metrics import Metrics
from .providers import Provider, load_providers
from .relay import UpstreamResponse
from .routing import check_path, split_provider
from .site import DocsSite
from .settings import GatewaySettings, gateway_settings
from .transport import UpstreamClient
from .upstream import ENVIRONMENT_HEADER, REQUEST_ID_HEADERS, request_headers, request_id, upstream_url

USER_AGENT = f"utdk-gateway/{__version__}"
CREDENTIALS_USED_HEADER = "X-Gateway-Credentials"
_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
_BODY_COPIES = 2


class Gateway:
    """The request handler; everything per provider was prepared at startup."""

    def __init__(self, settings: GatewaySettings, config: Config, environ: Mapping[str, str] | None) -> None:
        self.settings = settings
        self.upstreams = UpstreamClient(settings.timeout_seconds)
        self.providers: dict[str, Provider] = load_providers(config.providers, settings, self.upstreams, environ)
        self.redact = Redactor(v for p in self.providers.values() for v in p.credentials.own.values())
        self.bodies = BodyBudget(settings.limits.max_body_memory_bytes)
        self.rate = RateLimiter(settings.limits.rate_limit_per_second, settings.limits.rate_limit_burst)

    async def close(self) -> None:
        await self.upstreams.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # An ASGI app rather than a view function, so the route takes every method: which methods
        # exist is the spec's to say, per path, in the router.
        response = await self.handle(Request(scope, receive))
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        fields = fields_of(request.scope)
        redact = self.redact
        try:
            self._check_caller(request, fields)
            self._check_rate(request)
            raw_path = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
            check_path(raw_path)
            provider = self._provider(raw_path, fields)
            path = split_provider(raw_path)[1]
            operation = provider.router.match(request.method, path)
            fields.operation = operation.id
            fields.secrets = provider.credentials.page_values(request.headers)
            redact = redact.with_secrets(fields.secrets)
            return await self._forward(request, provider, operation, path, fields)
        except GatewayError as error:
            return error_response(error, redact)

    def check_caller(self, request: Request) -> Response | None:
        """For the gateway's own endpoints: the refusal, if any."""
        try:
            self._check_caller(request, fields_of(request.scope))
        except GatewayError as error:
            return error_response(error, self.redact)
        return None

    def _check_caller(self, request: Request, fields: AccessFields) -> None:
        host_header = request.headers.get("host", "")
        host = urlsplit("//" + host_header).hostname
        if not host or not self.settings.host_allowed(host):
            # A page whose own name resolves to this machine (DNS rebinding) must not reach the credentials.
            fields.note = f"refused_host={log_token(host or '-')}"
            raise GatewayError("forbidden", f"the Host name {host or '(none)'!r} is not in gateway.allowed_hosts")
        origin = request.headers.get("origin")
        # The docs the gateway serves itself send their own origin (same host and port as the request).
        own = origin is not None and origin.lower() in (f"http://{host_header.lower()}", f"https://{host_header.lower()}")
        if origin is not None and not own and not self.settings.origin_allowed(origin):
            # Browsers send simple requests without a preflight; refusing here keeps other sites from
            # spending the gateway's credentials even when they cannot read the answer.
            fields.note = f"refused_origin={log_token(origin)}"
            raise GatewayError("forbidden", f"the origin {origin!r} is not in gateway.cors_origins")
        if origin is None and request.headers.get("sec-fetch-site") in ("cross-site", "same-site"):
            # An <img> or no-cors GET from another site carries no Origin; its browser still says where from.
            fields.note = "refused_origin=cross-site-without-origin"
            raise GatewayError("forbidden", "another site's page sent this request without CORS; it is refused")

    def _check_rate(self, request: Request) -> None:
        header = self.settings.limits.client_address_header
        forwarded = request.headers.get(header, "") if header else ""
        client = forwarded.rsplit(",", 1)[-1].strip() or (request.client.host if request.client else "-")
        wait = self.rate.wait_seconds(client)
        if wait:
            raise GatewayError("rate_limited", f"over gateway.rate_limit_per_second for this client; retry in {wait:.1f} s",
                               headers={"Retry-After": str(max(1, round(wait + 0.5)))})

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
                       fields: AccessFields) -> Response:
        reserved = [0]
        limit = self.settings.max_body_bytes
        try:
            _admit_body(request, limit, self.bodies, reserved)
            # What needs no body is worked out first: a body often arrives a moment after its head, and
            # this work then adds nothing to the time the client waits.
            url, headers, injection = await self._prepare(request, provider, operation, path)
            body = await _read_body(request, limit, self.bodies, reserved)
            content = body if body or request.method in _METHODS_WITH_BODY else None
            upstream = await self.upstreams.send(request.method, url, headers, content)
        finally:
            self.bodies.release(reserved[0])
        fields.request_id = request_id(upstream.headers)
        response = UpstreamResponse(upstream, fields)
        own = provider.credentials.own
        used = ", ".join(f"{name}={'gateway' if name in own else 'page'}" for name in injection.used) or "none"
        response.raw_headers.append((CREDENTIALS_USED_HEADER.lower().encode(), used.encode("latin-1")))
        return response

    async def _prepare(self, request: Request, provider: Provider, operation: Operation,
                       path: str) -> tuple[str, dict[str, str], Injection]:
        """The upstream URL and headers, credentials placed."""
        base_url = provider.upstream.base_url(operation, request.headers.get(ENVIRONMENT_HEADER))
        values = provider.credentials.values(request.headers)
        injection = await provider.authorizer.inject(operation, values, base_url)
        authorizer = provider.authorizer
        url = upstream_url(base_url, path, request.scope.get("query_string", b"").decode("latin-1"),
                           injection, authorizer.query_names)
        headers = request_headers(request.headers, operation, injection, authorizer.header_names | authorizer.cookie_names,
                                  USER_AGENT)
        return url, headers, injection


def _admit_body(request: Request, limit: int, budget: BodyBudget, reserved: list[int]) -> None:
    """Before anything is read: a declared length over the limit is refused, and memory is reserved for it."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit():
        if int(declared) > limit:
            raise GatewayError("payload_too_large", f"the body is {int(declared)} bytes; gateway.max_body_bytes is {limit}")
        _reserve(budget, reserved, int(declared))


async def _read_body(request: Request, limit: int, budget: BodyBudget, reserved: list[int]) -> bytes:
    """The whole body, within the request's limit and the memory all bodies in flight may take
    (`reserved[0]` is what to release)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise GatewayError("payload_too_large", f"the body is over gateway.max_body_bytes ({limit} bytes)")
        _reserve(budget, reserved, size)
        chunks.append(chunk)
    return b"".join(chunks)


def _reserve(budget: BodyBudget, reserved: list[int], size: int) -> None:
    # Twice the body: the chunks as received and, for a moment, the joined copy beside them.
    wanted = size * _BODY_COPIES
    if wanted > reserved[0]:
        if not budget.reserve(wanted - reserved[0]):
            raise GatewayError("busy", "the gateway holds as many request bodies as gateway.max_body_memory_bytes "
                                       "allows; retry shortly", headers={"Retry-After": "1"})
        reserved[0] = wanted


def create_app(config: Config, *, environ: Mapping[str, str] | None = None, extra_hosts: tuple[str, ...] = ()) -> Starlette:
    """The gateway for every provider of `config` (specs loaded now, once).

    `environ` supplies credentials by their SDK variable names (default: os.environ); `extra_hosts` are
    Host names to answer besides loopback and gateway.allowed_hosts.
    """
    # It logs full upstream URLs, which may carry a query-string credential.
    logging.getLogger("aiohttp").setLevel(logging.WARNING)
    settings = gateway_settings(config, extra_hosts)
    gateway = Gateway(settings, config, environ)
    metrics = Metrics() if settings.metrics else None
    docs = DocsSite(settings.docs, config) if settings.docs is not None else None

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
    cors: dict[str, Any] = dict(
        origins=settings.cors_origins,
        methods=[op.method.upper() for op in operations],
        headers=[ENVIRONMENT_HEADER, *(page_header(c) for p in gateway.providers.values() for c in p.api.credentials),
                 *(prm.name.lower() for op in operations for prm in op.parameters if prm.location == "header")],
        expose=[*REQUEST_ID_HEADERS, ERROR_HEADER.lower(), CREDENTIALS_USED_HEADER.lower(),
                *(h.name.lower() for op in operations for r in op.responses for h in r.headers)],
    )

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "providers": sorted(gateway.providers)}, headers={"Cache-Control": "no-store"})

    async def info(request: Request) -> Response:
        refused = gateway.check_caller(request)
        if refused is not None:
            return refused
        provider = gateway.providers.get(request.path_params["provider"])
        if provider is None:
            return error_response(GatewayError("not_found", "no such provider here"), gateway.redact)
        return JSONResponse(provider_info(provider), headers={"Cache-Control": "no-store"})

    async def home(request: Request) -> Response:
        return RedirectResponse("/docs/", status_code=307) if docs is not None and docs.available() else await gateway.handle(request)

    routes = [Route("/healthz", healthz), Route(INFO_PATH + "{provider}", info)]
    if metrics is not None:
        routes.append(Route("/metrics", metrics.endpoint))
    if docs is not None:
        routes += [Route("/docs", docs.endpoint), Route("/docs/{path:path}", docs.endpoint), Route("/", home)]
    app = GatewayApp(
        own_routes=routes,
        forward=gateway,
        middleware=[Middleware(AccessLog, redact=gateway.redact, metrics=metrics), Middleware(GatewayCORS, **cors)],
        exception_handlers={HTTPException: not_routed},
        lifespan=lifespan,
    )
    app.state.gateway = gateway
    return app
