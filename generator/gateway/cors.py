"""CORS for the docs' origins: Starlette's middleware, with refusals in the gateway's error shape."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .access_log import fields_of, log_token
from .errors import GatewayError, Redactor, error_response

_FAILURES = {
    "origin": "the origin is not in gateway.cors_origins",
    "method": "the method is not one any operation declares",
    "headers": "a requested header is not one the gateway accepts",
    "private-network": "private network access was refused",
}


class GatewayCORS(CORSMiddleware):
    def __init__(self, app: ASGIApp, origins: tuple[str, ...], methods: Iterable[str], headers: Iterable[str],
                 expose: Iterable[str]) -> None:
        super().__init__(
            app,
            allow_origins=origins,
            allow_methods=sorted(set(methods)),
            allow_headers=sorted(set(headers)),
            # "*" exposes every upstream header to a page that sends no cookies, which the Try-it panel shows;
            # the names listed first are for clients that do not read the wildcard.
            expose_headers=[*sorted(set(expose)), "*"],
            # A public docs site may call a gateway on the user's own machine (Chrome's Private Network Access).
            allow_private_network=True,
            max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "OPTIONS":
            headers = Headers(scope=scope)
            origin = headers.get("origin")
            if origin and "access-control-request-method" in headers and not self.is_allowed_origin(origin):
                fields_of(scope).note = f"refused_origin={log_token(origin)}"  # the access log names it
        await super().__call__(scope, receive, send)

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code == 200:
            return response
        reasons = bytes(response.body).decode("utf-8").removeprefix("Disallowed CORS ").split(", ")
        message = "CORS preflight refused: " + "; ".join(_FAILURES.get(r, r) for r in reasons)
        refused = error_response(GatewayError("forbidden", message), Redactor())
        for name in ("vary", "access-control-allow-origin"):
            if name in response.headers:
                refused.headers[name] = response.headers[name]
        return refused
