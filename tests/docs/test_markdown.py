"""Descriptions are CommonMark: raw HTML is text, links are kept, relative links resolve against the
provider's docs site, and unsafe URLs never become links."""

from __future__ import annotations

import pytest

from generator.markdown import is_safe_url, render_inline, render_markdown


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
