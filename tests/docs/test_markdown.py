"""Descriptions are CommonMark: raw HTML is text, links are kept, relative links resolve against the
provider's docs site, and unsafe URLs never become links."""

from __future__ import annotations

import json
import random

import pytest
import yaml

from generator.markdown import is_safe_url, parsed_html, parsed_plain_text, plain_text, render_inline, render_markdown
from tests.conftest import require_shared


def test_markdown_renders_code_links_and_lists() -> None:
    out = render_markdown("Use `client_id`, see [fee model](https://plaid.com/docs/account/billing/).\n\n- one\n- two")
    assert "<code>client_id</code>" in out
    assert '<a href="https://plaid.com/docs/account/billing/" rel="noopener noreferrer">fee model</a>' in out
    assert "<li>one</li>" in out


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "</textarea><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
    ],
)
def test_raw_html_is_escaped(payload: str) -> None:
    out = render_markdown(f"before {payload} after")
    assert "<script" not in out and "<img" not in out and "<a href=\"javascript" not in out
    assert "&lt;" in out


@pytest.mark.parametrize(
    "link",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<b>x</b>", " javascript:alert(1)"],
)
def test_unsafe_links_are_not_links(link: str) -> None:
    out = render_markdown(f"[click]({link}) and ![pic]({link})")
    assert "href=" not in out and "src=" not in out


def test_relative_links_resolve_against_the_docs_site() -> None:
    out = render_markdown("[a](/api/products/identity/#identityrefresh) [b](#top) [c](./x) [d](https://other.example/y)", "https://plaid.com/docs")
    assert 'href="https://plaid.com/docs/api/products/identity/#identityrefresh"' in out
    assert 'href="https://plaid.com/docs/#top"' in out
    assert 'href="https://plaid.com/docs/x"' in out
    assert 'href="https://other.example/y"' in out


def test_relative_links_stay_relative_without_a_docs_site() -> None:
    assert 'href="/api/x"' in render_markdown("[a](/api/x)")


def test_inline_rendering_has_no_paragraph() -> None:
    assert render_inline("**Refresh** `x`") == "<strong>Refresh</strong> <code>x</code>"


def test_safe_url_check() -> None:
    assert is_safe_url("https://a.example/x") and is_safe_url("/relative") and is_safe_url("mailto:a@b.example")
    assert not is_safe_url("javascript:alert(1)") and not is_safe_url("\x01javascript:alert(1)")


# -- the plain-prose shortcut renders exactly what the parser renders --------------------------

_HOSTILE_ALPHABET = "ab_Z9 `\n*[]().,:;'\"<>&\\#-+!=|~®’\u00a0\t1"


def _description_texts(node: object, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and key in ("description", "summary", "title"):
                found.add(value)
            else:
                _description_texts(value, found)
    elif isinstance(node, list):
        for value in node:
            _description_texts(value, found)


def _assert_same_as_parser(text: str) -> None:
    assert render_markdown(text) == parsed_html(text), text
    assert plain_text(text) == parsed_plain_text(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Use `client_id` and access_token here.",
        "Two lines\nof prose.\n\nAnd a second paragraph ® with \"quotes\" and 'apostrophes'.\n",
        "snake_case_name but _emphasis_ and __strong__",
        "1. a list item",
        "`a` `` b `` c",
        "Ends with a hard break  \nnext",
        "`unclosed code",
        "    indented code",
        "Heading\n===",
        "x & y < z",
        "[link](https://example.com)",
        "A\u00a0non-breaking space",
    ],
)
def test_plain_prose_renders_as_the_parser_renders_it(text: str) -> None:
    _assert_same_as_parser(text)


def test_plain_prose_matches_the_parser_on_random_text() -> None:
    rnd = random.Random(16)
    for _ in range(20000):
        text = "".join(rnd.choice(_HOSTILE_ALPHABET) for _ in range(rnd.randint(1, 24)))
        if text.strip():
            _assert_same_as_parser(text)


@pytest.mark.slow
def test_plain_prose_matches_the_parser_on_every_description_of_the_corpus() -> None:
    shared = require_shared()
    texts: set[str] = set()
    for path in sorted((shared / "corpus").rglob("*")) + sorted((shared / "specs").rglob("*")):
        if path.suffix == ".json":
            _description_texts(json.loads(path.read_text("utf-8")), texts)
        elif path.suffix in (".yaml", ".yml"):
            try:
                _description_texts(yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader), texts)
            except yaml.YAMLError:
                continue  # the corpus holds unreadable documents on purpose
    assert len(texts) > 10000
    for text in sorted(texts):
        _assert_same_as_parser(text)
