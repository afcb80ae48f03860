"""Navigation and search on the full Plaid docs in headless Chromium, opened from disk: the sidebar
on operation pages (current page marked and in view, folding away on narrow screens), the search
box in every page's header (fields, schemas, a phone-width viewport, the keyboard), every page
loading without a console error, and screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .support import SCREENSHOTS, PageWatch

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}


def opened(context: Any, path: Path) -> tuple[Any, PageWatch]:
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto(path.as_uri())
    return page, watch


def search(page: Any, query: str) -> Any:
    """Types the query into the header's search box and waits for its results."""
    box = page.get_by_role("combobox", name="Search the API reference")
    box.fill(query)
    page.locator(f'[data-search][data-results-for="{query.lower()}"]').wait_for(state="attached")
    return page.locator("#search-results [role=option]")


def test_search_finds_a_response_field_and_opens_its_operation(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    context = browser.new_context(**DESKTOP)
    try:
        page, watch = opened(context, docs / "operations" / "identityrefresh.html")
        page.keyboard.press("/")
        assert page.evaluate("() => document.activeElement.id") == "site-search"
        results = search(page, "next_cursor")
        first = results.first.inner_text()
        assert "next_cursor" in first and "in response of POST /transactions/sync" in first, first
        assert all("next_cursor" in text for text in results.all_inner_texts())
        # Keyboard: down to the first result, Enter opens it.
        page.keyboard.press("ArrowDown")
        assert page.locator("#site-search").get_attribute("aria-activedescendant") == "search-result-0"
        assert results.first.get_attribute("aria-selected") == "true"
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.endswith("/operations/transactionssync.html")
        assert page.locator(".op-header .path").inner_text() == "/transactions/sync"
        # The mouse too, from the page just opened.
        results = search(page, "next_cursor")
        second = results.nth(1).locator("a")
        href = second.get_attribute("href") or ""
        assert href.startswith("../operations/") and href != "../operations/transactionssync.html"
        with page.expect_navigation():
            second.click()
        assert page.url.endswith(href[2:])
        assert watch.errors == []
    finally:
        context.close()


def test_search_ranks_exact_names_first_and_names_schemas(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, api = full_plaid_docs
    context = browser.new_context(**DESKTOP)
    try:
        page, watch = opened(context, docs / "index.html")
        results = search(page, "PlaidError")
        head = results.first
        assert head.locator(".search-kind").inner_text().lower() == "schema"
        assert head.locator(".search-name").inner_text() == "PlaidError"
        assert head.locator("a").get_attribute("href") == "schemas/PlaidError.html"
        with page.expect_navigation():
            head.locator("a").click()
        assert page.url.endswith("/schemas/PlaidError.html") and page.locator("h1").inner_text().startswith("PlaidError")
        page.go_back()
        # Operations by path: the exact path first, then the paths that start with it.
        results = search(page, "/transactions/sync")
        assert results.first.locator(".search-name").inner_text() == "POST /transactions/sync"
        # Words found only in a description still find the operation, after name matches.
        results = search(page, "on-demand extraction")
        assert any("POST /identity/refresh" in text for text in results.all_inner_texts()[:5])
        # Nested request fields carry their path from the body's root.
        results = search(page, "options.include_original_description")
        texts = results.all_inner_texts()
        assert all("options.include_original_description" in text for text in texts)
        assert any("in request of POST /transactions/sync" in text for text in texts), texts
        results = search(page, "no-such-name-anywhere")
        assert results.count() == 0 and "Nothing matches" in page.locator("#search-status").inner_text()
        page.keyboard.press("Escape")
        assert page.locator("#search-panel").is_hidden()
        assert page.locator("#site-search").get_attribute("aria-expanded") == "false"
        assert watch.errors == []
    finally:
        context.close()


def test_search_works_on_a_phone(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    context = browser.new_context(**PHONE)
    try:
        page, watch = opened(context, docs / "operations" / "identityrefresh.html")
        page.get_by_role("combobox", name="Search the API reference").tap()
        results = search(page, "next_cursor")
        assert results.first.is_visible()
        box = page.locator("#search-panel").bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"scrolls sideways by {overflow}px with results open"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "plaid-full-search-390x844.png"))
        with page.expect_navigation():
            results.first.locator("a").tap()
        assert page.url.endswith("/operations/transactionssync.html")
        assert watch.errors == []
    finally:
        context.close()


def test_sidebar_marks_the_current_page(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    index = (docs / "index.html").read_text("utf-8")
    context = browser.new_context(**DESKTOP)
    try:
        page, watch = opened(context, docs / "operations" / "transactionssync.html")
        sidebar = page.get_by_role("navigation", name="Operations", exact=True)
        assert sidebar.locator("summary").count() == index.count("data-group ") > 10
        assert sidebar.locator("a").count() == 5, "the links of the current page's group, the others folded"
        current = sidebar.locator('a[aria-current="page"]')
        assert current.count() == 1 and current.get_attribute("href") == "../operations/transactionssync.html"
        assert current.is_visible(), "the current page's group is open"
        # In view inside the sidebar's own scroll area, and the page itself not scrolled.
        groups = sidebar.locator(".sidebar-groups").bounding_box()
        link = current.bounding_box()
        assert groups is not None and link is not None
        assert groups["y"] <= link["y"] and link["y"] + link["height"] <= groups["y"] + groups["height"]
        assert page.evaluate("() => window.scrollY") == 0
        assert sidebar.locator(".sidebar-groups").evaluate("el => el.scrollTop") > 0
        assert page.get_by_role("button", name="Operations", exact=False).is_hidden(), "no toggle on wide screens"
        # Groups fold and unfold from the keyboard.
        transfer = sidebar.locator("summary").filter(has=page.get_by_text("transfer", exact=True))
        transfer.focus()
        page.keyboard.press("Enter")
        assert transfer.evaluate("summary => summary.parentElement.open") is True
        assert sidebar.locator("a").count() == 5 + 42 and sidebar.locator("a", has_text="/transfer/create").count() == 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.keyboard.press("Enter")
        page.screenshot(path=str(SCREENSHOTS / "plaid-full-transactionssync-1280x800.png"))
        assert watch.errors == []
    finally:
        context.close()


def test_sidebar_folds_away_on_narrow_screens(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    context = browser.new_context(**PHONE)
    try:
        page, watch = opened(context, docs / "operations" / "transactionssync.html")
        toggle = page.get_by_role("button", name="Operations", exact=False)
        current = page.locator('#sidebar a[aria-current="page"]')
        assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
        assert "transactions" in toggle.inner_text()
        assert current.is_hidden()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "plaid-full-transactionssync-390x844.png"))
        toggle.tap()
        assert toggle.get_attribute("aria-expanded") == "true" and current.is_visible()
        page.screenshot(path=str(SCREENSHOTS / "plaid-full-sidebar-open-390x844.png"))
        page.keyboard.press("Escape")
        assert toggle.get_attribute("aria-expanded") == "false" and current.is_hidden()
        # Keyboard: Enter on the focused button opens it again.
        assert page.evaluate("() => document.activeElement.id") == "sidebar-toggle"
        page.keyboard.press("Enter")
        assert current.is_visible()
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"scrolls sideways by {overflow}px with the sidebar open"
        with page.expect_navigation():
            page.locator("#sidebar").get_by_role("link", name="POST /transactions/get", exact=True).tap()
        assert page.url.endswith("/operations/transactionsget.html")
        assert watch.errors == []
    finally:
        context.close()


def test_search_results_screenshot_at_desktop_width(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    context = browser.new_context(**DESKTOP)
    try:
        page, watch = opened(context, docs / "operations" / "transactionssync.html")
        search(page, "cursor")
        page.keyboard.press("ArrowDown")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "plaid-full-search-1280x800.png"))
        assert watch.errors == []
    finally:
        context.close()


def test_every_page_loads_without_a_console_error(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    """Every generated page of the full Plaid docs, in one tab: no console error or warning, no
    uncaught exception, and the sidebar drawn with the page marked on every operation page."""
    docs, api = full_plaid_docs
    pages = sorted(docs.rglob("*.html"))
    operations = sorted((docs / "operations").glob("*.html"))
    assert len(operations) == sum(1 for op in api.operations if not op.hidden)
    context = browser.new_context(**DESKTOP)
    try:
        watch = PageWatch()
        tab = watch.attach(context.new_page())
        failing: dict[str, list[str]] = {}
        unmarked = []
        for path in pages:
            seen = len(watch.errors)
            tab.goto(path.as_uri())
            if path.parent.name == "operations" and tab.locator('#sidebar a[aria-current="page"]').count() != 1:
                unmarked.append(path.name)
            if len(watch.errors) > seen:
                failing[str(path.relative_to(docs))] = watch.errors[seen:]
        assert failing == {} and watch.dialogs == []
        assert unmarked == []
    finally:
        context.close()
