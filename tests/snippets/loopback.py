"""A loopback HTTP server that records every request it receives, and what to compare it with."""

from __future__ import annotations

import base64
import json
import threading
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlsplit

from generator.requests import ExampleRequest


@dataclass
class Received:
    method: str
    target: str  # path and query exactly as sent
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)


@dataclass
class Recorder:
    requests: list[Received] = field(default_factory=list)
    token_requests: int = 0


@contextmanager
def loopback_server(response: bytes = b"{}") -> Iterator[tuple[str, Recorder]]:
    recorder = Recorder()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if self.path.endswith("/oauth/token"):
                recorder.token_requests += 1
                payload = json.dumps({"access_token": "token-from-loopback", "token_type": "Bearer", "expires_in": 3600}).encode()
                self._answer(payload)
                return
            # http.server reads header bytes as latin-1; the client sent UTF-8
            headers = {k.lower(): v.encode("latin-1", "replace").decode("utf-8", "replace") for k, v in self.headers.items()}
            recorder.requests.append(Received(self.command, self.path, headers, body))
            self._answer(response)

        def _answer(self, payload: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _record

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", recorder
    finally:
        server.shutdown()
        server.server_close()


def credential_values(request: ExampleRequest) -> dict[str, str]:
    """A value for every variable the request's credentials name."""
    names = [text for auth in request.plan.auth for kind, text in auth.parts if kind == "env"]
    return {name: f"value-of-{name.lower()}" for name in names}


def expected_auth(request: ExampleRequest, env: dict[str, str]) -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str]]]:
    """(headers, query pairs, cookies) the credentials add, with env's values."""
    headers: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    cookies: list[tuple[str, str]] = []
    for auth in request.plan.auth:
        text = "".join(env[t] if kind == "env" else t for kind, t in auth.parts)
        if auth.location == "header":
            headers[auth.name.lower()] = text
        elif auth.location == "basic":
            headers["authorization"] = "Basic " + base64.b64encode(text.encode()).decode()
        elif auth.location == "query":
            query.append((auth.name, text))
        elif auth.location == "cookie":
            cookies.append((auth.name, text))
    return headers, query, cookies


def multipart_parts(content_type: str, body: bytes) -> list[tuple[str, str | None, bytes]]:
    """(field name, file name, content) of each part."""
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        parts.append((str(part.get_param("name", header="content-disposition")), part.get_filename(), payload or b""))
    return parts


def cookie_pairs(header: str | None) -> list[tuple[str, str]]:
    if not header:
        return []
    return [tuple(item.split("=", 1)) for item in header.split("; ")]  # type: ignore[misc]


def check_received(got: Received, request: ExampleRequest, env: dict[str, str], base_path: str, file_content: bytes,
                   exact: bool = True) -> None:
    """The request a client sent is the ExampleRequest: method, path, query, parameter headers and
    cookies, credentials, body. exact (curl): the path and cookies byte for byte as the snippet
    encodes them, and upload file names; an SDK may percent-encode differently and send a Blob
    without a name."""
    from urllib.parse import parse_qsl, quote, unquote

    auth_headers, auth_query, auth_cookies = expected_auth(request, env)
    assert got.method == request.method
    if exact:
        assert got.path == base_path + request.path
    else:
        assert unquote(got.path) == unquote(base_path + request.path)
    if exact:
        assert got.query == list(request.query) + auth_query
    else:
        assert sorted(got.query) == sorted(list(request.query) + auth_query)
    for name, value in request.headers:
        assert got.headers.get(name.lower()) == value.strip(), name
    for name, value in auth_headers.items():
        assert got.headers.get(name) == value, name
    expected_cookies = [(n, v) for n, v in request.cookies] + auth_cookies
    if exact:
        expected = [(n, quote(v, safe="-_.!~*'()")) for n, v in request.cookies] + auth_cookies
        assert cookie_pairs(got.headers.get("cookie")) == expected
    else:
        received_cookies = [(n, unquote(v)) for n, v in cookie_pairs(got.headers.get("cookie"))]
        assert sorted(received_cookies) == sorted(expected_cookies)
    body = request.body
    if body is None:
        assert got.body in (b"", b"{}") if request.method in ("POST", "PUT", "PATCH") else got.body == b""
    elif body.kind == "json":
        assert got.headers["content-type"].split(";")[0] == body.content_type
        assert json.loads(got.body) == body.json
    elif body.kind == "form":
        assert parse_qsl(got.body.decode(), keep_blank_values=True) == list(body.pairs)
    elif body.kind == "multipart" and not body.parts:
        assert b"Content-Disposition" not in got.body
    elif body.kind == "multipart":
        parts = multipart_parts(got.headers["content-type"], got.body)
        assert [(n, c) for n, _, c in parts] == [(p.name, file_content if p.file else p.value.encode()) for p in body.parts]
        if exact:
            import os

            # curl writes a " in a file name as %22 (its Content-Disposition quoting)
            assert [f for _, f, _ in parts] == [os.path.basename(p.value).replace('"', "%22") if p.file else None for p in body.parts]
    elif body.kind == "binary":
        assert got.body == file_content
    else:
        assert got.body.decode() == body.text
