"""Docs navigation and search figures for the full Plaid spec: the docs' size and page count, the
size of the search index and of the sidebar's shared navigation file (and what repeating that
list in every page would have cost), and in headless Chromium, from disk, the time from a
keystroke in the search box to its results drawn (median and 90th percentile over every
keystroke of several queries), and the first search, which also loads the index.

Times grow with machine load: compare figures taken in one run.

    .venv/bin/python benchmarks/docs_search.py [--spec PATH] [--rounds N]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.config import ProviderConfig  # noqa: E402
from tests.docs.support import CHROMIUM, CHROMIUM_ARGS, generate_docs  # noqa: E402

DEFAULT_SPEC = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"
QUERIES = ("next_cursor", "PlaidError", "account_id", "transactions sync", "webhook", "/link/token/create")

# Keystroke to results: the keydown's own time stamp to the frame after search.js has drawn them.
WATCH = """() => {
  window.benchTimes = [];
  const box = document.querySelector('[data-search]');
  document.getElementById('site-search').addEventListener('keydown', e => { window.benchDown = e.timeStamp; }, true);
  box.addEventListener('utdk-search-results', () => {
    const down = window.benchDown;
    requestAnimationFrame(() => setTimeout(() => window.benchTimes.push(performance.now() - down), 0));
  });
}"""


def _kib(size: int) -> str:
    return f"{size / 1024:,.0f} KiB"


def sizes(docs: Path) -> None:
    pages = sorted(docs.rglob("*.html"))
    total = sum(p.stat().st_size for p in docs.rglob("*") if p.is_file())
    index = (docs / "assets" / "search-index.js").read_bytes()
    navigation = (docs / "assets" / "navigation.js").read_bytes()
    operations = sorted((docs / "operations").glob("*.html"))
    print(f"docs: {len(pages)} pages ({len(operations)} operation pages), {sum(1 for p in docs.rglob('*') if p.is_file())} files, {total / 1e6:.2f} MB")
    print(f"operation page: {_kib(int(statistics.mean(p.stat().st_size for p in operations)))} on average")
    print(f"search index: {_kib(len(index))} ({_kib(len(gzip.compress(index, 9)))} gzipped)")
    print(f"sidebar data: {_kib(len(navigation))} once; repeated in every operation page it would add {len(navigation) * len(operations) / 1e6:.1f} MB")


def keystrokes(docs: Path, rounds: int) -> None:
    from playwright.sync_api import sync_playwright

    page_path = docs / "operations" / "identityrefresh.html"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(page_path.as_uri())
        page.evaluate(WATCH)
        box = page.locator("#site-search")
        start = time.perf_counter()
        box.focus()
        box.press_sequentially("n")
        page.wait_for_function("() => window.benchTimes.length === 1")
        first = page.evaluate("() => window.benchTimes[0]")
        print(f"first search, index loaded on focus: {(time.perf_counter() - start) * 1000:.0f} ms wall, {first:.0f} ms from the keystroke")
        box.fill("")
        page.evaluate("() => { window.benchTimes = []; }")
        expected = 0
        for _ in range(rounds):
            for query in QUERIES:
                for char in query:
                    box.press_sequentially(char)
                    expected += 1
                    page.wait_for_function(f"() => window.benchTimes.length === {expected}")
                box.fill("")
        times = sorted(page.evaluate("() => window.benchTimes"))
        browser.close()
    p90 = times[int(len(times) * 0.9) - 1]
    print(f"keystroke to results: median {statistics.median(times):.1f} ms, p90 {p90:.1f} ms, max {times[-1]:.1f} ms over {len(times)} keystrokes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--rounds", type=int, default=3, help="times each query is typed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        generate_docs(Path(out), (ProviderConfig("plaid", args.spec, targets=("docs", "snippets")),))
        print(f"docs and snippets generated in {time.perf_counter() - start:.1f} s")
        docs = Path(out) / "plaid" / "docs"
        sizes(docs)
        keystrokes(docs, args.rounds)


if __name__ == "__main__":
    main()
