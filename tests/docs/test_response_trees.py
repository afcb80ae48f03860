"""Response sections and schema pages of specs/ in Chromium: headers, unions as labelled branches
opened by a click, links between pages, and pages that fit a phone with every fold open."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .support import PageWatch

pytestmark = pytest.mark.browser

OPEN_EVERY_FOLD = "() => document.querySelectorAll('details').forEach(d => { d.open = true; })"


def test_response_headers_and_body(context: Any, site: Path) -> None:
    page = PageWatch().attach(context.new_page())
    page.goto((site / "kitchensink/docs/operations/listpets.html").as_uri())
    ok = page.locator("#response-200")
    assert ok.get_attribute("open") is not None
    headers = ok.locator(":scope > h4", has_text="Headers")
    assert headers.is_visible()
    cursor = ok.locator(":scope > .field-tree > .tree-node").filter(has_text="X-Next-Cursor").first
    assert "Cursor of the next page." in cursor.inner_text()
    page.close()


def test_union_branches_open_by_a_click(context: Any, site: Path) -> None:
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto((site / "kitchensink/docs/schemas/Pet.html").as_uri())
    assert page.locator("#fields-title").inner_text() == "Variants"
    assert page.locator(".schema-body > .branch-note").inner_text() == "One of"
    branches = page.locator(".schema-body > .branches > .tree-node")
    heads = [" ".join(h.split()) for h in branches.locator(":scope > .tree-head").all_text_contents()]
    assert heads == ["petType: cat object (Cat)", "petType: dog object (Dog)"]
    meow = branches.first.locator(".field-name", has_text=re.compile("^indoor$")).first
    assert not meow.is_visible()
    branches.first.locator(":scope > .tree-children > summary").click()
    assert meow.is_visible()
    branches.first.locator(":scope > .tree-head a.type-link", has_text="Cat").click()
    page.wait_for_url(re.compile(r"/schemas/Cat\.html$"))
    assert page.locator("h1").inner_text() == "Cat"
    assert watch.errors == []
    page.close()


def test_every_page_fits_a_phone_with_every_fold_open(browser: Any, site: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        pages = sorted(site.glob("*/docs/operations/*.html")) + sorted(site.glob("*/docs/schemas/*.html"))
        for path in pages:
            watch = PageWatch()
            page = watch.attach(context.new_page())
            page.goto(path.as_uri())
            page.evaluate(OPEN_EVERY_FOLD)
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path.relative_to(site)} scrolls sideways by {overflow}px on a phone"
            assert watch.errors == []
            page.close()
    finally:
        context.close()
