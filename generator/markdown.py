"""Markdown in spec descriptions, rendered to safe HTML with markdown-it-py (CommonMark).

Raw HTML in the text is shown as text, never parsed. Links are kept; a relative link is resolved
against the provider's documentation site when there is one; a link whose scheme is not plainly
safe (javascript:, data:, vbscript: ...) is not turned into a link at all, so it stays inert text."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

_SAFE_SCHEMES = {"http", "https", "mailto"}


def is_safe_url(url: str) -> bool:
    """True for http(s)/mailto URLs and for relative references (no scheme at all)."""
    cleaned = "".join(ch for ch in url if ch > " " and ch != "\x7f").strip()
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return False
    if scheme:
        return scheme in _SAFE_SCHEMES
    # "java\tscript:" and friends lose their control characters above; anything with a colon
    # before the first slash that urlsplit did not call a scheme is refused as well.
    head = cleaned.split("/", 1)[0]
    return ":" not in head


def resolve_url(href: str, base_url: str | None) -> str:
    """A relative spec link against the docs site: "/api/x" under https://site/docs is https://site/docs/api/x."""
    if not base_url or urlsplit(href).scheme or href.startswith("//"):
        return href
    base = base_url.rstrip("/")
    if href.startswith("#"):
        return base + "/" + href
    path = href[2:] if href.startswith("./") else href
    return base + "/" + path.lstrip("/")


@lru_cache(maxsize=None)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    return md


def _resolve_links(tokens: list[Token], base_url: str | None) -> None:
    for token in tokens:
        if token.children:
            _resolve_links(token.children, base_url)
        if token.type == "link_open":
            href = str(token.attrGet("href") or "")
            resolved = resolve_url(href, base_url)
            token.attrSet("href", resolved)
            if urlsplit(resolved).scheme in ("http", "https"):
                token.attrSet("rel", "noopener noreferrer")
        elif token.type == "image":
            src = str(token.attrGet("src") or "")
            token.attrSet("src", resolve_url(src, base_url))


@lru_cache(maxsize=8192)
def render_markdown(text: str | None, base_url: str | None = None) -> str:
    """HTML for one description (block level: paragraphs, lists, code)."""
    if not text or not text.strip():
        return ""
    md = _parser()
    env: dict[str, object] = {}
    tokens = md.parse(text, env)
    _resolve_links(tokens, base_url)
    return str(md.renderer.render(tokens, md.options, env))


def render_inline(text: str | None, base_url: str | None = None) -> str:
    """HTML for a one-line text (a title or a label): no surrounding paragraph."""
    if not text or not text.strip():
        return ""
    md = _parser()
    env: dict[str, object] = {}
    tokens = md.parseInline(" ".join(text.split()), env)
    _resolve_links(tokens, base_url)
    return str(md.renderer.render(tokens, md.options, env))


@lru_cache(maxsize=8192)
def plain_text(text: str | None) -> str:
    """The words a reader sees in a description, on one line: link texts without their addresses,
    code without its backticks, no markup (what a search index matches against)."""
    if not text or not text.strip():
        return ""
    words: list[str] = []
    for block in _parser().parse(text, {}):
        if block.type == "inline":
            words.extend(child.content or " " for child in block.children or () if child.type in ("text", "code_inline", "softbreak", "hardbreak"))
        elif block.type in ("code_block", "fence"):
            words.append(block.content)
        words.append(" ")
    return " ".join("".join(words).split())
