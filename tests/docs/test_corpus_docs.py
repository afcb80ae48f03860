"""Docs for every valid OpenAPI 3.x document of the shared corpus: one page per visible operation,
and the index plus the first and last operation pages load in Chromium without an error."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.config import ProviderConfig, target_options
from generator.load import load_api
from generator.targets.docs import emit
from tests.conftest import CORPUS, SHARED

from .support import PageWatch

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def corpus_documents() -> list[tuple[str, Path]]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    with manifest.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        (row["name"], CORPUS / row["main_file"])
        for row in rows
        if row["expected"] == "valid" and row["openapi_version"].startswith("3")
    ]


DOCUMENTS = corpus_documents()


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent: the corpus lives there (CI has it beside the checkout)")
@pytest.mark.parametrize(("name", "spec"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_corpus_document_docs(browser: Any, tmp_path: Path, name: str, spec: Path) -> None:
    api = load_api(spec, "corpus", validate=False).api
    assert api is not None
    files = emit(api, target_options(ProviderConfig("corpus", spec), api.version, api.docs_url))
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
        for path in [tmp_path / "index.html", *pages[:1], *pages[-1:]]:
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
