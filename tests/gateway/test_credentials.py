"""Credentials injected where each security scheme says, asserted by a real upstream on loopback."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.config import Config, ProviderConfig
from tests.conftest import REPO
from tests.gateway.support import (
    OAUTH_CLIENT_ID,
    OAUTH_CLIENT_SECRET,
    OAUTH_TOKEN,
    Server,
    Upstream,
    config,
    gateway,
    serve,
    upstream_app,
)

SECRETS = {
    "KITCHENSINK_BEARER_AUTH": "bearer-secret-91c2",
    "KITCHENSINK_BASIC_AUTH_USERNAME": "basic-user",
    "KITCHENSINK_BASIC_AUTH_PASSWORD": "basic-pass-77de",
    "KITCHENSINK_API_KEY_HEADER": "header-key-5a1f",
    "KITCHENSINK_API_KEY_QUERY": "query-key-0c3e",
    "KITCHENSINK_API_KEY_COOKIE": "cookie-key-e4b9",
    "KITCHENSINK_OAUTH2_CLIENT_ID": OAUTH_CLIENT_ID,
    "KITCHENSINK_OAUTH2_CLIENT_SECRET": OAUTH_CLIENT_SECRET,
}


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[Server, Upstream]]:
    record = Upstream()
    with serve(upstream_app(record)) as server:
        yield server, record


@pytest.fixture(scope="module")
def configured(upstream: tuple[Server, Upstream]) -> Iterator[Server]:
    """Kitchensink credentials from generator.yaml, Plaid's from the environment."""
    server, _ = upstream
    cfg = config({
        "kitchensink": {"upstream": server.url + "/v1", "credentials": SECRETS},
        "plaid": {"upstream": server.url},
    })
    with gateway(cfg, environ={"PLAID_CLIENT_ID": "plaid-client-env", "PLAID_SECRET": "plaid-secret-env"}) as gw:
        yield gw


def test_bearer_goes_in_the_authorization_header(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    response = httpx.get(f"{configured.url}/kitchensink/pets", params={"limit": 2})
    assert response.status_code == 200
    seen = upstream[1].last()
    assert (seen.method, seen.path, seen.query) == ("GET", "/v1/pets", "limit=2")
    assert seen.headers["authorization"] == "Bearer bearer-secret-91c2"


def test_basic_encodes_username_and_password(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    assert httpx.delete(f"{configured.url}/kitchensink/pets/17").status_code == 200
    seen = upstream[1].last()
    assert (seen.method, seen.path) == ("DELETE", "/v1/pets/17")
    assert seen.headers["authorization"] == "Basic " + base64.b64encode(b"basic-user:basic-pass-77de").decode()


def test_api_key_in_a_header(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    response = httpx.post(f"{configured.url}/kitchensink/pets", json={"name": "Rex", "petType": "dog"})
    assert response.status_code == 200
    seen = upstream[1].last()
    assert seen.headers["x-api-key"] == "header-key-5a1f"
    assert seen.headers["content-type"] == "application/json"
    assert seen.body == b'{"name":"Rex","petType":"dog"}'
    assert "authorization" not in seen.headers


def test_api_key_in_the_query_keeps_the_page_query(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    assert httpx.get(f"{configured.url}/kitchensink/search?q=a%20b&ids=1,2").status_code == 200
    assert upstream[1].last().query == "q=a%20b&ids=1,2&api_key=query-key-0c3e"


def test_api_key_in_a_cookie(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    response = httpx.post(f"{configured.url}/kitchensink/contact", data={"name": "Ann", "message": "hi"})
    assert response.status_code == 200
    seen = upstream[1].last()
    assert seen.headers["cookie"] == "session=cookie-key-e4b9"
    assert seen.body == b"name=Ann&message=hi"


def test_oauth2_client_credentials_fetches_a_token_once(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    record = upstream[1]
    before = len(record.token_requests)
    for _ in range(3):
        assert httpx.get(f"{configured.url}/kitchensink/store/inventory").status_code == 200
        assert record.last().headers["authorization"] == f"Bearer {OAUTH_TOKEN}"
    fetched = record.token_requests[before:]
    assert len(fetched) == 1, "the token is cached until shortly before it expires"
    assert fetched[0].path == "/oauth/token"  # the spec's relative tokenUrl, against the upstream
    assert b"grant_type=client_credentials" in fetched[0].body and b"scope=inventory%3Aread" in fetched[0].body


def test_anonymous_operation_gets_no_credential(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    assert httpx.get(f"{configured.url}/kitchensink/status").status_code == 200
    seen = upstream[1].last()
    assert "authorization" not in seen.headers and "cookie" not in seen.headers and "api_key" not in seen.query


def test_plaid_headers_from_the_gateway_environment(configured: Server, upstream: tuple[Server, Upstream]) -> None:
    response = httpx.post(f"{configured.url}/plaid/identity/refresh", json={"access_token": "access-sandbox-1"})
    assert response.status_code == 200
    seen = upstream[1].last()
    assert seen.path == "/identity/refresh"
    assert seen.headers["plaid-client-id"] == "plaid-client-env"
    assert seen.headers["plaid-secret"] == "plaid-secret-env"


def test_config_wins_over_the_environment(upstream: tuple[Server, Upstream]) -> None:
    server, record = upstream
    cfg = config({"plaid": {"upstream": server.url, "credentials": {"PLAID_SECRET": "from-config"}}})
    with gateway(cfg, environ={"PLAID_CLIENT_ID": "from-env", "PLAID_SECRET": "from-env-too"}) as gw:
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}).status_code == 200
    assert record.last().headers["plaid-secret"] == "from-config"
    assert record.last().headers["plaid-client-id"] == "from-env"


PAGE_HEADERS = {
    "X-Gateway-Credential-KITCHENSINK-BEARER-AUTH": "page-bearer-6d0a",
    "x-gateway-credential-kitchensink-api-key-query": "page-query-key",  # names match case-insensitively
    "Authorization": "Bearer page-sent-directly",  # not the protocol: never forwarded
}


def test_page_credentials_are_ignored_unless_allowed(upstream: tuple[Server, Upstream]) -> None:
    server, record = upstream
    with gateway(config({"kitchensink": {"upstream": server.url + "/v1"}})) as gw:
        assert httpx.get(f"{gw.url}/kitchensink/pets", headers=PAGE_HEADERS).status_code == 200
        seen = record.last()
        assert "authorization" not in seen.headers
        assert not any(name.startswith("x-gateway-") for name in seen.headers)
        # A credential slipped into the query by the page is dropped too.
        assert httpx.get(f"{gw.url}/kitchensink/search?q=x&api_key=page-typed", headers=PAGE_HEADERS).status_code == 200
        assert record.last().query == "q=x"


def test_page_credentials_are_used_when_allowed(upstream: tuple[Server, Upstream]) -> None:
    server, record = upstream
    cfg = config({"kitchensink": {"upstream": server.url + "/v1", "allow_page_credentials": True}})
    with gateway(cfg) as gw:
        assert httpx.get(f"{gw.url}/kitchensink/pets", headers=PAGE_HEADERS).status_code == 200
        assert record.last().headers["authorization"] == "Bearer page-bearer-6d0a"
        assert not any(name.startswith("x-gateway-") for name in record.last().headers)
        assert httpx.get(f"{gw.url}/kitchensink/search?q=x&api_key=page-typed", headers=PAGE_HEADERS).status_code == 200
        assert record.last().query == "q=x&api_key=page-query-key"


def test_gateway_credentials_take_precedence_over_the_page(upstream: tuple[Server, Upstream]) -> None:
    server, record = upstream
    cfg = config({"kitchensink": {"upstream": server.url + "/v1", "allow_page_credentials": True,
                                  "credentials": {"KITCHENSINK_BEARER_AUTH": "gateway-own"}}})
    with gateway(cfg) as gw:
        assert httpx.get(f"{gw.url}/kitchensink/pets", headers=PAGE_HEADERS).status_code == 200
    assert record.last().headers["authorization"] == "Bearer gateway-own"


def test_a_refused_token_request_is_a_502_that_names_no_secret(upstream: tuple[Server, Upstream]) -> None:
    server, record = upstream
    wrong = {**SECRETS, "KITCHENSINK_OAUTH2_CLIENT_SECRET": "wrong-oauth-secret-5e"}
    with gateway(config({"kitchensink": {"upstream": server.url + "/v1", "credentials": wrong}})) as gw:
        before = len(record.requests)
        response = httpx.get(f"{gw.url}/kitchensink/store/inventory")
    assert response.status_code == 502
    assert response.headers["x-gateway-error"] == "upstream_unreachable"
    assert "answered 401 without an access_token" in response.json()["error"]["message"]
    assert "wrong-oauth-secret-5e" not in response.text
    assert len(record.requests) == before  # no request goes out without its token


def test_a_declared_authorization_parameter_is_a_parameter_where_no_scheme_claims_it(
        upstream: tuple[Server, Upstream], tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("""
openapi: 3.0.3
info: {title: Plain, version: 1.0.0}
servers: [{url: https://plain.example}]
paths:
  /whoami:
    get:
      operationId: whoAmI
      parameters:
        - {name: Authorization, in: header, required: true, schema: {type: string}}
      responses: {'200': {description: ok}}
""", "utf-8")
    server, record = upstream
    cfg = Config(REPO, REPO / "generated", (ProviderConfig("plain", spec, gateway={"upstream": server.url}),))
    with gateway(cfg) as gw:
        assert httpx.get(f"{gw.url}/plain/whoami", headers={"Authorization": "Token typed-in-the-form"}).status_code == 200
    assert record.last().headers["authorization"] == "Token typed-in-the-form"
