"""A YAML document read in pieces, so that an edit parses again only the piece it is in.

Parsing the 3 MB Plaid spec takes half a second; after an edit, everything but one path or one
schema is the same text as before. The document's block mapping is cut where a key starts at the
indentation of its siblings (each top-level key; each path and webhook; each component of each
kind), every piece is parsed alone (or found by its digest among the pieces the last read of
the same file parsed) and the values are joined as the parser joins a mapping's entries.

Such a cut can only mislead the parser where a value runs over lines at its key's indentation
(a quoted or flow value left open) or refers to an anchor in another piece; both make the piece
that holds them fail to parse, and then the whole text is parsed as one, as it would have been.
Whatever is not a plain block mapping at the top is parsed as one too.

The same cut, made in the parsed value, gives a document's parts (`parts`): each is read for its
prose texts and shape digest once (load/prose_places.py), and a piece found again brings its
parts' with it, so that a run after an edit reads only the edited piece's prose."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

import xxhash

from .marks import Marks, index_marks
from .prose_places import Part, joined, part, walked_as

# What a key's line may start with where the text is cut (not a sequence entry, a complex key, a
# flow collection, an anchor, alias, tag, block scalar, directive or comment).
_KEY_LINE = re.compile(r"( *)[^\s?\-{}\[\]&*!|>%@`#,][^\n]*?:(?: [^\n]*)?$")
# How deep below each of these top-level keys the entries are cut: paths/<path>, webhooks/<name>,
# components/<kind>/<name>. Only these plain keys are cut into (each reads as the same string).
_CUT_DEPTH = {"paths": 1, "webhooks": 1, "components": 2}
_CUT_KEYS = frozenset(("paths", "webhooks", "components", "schemas", "responses", "parameters", "examples",
                       "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems"))

Parse = Callable[[str], Any]
# digest of a piece's text and of where it is -> its parsed value and its parts (prose_places.py:
# their prose texts are the very strings the value holds, as marshal keeps a string met twice)
Pieces = dict[bytes, tuple[Any, list[Part]]]


def is_cut(where: tuple[Any, ...]) -> bool:
    """Whether the mapping at `where` (the keys down to it) is cut into its entries: the
    document, `paths`, `webhooks`, `components` and each kind of component."""
    return not where or (len(where) <= _CUT_DEPTH.get(where[0], 0) and all(key in _CUT_KEYS for key in where))


def parts(value: dict[Any, Any], where: tuple[Any, ...] = (), read_as: bool | None = False) -> list[Part]:
    """The parts of the mapping at `where` (whose prose is read as `read_as`): each entry of a
    mapping cut into its entries (is_cut) that is not itself cut, on its own. A document's
    shape and prose are its parts' (prose_places.joined), however its text is laid out."""
    found: list[Part] = []
    for key, item in value.items():
        inner = (*where, key)
        if type(item) is dict and is_cut(inner):
            found += parts(item, inner, None if read_as is None else walked_as(read_as, key))
        else:
            found.append(part(inner, {key: item}, read_as))
    return found


class NotInPieces(Exception):
    """The text cannot be read in pieces: it is parsed as one."""


class Cut:
    """A text's pieces, found without parsing anything."""

    def __init__(self, text: str) -> None:
        first = _CONTENT.search(text)
        if first is None or first.group(1):
            raise NotInPieces
        self._text, self._first = text, first.start()
        self._names = xxhash.xxh3_128()
        self._cut_starts: dict[int, int] = {}  # id of a cut mapping's entries -> where its key line starts
        self._tree = self._mapping(0, len(text), 0, ())
        self._keys: dict[int, list[Any]] = {}  # a piece's start -> the keys its value has
        self._marks: dict[int, Marks] = {}  # a piece's start -> its positions, once asked for
        self._parts: list[Part] = []

    @property
    def names(self) -> str:
        """A digest of the lines the text is cut at (its paths' and components' names): the
        same after an edit inside any piece."""
        return self._names.hexdigest()

    def parse(self, parse: Parse, known: Pieces) -> tuple[Any, Pieces]:
        """The document's value, and every piece's value by digest (what the next read reuses).
        Raises NotInPieces when a piece does not parse alone: the text must be parsed whole."""
        used: Pieces = {}
        self._parts = []
        return self._join(self._tree, (), False, parse, known, used), used

    @property
    def parts(self) -> list[Part]:
        """The parsed document's parts, in order (call after parse)."""
        return self._parts

    def prose_and_shape(self) -> tuple[list[str], bytes]:
        """The parsed document's prose texts and shape digest, from its pieces' parts (call after parse)."""
        return joined(self._parts)

    def _join(self, tree: Tree, where: tuple[str, ...], read_as: bool | None, parse: Parse, known: Pieces,
              used: Pieces) -> dict[Any, Any]:
        value: dict[Any, Any] = {}
        for entry in tree:
            if isinstance(entry[1], list):
                inner = (*where, entry[0])
                inner_read_as = None if read_as is None else walked_as(read_as, entry[0])
                value.update({entry[0]: self._join(entry[1], inner, inner_read_as, parse, known, used)})
            else:
                value.update(self._piece(entry[0], entry[1], where, read_as, parse, known, used))
        return value

    def _piece(self, start: int, end: int, where: tuple[str, ...], read_as: bool | None, parse: Parse,
               known: Pieces, used: Pieces) -> dict[Any, Any]:
        text = self._text[start:end]
        digest = xxhash.xxh3_128_digest("\0".join((*where, text)).encode("utf-8"))
        # a piece met twice in one text is parsed twice: no two places may hold one prose string
        found = known.get(digest) if digest not in used else None
        if found is None:
            try:
                value = parse(text)
            except Exception:  # noqa: BLE001 - whatever the piece's error, the whole text says it best
                raise NotInPieces from None
            if not isinstance(value, dict):
                raise NotInPieces
            found = (value, parts(value, where, read_as))
        used[digest] = found
        value, own_parts = found
        self._keys[start] = list(value)
        self._parts += own_parts
        return value

    def position(self, tokens: list[str]) -> tuple[int, int] | None:
        """What index_marks of the whole text gives for the value at `tokens` (its closest
        existing parent), found in the one piece that holds it; None where the cut cannot tell
        (call after parse)."""
        tree, start, path = self._tree, self._first, 0
        while True:
            entries = self._by_token(tree)
            if entries is None:
                return None
            entry = entries.get(tokens[path]) if path < len(tokens) else None
            if entry is None:
                return self._line_col(start, 1 if path == 0 else None)
            if isinstance(entry[1], list):
                tree, start, path = entry[1], self._key_start(entry), path + 1
                continue
            local = self._piece_marks(entry[0], entry[1])
            rest = tokens[path:]
            for end in range(len(rest), 0, -1):
                found = local.get(tuple(rest[:end]))
                if found:
                    return self._text.count("\n", 0, entry[0]) + found[0], found[1]
            return None

    def _by_token(self, tree: Tree) -> dict[str, Entry] | None:
        """A cut mapping's entries by the text index_marks keys them by; None when a piece holds
        other than one key or its key is not plainly written."""
        found: dict[str, Entry] = {}
        for entry in tree:
            if isinstance(entry[1], list):
                token = entry[0]
            else:
                keys = self._keys.get(entry[0])
                token = _key_token(self._line(entry[0]))
                if keys is None or len(keys) != 1 or token is None:
                    return None
            if token in found:
                return None
            found[token] = entry
        return found

    def _key_start(self, entry: Entry) -> int:
        return self._cut_starts[id(entry[1])]

    def _line_col(self, at: int, col: int | None) -> tuple[int, int]:
        line = self._line(at)
        return self._text.count("\n", 0, at) + 1, col if col is not None else len(line) - len(line.lstrip(" ")) + 1

    def _piece_marks(self, start: int, end: int) -> Marks:
        if start not in self._marks:
            self._marks[start] = index_marks(self._text[start:end])
        return self._marks[start]

    def _mapping(self, start: int, end: int, indent: int, path: tuple[str, ...]) -> Tree:
        """The entries of the block mapping in text[start:end] whose keys sit at `indent`."""
        first = _CONTENT.search(self._text, start, end)
        if first is None or len(first.group(1)) != indent:
            raise NotInPieces
        lines = [found.start() + 1 for found in _lines_at(indent).finditer(self._text, max(start - 1, 0), end)]
        if start == 0 and first.start() == 0:
            lines.insert(0, 0)
        starts = [at for at in lines if self._starts_key(at, indent)]
        if not starts or starts[0] != first.start():
            raise NotInPieces  # something before the first key
        return [self._entry(at, piece_end, indent, path) for at, piece_end in zip(starts, starts[1:] + [end])]

    def _line(self, at: int) -> str:
        end = self._text.find("\n", at)
        return self._text[at:end if end >= 0 else len(self._text)].rstrip("\r")

    def _starts_key(self, at: int, indent: int) -> bool:
        line = self._line(at)
        if line[indent] == "-" and line[indent + 1:indent + 2] in (" ", ""):
            return False  # an entry of the sequence the key above holds, written at its indentation
        if _KEY_LINE.fullmatch(line) is None:
            if indent == 0:
                raise NotInPieces  # a top-level line that is not a plain key: not a plain mapping
            return False
        return True

    def _entry(self, start: int, end: int, indent: int, path: tuple[str, ...]) -> Entry:
        line = self._line(start)
        self._names.update(line.encode("utf-8") + b"\n")
        key = line[indent:].split(":", 1)[0]
        keys = path + (key,)
        if key in _CUT_KEYS and line[indent:].rstrip() == key + ":" and len(keys) <= _CUT_DEPTH.get(keys[0], 0):
            body = start + len(line) + 1
            child = _CONTENT.search(self._text, body, end)
            if child is not None and indent < len(child.group(1)) <= _DEEPEST_CUT:
                entries = self._mapping(body, end, len(child.group(1)), keys)
                self._cut_starts[id(entries)] = start
                return (key, entries)
        return (start, end)


def _key_token(line: str) -> str | None:
    """The key of a piece's first line as the parser reports it: plain, or quoted without escapes."""
    text = line.strip()
    if text[:1] in ("'", '"'):
        closing = text.find(text[0], 1)
        inner = text[1:closing]
        if closing < 0 or "\\" in inner or text[closing + 1:closing + 2] != ":":
            return None
        return inner
    plain = _PLAIN_KEY.match(text)
    key = plain.group(1).rstrip() if plain else ""
    return key if key and "#" not in key else None


_PLAIN_KEY = re.compile(r"(.*?):(?: |$)")


# An entry of a cut mapping: a piece's span in the text, or a key and its own entries.
Entry = tuple[Any, Any]
Tree = list[Entry]

# The start of a line with content (not blank, not a comment): group 1 is its indentation.
_CONTENT = re.compile(r"^( *)[^ #\r\n]", re.M)
_DEEPEST_CUT = 8  # the indentation of a component's name is at most this in any usual layout


@lru_cache(maxsize=None)
def _lines_at(indent: int) -> re.Pattern[str]:
    # a line break first: the search for a literal prefix is many times faster than for `^`
    return re.compile(rf"\n {{{indent}}}[^ #\r\n]")
