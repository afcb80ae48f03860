"""The generated Plaid identity/refresh page in headless Chromium: the seed's sections in order,
the live snippet, saved settings, sending through a gateway, keyboard use, screenshots."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config, target_options
from generator.context import ApiContext
from generator.snippets import CLIENTS, render_snippet
from generator.spec_to_api import load_api
from tests.conftest import REPO

from .support import SCREENSHOTS, closed_port, SEED, PageWatch, ProtocolServer, Server, missing_in_order, seed_lines

pytestmark = pytest.mark.browser

PAGE = "plaid/docs/operations/identityrefresh.html"
TOKEN = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"


def open_page(context: Any, url: str) -> tuple[Any, PageWatch]:
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto(url)
    page.wait_for_load_state("load")
    return page, watch


@pytest.fixture(scope="module")
def plaid() -> tuple[Any, Any, Any]:
    provider = next(p for p in load_config(REPO / "generator.yaml").providers if p.name == "plaid")
    api = load_api(provider.spec, "plaid").api
    assert api is not None
    operation = next(op for op in api.operations if op.names.ts == "identityrefresh")
    return api, operation, target_options(provider, api.version, api.docs_url)


@pytest.mark.parametrize("via", ["file", "http"])
def test_seed_sections_appear_in_order(context: Any, site: Path, site_server: Server, via: str) -> None:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is absent (CI has shared/ beside the checkout)")
    url = (site / PAGE).as_uri() if via == "file" else f"{site_server.url}/{PAGE}"
    page, watch = open_page(context, url)
    text = page.inner_text("body")
    expected = seed_lines()
    assert len(expected) > 15
    assert missing_in_order(text, expected) == [], text
    assert page.locator("#identityrefresh").count() == 1
    assert watch.errors == [] and watch.dialogs == []


def test_typing_updates_every_snippet(context: Any, site: Path, plaid: tuple[Any, Any, Any]) -> None:
    api, operation, options = plaid
    page, watch = open_page(context, (site / PAGE).as_uri())
    codes = page.locator("[data-snippet]")
    languages = [codes.nth(i).get_attribute("data-snippet") for i in range(codes.count())]
    assert languages == [c.language for c in CLIENTS] and languages[0] == "typescript"
    for language in languages:
        assert page.locator(f'[data-snippet="{language}"]').text_content() == render_snippet(ApiContext(api, options), operation, language, {})
    page.get_by_label("access_token").type(TOKEN[:12])
    page.get_by_label("access_token").fill(TOKEN)
    for language in languages:
        expected = render_snippet(ApiContext(api, options), operation, language, {"access_token": TOKEN})
        assert TOKEN in expected
        assert page.locator(f'[data-snippet="{language}"]').text_content() == expected, language
    page.get_by_label("access_token").fill("")
    assert page.locator('[data-snippet="typescript"]').text_content() == render_snippet(ApiContext(api, options), operation, "typescript", {})
    assert watch.errors == []


def test_credentials_and_gateway_survive_reload_until_forgotten(context: Any, site_server: Server) -> None:
    page, watch = open_page(context, f"{site_server.url}/{PAGE}")
    page.get_by_label("PLAID-CLIENT-ID").fill("client-123")
    page.get_by_label("PLAID-SECRET").fill("secret-456")
    page.get_by_label("Gateway URL").fill("http://127.0.0.1:9")
    page.get_by_label("Environment").select_option("sandbox")
    page.reload()
    assert page.get_by_label("PLAID-CLIENT-ID").input_value() == "client-123"
    assert page.get_by_label("PLAID-SECRET").input_value() == "secret-456"
    assert page.get_by_label("Gateway URL").input_value() == "http://127.0.0.1:9"
    assert page.get_by_label("Environment").input_value() == "sandbox"
    assert page.locator("#send").is_enabled()
    # Another page of the same provider shares the saved values.
    page.goto(f"{site_server.url}/plaid/docs/index.html")
    page.goto(f"{site_server.url}/{PAGE}")
    assert page.get_by_label("PLAID-CLIENT-ID").input_value() == "client-123"
    page.get_by_role("button", name="Forget saved credentials").click()
    assert page.get_by_label("PLAID-CLIENT-ID").input_value() == ""
    assert page.get_by_label("Gateway URL").input_value() == ""
    assert page.locator("#send").is_disabled()
    page.reload()
    assert page.get_by_label("PLAID-CLIENT-ID").input_value() == ""
    assert page.get_by_label("PLAID-SECRET").input_value() == ""
    assert page.get_by_label("Gateway URL").input_value() == ""
    assert page.evaluate("() => window.localStorage.getItem('utdk-docs:plaid')") is None
    assert watch.errors == []


def test_send_is_disabled_without_a_gateway_url(context: Any, site: Path) -> None:
    page, watch = open_page(context, (site / PAGE).as_uri())
    send = page.get_by_role("button", name="Send request")
    assert send.is_disabled()
    assert page.locator("#send-hint").inner_text() == "Enter a gateway URL above to enable sending."
    page.get_by_label("Gateway URL").fill("not a url")
    assert send.is_disabled()
    assert "full URL" in page.locator("#gateway-url-error").inner_text()
    page.get_by_label("Gateway URL").fill("http://127.0.0.1:8787")
    assert send.is_enabled()
    assert watch.errors == []


def test_send_shows_the_response_from_the_gateway(context: Any, site_server: Server, gateway_stub: ProtocolServer) -> None:
    page, watch = open_page(context, f"{site_server.url}/{PAGE}")
    page.get_by_label("PLAID-CLIENT-ID").fill("client-123")
    page.get_by_label("PLAID-SECRET").fill("secret-456")
    page.get_by_label("Gateway URL").fill(gateway_stub.url + "/")
    page.get_by_label("Environment").select_option("sandbox")
    page.get_by_label("access_token").fill(TOKEN)
    page.get_by_role("button", name="Send request").click()
    status = page.locator("#response-status")
    status.filter(has_text="200").wait_for()
    assert "ms" in status.inner_text()
    assert page.locator("#response-request").inner_text() == f"POST {gateway_stub.url}/plaid/identity/refresh"
    body = json.loads(page.locator("#response-body").inner_text())
    assert body == {"request_id": "req-loopback-1", "echo": {"access_token": TOKEN}}
    assert (page.locator("#response-headers").text_content() or "").lower().count("plaid-request-id") == 1
    sent = [r for r in gateway_stub.requests if r.method == "POST"]
    assert len(sent) == 1
    request = sent[0]
    assert request.path == "/plaid/identity/refresh"
    assert request.headers["x-gateway-credential-plaid-client-id"] == "client-123"
    assert request.headers["x-gateway-credential-plaid-secret"] == "secret-456"
    assert request.headers["x-gateway-environment"] == "sandbox"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.body) == {"access_token": TOKEN}
    assert watch.errors == [] and watch.dialogs == []


def test_required_fields_are_asked_for_before_sending(context: Any, site: Path, gateway_stub: ProtocolServer) -> None:
    page, watch = open_page(context, (site / PAGE).as_uri())
    page.get_by_label("Gateway URL").fill(gateway_stub.url)
    page.get_by_role("button", name="Send request").click()
    assert "access_token" in page.locator("#response-message").inner_text()
    assert gateway_stub.requests == []
    assert watch.errors == []


def test_unreachable_gateway_is_explained_in_plain_words(context: Any, site: Path) -> None:
    page, watch = open_page(context, (site / PAGE).as_uri())
    page.get_by_label("Gateway URL").fill(f"http://127.0.0.1:{closed_port()}")
    page.get_by_label("access_token").fill(TOKEN)
    page.get_by_role("button", name="Send request").click()
    message = page.locator("#response-message")
    message.wait_for()
    text = message.inner_text()
    assert "not running" in text and "cors_origins" in text and "null" in text
    assert page.locator("#response-status").inner_text() == "Network error"
    # The browser itself logs the refused connection; nothing else may appear.
    assert all("ERR_CONNECTION_REFUSED" in e or "Failed to fetch" in e for e in watch.errors), watch.errors


def test_keyboard_moves_between_snippet_tabs(context: Any, site: Path) -> None:
    page, watch = open_page(context, (site / PAGE).as_uri())
    page.get_by_role("tab", name="TypeScript").focus()
    page.keyboard.press("ArrowRight")
    python_tab = page.get_by_role("tab", name="Python")
    assert python_tab.get_attribute("aria-selected") == "true"
    assert page.evaluate("() => document.activeElement.textContent") == "Python"
    assert page.locator("#snippet-python").is_visible() and not page.locator("#snippet-typescript").is_visible()
    page.keyboard.press("End")
    assert page.get_by_role("tab", name="curl").get_attribute("aria-selected") == "true"
    assert watch.errors == []


def test_every_form_control_has_a_label(context: Any, site: Path) -> None:
    for name in ("plaid/docs/operations/identityrefresh.html", "kitchensink/docs/operations/listpets.html", "kitchensink/docs/operations/submitcontactform.html"):
        page, watch = open_page(context, (site / name).as_uri())
        unlabeled = page.evaluate(
            """() => Array.from(document.querySelectorAll('input, select, textarea'))
                 .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
                 .map(el => el.id || el.outerHTML)"""
        )
        assert unlabeled == [], (name, unlabeled)
        assert watch.errors == []


def test_widgets_follow_types(context: Any, site: Path) -> None:
    page, watch = open_page(context, (site / "kitchensink/docs/operations/listpets.html").as_uri())
    limit = page.get_by_label("limit")
    limit.fill("12x")
    assert page.locator("#input-0-error").inner_text() == "Enter a whole number, such as 42."
    assert limit.get_attribute("aria-invalid") == "true"
    limit.fill("12")
    assert limit.get_attribute("aria-invalid") == "false"
    status = page.get_by_label("status", exact=True)
    assert status.evaluate("el => el.tagName") == "TEXTAREA"  # an array: JSON text
    status.fill('["available", ')
    assert "Not valid JSON" in page.locator("#input-1-error").inner_text()
    status.fill('["available"]')
    assert page.locator("#input-1-error").inner_text() == ""
    page.goto((site / "kitchensink/docs/operations/downloadreport.html").as_uri())
    assert page.get_by_label("format").evaluate("el => Array.from(el.options).map(o => o.textContent)") == ["Not set", "csv", "pdf"]
    page.goto((site / "kitchensink/docs/operations/submitcontactform.html").as_uri())
    subscribe = page.get_by_label("subscribe", exact=True)
    assert subscribe.get_attribute("type") == "checkbox"
    assert watch.errors == []


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_screenshots(browser: Any, site: Path, width: int, height: int) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        for name, url in (("plaid-identityrefresh", site / PAGE), ("plaid-index", site / "plaid/docs/index.html"), ("kitchensink-index", site / "kitchensink/docs/index.html")):
            page, watch = open_page(context, url.as_uri())
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}x{height}.png"), full_page=True)
            assert watch.errors == []
    finally:
        context.close()


def test_copy_button_copies_the_shown_snippet(browser: Any, site: Path, plaid: tuple[Any, Any, Any]) -> None:
    api, operation, options = plaid
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page, watch = open_page(context, (site / PAGE).as_uri())
        page.get_by_label("access_token").fill(TOKEN)
        page.get_by_role("tab", name="curl").click()
        page.get_by_role("button", name="Copy").click()
        page.locator("#copy-status").filter(has_text="Copied").wait_for()
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied == render_snippet(ApiContext(api, options), operation, "curl", {"access_token": TOKEN})
        assert watch.errors == []
    finally:
        context.close()


def test_the_form_works_from_the_keyboard(context: Any, site_server: Server, gateway_stub: ProtocolServer) -> None:
    page, watch = open_page(context, f"{site_server.url}/{PAGE}")
    page.get_by_label("Gateway URL").fill(gateway_stub.url)
    page.get_by_label("client_id").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == page.get_by_label("access_token").get_attribute("id")
    page.keyboard.type(TOKEN)
    page.keyboard.press("Enter")  # submits the form, like the Send button
    page.locator("#response-status").filter(has_text="200").wait_for()
    assert len([r for r in gateway_stub.requests if r.method == "POST"]) == 1
    assert watch.errors == []


def test_a_gateway_error_is_shown_in_plain_words(context: Any, site: Path, gateway_stub: ProtocolServer) -> None:
    """The stub answers kitchensink paths as a gateway that does not know the provider."""
    page, watch = open_page(context, (site / "kitchensink/docs/operations/getstatus.html").as_uri())
    page.get_by_label("Gateway URL").fill(gateway_stub.url)
    page.get_by_role("button", name="Send request").click()
    page.locator("#response-status").filter(has_text="404").wait_for()
    assert page.locator("#response-message").inner_text() == "The gateway does not know this provider or path. No provider here."
    assert gateway_stub.requests[0].path == "/kitchensink/status"
    # 404 is an answer, not a failure of the page: the browser logs the status, nothing else.
    assert all("404" in e for e in watch.errors), watch.errors


def test_every_page_fits_a_phone(browser: Any, site: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        for path in sorted(site.glob("*/docs/operations/*.html")) + sorted(site.glob("*/docs/index.html")) + [site / "index.html"]:
            page, watch = open_page(context, path.as_uri())
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path.relative_to(site)} scrolls sideways by {overflow}px on a phone"
            assert watch.errors == []
            page.close()
    finally:
        context.close()


def test_dark_screenshot(browser: Any, site: Path) -> None:
    """Pages follow the reader's colour scheme; saved for review beside the light ones."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme="dark")
    try:
        page, watch = open_page(context, (site / PAGE).as_uri())
        background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(13, 17, 23)"
        page.screenshot(path=str(SCREENSHOTS / "plaid-identityrefresh-dark-1280x800.png"), full_page=True)
        assert watch.errors == []
    finally:
        context.close()


def test_numbers_outside_their_range_are_refused(context: Any, site: Path) -> None:
    page, watch = open_page(context, (site / "kitchensink/docs/operations/listpets.html").as_uri())
    limit = page.get_by_label("limit")
    error = page.locator("#" + (limit.get_attribute("id") or "") + "-error")
    limit.fill("0")
    assert error.inner_text() == "Out of range: 1 to 100."
    limit.fill("101")
    assert error.inner_text() == "Out of range: 1 to 100."
    limit.fill("100")
    assert error.inner_text() == "" and limit.get_attribute("aria-invalid") == "false"
    assert "limit=100" in (page.locator('[data-snippet="curl"]').text_content() or "")
    assert watch.errors == []
