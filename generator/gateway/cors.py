"""CORS for the docs' origins: Starlette's middleware, with refusals in the gateway's error shape and the
headers of an actual (non-preflight) answer worked out once per allowed origin instead of per response."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
        # What an answer gets for a request with an Origin: the exposed headers (and "*" as the allowed
        # origin where any origin is), plus the origin itself where it is one of the configured ones.
        # Keyed by the configured origins only: the Origin a client sends cannot grow it.
        common = tuple((name.lower().encode(), value.encode("latin-1")) for name, value in self.simple_headers.items())
        self._for_other_origins = common
        self._for_allowed: dict[str, tuple[tuple[bytes, bytes], ...]] = {} if self.allow_all_origins else {
            origin: (*common, (b"access-control-allow-origin", origin.encode("latin-1"))) for origin in origins}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "OPTIONS":
            headers = Headers(scope=scope)
            origin = headers.get("origin")
            if origin and "access-control-request-method" in headers and not self.is_allowed_origin(origin):
                fields_of(scope).note = f"refused_origin={log_token(origin)}"  # the access log names it
        await super().__call__(scope, receive, send)

    async def send(self, message: Message, send: Send, request_headers: Headers) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = self.answer_headers(message.get("headers", ()), request_headers.get("origin"))
        await send(message)

    def answer_headers(self, headers: Iterable[tuple[bytes, bytes]], origin: str | None) -> list[tuple[bytes, bytes]]:
        """An answer's headers with CORS's added, as Starlette's CORSMiddleware adds them (without
        credentials): its own CORS headers replaced, and its Vary values joined into one with Origin."""
        added = () if origin is None else self._for_allowed.get(origin, self._for_other_origins)
        replaced = {name for name, _ in added}
        kept: list[tuple[bytes, bytes]] = []
        vary: list[bytes] = []
        for name, value in headers:
            if name == b"vary":
                vary.append(value)
            elif name not in replaced:
                kept.append((name, value))
        kept.extend(added)
        vary.append(b"Origin")
        kept.append((b"vary", b", ".join(vary)))
        return kept

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
