"""The full Plaid docs in Chromium, marked slow: response field trees (folded fields opened by a
click), error types, schema pages linked from operation pages and listing the operations that use
them; screenshots of both at desktop and phone widths."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.model import RefType

from .support import SCREENSHOTS, PageWatch

pytestmark = [pytest.mark.slow, pytest.mark.browser]

VIEWPORTS = ((1280, 900), (390, 844))
SYNC_FIELDS = {
    "added": "Transactions that have been added to the Item since",
    "next_cursor": "Cursor used for fetching any future updates after the latest update provided in this response.",
    "has_more": "Represents if more than requested count of transaction updates exist.",
}


def top_field(page: Any, response: str, name: str) -> Any:
    """A body field of a response section, not one nested inside another field."""
    return page.locator(f"#{response} > .field-tree > .tree-node").filter(
        has=page.locator(":scope > .tree-head > .field-name", has_text=re.compile(f"^{name}$"))
    )


def test_every_schema_has_a_page_and_every_type_link_resolves(full_plaid_docs: tuple[Path, Any]) -> None:
    docs, api = full_plaid_docs
    assert len(list((docs / "schemas").glob("*.html"))) == len(api.schemas)
    targets = set()
    for page in [*(docs / "operations").glob("*.html"), *sorted((docs / "schemas").glob("*.html"))[::50]]:
        targets.update(re.findall(r'href="\.\./(schemas/[^"#]+)"', page.read_text("utf-8")))
    assert len(targets) > 500
    assert [t for t in targets if not (docs / t).is_file()] == []


def test_transactions_sync_response_tree(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    for width, height in VIEWPORTS:
        context = browser.new_context(viewport={"width": width, "height": height})
        watch = PageWatch()
        page = watch.attach(context.new_page())
        page.goto((docs / "operations" / "transactionssync.html").as_uri())
        for name, description in SYNC_FIELDS.items():
            field = top_field(page, "response-200", name)
            assert field.count() == 1, name
            assert field.locator(":scope > .tree-head").is_visible()
            assert description in field.locator(":scope > .tree-description").inner_text()
        added = top_field(page, "response-200", "added")
        assert "array of object (Transaction)" in added.locator(":scope > .tree-head").inner_text()
        transaction_id = added.locator(".tree-children .field-name", has_text=re.compile("^transaction_id$")).first
        assert not transaction_id.is_visible()  # folded until asked for
        added.locator(":scope > .tree-children > summary").click()
        assert transaction_id.is_visible()
        assert "31 fields" in added.locator(":scope > .tree-children > summary").inner_text()
        example = page.locator("#response-200 > .example")
        example.locator("summary").click()
        assert '"next_cursor"' in example.locator("code").inner_text()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.locator("#responses-title").scroll_into_view_if_needed()
        page.evaluate("() => document.getElementById('responses-title').scrollIntoView()")
        page.screenshot(path=str(SCREENSHOTS / f"plaid-full-transactionssync-responses-{width}x{height}.png"))
        assert watch.errors == [] and watch.dialogs == []
        context.close()


def test_error_responses_show_error_types(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((docs / "operations" / "transactionssync.html").as_uri())
    enums = page.locator("#response-default .error-enums")
    assert not enums.is_visible()  # error responses start folded
    page.locator("#response-default > summary .status").click()
    assert enums.is_visible()
    assert "error_type" in enums.inner_text()
    values = enums.locator(".enum-values code").all_inner_texts()
    assert {"INVALID_REQUEST", "ITEM_ERROR", "RATE_LIMIT_EXCEEDED", "API_ERROR"} <= set(values)
    context.close()


def test_plaid_error_schema_page(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, api = full_plaid_docs
    for width, height in VIEWPORTS:
        context = browser.new_context(viewport={"width": width, "height": height})
        watch = PageWatch()
        page = watch.attach(context.new_page())
        page.goto((docs / "operations" / "transactionssync.html").as_uri())
        page.locator("#response-default > summary a.type-link", has_text="PlaidError").click()
        page.wait_for_url(re.compile(r"/schemas/PlaidError\.html$"))
        assert page.locator("h1").inner_text() == "PlaidError"
        fields = page.locator(".schema-body > .field-tree > .tree-node > .tree-head > .field-name").all_inner_texts()
        assert fields[:4] == ["error_type", "error_code", "error_code_reason", "error_message"]
        uses = page.locator(".schema-uses li")
        direct = [op for op in api.operations if not op.hidden and any(r.type == RefType("PlaidError") for r in op.responses)]
        assert len(direct) > 200 and uses.count() >= len(direct)
        assert "/transactions/sync" in " ".join(uses.all_inner_texts())
        page.screenshot(path=str(SCREENSHOTS / f"plaid-full-plaiderror-schema-{width}x{height}.png"))
        if width == 1280:
            # The operation groups stand beside a schema page too, all folded: no operation is current.
            sidebar = page.get_by_role("navigation", name="Operations", exact=True)
            assert sidebar.is_visible() and sidebar.locator("summary").count() > 10
            assert sidebar.locator("a").count() == 0 and sidebar.locator('[aria-current="page"]').count() == 0
            sidebar.locator("summary").filter(has=page.get_by_text("transactions", exact=True)).click()
            with page.expect_navigation():
                sidebar.get_by_role("link", name="POST /transactions/get", exact=True).click()
            assert page.url.endswith("/operations/transactionsget.html")
            page.go_back()
            page.locator(".schema-uses a", has_text="/transactions/sync").first.click()
            page.wait_for_url(re.compile(r"/operations/transactionssync\.html$"))
        else:
            assert page.get_by_role("button", name="Operations", exact=False).is_visible(), "folded behind its button"
        assert watch.errors == [] and watch.dialogs == []
        context.close()


def test_a_schema_page_lists_the_operations_that_use_it(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    context = browser.new_context()
    page = context.new_page()
    page.goto((docs / "schemas" / "Transaction.html").as_uri())
    uses = " ".join(page.locator(".schema-uses li").all_inner_texts())
    assert "/transactions/sync" in uses and "/transactions/get" in uses and "response" in uses
    assert "/identity/refresh" not in uses
    page.goto((docs / "schemas" / "Location.html").as_uri())  # reached through Transaction
    assert "/transactions/sync" in " ".join(page.locator(".schema-uses li").all_inner_texts())
    context.close()


def test_sample_schema_pages_load_cleanly(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, _ = full_plaid_docs
    pages = sorted((docs / "schemas").glob("*.html"))
    context = browser.new_context()
    for path in pages[:: max(1, len(pages) // 12)]:
        watch = PageWatch()
        page = watch.attach(context.new_page())
        page.goto(path.as_uri())
        assert page.locator("h1").inner_text() and page.locator("#uses-title").is_visible()
        assert watch.errors == [] and watch.dialogs == [], (path.name, watch.errors)
        page.close()
    context.close()
