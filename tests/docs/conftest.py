"""Fixtures for the docs tests: the generated site for specs/, loopback servers, headless Chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.config import ProviderConfig
from generator.spec_to_api import load_api
from tests.conftest import PLAID_FULL, require_shared

from .support import CHROMIUM, CHROMIUM_ARGS, ProtocolServer, Server, generate_docs, protocol_server, static_server


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """specs/ rendered by the docs target into a fresh directory (generated/ is checked by the golden test)."""
    return generate_docs(tmp_path_factory.mktemp("docs-site"))


@pytest.fixture(scope="session")
def full_plaid_docs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The docs of the full Plaid spec (generated once per session) and its model."""
    require_shared()
    out = tmp_path_factory.mktemp("plaid-full")
    generate_docs(out, (ProviderConfig("plaid", PLAID_FULL, targets=("docs", "snippets")),))
    return out / "plaid" / "docs", load_api(PLAID_FULL, "plaid").api


@pytest.fixture(scope="session")
def site_server(site: Path) -> Iterator[Server]:
    server = static_server(site)
    yield server
    server.close()


@pytest.fixture
def gateway_stub() -> Iterator[ProtocolServer]:
    server = protocol_server()
    yield server
    server.server.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium per test module. Not per session: Playwright's sync API keeps an event loop
    running while it is open, and other test modules in the same worker start their own."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A fresh browser profile per test: storage from one test never leaks into the next."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    yield ctx
    ctx.close()
