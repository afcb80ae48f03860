"""TypeScript source laid out over lines the way prettier would: a construct stays on one line when
it fits in LINE_WIDTH, else its items go one per line with a trailing comma."""

from __future__ import annotations

from typing import Any, Sequence

from ...literals import ts_key, ts_literal

LINE_WIDTH = 100
INDENT = "  "


def _exploded(opening: str, items: Sequence[str], closing: str, level: int) -> str:
    inner = INDENT * (level + 1)
    return opening + "\n" + "".join(f"{inner}{item},\n" for item in items) + INDENT * level + closing


def ts_value(value: Any, level: int = 0, taken: int = 0) -> str:
    """A JSON value as a TypeScript literal that starts `taken` columns into a line indented
    `level` steps (and is followed by one more character, a comma or semicolon)."""
    single = ts_literal(value)
    fits = len(INDENT) * level + taken + len(single) + 1 <= LINE_WIDTH
    if fits or not isinstance(value, (list, dict)) or not value:
        return single
    if isinstance(value, list):
        return _exploded("[", [ts_value(item, level + 1) for item in value], "]", level)
    entries = []
    for key, item in value.items():
        written = ts_key(str(key))
        entries.append(f"{written}: {ts_value(item, level + 1, len(written) + 2)}")
    return _exploded("{", entries, "}", level)


def ts_call(callee: str, arguments: Sequence[str], level: int, suffix: str = ";") -> str:
    """`callee(a, b)` on one line when it fits, else one argument per line. An argument that is
    itself laid out over lines must already be written for `level + 1`."""
    single = f"{callee}({', '.join(arguments)}){suffix}"
    if "\n" not in single and len(INDENT) * level + len(single) <= LINE_WIDTH:
        return single
    return _exploded(f"{callee}(", arguments, f"){suffix}", level)


def ts_signature(name: str, parameters: Sequence[str], returns: str, level: int) -> str:
    """A method's head up to its opening brace, the parameters one per line when it is too long."""
    single = f"{name}({', '.join(parameters)}): {returns} {{"
    if len(INDENT) * level + len(single) <= LINE_WIDTH:
        return single
    return _exploded(f"{name}(", parameters, f"): {returns} {{", level)
