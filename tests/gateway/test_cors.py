"""CORS for the configured docs origins, preflight included; "*" only when written in the config."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from generator.gateway import create_app
from generator.gateway.settings import GatewayConfigError
from tests.gateway.support import Server, Upstream, config, gateway, serve, upstream_app

DOCS = "http://127.0.0.1:8000"
PAGE_REQUEST_HEADERS = "content-type, x-gateway-environment, x-gateway-credential-plaid-client-id, x-gateway-credential-plaid-secret"


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[Server, Upstream]]:
    record = Upstream()
    with serve(upstream_app(record)) as server:
        yield server, record


@pytest.fixture(scope="module")
def gw(upstream: tuple[Server, Upstream]) -> Iterator[Server]:
    cfg = config({"plaid": {"upstream": upstream[0].url}, "kitchensink": {"upstream": upstream[0].url}},
                 cors_origins=[DOCS, "https://docs.example.com"])
    with gateway(cfg) as server:
        yield server


def preflight(gw: Server, origin: str, method: str = "POST", headers: str = PAGE_REQUEST_HEADERS) -> httpx.Response:
    return httpx.options(f"{gw.url}/plaid/identity/refresh", headers={
        "Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers})


def test_preflight_from_an_allowed_origin(gw: Server) -> None:
    response = preflight(gw, DOCS)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == DOCS
    assert "POST" in response.headers["access-control-allow-methods"].split(", ")
    allowed = response.headers["access-control-allow-headers"].lower().split(", ")
    for header in PAGE_REQUEST_HEADERS.split(", "):
        assert header in allowed
    assert "x-trace-id" in allowed  # a header parameter a kitchensink operation declares
    assert "origin" in response.headers["vary"].lower()


def test_preflight_from_a_disallowed_origin(gw: Server) -> None:
    response = preflight(gw, "https://evil.example")
    assert response.status_code == 403
    assert response.headers["x-gateway-error"] == "forbidden"
    assert "access-control-allow-origin" not in response.headers
    assert "origin is not in gateway.cors_origins" in response.json()["error"]["message"]


def test_preflight_asking_for_an_unknown_header_or_method(gw: Server) -> None:
    assert preflight(gw, DOCS, headers="content-type, x-something-else").status_code == 403
    assert preflight(gw, DOCS, method="TRACE").status_code == 403


def test_preflight_for_private_network_access(gw: Server) -> None:
    response = httpx.options(f"{gw.url}/plaid/identity/refresh", headers={
        "Origin": "https://docs.example.com", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Private-Network": "true"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-private-network"] == "true"


def test_actual_request_from_an_allowed_origin_exposes_the_request_id(gw: Server) -> None:
    response = httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"Origin": DOCS})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == DOCS
    exposed = response.headers["access-control-expose-headers"].lower().split(", ")
    assert "x-request-id" in exposed and "x-gateway-error" in exposed
    assert response.headers["x-request-id"] == "upstream-req-42"


def test_the_upstreams_vary_is_kept_beside_origin(gw: Server) -> None:
    # Caches must key the answer on both: what the upstream varies on, and the origin CORS answered.
    allowed = httpx.get(f"{gw.url}/kitchensink/status?mode=vary", headers={"Origin": DOCS})
    assert allowed.headers["access-control-allow-origin"] == DOCS
    assert allowed.headers.get_list("vary") == ["Accept-Encoding, Origin"]
    without_origin = httpx.get(f"{gw.url}/kitchensink/status?mode=vary")
    assert "access-control-allow-origin" not in without_origin.headers
    assert without_origin.headers.get_list("vary") == ["Accept-Encoding, Origin"]


def test_gateway_errors_carry_cors_headers_for_allowed_origins(gw: Server) -> None:
    # The page must be able to read why the gateway refused.
    response = httpx.get(f"{gw.url}/plaid/nothing-here", headers={"Origin": DOCS})
    assert response.status_code == 404
    assert response.headers["access-control-allow-origin"] == DOCS


def test_no_origin_is_allowed_unless_configured(upstream: tuple[Server, Upstream]) -> None:
    with gateway(config({"plaid": {"upstream": upstream[0].url}})) as gw:
        assert preflight(gw, DOCS).status_code == 403
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"Origin": DOCS}).status_code == 403
        # Callers that are not browsers send no Origin and are not CORS's concern.
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}).status_code == 200


@pytest.mark.parametrize("origin", ["*", "null"])
def test_insecure_origins_are_refused_without_the_opt_in(origin: str) -> None:
    with pytest.raises(GatewayConfigError, match="allow_insecure_origins"):
        create_app(config({"plaid": {}}, cors_origins=[origin]), environ={})
    with pytest.raises(GatewayConfigError, match="allow_insecure_origins must be true or false"):
        create_app(config({"plaid": {}}, cors_origins=[origin], allow_insecure_origins="yes"), environ={})


def test_any_origin_only_when_written_explicitly_with_the_opt_in(upstream: tuple[Server, Upstream]) -> None:
    cfg = config({"plaid": {"upstream": upstream[0].url}}, cors_origins=["*"], allow_insecure_origins=True)
    with gateway(cfg) as gw:
        response = preflight(gw, "https://anywhere.example")
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == "*"
        actual = httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"Origin": "https://anywhere.example"})
        assert actual.headers["access-control-allow-origin"] == "*"
