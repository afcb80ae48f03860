"""Limits against the real gateway under uvicorn on loopback, each bounded in time: slow headers,
idle and surplus connections, memory for request bodies, per-client rate, and credential names in
the query spelled the way a lenient upstream would still read them."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from generator.gateway import limits as gateway_limits
from generator.gateway.limits import BodyBudget, GuardedH11Protocol
from tests.gateway.support import Server, Upstream, config, gateway, raw_request, serve, upstream_app

PARTIAL_HEAD = b"POST /plaid/identity/refresh HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[Server, Upstream]]:
    record = Upstream()
    with serve(upstream_app(record)) as server:
        yield server, record


@pytest.fixture(params=["httptools", "h11"])
def protocol(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both HTTP parsers the gateway may run on: httptools where installed, h11 where it is not."""
    if request.param == "h11":
        monkeypatch.setattr(gateway_limits, "guarded_protocol", lambda: GuardedH11Protocol)
    return str(request.param)


def limited(upstream: tuple[Server, Upstream], **server: object) -> object:
    return gateway(config({"plaid": {"upstream": upstream[0].url}, "kitchensink": {"upstream": upstream[0].url + "/v1"}},
                          docs=False, **server),
                   {"PLAID_CLIENT_ID": "limits-id", "PLAID_SECRET": "limits-secret", "KITCHENSINK_API_KEY_QUERY": "real-key"})


def connect(gw: Server, first: bytes = PARTIAL_HEAD) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", gw.port), timeout=10)
    if first:
        sock.sendall(first)
    return sock


def closed_within(sock: socket.socket, seconds: float) -> bytes | None:
    """What the server sent before closing, or None if it kept the connection open that long."""
    sock.settimeout(seconds)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (TimeoutError, socket.timeout):
        return None
    except ConnectionResetError:
        pass
    return data


@pytest.mark.usefixtures("protocol")
def test_connections_that_never_finish_their_headers_are_closed(upstream: tuple[Server, Upstream]) -> None:
    with limited(upstream, header_timeout_seconds=0.5) as gw:
        slow = [connect(gw) for _ in range(50)]
        started = time.monotonic()
        answers = [closed_within(sock, 5) for sock in slow]
        elapsed = time.monotonic() - started
        for sock in slow:
            sock.close()
        assert all(a is not None for a in answers), "a slow-header connection was still open after 5 s"
        assert all(a == b"" or a.startswith(b"HTTP/1.1 408") for a in answers)
        assert elapsed < 10  # the header timeout is 0.5 s; without one they would stay open
        # A keep-alive connection that starts its next request and stalls is closed too.
        with connect(gw, b"") as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert sock.recv(65536).startswith(b"HTTP/1.1 200")
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
            assert closed_within(sock, 5) is not None
        assert httpx.get(f"{gw.url}/healthz").status_code == 200


@pytest.mark.usefixtures("protocol")
def test_idle_connections_are_closed_after_the_idle_timeout(upstream: tuple[Server, Upstream]) -> None:
    with limited(upstream, idle_timeout_seconds=1) as gw, connect(gw, b"") as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        started = time.monotonic()
        assert closed_within(sock, 5) is not None  # the rest of the answer, then the close
        assert 0.5 < time.monotonic() - started < 8


@pytest.mark.usefixtures("protocol")
def test_connections_beyond_the_cap_are_closed_at_once(upstream: tuple[Server, Upstream]) -> None:
    with limited(upstream, max_connections=5, header_timeout_seconds=30) as gw:
        held = [connect(gw) for _ in range(5)]
        time.sleep(0.2)
        surplus = [connect(gw, b"") for _ in range(5)]
        try:
            assert all(closed_within(sock, 2) is not None for sock in surplus), "a connection beyond the cap stayed open"
            assert all(closed_within(sock, 0.2) is None for sock in held), "a connection within the cap was closed"
        finally:
            for sock in [*held, *surplus]:
                sock.close()
        time.sleep(0.3)
        assert httpx.get(f"{gw.url}/healthz").status_code == 200


def test_each_parser_is_the_one_in_use_and_refuses_absolute_form_targets(upstream: tuple[Server, Upstream],
                                                                         protocol: str) -> None:
    with limited(upstream) as gw:
        in_use = gw.server.config.http_protocol_class.__name__
        assert in_use == {"httptools": "GuardedHttpToolsProtocol", "h11": "GuardedH11Protocol"}[protocol]
        before = len(upstream[1].requests)
        status, headers, _ = raw_request(gw, "POST http://evil.example/plaid/identity/refresh HTTP/1.1\r\n"
                                             "Host: 127.0.0.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        assert 400 <= status < 500 and headers["x-gateway-error"] in ("bad_request", "not_found")
        assert len(upstream[1].requests) == before


def test_request_bodies_in_flight_are_capped(upstream: tuple[Server, Upstream]) -> None:
    size = 9 * 1024 * 1024
    head = PARTIAL_HEAD + f"Content-Length: {size}\r\n\r\n".encode() + b'{"access_token": "'
    # A body counts twice (as received, and joined): 40 MB hold two 9 MB bodies.
    with limited(upstream, max_body_memory_bytes=40 * 1024 * 1024, max_body_bytes=10 * 1024 * 1024) as gw:
        budget = gw_budget(gw)
        holding = [connect(gw, head) for _ in range(2)]  # 36 MB reserved, bodies still arriving
        time.sleep(0.3)
        refused = httpx.post(f"{gw.url}/plaid/identity/refresh", content=b"x" * size, headers={"Content-Type": "application/json"})
        assert refused.status_code == 503
        assert refused.headers["x-gateway-error"] == "busy" and refused.headers["retry-after"] == "1"
        for sock in holding:
            sock.close()
        time.sleep(0.3)
        assert budget.used == 0, "a closed request kept its reservation"
        # Twenty at once: each answered (accepted or told to retry), nothing held afterwards.
        statuses: list[int] = []

        def post() -> None:
            body = b'{"access_token": "' + b"a" * (size - 20) + b'"}'
            statuses.append(httpx.post(f"{gw.url}/plaid/identity/refresh", content=body, timeout=60,
                                       headers={"Content-Type": "application/json"}).status_code)

        threads = [threading.Thread(target=post) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert len(statuses) == 20 and set(statuses) <= {200, 503} and 200 in statuses
        assert budget.used == 0


def gw_budget(gw: Server) -> BodyBudget:
    budget = gw.server.config.app.state.gateway.bodies  # the app as given to uvicorn
    assert isinstance(budget, BodyBudget)
    return budget


def test_each_client_is_rate_limited(upstream: tuple[Server, Upstream]) -> None:
    # Slow enough that no busy machine refills a request's worth during the test.
    with limited(upstream, rate_limit_per_second=0.05, rate_limit_burst=3) as gw:
        answers = [httpx.post(f"{gw.url}/plaid/identity/refresh", json={}) for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429]
        assert answers[-1].headers["x-gateway-error"] == "rate_limited"
        assert 1 <= int(answers[-1].headers["retry-after"]) <= 21
        assert httpx.get(f"{gw.url}/healthz").status_code == 200  # the gateway's own endpoints are not counted
    # Fast enough that a short wait refills one: waiting longer (a busy machine) only refills more.
    with limited(upstream, rate_limit_per_second=2, rate_limit_burst=1) as gw:
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}).status_code == 200
        time.sleep(0.6)
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}).status_code == 200
    with limited(upstream, rate_limit_per_second=0.2, rate_limit_burst=1, client_address_header="X-Forwarded-For") as gw:
        for client in ("203.0.113.1", "203.0.113.2"):
            forwarded = {"X-Forwarded-For": f"198.51.100.9, {client}"}
            assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers=forwarded).status_code == 200
        again = httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"X-Forwarded-For": "203.0.113.1"})
        assert again.status_code == 429


@pytest.mark.parametrize("spelling", ["API_KEY", "Api_Key", "api_key%00", "api_key%00x", "api%5Fkey", "api%255Fkey",
                                      "api_key[]", "%20api_key", "api_key%00%00"])
def test_query_credential_names_are_matched_as_the_upstream_reads_them(upstream: tuple[Server, Upstream], spelling: str) -> None:
    with limited(upstream) as gw:
        assert httpx.get(f"{gw.url}/kitchensink/search?q=x&{spelling}=page-typed").status_code == 200
    assert upstream[1].last().query == "q=x&api_key=real-key"
