"""The upstream side: timeouts, unreachable servers, streaming, headers, redirects, environments."""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.gateway.support import Server, Upstream, config, gateway, serve, upstream_app


@pytest.fixture(scope="module")
def other() -> Iterator[tuple[Server, Upstream]]:
    """A second host (127.0.0.2 would need an alias; a second port is another origin all the same)."""
    record = Upstream()
    with serve(upstream_app(record)) as server:
        yield server, record


@pytest.fixture(scope="module")
def upstream(other: tuple[Server, Upstream]) -> Iterator[tuple[Server, Upstream]]:
    record = Upstream()
    with serve(upstream_app(record, other_host=other[0].url)) as server:
        yield server, record


@pytest.fixture(scope="module")
def gw(upstream: tuple[Server, Upstream]) -> Iterator[Server]:
    cfg = config({"kitchensink": {"upstream": upstream[0].url + "/v1",
                                  "credentials": {"KITCHENSINK_API_KEY_QUERY": "query-secret-41"}}},
                 timeout_seconds=0.5)
    with gateway(cfg) as server:
        yield server


def test_a_hanging_upstream_gives_504_after_the_timeout(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    upstream[1].proceed.clear()
    start = time.monotonic()
    response = httpx.get(f"{gw.url}/kitchensink/status?mode=hang", timeout=30)
    elapsed = time.monotonic() - start
    upstream[1].proceed.set()
    assert response.status_code == 504
    assert response.headers["x-gateway-error"] == "upstream_timeout"
    assert "0.5 s" in response.json()["error"]["message"]
    assert 0.4 < elapsed < 8  # the upstream holds on for 10 s


def test_an_unreachable_upstream_gives_502() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with gateway(config({"kitchensink": {"upstream": f"http://127.0.0.1:{port}"}})) as gw:
        response = httpx.get(f"{gw.url}/kitchensink/status")
    assert response.status_code == 502
    assert response.headers["x-gateway-error"] == "upstream_unreachable"


def test_responses_stream_as_they_arrive(upstream: tuple[Server, Upstream]) -> None:
    # The upstream holds the second chunk back until the client has the first: a gateway that waited
    # for the whole body would deliver nothing for the upstream's 10 s.
    upstream[1].proceed.clear()
    with gateway(config({"kitchensink": {"upstream": upstream[0].url + "/v1"}}, timeout_seconds=30)) as gw:
        start = time.monotonic()
        with httpx.stream("GET", f"{gw.url}/kitchensink/status?mode=stream", timeout=30) as response:
            chunks = response.iter_raw()
            first = next(chunks)
            first_at = time.monotonic() - start
            upstream[1].proceed.set()
            rest = b"".join(chunks)
    assert response.status_code == 200
    assert first == b"first chunk\n" and rest == b"second chunk\n"
    assert first_at < 8


def test_a_stream_that_stalls_past_the_timeout_is_cut_not_ended(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    # Headers went out already, so no 504: the connection is dropped, and the client cannot take the
    # first half for a whole body.
    upstream[1].proceed.clear()
    with httpx.stream("GET", f"{gw.url}/kitchensink/status?mode=stream", timeout=10) as response:
        assert response.status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()
    upstream[1].proceed.set()  # let the upstream finish before it shuts down


def test_a_client_that_leaves_mid_stream_ends_the_upstream_stream(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    # Otherwise a client could leave any number of endless upstream answers running behind it.
    upstream[1].endless_ended.clear()
    with httpx.stream("GET", f"{gw.url}/kitchensink/status?mode=endless", timeout=10) as response:
        assert response.status_code == 200
        assert next(response.iter_raw()).startswith(b"more\n")
    assert upstream[1].endless_ended.wait(timeout=8), "the gateway kept reading an answer nobody was waiting for"
    assert httpx.get(f"{gw.url}/kitchensink/status").status_code == 200  # and it goes on answering


def test_hop_by_hop_and_cors_headers_are_stripped_the_request_id_kept(gw: Server) -> None:
    response = httpx.get(f"{gw.url}/kitchensink/status")
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "upstream-req-42"
    assert response.headers["x-upstream-note"] == "kept"
    assert response.headers["content-type"] == "application/json"
    for stripped in ("keep-alive", "proxy-authenticate", "access-control-allow-origin"):
        assert stripped not in response.headers
    assert response.json()["path"] == "/v1/status"


def test_redirects_within_the_upstream_are_followed(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    response = httpx.get(f"{gw.url}/kitchensink/status?mode=redirect-same")
    assert response.status_code == 200
    assert response.json()["query"] == "mode=redirected"
    assert upstream[1].last().query == "mode=redirected"


def test_redirects_to_other_hosts_are_not_followed(gw: Server, other: tuple[Server, Upstream]) -> None:
    before = len(other[1].requests)
    response = httpx.get(f"{gw.url}/kitchensink/search?q=x&mode=redirect-other")
    assert response.status_code == 502
    assert response.headers["x-gateway-error"] == "upstream_unreachable"
    assert "another host" in response.json()["error"]["message"]
    assert "query-secret-41" not in response.text
    assert len(other[1].requests) == before


def test_the_environment_header_picks_the_server(upstream: tuple[Server, Upstream], other: tuple[Server, Upstream]) -> None:
    servers = {"sandbox": upstream[0].url, "staging": other[0].url}
    allowed = ["sandbox", "staging"]  # the operator's list: without it only the default, sandbox, is served
    with gateway(config({"plaid": {"upstream": servers, "environment": "sandbox", "environments": allowed}})) as gw:
        before = (len(upstream[1].requests), len(other[1].requests))
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}).status_code == 200
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={},
                          headers={"X-Gateway-Environment": "staging"}).status_code == 200
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={},
                          headers={"X-Gateway-Environment": "sandbox"}).status_code == 200
        after = (len(upstream[1].requests), len(other[1].requests))
        assert (after[0] - before[0], after[1] - before[1]) == (2, 1)
        # production is the spec's real server: named, so accepted, but nothing here listens for it.
        unknown = httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"X-Gateway-Environment": "qa"})
        assert unknown.status_code == 400
        assert "production, sandbox, staging" in unknown.json()["error"]["message"]


def test_compressed_answers_pass_through_unchanged(gw: Server) -> None:
    with httpx.stream("GET", f"{gw.url}/kitchensink/status?mode=gzip", headers={"Accept-Encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) == len(raw)
    assert json.loads(gzip.decompress(raw)) == {"compressed": True}


def test_multipart_bodies_pass_byte_for_byte(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    photo = bytes(range(256)) * 4
    response = httpx.post(f"{gw.url}/kitchensink/pets/9/photo", files={"file": ("cat.png", photo, "image/png")},
                          data={"caption": "a cat"})
    assert response.status_code == 200
    seen = upstream[1].last()
    assert seen.path == "/v1/pets/9/photo"
    boundary = seen.headers["content-type"].split("boundary=")[1]
    assert seen.headers["content-type"] == f"multipart/form-data; boundary={boundary}"
    assert photo in seen.body and b'name="caption"' in seen.body and seen.body.endswith(f"--{boundary}--\r\n".encode())
