"""Large inputs, marked slow: the docs for the full Plaid spec (329 operations: one page per visible
operation, an index whose filter works, pages that load cleanly) and for every valid OpenAPI 3.x
document of the shared corpus (its pages exist and load in Chromium without an error)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.config import ProviderConfig, target_options
from generator.context import ApiContext
from generator.spec_to_api import load_api
from generator.targets.docs import emit
from tests.conftest import CORPUS, SHARED

from .support import SCREENSHOTS, PageWatch

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def full_site(full_plaid_docs: tuple[Path, Any]) -> tuple[Path, Any]:
    return full_plaid_docs


def test_one_page_per_visible_operation(full_site: tuple[Path, Any]) -> None:
    docs, api = full_site
    visible = {op.names.ts for op in api.operations if not op.hidden}
    hidden = {op.names.ts for op in api.operations if op.hidden}
    assert hidden, "the full Plaid spec hides some operations from the docs"
    pages = {p.stem for p in (docs / "operations").glob("*.html")}
    assert pages == visible
    assert len(pages) == len(api.operations) - len(hidden)
    index = (docs / "index.html").read_text("utf-8")
    assert index.count("data-operation ") == len(visible)


def test_index_filter(browser: Any, full_site: tuple[Path, Any]) -> None:
    docs, api = full_site
    visible_count = sum(1 for op in api.operations if not op.hidden)
    for width, height in ((1280, 800), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        watch = PageWatch()
        page = watch.attach(context.new_page())
        page.goto((docs / "index.html").as_uri())
        items = page.locator("[data-operation]")
        assert items.count() == visible_count
        # One tag holds everything in Plaid's spec, so operations are grouped by first path segment.
        groups = page.locator("[data-group] h3").all_inner_texts()
        assert len(groups) > 10 and "identity" in [g.lower() for g in groups]
        page.get_by_label("Filter operations").fill("identity refresh")
        shown = page.locator("[data-operation]:visible")
        assert 1 <= shown.count() < 10
        assert "/identity/refresh" in shown.all_inner_texts()[0] or any("/identity/refresh" in t for t in shown.all_inner_texts())
        assert "operations match" in page.locator("#filter-status").inner_text()
        assert page.locator("[data-group]:visible").count() == 1
        page.get_by_label("Filter operations").fill("no-such-operation-anywhere")
        assert page.locator("[data-operation]:visible").count() == 0
        assert page.locator("#filter-empty").is_visible()
        page.get_by_label("Filter operations").fill("")
        assert page.locator("[data-operation]:visible").count() == visible_count
        if width == 1280:
            page.evaluate("() => document.activeElement.blur()")
            page.keyboard.press("/")
            assert page.evaluate("() => document.activeElement.id") == "filter"
            assert page.get_by_label("Filter operations").input_value() == ""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"plaid-full-index-{width}x{height}.png"), full_page=False)
        assert watch.errors == []
        context.close()


def test_sample_pages_load_cleanly(browser: Any, full_site: tuple[Path, Any]) -> None:
    docs, _ = full_site
    pages = sorted((docs / "operations").glob("*.html"))
    context = browser.new_context()
    for path in pages[:: max(1, len(pages) // 12)]:
        watch = PageWatch()
        page = watch.attach(context.new_page())
        page.goto(path.as_uri())
        assert page.locator("[data-snippet]").count() == 3
        first = page.locator("#request-form input[type=text], #request-form textarea").first
        if first.count():
            first.fill("1")
        assert watch.errors == [] and watch.dialogs == [], (path.name, watch.errors)
        page.close()
    context.close()


def corpus_documents() -> list[tuple[str, Path]]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    with manifest.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        (row["name"], CORPUS / row["main_file"])
        for row in rows
        if row["expected"] == "valid"
    ]


DOCUMENTS = corpus_documents()


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent: the corpus lives there (CI has it beside the checkout)")
@pytest.mark.parametrize(("name", "spec"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_corpus_document_docs(browser: Any, tmp_path: Path, name: str, spec: Path) -> None:
    api = load_api(spec, "corpus", validate=False).api
    assert api is not None
    files = emit(ApiContext(api, target_options(ProviderConfig("corpus", spec), api.version, api.docs_url)))
    for f in files:
        target = tmp_path / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f.content)
    pages = sorted((tmp_path / "operations").glob("*.html"))
    assert {p.stem for p in pages} == {op.names.ts for op in api.operations if not op.hidden}
    for page_file in pages:
        data = re.search(r'<script type="application/json" id="console-data">(.*?)</script>', page_file.read_text("utf-8"))
        assert data is not None and json.loads(data.group(1))["provider"] == "corpus"
    context = browser.new_context()
    try:
        for path in [tmp_path / "index.html", *pages[:1]]:
            watch = PageWatch()
            page = watch.attach(context.new_page())
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            if path.parent.name == "operations" and page.locator("#fill-example").count():
                page.locator("#fill-example").click()
            assert watch.errors == [] and watch.dialogs == [], (path.name, watch.errors, watch.dialogs)
            page.close()
    finally:
        context.close()
