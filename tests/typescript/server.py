"""A real HTTP server on loopback that records every request and answers from a script."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from tests.python_sdk.server import PATTERN
from tests.threaded_http import QuietHandler, ThreadedServer


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str = "application/json"
    stream_size: int = 0  # > 0: a body of this many bytes of PATTERN, written in chunks as it is made
    pieces: tuple[bytes, ...] = ()  # a chunked body sent piece by piece, a pause before each


@dataclass
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    raw_query: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    at: float

    def json(self) -> Any:
        return json.loads(self.body)


class Loopback(ThreadedServer):
    """Answers are queued per "METHOD /path"; an empty queue answers 200 {}."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._answers: dict[str, list[Answer]] = {}
        self._lock = threading.Lock()
        owner = self

        class Handler(QuietHandler):
            def _handle(self) -> None:
                parts, headers, body = self.read_request()
                with owner._lock:
                    owner.requests.append(
                        Recorded(self.command, parts.path, parse_qsl(parts.query, keep_blank_values=True), parts.query,
                                 headers, body, time.monotonic())
                    )
                    queue = owner._answers.get(f"{self.command} {parts.path}") or []
                    answer = queue.pop(0) if queue else Answer(body={})
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.stream_size:
                    self._stream(answer)
                    return
                if answer.pieces:
                    self._pieces(answer)
                    return
                payload = answer.body if isinstance(answer.body, bytes) else (b"" if answer.body is None else json.dumps(answer.body).encode())
                try:
                    self.send_response(answer.status)
                    if payload:
                        self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, answer: Answer) -> None:
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(answer.stream_size))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    sent = 0
                    while sent < answer.stream_size:
                        chunk = PATTERN[: answer.stream_size - sent]
                        self.wfile.write(chunk)
                        sent += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _pieces(self, answer: Answer) -> None:
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for piece in (*answer.pieces, b""):
                    time.sleep(0.02)
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                    self.wfile.flush()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        super().__init__(Handler)

    def answer(self, route: str, *answers: Answer) -> None:
        with self._lock:
            self._answers.setdefault(route, []).extend(answers)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._answers.clear()

    def only(self, route: str) -> list[Recorded]:
        method, path = route.split(" ", 1)
        return [r for r in self.requests if r.method == method and r.path == path]
