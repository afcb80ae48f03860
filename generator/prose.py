"""Markdown prose wrapped to a width for docstrings and doc comments, rendering as before.

Only paragraph and list-item lines are broken, at spaces: a line break inside a paragraph is a
soft break in Markdown, and a list item's continuation lines are indented under its text. Code
(fenced or indented), tables, headings, quotes and HTML lines are kept as written, and so is a
word longer than the width (a URL)."""

from __future__ import annotations

import re
from functools import lru_cache

_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])\s+")
_FENCE = re.compile(r"\s{0,3}(```|~~~)")
_KEPT = ("|", "#", ">", "<")
# A word that would start a block (list item, heading, quote, rule, fence...) at the start of a
# line, or a tag in a doc comment (@see); a break is never put before it.
_BLOCK_START = re.compile(r"(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|[#>|<@]|```|~~~|[-=_*\s]+$)")


def wrap_markdown(lines: list[str], width: int) -> list[str]:
    """`lines` with every long prose line broken into lines of at most `width` characters."""
    out: list[str] = []
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
            continue
        if fenced or len(line) <= width or _is_kept(line):
            out.append(line)
            continue
        out.extend(_wrap_line(line, width))
    return out


def _is_kept(line: str) -> bool:
    stripped = line.lstrip(" ")
    return len(line) - len(stripped) >= 4 or stripped.startswith(_KEPT) or "\t" in line


# The same description is wrapped for several places (a model's field and the method argument it
# feeds): more than half of a large spec's lines come again.
@lru_cache(maxsize=16384)
def _wrap_line(line: str, width: int) -> tuple[str, ...]:
    indent = line[: len(line) - len(line.lstrip(" "))]
    item = _LIST_ITEM.match(line, len(indent))
    hanging = indent + " " * (item.end() - len(indent)) if item else indent
    rows: list[list[str]] = [[]]
    joined = 0  # len(" ".join(rows[-1])), kept as words come (joining again for each word was quadratic)
    for word in line[len(indent) :].rstrip(" ").split(" "):
        row = rows[-1]
        taken = len(indent if len(rows) == 1 else hanging) + joined
        if not row or taken + 1 + len(word) <= width:
            joined += len(word) + (1 if row else 0)
            row.append(word)
        elif word:  # a new line; a word that would open a block there takes the one before along
            carried = [row.pop()] if _BLOCK_START.match(word) and len(row) > 1 else []
            rows.append(carried + [word])
            joined = sum(len(w) + 1 for w in rows[-1]) - 1
    lines = [(indent + " ".join(rows[0])).rstrip(" ")]
    for row in rows[1:]:
        text = " ".join(row).rstrip(" ")
        if _BLOCK_START.match(text):  # still a block opener (a rule, or a carried word): no break here
            lines[-1] += " " + text
        else:
            lines.append(hanging + text)
    return tuple(lines)
