"""live.js in headless Chromium, loaded by a classic <script> from a file:// page as the docs do:
it renders the fixture set to the same bytes as the Python renderers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.context import ApiContext
from generator.literals import json_text
from generator.snippets import CLIENTS, render_snippet, snippet_data

from .fixtures import api_for, as_json, cases, operation, options_for
from .test_live_agreement import LIVE

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def test_live_script_in_chromium_matches_python(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install -y chromium)")
    payload, expected = [], []
    for case in cases():
        api, op, options = api_for(case.provider), operation(case.provider, case.operation), options_for(case.provider)
        spec = json.loads(json_text(snippet_data(ApiContext(api, options), op)))
        for entry in CLIENTS:
            payload.append({"spec": spec, "language": entry.language, "values": as_json(case.values)})
            expected.append(render_snippet(ApiContext(api, options), op, entry.language, as_json(case.values)))
    (tmp_path / "live.js").write_bytes(LIVE.read_bytes())
    (tmp_path / "page.html").write_text('<!doctype html><meta charset="utf-8"><title>live</title><script src="live.js"></script>\n')
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.goto((tmp_path / "page.html").as_uri())
            # as JSON text, parsed in the page: Playwright's own argument transfer would turn a
            # "__proto__" key into a prototype, as a plain object literal does
            got = page.evaluate(
                "(text) => JSON.parse(text).map((c) => window.UtdkSnippets.render(c.spec, c.language, c.values))", json.dumps(payload)
            )
        finally:
            browser.close()
    assert not errors
    assert len(got) == len(expected)
    mismatches = [i for i, (e, g) in enumerate(zip(expected, got)) if e != g]
    assert not mismatches, f"{len(mismatches)} differ; first:\n{expected[mismatches[0]]}\n---\n{got[mismatches[0]]}"
