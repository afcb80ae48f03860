"""The gateway's ASGI app. Its own endpoints (health, provider info, metrics, docs) and CORS preflights
go through Starlette; a request to forward goes straight to the forward route, wrapped in the same
access log and CORS middleware but not in Starlette's error, exception and routing layers, a large share
of the CPU a forwarded request cost. An error escaping the route is answered by the server with a 500,
as Starlette's error layer answers it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send


class GatewayApp(Starlette):
    def __init__(self, *, own_routes: Sequence[Route], forward: ASGIApp, middleware: Sequence[Middleware],
                 **starlette: Any) -> None:
        """`own_routes` are the gateway's endpoints; every other path is `forward`'s, which Starlette is
        given too (as the route for any path) for the requests it still sees. `middleware` wraps both."""
        super().__init__(routes=[*own_routes, Route("/{path:path}", forward)], middleware=middleware, **starlette)
        self.forward = forward
        for cls, args, kwargs in reversed(middleware):
            self.forward = cls(self.forward, *args, **kwargs)
        # A route's path up to its first parameter: the whole path, or a prefix that every matching path has.
        literals = [route.path.partition("{") for route in own_routes]
        self._own_paths = frozenset(literal for literal, brace, _ in literals if not brace)
        self._own_prefixes = tuple(literal for literal, brace, _ in literals if brace)

    def forwards(self, scope: Scope) -> bool:
        """Whether Starlette would route this request to the forward route, and no middleware of its
        would answer it instead (a preflight): then the shorter way gives the same answer."""
        path: str = scope["path"]
        # Starlette's route for any path takes neither another form of target nor a decoded line break.
        return (scope["method"] != "OPTIONS" and path.startswith("/") and "\n" not in path
                and path not in self._own_paths and not path.startswith(self._own_prefixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.forwards(scope):
            await self.forward(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)
