"""Lines laid out the way black lays them out, for the constructs the templates repeat most.

Correctness never depends on this: black formats every file afterwards. But black formats a
file twice when its first pass changes anything, so source it would leave alone costs half."""

from __future__ import annotations

import re
from typing import Sequence

from ...format import LINE_LENGTH
from .annotations import decoder_literal


def collection(opening: str, items: Sequence[str], closing: str, indent: int) -> str:
    """A tuple, dict or call argument list: one line when it fits, else one item per line with
    a trailing comma (black's rule for collections). `opening` is what precedes the bracket
    content on the first line, including the bracket; the result has no leading indent."""
    trailing = "," if len(items) == 1 and opening.endswith("(") and not opening.endswith(" = _t.TypedDict(") else ""
    single = f"{opening}{', '.join(items)}{trailing}{closing}"
    if len(items) == 0 or indent + len(single) <= LINE_LENGTH:
        return single
    inner = " " * (indent + 4)
    return f"{opening}\n" + "".join(f"{inner}{item},\n" for item in items) + " " * indent + closing


def nested_tuple(prefix: str, value: object, suffix: str, indent: int) -> str:
    """A decoder (nested tuples) after `prefix`: one line when it fits, else each tuple
    that does not fit exploded one item per line with trailing commas, which black keeps."""
    flat = decoder_literal(value)
    if not isinstance(value, tuple) or indent + len(prefix) + len(flat) + len(suffix) <= LINE_LENGTH:
        return prefix + flat + suffix
    pad = " " * (indent + 4)
    items = "".join(f"{pad}{nested_tuple('', item, ',', indent + 4)}\n" for item in value)
    return f"{prefix}(\n{items}{' ' * indent}){suffix}"


def import_from(module: str, names: Sequence[str], indent: int) -> str:
    """`from module import a, b`, exploded in parentheses when it does not fit."""
    single = f"from {module} import {', '.join(names)}"
    if indent + len(single) <= LINE_LENGTH:
        return single
    return collection(f"from {module} import (", names, ")", indent)


def subscript(prefix: str, opening: str, items: Sequence[str], indent: int, closing: str = "]") -> str:
    """`prefix` + `opening` + items + `]` as black splits a subscript: on one line when it fits,
    else the items on one line of their own when that fits, else one per line with a trailing
    comma. The result starts at `opening` (the prefix is only measured)."""
    inner = ", ".join(items)
    if indent + len(prefix) + len(opening) + len(inner) + 1 <= LINE_LENGTH:
        return f"{opening}{inner}{closing}"
    pad, inner_pad = " " * indent, " " * (indent + 4)
    if len(items) == 1 or indent + 4 + len(inner) <= LINE_LENGTH:
        return f"{opening}\n{inner_pad}{inner}\n{pad}{closing}"
    return f"{opening}\n" + "".join(f"{inner_pad}{item},\n" for item in items) + f"{pad}{closing}"


def _top_level_items(text: str) -> list[str] | None:
    """`A, B[C, D]` split at the commas outside brackets; None when the brackets do not pair up."""
    items, depth, start = [], 0, 0
    for at, char in enumerate(text):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
            if depth < 0:
                return None
        elif char == "," and depth == 0:
            items.append(text[start:at].strip())
            start = at + 1
    items.append(text[start:].strip())
    return items if depth == 0 and all(items) else None


def returns_line(annotation: str, indent: int) -> str:
    """What follows `) -> ` on a signature's last line, up to its colon: a generic result too
    long for the line is split inside its brackets as black splits it (black formats whatever
    this leaves too long)."""
    return _generic(annotation, indent, len(") -> :"))


def _generic(annotation: str, indent: int, around: int) -> str:
    """`Name[A, B[C, D]]` at `indent` with `around` more characters on its line: on one line
    when it fits, else the items on a line of their own when that fits, else one per line
    with a trailing comma, each laid out by the same rule."""
    if indent + around + len(annotation) <= LINE_LENGTH:
        return annotation
    opening, bracket, rest = annotation.partition("[")
    plain_name = opening.replace(".", "").replace("_", "").isalnum()
    items = _top_level_items(rest[:-1]) if bracket and rest.endswith("]") and plain_name else None
    if items is None:
        return annotation
    inner, pad, inner_pad = ", ".join(items), " " * indent, " " * (indent + 4)
    if len(items) == 1 or indent + 4 + len(inner) <= LINE_LENGTH:
        return f"{opening}[\n{inner_pad}{inner}\n{pad}]"
    lines = "".join(f"{inner_pad}{_generic(item, indent + 4, 1)},\n" for item in items)
    return f"{opening}[\n{lines}{pad}]"


def call(prefix: str, arguments: Sequence[str], indent: int) -> str:
    """`prefix(arguments)` as black splits a call (the same rule as a subscript's)."""
    return prefix + subscript(prefix, "(", arguments, indent, ")")


# `Name[A, B.C]` or `Name[A | B]`: a subscript of plain names, which black splits inside its brackets.
_FLAT_SUBSCRIPT = re.compile(r"([\w.]+\[)((?:[\w.]+(?:, | \| ))*[\w.]+)\]")


def annotated(name: str, annotation: str, suffix: str, indent: int) -> str:
    """`name: annotation<suffix>` (suffix: `` = default,`` or ``,`` or nothing). Too long, black
    wraps a union or a bare name in parentheses; other shapes are left to black."""
    single = f"{name}: {annotation}{suffix}"
    literal = literal_layout(f"{name}: ", annotation, suffix, indent)
    if literal is not None:
        return literal
    flat = _FLAT_SUBSCRIPT.fullmatch(annotation)
    fits_inside = flat is not None and (", " in flat.group(2) or indent + 4 + len(flat.group(2)) <= LINE_LENGTH)
    if flat is not None and fits_inside and indent + len(single) > LINE_LENGTH:
        items = flat.group(2).split(", ")
        measured = f"{name}: {suffix}"  # subscript() only measures its prefix: the suffix counts too
        return f"{name}: " + subscript(measured, flat.group(1), items, indent) + suffix
    splittable = " | " in annotation or annotation.replace(".", "").replace("_", "").isalnum()
    if indent + len(single) <= LINE_LENGTH or not splittable or indent + 4 + len(annotation) > LINE_LENGTH:
        return single
    return f"{name}: (\n{' ' * (indent + 4)}{annotation}\n{' ' * indent}){suffix}"


def _literal_items(annotation: str) -> list[str] | None:
    """The values of a plain `_t.Literal[...]` annotation, when they split unambiguously."""
    if not (annotation.startswith("_t.Literal[") and annotation.endswith("]")) or "\\" in annotation:
        return None
    items = annotation[len("_t.Literal[") : -1].split(", ")
    for item in items:
        quoted = len(item) >= 2 and item[0] == item[-1] == '"' and '"' not in item[1:-1]
        if not quoted and not item.lstrip("-").isdigit():
            return None
    return items


def literal_layout(prefix: str, annotation: str, suffix: str, indent: int) -> str | None:
    """`prefix` + a `_t.Literal[...]` annotation (optionally `| None`) + `suffix`, laid out as
    black does; None for other annotations."""
    literal, _, tail = annotation.partition("] | ")
    alternatives = tail.split(" | ") if tail else []
    items = _literal_items(literal + "]" if tail else annotation)
    if items is None:
        return None
    single = f"{prefix}{annotation}{suffix}"
    if indent + len(single) <= LINE_LENGTH:
        return single
    if not alternatives:
        return prefix + subscript(prefix, "_t.Literal[", items, indent) + suffix
    pad, inner = " " * indent, " " * (indent + 4)
    if indent + 4 + len(annotation) <= LINE_LENGTH:
        return f"{prefix}(\n{inner}{annotation}\n{pad}){suffix}"
    lines = [subscript("", "_t.Literal[", items, indent + 4)] + [f"| {alt}" for alt in alternatives]
    return f"{prefix}(\n" + "".join(f"{inner}{line}\n" for line in lines) + f"{pad}){suffix}"
