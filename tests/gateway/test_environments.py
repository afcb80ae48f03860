"""The gateway, not the page, decides where secrets go: a page naming another environment than the
operator allowed is refused before anything leaves, and the info endpoint says what the gateway will do."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from generator.gateway import create_app
from generator.gateway.settings import GatewayConfigError
from tests.gateway.support import Server, Upstream, config, gateway, serve, upstream_app

SECRET = "env-secret-value-5d1e"
CREDENTIALS = {"PLAID_CLIENT_ID": "env-client-id-77", "PLAID_SECRET": SECRET}


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, tuple[Server, Upstream]]]:
    """Two loopback upstreams standing in for Plaid's sandbox and production."""
    sandbox, production = Upstream(), Upstream()
    with serve(upstream_app(sandbox)) as sandbox_server, serve(upstream_app(production)) as production_server:
        yield {"sandbox": (sandbox_server, sandbox), "production": (production_server, production)}


def urls(servers: dict[str, tuple[Server, Upstream]]) -> dict[str, str]:
    return {name: server.url for name, (server, _) in servers.items()}


def test_a_page_cannot_send_the_secret_to_an_environment_the_operator_did_not_choose(
        servers: dict[str, tuple[Server, Upstream]]) -> None:
    cfg = config({"plaid": {"upstream": urls(servers), "environment": "sandbox"}})
    production = servers["production"][1]
    before = len(production.requests)
    with gateway(cfg, CREDENTIALS) as gw:
        # What the page used to send: its first option, production.
        refused = httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"X-Gateway-Environment": "production"})
        assert refused.status_code == 403
        assert refused.headers["x-gateway-error"] == "forbidden"
        assert "only to sandbox" in refused.json()["error"]["message"]
        assert SECRET not in refused.text
        answered = httpx.post(f"{gw.url}/plaid/identity/refresh", json={})
    assert answered.status_code == 200
    assert len(production.requests) == before, "the secret left for the production server"
    assert servers["sandbox"][1].last().headers["plaid-secret"] == SECRET


def test_the_operator_can_allow_several_environments(servers: dict[str, tuple[Server, Upstream]]) -> None:
    choices = {**urls(servers), "staging": servers["sandbox"][0].url}
    cfg = config({"plaid": {"upstream": choices, "environment": "sandbox", "environments": ["sandbox", "production"]}})
    with gateway(cfg, CREDENTIALS) as gw:
        chosen = httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"X-Gateway-Environment": "production"})
        assert chosen.status_code == 200
        refused = httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"X-Gateway-Environment": "staging"})
        assert refused.status_code == 403
    assert servers["production"][1].last().headers["plaid-secret"] == SECRET


def test_the_info_endpoint_tells_what_the_gateway_will_do_without_values(
        servers: dict[str, tuple[Server, Upstream]]) -> None:
    cfg = config({"plaid": {"upstream": urls(servers), "environment": "sandbox"},
                  "kitchensink": {"allow_page_credentials": True, "upstream": servers["sandbox"][0].url}},
                 cors_origins=["http://docs.test"])
    with gateway(cfg, CREDENTIALS) as gw:
        info = httpx.get(f"{gw.url}/_gateway/providers/plaid", headers={"Origin": "http://docs.test"})
        kitchensink = httpx.get(f"{gw.url}/_gateway/providers/kitchensink").json()
        other_site = httpx.get(f"{gw.url}/_gateway/providers/plaid", headers={"Origin": "https://evil.example"})
        missing = httpx.get(f"{gw.url}/_gateway/providers/nothing")
    assert info.status_code == 200
    assert info.headers["access-control-allow-origin"] == "http://docs.test"
    body = info.json()
    assert body["default"] == "sandbox"
    assert body["environments"] == [{"name": "sandbox", "url": servers["sandbox"][0].url}]
    assert body["credentials"] == {"held": ["PLAID_CLIENT_ID", "PLAID_SECRET"], "from_page": []}
    assert SECRET not in info.text and "env-client-id-77" not in info.text
    # Nothing configured: every environment, all to the one upstream; page credentials where the gateway has none.
    assert {e["url"] for e in kitchensink["environments"]} == {servers["sandbox"][0].url}
    assert kitchensink["credentials"]["held"] == [] and "KITCHENSINK_BEARER_AUTH" in kitchensink["credentials"]["from_page"]
    assert other_site.status_code == 403
    assert missing.status_code == 404


def test_environments_must_be_the_specs_and_include_the_default() -> None:
    with pytest.raises(GatewayConfigError, match="'qa' is not an environment"):
        create_app(config({"plaid": {"environments": ["qa"]}}), environ={})
    with pytest.raises(GatewayConfigError, match="must include the default"):
        create_app(config({"plaid": {"environment": "sandbox", "environments": ["production"]}}), environ={})
