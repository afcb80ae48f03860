"""Test support for the docs pages: generating sites, loopback servers, a headless browser, and
reading a page's text the way the seed page was written."""

from __future__ import annotations

import html
import json
import re
import socket
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

from generator.config import Config, ProviderConfig, load_config
from generator.markdown import render_inline
from generator.output import changeset, write
from generator.pipeline import generate
from tests.conftest import REPO

SEED = REPO.parent / "shared" / "seed" / "identity-refresh-page.txt"
SCREENSHOTS = REPO / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


def generate_docs(out: Path, providers: tuple[ProviderConfig, ...] | None = None) -> Path:
    """Docs (and the top-level index) for specs/ or the given providers, written under out."""
    config = load_config(REPO / "generator.yaml")
    if providers is not None:
        config = Config(root=config.root, output=out, providers=providers)
    else:
        config = Config(root=config.root, output=out, providers=config.providers)
    result = generate(config, only_targets=("docs",), validate=False)
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    write(changeset(out, result.files, result.scopes))
    return out


# -- text comparison ----------------------------------------------------------------------------


def squash(text: str) -> str:
    """Whitespace runs (line breaks between blocks, indentation) as one space."""
    return " ".join(text.split())


def seed_lines() -> list[str]:
    """Each non-empty line of the seed page as visible text: its markdown rendered as the page
    renders it, tags dropped."""
    lines = []
    for raw in SEED.read_text("utf-8").splitlines():
        if not raw.strip():
            continue
        rendered = render_inline(raw)
        lines.append(html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip())
    return lines


def missing_in_order(page_text: str, expected: list[str]) -> list[str]:
    """The expected lines not found after the previous one in the page text (empty when all are)."""
    haystack = squash(page_text)
    position = 0
    missing = []
    for line in expected:
        needle = squash(line)
        found = haystack.find(needle, position)
        if found < 0:
            missing.append(line)
        else:
            position = found + len(needle)
    return missing


# -- loopback servers ---------------------------------------------------------------------------


@dataclass
class Server:
    url: str
    httpd: ThreadingHTTPServer
    thread: threading.Thread

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def _serve(httpd: ThreadingHTTPServer) -> Server:
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    host, port = httpd.server_address[:2]
    return Server(f"http://{host}:{port}", httpd, thread)


class _QuietStatic(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def static_server(root: Path) -> Server:
    return _serve(ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietStatic, directory=str(root))))


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class ProtocolServer:
    """Speaks the gateway side of the page <-> gateway protocol with canned answers."""

    server: Server
    requests: list[Recorded] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url


def protocol_server(prefix: str = "/plaid/") -> ProtocolServer:
    """Answers paths under prefix with 200 JSON echoing the body; anything else with a gateway 404."""
    recorded: list[Recorded] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def _cors(self) -> None:
            self.send_header("Access-Control-Allow-Origin", self.headers.get("Origin") or "*")
            self.send_header("Access-Control-Expose-Headers", "Plaid-Request-Id, X-Gateway-Error")
            self.send_header("Vary", "Origin")

        def do_OPTIONS(self) -> None:  # noqa: N802
            self.send_response(204)
            self._cors()
            self.send_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE")
            self.send_header("Access-Control-Allow-Headers", self.headers.get("Access-Control-Request-Headers") or "*")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorded.append(Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            if self.path.startswith(prefix):
                payload = json.dumps({"request_id": "req-loopback-1", "echo": json.loads(body or b"{}")}).encode()
                status = 200
                extra = {"Plaid-Request-Id": "req-loopback-1"}
            else:
                payload = json.dumps({"error": {"type": "not_found", "message": "No provider here."}}).encode()
                status = 404
                extra = {"X-Gateway-Error": "not_found"}
            self.send_response(status)
            self._cors()
            self.send_header("Content-Type", "application/json")
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer  # noqa: N815

    server = _serve(ThreadingHTTPServer(("127.0.0.1", 0), Handler))
    return ProtocolServer(server, recorded)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- browser pages ------------------------------------------------------------------------------


@dataclass
class PageWatch:
    """Console errors, uncaught exceptions and dialogs seen on a page."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> Any:
        page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        return page


def iter_operation_pages(docs: Path) -> Iterator[Path]:
    yield from sorted((docs / "operations").glob("*.html"))
