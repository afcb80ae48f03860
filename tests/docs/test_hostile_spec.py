"""A spec whose descriptions, enum values, examples and names carry <script>, <img onerror>,
</textarea> and javascript: payloads: its pages execute nothing and show the text as text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.config import ProviderConfig

from .support import PageWatch, Server, generate_docs, static_server

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).parent / "fixtures" / "hostile.yaml"
PAYLOADS = [
    "<script>alert('typed')</script>",
    "<img src=x onerror=alert('typed')>",
    "</textarea><script>alert('typed')</script>",
    "javascript:alert('typed')",
    "{\"</script>\": \"<img src=x onerror=alert(1)>\"}",
]
# Anything a payload could have become if it were parsed as markup.
INJECTED = """() => ({
  scripts: Array.from(document.scripts).filter(s => s.type !== 'application/json' && !s.src).length,
  handlers: Array.from(document.querySelectorAll('*')).filter(el => Array.from(el.attributes).some(a => a.name.startsWith('on'))).length,
  frames: document.querySelectorAll('iframe, object, embed, svg').length,
  unsafeLinks: Array.from(document.querySelectorAll('[href], [src]')).filter(el => /^\\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') || el.getAttribute('src') || '') && el.tagName !== 'LINK').length,
})"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_docs(tmp_path_factory.mktemp("hostile"), (ProviderConfig("hostile", HOSTILE, targets=("docs", "snippets")),))


@pytest.fixture(scope="module")
def hostile_server(hostile_site: Path) -> Iterator[Server]:
    server = static_server(hostile_site)
    yield server
    server.close()


def pages(site: Path) -> list[Path]:
    docs = site / "hostile/docs"
    return [site / "index.html", docs / "index.html", *sorted((docs / "operations").glob("*.html")), *sorted((docs / "schemas").glob("*.html"))]


def test_hidden_operations_have_no_page(hostile_site: Path) -> None:
    names = sorted(p.name for p in (hostile_site / "hostile/docs/operations").glob("*.html"))
    assert names == ["creatething.html", "plainthing.html"]
    assert "Hidden from the docs" not in (hostile_site / "hostile/docs/index.html").read_text("utf-8")


@pytest.mark.parametrize("via", ["file", "http"])
def test_payloads_execute_nothing(context: Any, hostile_site: Path, hostile_server: Server, via: str) -> None:
    for path in pages(hostile_site):
        url = path.as_uri() if via == "file" else f"{hostile_server.url}/{path.relative_to(hostile_site).as_posix()}"
        watch = PageWatch()
        page = watch.attach(context.new_page())
        page.goto(url)
        page.wait_for_load_state("load")
        for payload in PAYLOADS:
            for box in page.locator("input[type=text], input[type=url], input[type=password], input[type=search], textarea").all():
                box.fill(payload)
            for select in page.locator("select").all():
                for value in select.evaluate("el => Array.from(el.options).map(o => o.value)"):
                    select.select_option(value)
        for box in page.locator("input[type=checkbox]").all():
            box.check()
        found = page.evaluate(INJECTED)
        assert found == {"scripts": 0, "handlers": 0, "frames": 0, "unsafeLinks": 0}, (path.name, found)
        page.wait_for_timeout(50)
        assert watch.dialogs == [], (path.name, watch.dialogs)
        assert watch.errors == [], (path.name, watch.errors)
        page.close()


def test_schema_pages_have_safe_names_and_show_payloads_as_text(context: Any, hostile_site: Path) -> None:
    schemas = sorted(p.name for p in (hostile_site / "hostile/docs/schemas").glob("*.html"))
    assert schemas and all(re.fullmatch(r"[A-Za-z0-9_-]+\.html", name) for name in schemas), schemas
    page = context.new_page()
    page.goto((hostile_site / "hostile/docs/operations/creatething.html").as_uri())
    page.locator("#response-400 > summary").click()
    responses = page.inner_text("section.responses")
    for text in ("${alert(45)}", "^</script><script>alert(47)</script>$", "</details><script>alert(48)</script>",
                 "`${alert(49)}`", "</code></li><script>alert(50)</script>", "</script><script>alert(40)</script>"):
        assert text in responses, text
    page.locator("#response-200 a.type-link").first.click()
    page.wait_for_url(re.compile(r"/schemas/[A-Za-z0-9_-]+\.html$"))
    assert page.locator("h1").inner_text() == page.locator("h1").text_content()
    page.locator(".example > summary").click()
    text = page.text_content("main") or ""  # folded fields too
    for shown in ("${alert(38)} </script><script>alert(39)</script>", "`${alert(41)}`", "</script><img src=x onerror=alert(42)>",
                  "<img src=x onerror=alert(43)>", "`${alert(44)}` </pre><script>alert(52)</script>", "contains itself"):
        assert shown in text, shown
    assert page.evaluate(INJECTED) == {"scripts": 0, "handlers": 0, "frames": 0, "unsafeLinks": 0}
    page.close()


def test_payloads_show_as_text(context: Any, hostile_site: Path) -> None:
    page = context.new_page()
    page.goto((hostile_site / "hostile/docs/operations/creatething.html").as_uri())
    text = page.inner_text("main")
    assert "Create <script>alert(16)</script> thing" in text
    assert '"><svg onload=alert(22)>' in text
    assert "<script>alert(28)</script>" in text
    options = page.get_by_label("mode").evaluate("el => Array.from(el.options).map(o => o.textContent)")
    assert options == ["Not set", "<script>alert(23)</script>", "\"><img src=x onerror=alert(24)>", "</textarea>", "javascript:alert(25)"]
    page.get_by_label("mode").select_option(index=3)
    assert "mode: '\\u003c/textarea\\u003e'" in (page.locator('[data-snippet="typescript"]').text_content() or "")
    # The unsafe external docs URL is dropped, the markdown javascript: link is not a link.
    assert page.locator("a", has_text="javascript link").count() == 0
    assert page.locator(".external").count() == 0
    page.close()
