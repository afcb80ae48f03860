"""Real servers on loopback for the gateway tests: an upstream that records what reaches it, and
uvicorn running any ASGI app on an ephemeral port in a thread."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from generator.config import Config, ProviderConfig
from generator.gateway import create_app
from generator.gateway.limits import ServerConfig
from generator.gateway.settings import Limits
from tests.conftest import REPO

KITCHENSINK = REPO / "specs" / "kitchensink" / "openapi.yaml"
PLAID = REPO / "specs" / "plaid" / "openapi.yaml"

OAUTH_CLIENT_ID = "ks-oauth-client"
OAUTH_CLIENT_SECRET = "ks-oauth-secret-3b7a"
OAUTH_TOKEN = "ks-access-token-from-token-endpoint"


@dataclass
class Server:
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])


@contextmanager
def serve(app: ASGIApp, limits: Limits | None = None) -> Iterator[Server]:
    """uvicorn on 127.0.0.1:<ephemeral>, in a thread, until the block ends; with `limits`, uvicorn
    configured as `utdk-gen gateway` configures it (its connection and header-time limits)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    options: dict[str, Any] = dict(log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=2)
    config = uvicorn.Config(app, **options) if limits is None else ServerConfig(app, limits, **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield Server(f"http://127.0.0.1:{port}", server, thread)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Upstream:
    """What reached the upstream, in order; the token endpoint's calls are counted apart."""

    requests: list[Recorded] = field(default_factory=list)
    token_requests: list[Recorded] = field(default_factory=list)
    proceed: threading.Event = field(default_factory=threading.Event)  # lets a streamed answer go on
    endless_ended: threading.Event = field(default_factory=threading.Event)  # the endless answer stopped

    def last(self) -> Recorded:
        assert self.requests, "nothing reached the upstream"
        return self.requests[-1]


def upstream_app(record: Upstream, other_host: str = "http://127.0.0.2:9") -> Starlette:
    """Echoes every request as JSON; `?mode=` asks for the awkward behaviours."""

    async def token(request: Request) -> Response:
        if not request.headers.get("authorization", "").startswith("Basic "):
            return await echo(request)  # an API's own /oauth/token operation (the full Plaid spec has one)
        body = await request.body()
        record.token_requests.append(_recorded(request, body))
        expected = "Basic " + base64.b64encode(f"{OAUTH_CLIENT_ID}:{OAUTH_CLIENT_SECRET}".encode()).decode()
        form = dict(pair.split("=", 1) for pair in body.decode().split("&") if "=" in pair)
        if request.headers.get("authorization") != expected or form.get("grant_type") != "client_credentials":
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        return JSONResponse({"access_token": OAUTH_TOKEN, "token_type": "Bearer", "expires_in": 3600})

    async def echo(request: Request) -> Response:
        body = await request.body()
        recorded = _recorded(request, body)
        record.requests.append(recorded)
        mode = request.query_params.get("mode")
        if mode == "hang":  # until the test lets go (or 10 s), far past the gateway's timeout
            await _wait_for(record.proceed)
        if mode == "redirect-other":
            return RedirectResponse(f"{other_host}/v1/status?api_key=leak", status_code=302)
        if mode == "redirect-same":
            return RedirectResponse("/v1/status?mode=redirected", status_code=307)
        if mode == "gzip":
            return Response(gzip.compress(json.dumps({"compressed": True}).encode()), media_type="application/json",
                            headers={"Content-Encoding": "gzip"})
        if mode == "stream":
            return StreamingResponse(_chunks(record.proceed), media_type="text/plain")
        if mode == "endless":
            return StreamingResponse(_endless(record.endless_ended), media_type="text/plain")
        headers = {
            "X-Request-Id": "upstream-req-42",
            "Keep-Alive": "timeout=5",
            "Proxy-Authenticate": "Basic realm=upstream",
            "Access-Control-Allow-Origin": "https://upstream-choice.example",
            "X-Upstream-Note": "kept",
        }
        if mode == "vary":
            headers["Vary"] = "Accept-Encoding"
        payload = {
            "method": recorded.method, "path": recorded.path, "query": recorded.query,
            "headers": recorded.headers, "body": body.decode("utf-8", "replace"),
        }
        return Response(json.dumps(payload), media_type="application/json", headers=headers)

    return Starlette(routes=[Route("/oauth/token", token, methods=["POST"]), Route("/{path:path}", echo, methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"])])


async def _chunks(proceed: threading.Event) -> AsyncIterator[bytes]:
    """One chunk, then the second once the test says so (or after 10 s)."""
    yield b"first chunk\n"
    await _wait_for(proceed)
    yield b"second chunk\n"


async def _endless(ended: threading.Event, limit: float = 20) -> AsyncIterator[bytes]:
    """A line every 20 ms until the reader goes away (or `limit` s pass), which `ended` then tells."""
    deadline = time.monotonic() + limit
    try:
        while time.monotonic() < deadline:
            yield b"more\n"
            await asyncio.sleep(0.02)
    finally:
        ended.set()


async def _wait_for(proceed: threading.Event, limit: float = 10) -> None:
    deadline = time.monotonic() + limit
    while not proceed.is_set() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)


def _recorded(request: Request, body: bytes) -> Recorded:
    return Recorded(
        method=request.method,
        path=request.scope["raw_path"].decode("latin-1"),
        query=request.scope["query_string"].decode("latin-1"),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=body,
    )


def config(providers: dict[str, dict[str, Any]], **server: Any) -> Config:
    """A Config for the in-repo specs: {"kitchensink": {<provider gateway settings>}, ...}."""
    specs = {"kitchensink": KITCHENSINK, "plaid": PLAID}
    return Config(
        root=REPO,
        output=REPO / "generated",
        providers=tuple(ProviderConfig(name, specs[name], gateway=settings) for name, settings in providers.items()),
        gateway=server,
    )


@contextmanager
def gateway(cfg: Config, environ: dict[str, str] | None = None) -> Iterator[Server]:
    app = create_app(cfg, environ=environ or {})
    with serve(app, app.state.gateway.settings.limits) as server:
        yield server


def raw_request(server: Server, head: str) -> tuple[int, dict[str, str], bytes]:
    """Send request bytes exactly as written (an HTTP client would normalise the target first)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as conn:
        conn.sendall(head.encode("latin-1"))
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head_bytes, _, body = data.partition(b"\r\n\r\n")
    lines = head_bytes.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    return status, headers, body
