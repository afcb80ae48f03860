"""A real HTTP server on loopback (Starlette served by uvicorn in a thread) that records every
request and answers from a script queued per "METHOD /path"."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str = "application/json"
    stream_size: int = 0  # > 0: a body of this many bytes of PATTERN, sent in chunks as it is made


# 64 KiB of every byte value in turn: a streamed body made of it can be checked without keeping it.
PATTERN = bytes(range(256)) * 256


@dataclass
class Recorded:
    method: str
    path: str
    raw_query: str
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-cased names
    cookies: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Loopback:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._answers: dict[str, list[Answer]] = {}
        self._lock = threading.Lock()
        app = Starlette(routes=[Route("/{path:path}", self._handle, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])])
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._socket = sock
        self._server = uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answer(self, method: str, path: str, *answers: Answer) -> None:
        with self._lock:
            self._answers.setdefault(f"{method} {path}", []).extend(answers)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._answers.clear()

    async def _handle(self, request: Request) -> Response:
        body = await request.body()
        with self._lock:
            self.requests.append(Recorded(
                request.method, request.url.path, request.url.query, list(request.query_params.multi_items()),
                {k.lower(): v for k, v in request.headers.items()}, dict(request.cookies), body,
            ))
            queue = self._answers.get(f"{request.method} {request.url.path}") or []
            answer = queue.pop(0) if queue else Answer(body={})
        if answer.delay:
            await asyncio.sleep(answer.delay)
        if answer.stream_size:
            return StreamingResponse(_pattern(answer.stream_size), status_code=answer.status,
                                     headers=answer.headers, media_type=answer.content_type)
        payload = answer.body if isinstance(answer.body, bytes) else (b"" if answer.body is None else json.dumps(answer.body).encode())
        headers = dict(answer.headers)
        if payload:
            headers.setdefault("content-type", answer.content_type)
        return Response(payload, status_code=answer.status, headers=headers)

    def __enter__(self) -> "Loopback":
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("loopback server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)


async def _pattern(size: int) -> AsyncIterator[bytes]:
    sent = 0
    while sent < size:
        chunk = PATTERN[: size - sent]
        sent += len(chunk)
        yield chunk
