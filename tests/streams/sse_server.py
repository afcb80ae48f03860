"""A loopback server that answers with Server-Sent Events written piece by piece, with pauses,
recording when each piece left and whether the client hung up before the end."""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from tests.threaded_http import QuietHandler, ThreadedServer


@dataclass
class Script:
    """Pieces of the body, each written after its pause (seconds); or a whole JSON answer."""

    pieces: list[tuple[float, bytes]] = field(default_factory=list)
    status: int = 200
    content_type: str = "text/event-stream"


@dataclass
class Exchange:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    sent_at: list[float] = field(default_factory=list)  # time.time() as each piece left
    hung_up_at: float | None = None  # when the client closed before the last piece

    def json(self) -> Any:
        return json.loads(self.body)


def events(*pieces: tuple[float, str]) -> Script:
    return Script([(pause, text.encode()) for pause, text in pieces])


class SSEServer(ThreadedServer):
    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self._scripts: dict[str, Script] = {}
        self._lock = threading.Lock()
        owner = self

        class Handler(QuietHandler):
            def _handle(self) -> None:
                target, headers, body = self.read_request()
                exchange = Exchange(self.command, target.path, headers, body)
                with owner._lock:
                    owner.exchanges.append(exchange)
                    script = owner._scripts.get(f"{self.command} {exchange.path}", Script())
                self.send_response(script.status)
                self.send_header("Content-Type", script.content_type)
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.flush()
                for pause, piece in script.pieces:
                    if pause and _hung_up(self.connection, pause):
                        exchange.hung_up_at = time.time()
                        return
                    try:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                        self.wfile.flush()
                    except OSError:
                        exchange.hung_up_at = time.time()
                        return
                    exchange.sent_at.append(time.time())
                try:
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                except OSError:
                    pass
                self.close_connection = True

            do_GET = do_POST = _handle

        super().__init__(Handler)

    def script(self, method: str, path: str, script: Script) -> None:
        with self._lock:
            self._scripts[f"{method} {path}"] = script

    def reset(self) -> None:
        with self._lock:
            self.exchanges.clear()
            self._scripts.clear()

    def wait_for_hang_up(self, timeout: float = 5.0) -> Exchange:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                done = [e for e in self.exchanges if e.hung_up_at is not None]
            if done:
                return done[-1]
            time.sleep(0.02)
        raise AssertionError("the client never hung up")


def _hung_up(connection: socket.socket, pause: float) -> bool:
    """Waits `pause` seconds, returning early with True when the client closes the connection."""
    deadline = time.monotonic() + pause
    while (left := deadline - time.monotonic()) > 0:
        readable, _, _ = select.select([connection], [], [], left)
        if readable:
            try:
                if connection.recv(1, socket.MSG_PEEK) == b"":
                    return True
            except OSError:
                return True
            time.sleep(min(left, 0.02))
    return False
