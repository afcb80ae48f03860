"""The search index kept between runs in pieces (render_memo.remembered), so that an edit makes
again only the entries it touches, and no description is read or parsed for the others.

The index writes each text once and names it by its position (search_index.py), given in the
order the index first meets the texts: a piece's positions depend on every piece before it. A
piece therefore keeps its entries as JSON with a hole for each of its texts' positions, and those
texts; each run fills the holes of every piece, in order, which costs a lookup per text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence, TypeVar

from ...literals import json_text
from ...markdown import plain_text
from ...render_memo import remembered

Item = TypeVar("Item")
# Descriptions are cut here (at a word): the opening says what a thing is, and the index stays small.
TEXT_LIMIT = 300
# Entries per piece: an edit makes this many again, and each run looks this many up at once.
PIECE_LENGTH = 32
_NO_TEXT = json_text("")  # position 0


@dataclass(frozen=True)
class IndexPiece:
    """Entries of the index as JSON with holes ({0}, {1} ...) for positions in the texts, and the
    texts that go in them (as JSON strings), numbered in the order the index meets them."""

    template: str
    texts: list[str]


class PieceWriter:
    """What the entries of one piece need from it: a hole for each description's text."""

    def __init__(self) -> None:
        self._holes: dict[str, int] = {}  # a text -> its number: a text met again in the piece is kept once

    @property
    def texts(self) -> list[str]:
        return list(self._holes)

    def hole(self, markdown: str | None) -> str:
        text = json_text(_shortened(plain_text(markdown)))
        return "{%d}" % self._holes.setdefault(text, len(self._holes))


def _shortened(text: str) -> str:
    if len(text) <= TEXT_LIMIT:
        return text
    return text[: TEXT_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def literal(value: str) -> str:
    """A value as JSON in a piece's template, where braces are doubled (the holes are format fields)."""
    return json_text(value).replace("{", "{{").replace("}", "}}")


def array(items: Iterable[str]) -> str:
    return "[" + ",".join(items) + "]"


def runs(items: Sequence[Item]) -> list[tuple[int, Sequence[Item]]]:
    """items in runs of PIECE_LENGTH, each with the position of its first item. An item added or
    taken away moves every run after it, but it changes the Api's outline as well, and with it
    every page of the docs."""
    return [(start, items[start : start + PIECE_LENGTH]) for start in range(0, len(items), PIECE_LENGTH)]


def remembered_piece(made_from: tuple[Any, ...], entries: Callable[[PieceWriter], list[str]]) -> IndexPiece:
    """The piece of the entries that entries() writes, or the one kept under `made_from` (which
    holds everything they are made from) at the last run."""

    def made() -> str:
        writer = PieceWriter()
        template = ",".join(entries(writer))
        return "\n".join([template, *writer.texts])  # JSON holds no raw line break

    template, *texts = remembered(made_from, made).split("\n")
    return IndexPiece(template, texts)


def filled(sections: Sequence[tuple[str, list[IndexPiece]]]) -> str:
    """The index as JSON: each section's entries, their holes filled with the positions of their
    texts, then the texts, each once."""
    positions = {_NO_TEXT: 0}
    written = []
    for name, pieces in sections:
        entries = [p.template.format(*[positions.setdefault(t, len(positions)) for t in p.texts]) for p in pieces if p.template]
        written.append(f"{json_text(name)}:{array(entries)}")
    written.append(f"{json_text('texts')}:{array(positions)}")
    return "{" + ",".join(written) + "}"
