"""The page, the real gateway (generator.gateway, under uvicorn) and a loopback upstream: what the
form holds reaches the upstream with the credentials injected, and the answer shows on the page."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import uvicorn

from generator.config import Config, ProviderConfig
from tests.conftest import REPO

from .support import PageWatch, ProtocolServer, Server, protocol_server

pytestmark = pytest.mark.browser

PAGE = "plaid/docs/operations/identityrefresh.html"
TOKEN = "access-sandbox-e2e-0001"


class Uvicorn:
    def __init__(self, app: Any) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "the gateway did not start"
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def upstream() -> Iterator[ProtocolServer]:
    """Stands in for Plaid: answers every request with JSON, keeps what it received."""
    server = protocol_server(prefix="/")
    yield server
    server.server.close()


@pytest.fixture
def start_gateway(upstream: ProtocolServer) -> Iterator[Callable[[list[str]], str]]:
    """Starts the real gateway for specs/plaid, forwarding to the loopback upstream, allowing these origins."""
    from generator.gateway import create_app

    running: list[Uvicorn] = []

    def start(origins: list[str]) -> str:
        provider = ProviderConfig(
            "plaid",
            REPO / "specs" / "plaid" / "openapi.yaml",
            gateway={"upstream": upstream.url, "allow_page_credentials": True},
        )
        # "null" (pages opened from disk) only with the documented opt-in.
        server = {"cors_origins": origins, "allow_insecure_origins": "null" in origins}
        config = Config(root=REPO, output=REPO / "generated", providers=(provider,), gateway=server)
        running.append(Uvicorn(create_app(config, environ={})))
        return running[-1].url

    yield start
    for server in running:
        server.stop()


@pytest.mark.parametrize("via", ["http", "file"])
def test_send_through_the_real_gateway(
    context: Any, site: Path, site_server: Server, start_gateway: Callable[[list[str]], str], upstream: ProtocolServer, via: str
) -> None:
    # A page opened from disk has the origin "null"; the gateway must list it to answer that page.
    gateway = start_gateway([site_server.url] if via == "http" else ["null"])
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto(f"{site_server.url}/{PAGE}" if via == "http" else (site / PAGE).as_uri())
    page.get_by_label("PLAID-CLIENT-ID").fill("client-e2e")
    page.get_by_label("PLAID-SECRET").fill("secret-e2e")
    page.get_by_label("Gateway URL").fill(gateway)
    page.get_by_label("Environment").select_option("sandbox")
    page.get_by_label("access_token").fill(TOKEN)
    page.get_by_role("button", name="Send request").click()
    page.locator("#response-status").filter(has_text="200").wait_for()
    body = json.loads(page.locator("#response-body").inner_text())
    assert body["request_id"] == "req-loopback-1"
    assert body["echo"] == {"access_token": TOKEN}
    assert "plaid-request-id" in (page.locator("#response-headers").text_content() or "").lower()
    assert len(upstream.requests) == 1
    seen = upstream.requests[0]
    assert (seen.method, seen.path) == ("POST", "/identity/refresh")
    assert seen.headers["plaid-client-id"] == "client-e2e"
    assert seen.headers["plaid-secret"] == "secret-e2e"
    assert not any(name.startswith("x-gateway-") for name in seen.headers)
    assert json.loads(seen.body) == {"access_token": TOKEN}
    assert watch.errors == [] and watch.dialogs == []


def test_an_origin_the_gateway_does_not_allow_is_explained(
    context: Any, site: Path, site_server: Server, start_gateway: Callable[[list[str]], str], upstream: ProtocolServer
) -> None:
    gateway = start_gateway([site_server.url])
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto((site / PAGE).as_uri())  # origin "null", not in gateway.cors_origins
    page.get_by_label("Gateway URL").fill(gateway)
    page.get_by_label("access_token").fill(TOKEN)
    page.get_by_role("button", name="Send request").click()
    message = page.locator("#response-message")
    message.wait_for()
    assert "cors_origins" in message.inner_text() and "null" in message.inner_text()
    assert all("CORS" in e or "Failed to load resource" in e or "Access-Control" in e for e in watch.errors), watch.errors
