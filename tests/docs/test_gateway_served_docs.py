"""The docs served by the real gateway (same origin) in headless Chromium, and the attack the
"null" origin allowed: a sandboxed frame on another local page spending the gateway's credentials."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config, ProviderConfig
from generator.gateway import create_app
from tests.conftest import REPO
from tests.gateway.support import Server as GatewayServer
from tests.gateway.support import Upstream, serve, upstream_app

from .support import PageWatch, static_server

pytestmark = pytest.mark.browser

PAGE = "plaid/docs/operations/identityrefresh.html"
HELD = {"PLAID_CLIENT_ID": "served-client-id-31", "PLAID_SECRET": "served-secret-value-8c2a"}


@pytest.fixture
def upstreams() -> Iterator[dict[str, tuple[GatewayServer, Upstream]]]:
    """Stand-ins for Plaid's sandbox and production servers, recording what reaches them."""
    sandbox, production = Upstream(), Upstream()
    with serve(upstream_app(sandbox)) as sandbox_server, serve(upstream_app(production)) as production_server:
        yield {"sandbox": (sandbox_server, sandbox), "production": (production_server, production)}


def gateway_config(site: Path, upstreams: dict[str, tuple[GatewayServer, Upstream]], allow_page: bool = False,
                   **server: Any) -> Config:
    urls = {name: s.url for name, (s, _) in upstreams.items()}
    provider = ProviderConfig("plaid", REPO / "specs" / "plaid" / "openapi.yaml",
                              gateway={"upstream": urls, "environment": "sandbox", "allow_page_credentials": allow_page})
    return Config(root=REPO, output=site, providers=(provider,), gateway=server)


def test_the_served_page_shows_what_the_gateway_does_and_sends_there(
        context: Any, site: Path, upstreams: dict[str, tuple[GatewayServer, Upstream]]) -> None:
    with serve(create_app(gateway_config(site, upstreams), environ=HELD)) as gw:
        watch = PageWatch()
        page = watch.attach(context.new_page())
        page.goto(f"{gw.url}/docs/{PAGE}")
        page.locator("#gateway-info").filter(has_text="credentials it holds").wait_for()
        assert page.get_by_label("Gateway URL").input_value() == gw.url
        info = page.locator("#gateway-info").inner_text()
        assert "requests to sandbox; default: sandbox" in info and "PLAID_CLIENT_ID, PLAID_SECRET" in info
        for credential in ("credential-0", "credential-1"):
            assert page.locator(f"#{credential}").is_hidden()
            assert "Held by the gateway" in page.locator(f"#{credential}-state").inner_text()
        options = page.locator("#gateway-environment option").all_inner_texts()
        assert options == ["The gateway's default: sandbox", f"sandbox · {upstreams['sandbox'][0].url}"]
        hint = page.locator("#send-hint").inner_text()
        assert f"to sandbox ({upstreams['sandbox'][0].url}), the gateway's default" in hint
        assert "production" not in hint
        page.get_by_label("access_token").fill("access-sandbox-served")
        page.get_by_role("button", name="Send request").click()
        page.locator("#response-status").filter(has_text="200").wait_for()
        used = page.locator("#response-credentials").inner_text()
        assert used == "Credentials used: PLAID_CLIENT_ID (held by the gateway), PLAID_SECRET (held by the gateway)."
        seen = upstreams["sandbox"][1].last()
        assert seen.headers["plaid-secret"] == HELD["PLAID_SECRET"]
        assert "x-gateway-environment" not in seen.headers
        assert upstreams["production"][1].requests == []
        # The test upstream echoes what it received; the page itself never held the secret.
        assert HELD["PLAID_SECRET"] not in json.dumps(page.evaluate("() => Object.assign({}, window.localStorage)"))
        assert watch.errors == [] and watch.dialogs == []


def test_page_credentials_are_kept_on_the_gateways_own_origin(
        context: Any, site: Path, upstreams: dict[str, tuple[GatewayServer, Upstream]]) -> None:
    with serve(create_app(gateway_config(site, upstreams, allow_page=True), environ={})) as gw:
        page = context.new_page()
        page.goto(f"{gw.url}/docs/{PAGE}")
        page.locator("#gateway-info").filter(has_text="credentials it holds: none").wait_for()
        page.get_by_label("PLAID-CLIENT-ID").fill("typed-client")
        page.get_by_label("PLAID-SECRET").fill("typed-secret")
        page.get_by_label("access_token").fill("access-sandbox-typed")
        page.get_by_role("button", name="Send request").click()
        page.locator("#response-status").filter(has_text="200").wait_for()
        assert page.locator("#response-credentials").inner_text() == \
            "Credentials used: PLAID_CLIENT_ID (from this page), PLAID_SECRET (from this page)."
        assert upstreams["sandbox"][1].last().headers["plaid-secret"] == "typed-secret"
        page.reload()
        page.locator("#gateway-info").filter(has_text="credentials it holds").wait_for()
        assert page.get_by_label("PLAID-SECRET").input_value() == "typed-secret"


def attack_page(folder: Path, gateway_url: str) -> None:
    """A local page with a sandboxed frame (origin "null") that posts through the gateway and reports
    whether it could read the answer."""
    script = f"""<script>
var url = {json.dumps(gateway_url + "/plaid/identity/refresh")};
fetch(url, {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain"}}, body: "{{}}"}}).catch(function () {{}});
fetch(url, {{method: "POST", headers: {{"Content-Type": "application/json"}}, body: JSON.stringify({{access_token: "x"}})}})
  .then(function (r) {{ return r.text(); }})
  .then(function (t) {{ parent.postMessage("read:" + t, "*"); }}, function (e) {{ parent.postMessage("failed:" + e, "*"); }});
</script>"""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "attack.html").write_text(
        "<!doctype html><html><body><p id=result>pending</p>"
        f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(script, quote=True)}"></iframe>'
        "<script>addEventListener('message', function (e) { document.getElementById('result').textContent = e.data; });</script>"
        "</body></html>", "utf-8")


@pytest.mark.parametrize("opt_in", [False, True])
def test_a_sandboxed_frame_on_another_local_page_cannot_spend_the_credentials(
        context: Any, site: Path, tmp_path: Path, upstreams: dict[str, tuple[GatewayServer, Upstream]], opt_in: bool) -> None:
    attacker = static_server(tmp_path)
    try:
        # The frame's parent origin is even an allowed one; the frame itself has the origin "null".
        origins = [attacker.url, *(["null"] if opt_in else [])]
        cfg = gateway_config(site, upstreams, cors_origins=origins, allow_insecure_origins=opt_in)
        with serve(create_app(cfg, environ=HELD)) as gw:
            attack_page(tmp_path, gw.url)
            page = context.new_page()
            page.goto(f"{attacker.url}/attack.html")
            result = page.locator("#result")
            result.filter(has_text=":").wait_for()
            sandbox = upstreams["sandbox"][1]
            if opt_in:  # what the old advice allowed: the frame read the API's answer
                assert result.inner_text().startswith("read:")
                assert sandbox.last().headers["plaid-secret"] == HELD["PLAID_SECRET"]
            else:
                assert result.inner_text().startswith("failed:")
                assert sandbox.requests == [], "a request from the sandboxed frame reached the upstream"
    finally:
        attacker.httpd.shutdown()
