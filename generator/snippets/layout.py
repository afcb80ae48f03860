"""How values are laid out in SDK snippets: one rule, mirrored by templates/snippets/live.js.

A value stays on one line when it is a scalar, an empty container, a list of scalars, or an
object with a single scalar entry; anything else opens one line per entry with a trailing comma
(black keeps such a layout as written)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..literals import js_number, py_string, ts_key, ts_string


@dataclass(frozen=True)
class Leaf:
    """Source text already made (a file expression): printed as is, counts as a scalar."""

    text: str


@dataclass(frozen=True)
class Syntax:
    """How a language writes literals, for laying out example values."""

    indent: str
    string: Callable[[str], str]
    key: Callable[[str], str]
    null: str
    true: str
    false: str
    inline_object: Callable[[str], str]  # "k: v" -> "{ k: v }"


def ts_literal_key(name: str) -> str:
    """A key in a TypeScript object literal: `__proto__: v` there would set the prototype, not a
    property, so that one name is written as a computed key."""
    return "[" + ts_string(name) + "]" if name == "__proto__" else ts_key(name)


TYPESCRIPT = Syntax("  ", ts_string, ts_literal_key, "null", "true", "false", lambda entry: "{ " + entry + " }")
PYTHON = Syntax("    ", py_string, py_string, "None", "True", "False", lambda entry: "{" + entry + "}")


def is_scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def is_inline(value: Any) -> bool:
    if isinstance(value, list):
        return all(is_scalar(v) for v in value)
    if isinstance(value, dict):
        return len(value) == 0 or len(value) == 1 and is_scalar(next(iter(value.values())))
    return True


def literal(value: Any, syntax: Syntax, level: int = 0) -> str:
    if isinstance(value, Leaf):
        return value.text
    if isinstance(value, str):
        return syntax.string(value)
    if value is None:
        return syntax.null
    if isinstance(value, bool):
        return syntax.true if value else syntax.false
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, list):
        if is_inline(value):
            return "[" + ", ".join(literal(v, syntax) for v in value) + "]"
        return _block("[", "]", [literal(v, syntax, level + 1) for v in value], syntax, level)
    if isinstance(value, dict):
        entries = [syntax.key(str(k)) + ": " + literal(v, syntax, level + 1) for k, v in value.items()]
        if not entries:
            return "{}"
        if is_inline(value):
            return syntax.inline_object(entries[0])
        return _block("{", "}", entries, syntax, level)
    return syntax.string(str(value))


def _block(opener: str, closer: str, lines: list[str], syntax: Syntax, level: int) -> str:
    inner = syntax.indent * (level + 1)
    return opener + "\n" + "".join(inner + line + ",\n" for line in lines) + syntax.indent * level + closer
