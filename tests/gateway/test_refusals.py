"""Not an open proxy: everything but a declared operation on the configured server is refused with a
4xx in the gateway's error shape, and nothing reaches the upstream."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.gateway.support import Server, Upstream, config, gateway, raw_request, serve, upstream_app


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[Server, Upstream]]:
    record = Upstream()
    with serve(upstream_app(record)) as server:
        yield server, record


@pytest.fixture(scope="module")
def gw(upstream: tuple[Server, Upstream]) -> Iterator[Server]:
    cfg = config({"kitchensink": {"upstream": upstream[0].url + "/v1",
                                  "credentials": {"KITCHENSINK_BEARER_AUTH": "refusal-secret-8f"}},
                  "plaid": {"upstream": upstream[0].url}},
                 max_body_bytes=1024, cors_origins=["http://docs.test"], docs=False)
    with gateway(cfg) as server:
        yield server


@pytest.fixture
def untouched(upstream: tuple[Server, Upstream]) -> Iterator[None]:
    before = len(upstream[1].requests)
    yield
    assert len(upstream[1].requests) == before, "a refused request reached the upstream"


def assert_refused(response: httpx.Response, status: int, kind: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["x-gateway-error"] == kind
    assert response.json()["error"]["type"] == kind
    assert response.json()["error"]["message"]


@pytest.mark.usefixtures("untouched")
@pytest.mark.parametrize("path", ["/kitchensink/admin", "/kitchensink/pets/1/2", "/kitchensink/pets/", "/kitchensink",
                                  "/", "/nobody/pets", "/kitchensink/v1/pets"])
def test_undeclared_paths_are_not_found(gw: Server, path: str) -> None:
    assert_refused(httpx.get(gw.url + path), 404, "not_found")


@pytest.mark.usefixtures("untouched")
def test_undeclared_method_lists_the_declared_ones(gw: Server) -> None:
    response = httpx.put(f"{gw.url}/kitchensink/pets/5", json={})
    assert_refused(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "DELETE, GET, PATCH"


@pytest.mark.usefixtures("untouched")
@pytest.mark.parametrize("target", [
    "http://evil.example/kitchensink/pets",
    "https://127.0.0.1:1/kitchensink/pets",
    "//evil.example/kitchensink/pets",
])
def test_absolute_urls_are_refused(gw: Server, target: str) -> None:
    status, headers, _ = raw_request(gw, f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert 400 <= status < 500
    assert headers["x-gateway-error"] in ("bad_request", "not_found")


@pytest.mark.usefixtures("untouched")
@pytest.mark.parametrize("target", [
    "/kitchensink/pets/../status",
    "/kitchensink/../plaid/identity/refresh",
    "/kitchensink/pets/./1",
    "/kitchensink/pets/%2e%2e",
    "/kitchensink/pets/%2E%2E/status",
    "/kitchensink/pets/1%2fphoto",
    "/kitchensink/pets/1%2Fphoto",
    "/kitchensink/pets/%5c..%5cadmin",
    "/kitchensink/pets/1%00",
    "/kitchensink/pets/%zz",
    "/kitchensink/pets/a b",
])
def test_traversal_and_encoded_separators_are_refused(gw: Server, target: str) -> None:
    status, headers, body = raw_request(gw, f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert 400 <= status < 500, body
    if status != 400 or "x-gateway-error" in headers:  # h11 itself rejects a raw space with a bare 400
        assert headers["x-gateway-error"] == "bad_request"


def test_encoded_percent_is_forwarded_verbatim(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    # "%25" is a literal percent sign: a harmless path parameter value, passed on exactly as sent.
    assert httpx.get(f"{gw.url}/kitchensink/pets/%252e%252e").status_code == 200
    assert upstream[1].last().path == "/v1/pets/%252e%252e"


@pytest.mark.usefixtures("untouched")
def test_other_hosts_cannot_be_reached(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    # A Host name that is not the gateway's (a DNS-rebinding page, or a request meant for another host).
    assert_refused(httpx.get(f"{gw.url}/kitchensink/status", headers={"Host": "evil.example"}), 403, "forbidden")
    # Environments are the spec's (and the config's) names, never URLs.
    response = httpx.get(f"{gw.url}/kitchensink/status", headers={"X-Gateway-Environment": "http://evil.example"})
    assert_refused(response, 400, "bad_request")
    assert "production, sandbox" in response.json()["error"]["message"]


def test_forwarding_headers_do_not_steer_the_request(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    headers = {"X-Forwarded-Host": "evil.example", "Forwarded": "host=evil.example", "X-Original-URL": "/admin",
               "X-HTTP-Method-Override": "DELETE"}
    assert httpx.get(f"{gw.url}/kitchensink/status", headers=headers).status_code == 200
    seen = upstream[1].last()
    assert (seen.method, seen.path) == ("GET", "/v1/status")
    assert seen.headers["host"] == upstream[0].url.removeprefix("http://")
    assert not {"x-forwarded-host", "forwarded", "x-original-url", "x-http-method-override"} & set(seen.headers)


@pytest.mark.usefixtures("untouched")
def test_oversized_bodies_are_refused(gw: Server) -> None:
    big = {"name": "x" * 2000, "petType": "dog"}
    assert_refused(httpx.post(f"{gw.url}/kitchensink/pets", json=big), 413, "payload_too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(8):
            yield b"y" * 200

    response = httpx.post(f"{gw.url}/kitchensink/pets", content=chunks(), headers={"Content-Type": "application/json"})
    assert_refused(response, 413, "payload_too_large")


def test_a_body_within_the_limit_passes(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    assert httpx.post(f"{gw.url}/kitchensink/pets", json={"name": "x" * 900, "petType": "dog"}).status_code == 200
    assert len(upstream[1].last().body) > 900


@pytest.mark.usefixtures("untouched")
def test_requests_from_other_origins_are_refused(gw: Server) -> None:
    # A simple request needs no preflight; without this refusal another site could spend the credentials.
    response = httpx.post(f"{gw.url}/plaid/identity/refresh", content="{}",
                          headers={"Origin": "https://evil.example", "Content-Type": "text/plain"})
    assert_refused(response, 403, "forbidden")
    assert "access-control-allow-origin" not in response.headers


def test_the_root_says_what_is_served(gw: Server) -> None:
    response = httpx.get(gw.url + "/")
    assert_refused(response, 404, "not_found")
    assert response.json()["error"]["message"] == (
        "send /<provider>/<path of a declared operation>; this gateway serves: kitchensink, plaid")


def test_requests_another_site_makes_without_cors_are_refused(gw: Server, upstream: tuple[Server, Upstream]) -> None:
    before = len(upstream[1].requests)
    # What an <img src> on another site sends: no Origin, but the browser names the relation.
    assert_refused(httpx.get(f"{gw.url}/kitchensink/pets", headers={"Sec-Fetch-Site": "cross-site"}), 403, "forbidden")
    assert len(upstream[1].requests) == before
    # Typed in the address bar, or sent by a program: allowed.
    assert httpx.get(f"{gw.url}/kitchensink/status", headers={"Sec-Fetch-Site": "none"}).status_code == 200
