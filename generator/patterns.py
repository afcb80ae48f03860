"""A string that a schema's `pattern` matches, for example values: deterministic, short, readable.

Walks the pattern as Python's own regex parser reads it (the common subset of ECMA-262 that specs
use: literals, classes, escapes, groups, alternation, repeats, anchors). Every repeat takes its
minimum count, grown evenly until the string reaches minLength; the result is checked with `re`, so
a pattern outside the subset (lookarounds, back references) gives None rather than a wrong value.
"""

from __future__ import annotations

import re
from typing import Any

# Python 3.11+ keeps the regex parser here (sre_parse is its deprecated alias)
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Characters tried, in order, for classes and "any": letters and digits read best in an example.
_PREFERRED = "a0Ab1Bc2C-_. xyz9Z"
_CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: "0",
    sre.CATEGORY_NOT_DIGIT: "a",
    sre.CATEGORY_WORD: "a",
    sre.CATEGORY_NOT_WORD: "-",
    sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_NOT_SPACE: "a",
}
_MAX_GROWTH = 64


def matching_string(pattern: str, min_length: int | None = None, max_length: int | None = None) -> str | None:
    """The shortest simple string the pattern finds (JSON Schema patterns search, unanchored) that fits the lengths."""
    try:
        parsed = sre_parse.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return None
    low, high = min_length or 0, max_length
    for growth in range(_MAX_GROWTH + 1):
        try:
            text = _render(parsed, growth)
        except _Unsupported:
            return None
        if high is not None and len(text) > high:
            return None
        if len(text) >= low and compiled.search(text):
            return text
        if len(text) >= low:
            return None
    return None


class _Unsupported(Exception):
    pass


def _render(parsed: Any, growth: int) -> str:
    out: list[str] = []
    for op, arg in parsed:
        out.append(_node(op, arg, growth))
    return "".join(out)


def _node(op: Any, arg: Any, growth: int) -> str:
    if op is sre.LITERAL:
        return chr(arg)
    if op is sre.NOT_LITERAL:
        return next(c for c in _PREFERRED if ord(c) != arg)
    if op is sre.ANY:
        return "a"
    if op is sre.IN:
        return _in_class(arg)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, item = arg
        count = low + growth if high is sre.MAXREPEAT else min(high, low + growth)
        return "".join(_render(item, growth) for _ in range(count))
    if op is sre.SUBPATTERN:
        return _render(arg[-1], growth)
    if op is sre.BRANCH:
        return _render(arg[1][0], growth)
    if op is sre.AT:
        return ""
    if op in (getattr(sre, "ATOMIC_GROUP", None),):
        return _render(arg, growth)
    raise _Unsupported(str(op))


def _in_class(items: Any) -> str:
    negate = bool(items) and items[0][0] is sre.NEGATE
    allowed = items[1:] if negate else items

    def member(c: str) -> bool:
        for op, arg in allowed:
            if op is sre.LITERAL and ord(c) == arg:
                return True
            if op is sre.RANGE and arg[0] <= ord(c) <= arg[1]:
                return True
            if op is sre.CATEGORY and re.fullmatch(_category_regex(arg), c):
                return True
        return False

    for c in _PREFERRED:
        if member(c) != negate:
            return c
    if not negate:
        op, arg = allowed[0]
        if op is sre.LITERAL:
            return chr(arg)
        if op is sre.RANGE:
            return chr(arg[0])
        if op is sre.CATEGORY:
            return _CATEGORY_CHARS.get(arg, "a")
    raise _Unsupported("character class")


def _category_regex(category: Any) -> str:
    return {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
    }.get(category, r"[^\s\S]")
