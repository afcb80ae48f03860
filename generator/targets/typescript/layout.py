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
    if returns.endswith(">") and "<" in returns:
        # A long generic result (`core.PagePromise<core.Page<Item, Response>>`) breaks inside its brackets.
        outer, _, inner = returns.partition("<")
        returns = ts_generic(outer, inner[:-1], level, taken=len("): "), after=" {")
    return _exploded(f"{name}(", parameters, f"): {returns} {{", level)


def ts_generic(outer: str, argument: str, level: int, taken: int = 0, after: str = "") -> str:
    """`outer<argument>`, or, where that line (`taken` columns in, `after` following) would be too
    long, the type arguments on lines of their own, each broken the same way if still too long."""
    single = f"{outer}<{argument}>"
    if len(INDENT) * level + taken + len(single) + len(after) <= LINE_WIDTH:
        return single
    arguments = _top_level(argument, ", ")
    lines = []
    for i, each in enumerate(arguments):
        comma = "," if i < len(arguments) - 1 else ""
        if each.endswith(">") and "<" in each:
            head, _, inner = each.partition("<")
            each = ts_generic(head, inner[:-1], level + 1, after=comma)
        lines.append(f"{INDENT * (level + 1)}{each}{comma}\n")
    return f"{outer}<\n{''.join(lines)}{INDENT * level}>"


def _top_level(expression: str, separator: str) -> list[str]:
    """`expression` cut at each `separator` outside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(expression):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING and expression[i - 1 : i + 1] != "=>":
            depth -= 1
        elif depth == 0 and expression.startswith(separator, i):
            parts.append(expression[start:i])
            start = i + len(separator)
    return [*parts, expression[start:]]


_OPENING, _CLOSING = "([{<", ")]}>"


def union_members(expression: str) -> list[str]:
    """The members of a type's top-level union (`A | B<C | D>` is `A`, `B<C | D>`); quotes and
    brackets are respected, so a member's own text is never cut."""
    members, depth, quote, start, i = [], 0, "", 0, 0
    while i < len(expression):
        ch = expression[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch in _OPENING:
            depth += 1
        elif ch in _CLOSING and expression[i - 1 : i + 1] != "=>":
            depth -= 1
        elif depth == 0 and expression.startswith(" | ", i):
            members.append(expression[start:i])
            start = i + 3
            i += 2
        i += 1
    return members + [expression[start:]]


def ts_typed(head: str, expression: str, tail: str, level: int) -> str:
    """`head expression tail` (a type alias or a member), a long union with one member per
    line after a leading `|`, as prettier writes it."""
    single = f"{head} {expression}{tail}"
    members = union_members(expression)
    if len(INDENT) * level + len(single) <= LINE_WIDTH or len(members) < 2:
        return single
    inner = "\n" + INDENT * (level + 1) + "| "
    return head + inner + inner.join(members) + tail
