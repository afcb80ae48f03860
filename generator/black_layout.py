"""Whether a Python file already shows black's layout, judged from its lines without parsing it.

The Python templates emit what black writes (targets/python/layout.py lays out signatures,
literals and imports; literals.py quotes strings and wraps docstrings as black leaves them), so
black leaves most generated files unchanged, and formatting them was most of a cold run. What
the templates cannot lay out is a line of code longer than black's limit (a long union, a long
literal, a long name): black splits it. A file is vouched for, and skips black, only when it has
none of the things black rewrites that a scan of its lines can see:

- a line wider than the limit, unless it is one black cannot split: text inside a
  triple-quoted string or the first line of one, a one-line docstring, a comment, or one item
  of a collection, call or import that is already one per line (a string or a name, a
  `key: value` pair or `name=value` of those, `Name as Name`, each followed by its comma);
- tabs, carriage returns, form feeds, trailing blanks, backslash continuations, more than two
  blank lines in a row, blank lines at the start or end, a missing final newline, a blank
  before a closing bracket after a comma, empty brackets split over two lines;
- ''' strings (black rewrites docstrings to \"\"\"), and a triple-quoted string left open;
- in code (outside triple-quoted strings): a `#` without a blank after it, two blanks in a row
  other than before a comment, a blank inside a bracket or before a comma.

This is not a formatter's check of arbitrary code (black's own --check is that): it catches
what the templates could get wrong, and only files the built-in templates made are judged by it.

Black remains the arbiter: every file that fails any of these goes through black, and
tests/python_sdk/test_black_layout.py proves over every corpus document that black leaves every
vouched file unchanged."""

from __future__ import annotations

import re

from .literals import PY_LINE_LENGTH

_REWRITTEN = ("\t", "\r", "\f", "\v", " \n", "\\\n", "'''", "\n\n\n\n", ", )", ", ]", ", }")
# brackets opened at a line's end and closed on the next: black joins them (`{}`)
_EMPTY_SPLIT = re.compile(r"[(\[{]\n *[)\]}]")
_TRIPLE = '"""'
_CODE_REWRITTEN = ("( ", "[ ", "{ ", " )", " ]", " }", " ,")
_UNSPACED_COMMENT = re.compile(r"#(?! )")
_STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""")
# with each string literal replaced by S: the lines black leaves however long they are
_ATOM = r"(?:S|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)"
_UNSPLITTABLE = re.compile(rf"\s+(?:{_ATOM}(?:: {_ATOM})?|\w+ as \w+|\w+={_ATOM}),|\s*#(?: .*)?")


def _too_wide(line: str) -> bool:
    if 2 * len(line) <= PY_LINE_LENGTH:  # no character is wider than two columns
        return False
    if line.isascii():
        return len(line) > PY_LINE_LENGTH
    # black measures East Asian wide characters as two columns (imported here: few lines need it)
    from black.strings import str_width

    return str_width(line) > PY_LINE_LENGTH


def in_black_layout(source: str) -> bool:
    if not source.endswith("\n") or source.endswith("\n\n") or source.startswith("\n"):
        return False
    if any(mark in source for mark in _REWRITTEN) or _EMPTY_SPLIT.search(source):
        return False
    inside = False  # within a triple-quoted string
    for line in source.split("\n"):
        quotes = line.count(_TRIPLE)
        if _too_wide(line) and not _long_but_unsplittable(line, quotes, inside):
            return False
        if not inside and not quotes and not _code_in_layout(line):
            return False
        if quotes % 2:
            inside = not inside
    return not inside


def _code_in_layout(line: str) -> bool:
    code = line.lstrip(" ")
    if "#" in code and _UNSPACED_COMMENT.search(code):
        return False
    if "  " in code and "  " in code.replace("  # ", ""):
        return False
    return not any(mark in code for mark in _CODE_REWRITTEN)


def _long_but_unsplittable(line: str, quotes: int, inside: bool) -> bool:
    if inside:
        # text, not its last line: black moves closing quotes that would overflow to a line of their own
        return quotes == 0
    text = line.strip()
    if text.startswith(_TRIPLE):
        # a docstring's first line (quotes == 1), or a one-line docstring
        return quotes == 1 or (quotes == 2 and text.endswith(_TRIPLE) and len(text) >= 6)
    return _UNSPLITTABLE.fullmatch(_STRING.sub("S", line)) is not None
