"""Markdown in spec descriptions, rendered to safe HTML with markdown-it-py (CommonMark).

Raw HTML in the text is shown as text, never parsed. Links are kept; a relative link is resolved
against the provider's documentation site when there is one; a link whose scheme is not plainly
safe (javascript:, data:, vbscript: ...) is not turned into a link at all, so it stays inert text."""

from __future__ import annotations

import html
import re
import string
import unicodedata
from functools import lru_cache, partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .render_memo import remembered

if TYPE_CHECKING:  # the parser is loaded on the first description that needs it
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
    from markdown_it import MarkdownIt

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


# Most descriptions are prose that CommonMark reads as plain paragraphs: lines of words and
# punctuation, `code` spans, snake_case names. Those are recognised and rendered here, exactly as
# markdown-it renders them (tests/docs/test_markdown.py compares both on every description of
# the corpus), at a fraction of the parser's cost; anything else goes through the parser.
_PLAIN_ASCII_TEXT = string.ascii_letters + string.digits + " ,.;:'\"()?/%=+@$^{}|!#-"
_PLAIN_ASCII = frozenset(_PLAIN_ASCII_TEXT)
_INERT_ASCII = re.compile("(?:[" + re.escape(_PLAIN_ASCII_TEXT) + "]|(?<=[A-Za-z0-9])_(?=[A-Za-z0-9]))*")
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
_INERT_CATEGORIES = ("L", "N", "S", "P")  # letters, numbers, symbols, punctuation; no spaces or controls


def _plain_paragraphs(text: str) -> list[list[list[str]]] | None:
    """The paragraphs of a description whose every line is plain words (each line split at its
    backticks: even pieces are text, odd pieces code), or None when the parser must read it."""
    paragraphs = []
    for paragraph in _PARAGRAPH_BREAK.split(text.rstrip("\n")):
        lines = []
        for line in paragraph.split("\n"):
            pieces = line.split("`")
            # a line begins with a letter or a code span (no list, heading, quote or indented
            # code) and ends without a space (a hard break); every code span is closed and holds
            # something with no space at either end
            if not line or line[-1] == " " or len(pieces) % 2 == 0 or "``" in line or not (line[0].isalpha() or line[0] == "`"):
                return None
            for index, piece in enumerate(pieces):
                if index % 2 == 1:
                    if not piece or piece[0] == " " or piece[-1] == " ":
                        return None
                elif not _inert(piece):
                    return None
            lines.append(pieces)
        paragraphs.append(lines)
    return paragraphs


def _inert(piece: str) -> bool:
    """Text with nothing CommonMark acts on: an underscore only between two ASCII letters or
    digits (inside a word it never emphasises)."""
    if piece.isascii():
        return _INERT_ASCII.fullmatch(piece) is not None
    for position, ch in enumerate(piece):
        if ch in _PLAIN_ASCII:
            continue
        if ch == "_":
            if 0 < position < len(piece) - 1 and _word_character(piece[position - 1]) and _word_character(piece[position + 1]):
                continue
            return False
        if ch < "\x80" or not unicodedata.category(ch).startswith(_INERT_CATEGORIES):
            return False
    return True


def _word_character(ch: str) -> bool:
    return ch < "\x80" and ch.isalnum()


def _escape(text: str) -> str:
    """As markdown-it escapes text (& < > and double quotes), without loading the parser."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def _plain_html(paragraphs: list[list[list[str]]]) -> str:
    return "".join(
        "<p>" + "\n".join(
            "".join(f"<code>{_escape(piece)}</code>" if index % 2 else _escape(piece) for index, piece in enumerate(pieces))
            for pieces in lines
        ) + "</p>\n"
        for lines in paragraphs
    )


@lru_cache(maxsize=None)
def render_markdown(text: str | None, base_url: str | None = None) -> str:
    """HTML for one description (block level: paragraphs, lists, code)."""
    if not text or not text.strip():
        return ""
    paragraphs = _plain_paragraphs(text)
    if paragraphs is not None:
        return _plain_html(paragraphs)
    return parsed_html(text, base_url)


def parsed_html(text: str, base_url: str | None = None) -> str:
    """What markdown-it makes of a description, always through the parser (or, in a run that
    keeps its renderings, what it made of the same text at the last run)."""
    return remembered(("markdown html", text, base_url), partial(_parsed_html, text, base_url))


def _parsed_html(text: str, base_url: str | None) -> str:
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


@lru_cache(maxsize=None)
def plain_text(text: str | None) -> str:
    """The words a reader sees in a description, on one line: link texts without their addresses,
    code without its backticks, no markup (what a search index matches against)."""
    if not text or not text.strip():
        return ""
    if _plain_paragraphs(text) is not None:
        return " ".join(text.replace("`", "").split())
    return parsed_plain_text(text)


def parsed_plain_text(text: str) -> str:
    """plain_text, always through the parser (or kept from the last run, as parsed_html)."""
    return remembered(("markdown plain text", text), partial(_parsed_plain_text, text))


def _parsed_plain_text(text: str) -> str:
    words: list[str] = []
    for block in _parser().parse(text, {}):
        if block.type == "inline":
            words.extend(child.content or " " for child in block.children or () if child.type in ("text", "code_inline", "softbreak", "hardbreak"))
        elif block.type in ("code_block", "fence"):
            words.append(block.content)
        words.append(" ")
    return " ".join("".join(words).split())
