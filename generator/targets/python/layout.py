"""Lines laid out the way black lays them out, for the constructs the templates repeat most.

Correctness never depends on this: black formats every file afterwards. But black formats a
file twice when its first pass changes anything, so source it would leave alone costs half."""

from __future__ import annotations

from typing import Sequence

from ...format import LINE_LENGTH


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


def import_from(module: str, names: Sequence[str], indent: int) -> str:
    """`from module import a, b`, exploded in parentheses when it does not fit."""
    single = f"from {module} import {', '.join(names)}"
    if indent + len(single) <= LINE_LENGTH:
        return single
    return collection(f"from {module} import (", names, ")", indent)
