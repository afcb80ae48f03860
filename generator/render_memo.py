"""Texts kept from one run to the next, so an edit makes again only what it touches.

A template's output depends only on the template (and those it includes), the generator's code,
and the values it is given, which templates only read: the key of a rendering is a digest of the
template's name and its values. Other texts are kept the same way under what they are made from
(`remembered`): a page under digests of the model values its view reads (model/digests.py), so
that an unchanged page is found without making its view; a description's HTML under the
description. A text made of many kept texts (`together`: a group of declarations) is kept whole
under all of its parts' keys, and its parts within it: one look-up finds the whole, and after an
edit that changes one part the whole is made again from the others, found where they were. A
large file of such groups (`kept_framed`) is kept as its frame (the file around its groups) and
its groups, each on its own, so that an edit writes again only the frame and the groups it changed.

The scope (the provider and the target, and the generator's code and templates) is the caller's.
Each target's emit keeps its own memo: where each text it used at its last run is, in contents
files read only where a key matches. A text found again is referred to where it is, not written
again: only this run's new texts are written, into a new contents file. A file whose texts are
mostly out of use is folded into the new one (its used texts copied), so that a memo holds at
most a few files, each at least half in use. Values that cannot be digested are rendered every
time. A memo that cannot be read or written (a contents file missing or cut short) only costs
time, never a different output."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Any, Callable, Iterator, NamedTuple, Sequence

from .cache import RENDER_CONTENTS, RENDERS, cache_key
from .fingerprint import fingerprint, key_fingerprint

_FORMAT = "utdk-renders-5"
# Where the renderings are made (the provider and target: one memo each, replaced at each run) and
# by which code (the generator's code and templates: a memo of other code is never read).
Scope = tuple[str, str]
# Where a text is: its contents file (a number in the memo's list of files), offset and length in bytes.
Place = tuple[int, int, int]
# A whole's parts: each one's key, where it starts within the whole and its length, in bytes.
Parts = tuple[tuple[bytes, int, int], ...]
_THIS_RUN = -1  # the number of the file this run writes, until the memo is stored
_MOST_FILES = 4  # a memo's contents files; past this many, the least used are folded into the newest


class Piece(NamedTuple):  # not a dataclass: made by the hundred at each run, most never made
    """A text kept under `made_from`, which must hold everything it depends on besides the
    generator's code (its first item names what kind of text it is, so that kinds never share a
    key): made by make(), or, for a whole (`together`), by whole() from its parts' texts."""

    made_from: tuple[Any, ...]
    make: Callable[[], str] | None = None
    parts: Callable[[], Sequence[Piece]] | None = None
    whole: Callable[[list[str]], str] | None = None

    def made(self) -> str:
        if self.whole is None or self.parts is None:
            assert self.make is not None
            return self.make()
        return self.whole([part.made() for part in self.parts()])


def together(made_from: tuple[Any, ...], parts: Sequence[Piece], whole: Callable[[list[str]], str]) -> Piece:
    """A text whole() makes from its parts' texts, kept under `made_from` (what whole() reads
    besides the texts) and every part's: it is made again only where a part changed. whole()
    must write each part's text as it is, whatever it holds (a template's `{{ part }}`): the
    memo makes the whole around stand-ins for the parts, then puts each part's bytes in place."""
    return together_made(made_from, [part.made_from for part in parts], lambda: parts, whole)


def together_made(made_from: tuple[Any, ...], parts_made_from: Sequence[tuple[Any, ...]], parts: Callable[[], Sequence[Piece]],
                  whole: Callable[[list[str]], str]) -> Piece:
    """together()'s, with its parts given by what they are made from, and made by parts() (pieces
    of those made_from, in order) only where the whole is not found."""
    return Piece((made_from, tuple(parts_made_from)), parts=parts, whole=whole)


class _Before:
    """The last run's memo: where each text was, and the contents files, opened as first read."""

    def __init__(self, scope: str, entry: Any) -> None:
        self.scope = scope
        self.files: list[str] = entry["files"]
        self.sizes: list[int] = entry["sizes"]
        self.places: dict[bytes, Place] = entry["places"]
        self.parts: dict[bytes, Parts] = entry["parts"]
        if not (isinstance(self.files, list) and isinstance(self.sizes, list) and len(self.sizes) == len(self.files)
                and isinstance(self.places, dict) and isinstance(self.parts, dict)):
            raise TypeError("not a memo")
        self._within: dict[bytes, Place] | None = None
        self._handles: dict[int, int | None] = {}

    @staticmethod
    def empty(scope: str) -> _Before:
        return _Before(scope, {"files": [], "sizes": [], "places": {}, "parts": {}})

    def place(self, key: bytes, within: bool) -> Place | None:
        """Where the text was kept; with `within`, also as a part of a whole."""
        found = self.places.get(key)
        if found is None and within:
            if self._within is None:
                self._within = self._places_within()
            found = self._within.get(key)
        return found

    def _places_within(self) -> dict[bytes, Place]:
        """Every part's place, through the wholes they are in (made when a whole was not found)."""
        found: dict[bytes, Place] = {}
        wholes = [(key, place) for key, place in self.places.items() if key in self.parts]
        while wholes:
            key, (file, offset, _) = wholes.pop()
            for part, start, length in self.parts[key]:
                place = (file, offset + start, length)
                found.setdefault(part, place)
                if part in self.parts:
                    wholes.append((part, place))
        return found

    def read(self, place: Place) -> bytes | None:
        """The text's bytes; None where its file is missing or cut short."""
        try:
            file, offset, length = place
            handle = self._handle(file)
            content = os.pread(handle, length, offset) if handle is not None else b""
        except (OSError, ValueError, TypeError, OverflowError):
            return None
        return content if len(content) == length else None

    def _handle(self, file: int) -> int | None:
        if file not in self._handles:
            try:
                name = f"{self.scope}.{self.files[file]}" if file >= 0 else ""
                self._handles[file] = os.open(RENDER_CONTENTS.path(name), os.O_RDONLY) if name else None
            except (OSError, IndexError, TypeError):
                self._handles[file] = None
        return self._handles[file]

    def close(self) -> None:
        for handle in self._handles.values():
            if handle is not None:
                os.close(handle)
        self._handles.clear()


def _before(scope: str, code: str, entry: Any) -> _Before:
    # made by other code or templates: not read, and replaced by this run's (one memo per place)
    if isinstance(entry, dict) and entry.get("format") == _FORMAT and entry.get("code") == code:
        try:
            return _Before(scope, entry)
        except (KeyError, TypeError):
            pass
    return _Before.empty(scope)


def _stored(scope: str) -> tuple[int, int, int] | None:
    """Which stored memo is there (its file's inode, size and time), to tell whether another run
    stored one since it was read."""
    try:
        found = os.stat(RENDERS.path(scope))
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


def _files_of(entry: Any) -> list[str]:
    """The contents files a stored memo refers to (one under the earlier format's name)."""
    if not isinstance(entry, dict):
        return []
    files = entry.get("files")
    listed = [f for f in files if isinstance(f, str)] if isinstance(files, list) else []
    return listed + ([entry["contents"]] if isinstance(entry.get("contents"), str) else [])


def _located(content: bytes, parts: Sequence[tuple[bytes | None, bytes]]) -> Parts:
    """Where each part is in the whole, looked for in order: the place found holds the part's
    bytes whatever the whole around it is; a part not found is left out (made again when next
    needed)."""
    located = []
    cursor = 0
    for key, part in parts:
        start = _find(content, part, cursor)
        if key is None or start < 0:
            continue
        located.append((key, start, len(part)))
        cursor = start + len(part)
    return tuple(located)


def _find(content: bytes, part: bytes, start: int) -> int:
    """bytes.find, by the part's first bytes then a comparison where they are: a long part is
    almost always just past `start`, and finding all of it would cost a search of every byte."""
    head = part[:64]
    at = content.find(head, start)
    while at >= 0 and not content.startswith(part, at):
        at = content.find(head, at + 1)
    return at


# What a whole is first made around instead of its parts' texts: this, the part's number, and a NUL.
_STAND_IN = "\x00utdk part "


def _stand_ins(count: int) -> list[str]:
    return [f"{_STAND_IN}{n}\x00" for n in range(count)]


def _spliced(whole: Callable[[list[str]], str], parts: Sequence[bytes]) -> tuple[bytes, list[int]] | None:
    """whole()'s text, made around stand-ins for its parts with each part's bytes then put in its
    place, and where each part starts: a large whole is never decoded nor encoded as a whole."""
    return _filled(whole(_stand_ins(len(parts))), parts)


def _filled(around: str, parts: Sequence[bytes]) -> tuple[bytes, list[int]] | None:
    """`around` (a whole made around stand-ins) in UTF-8 with each part's bytes in its stand-in's
    place, and where each part starts; None where the stand-ins are not there once each, in order
    (the whole changed them)."""
    if around.count(_STAND_IN) != len(parts):
        return None
    pieces: list[bytes] = []
    starts: list[int] = []
    cursor = size = 0
    for stand_in, part in zip(_stand_ins(len(parts)), parts):
        at = around.find(stand_in, cursor)
        if at < 0:
            return None
        before = around[cursor:at].encode("utf-8")
        pieces += (before, part)
        starts.append(size + len(before))
        size += len(before) + len(part)
        cursor = at + len(stand_in)
    pieces.append(around[cursor:].encode("utf-8"))
    return b"".join(pieces), starts


def _decoded(content: bytes) -> str | None:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:  # a damaged contents file: made again
        return None


class RenderMemo:
    def __init__(self, scope: Scope) -> None:
        where, self._code = scope
        self._scope = cache_key(_FORMAT, where)
        self._stored = _stored(self._scope)
        entry = RENDERS.load(self._scope)
        self._before = _before(self._scope, self._code, entry)
        self._files_before = _files_of(entry)  # removed at the end, but those this run still refers to
        self._token = os.urandom(8).hex()
        self._places: dict[bytes, Place] = {}  # this run's texts (not those inside a whole)
        self._parts: dict[bytes, Parts] = {}  # this run's wholes' parts
        # written as they come, not held: the files of the run already hold these texts once
        self._contents = RENDER_CONTENTS.open_parts(f"{self._scope}.{self._token}")
        self._size = 0
        self._digests: dict[int, tuple[Any, bytes]] = {}  # id of a value -> the value (kept alive) and its digest

    def digest_of(self, value: Any) -> Any:
        found = self._digests.get(id(value))
        if found is None or found[0] is not value:
            try:
                found = self._digests[id(value)] = (value, fingerprint(value))
            except Exception:  # noqa: BLE001 - a value pickle cannot hold: the key will fail on it
                return value
        return found[1]

    @staticmethod
    def key(made_from: tuple[Any, ...]) -> bytes | None:
        try:
            return key_fingerprint(made_from)
        except Exception:  # noqa: BLE001 - a value pickle cannot hold: made every time
            return None

    def text(self, key: bytes, piece: Piece) -> str:
        """The piece's text: kept by the last run, else made (and kept for the next)."""
        found = self._found(key, as_part=False)
        text = _decoded(found) if found is not None else None
        if text is not None:
            return text
        self._places.pop(key, None)  # not found, or found damaged
        made, content = self._made(key, piece)
        self._write(key, content)
        return made if made is not None else content.decode("utf-8")

    def content(self, key: bytes, piece: Piece) -> bytes:
        """The piece's text in UTF-8, as text() finds or makes it (for a text put together as
        bytes: never decoded only to be encoded again)."""
        found = self._found(key, as_part=False)
        if found is None:
            _, found = self._made(key, piece)
            self._write(key, found)
        return found

    def _part(self, key: bytes, piece: Piece) -> bytes:
        """A part of a whole being made, in UTF-8: found wherever the last run kept it, else
        made; kept within the whole, not on its own."""
        found = self._found(key, as_part=True)
        return found if found is not None else self._made(key, piece)[1]

    def _made(self, key: bytes, piece: Piece) -> tuple[str | None, bytes]:
        """The piece made: its text in UTF-8, and as a str where it was made as one."""
        if piece.whole is not None and piece.parts is not None:
            return self._assemble(key, piece, piece.parts(), piece.whole)
        text = piece.made()
        return text, text.encode("utf-8")

    def _found(self, key: bytes, as_part: bool) -> bytes | None:
        place = self._before.place(key, within=as_part)
        content = self._before.read(place) if place is not None else None
        if content is None or place is None:
            return None
        self._carry_parts(key)
        if not as_part:
            self._places[key] = place  # where it is: not written again
        return content

    def _carry_parts(self, key: bytes) -> None:
        """A whole found again keeps its parts' places for the next run (within it: no copy)."""
        wholes = self._before.parts
        if key in wholes and key not in self._parts:
            self._parts[key] = wholes[key]
            for part, _, _ in wholes[key]:
                if part in wholes:
                    self._carry_parts(part)

    def _assemble(self, key: bytes, piece: Piece, pieces: Sequence[Piece], whole: Callable[[list[str]], str]) -> tuple[str | None, bytes]:
        """A whole made from its parts, each found or made; the parts' places recorded."""
        # the whole's key is made of what its parts are made from: they must be these
        assert tuple(part.made_from for part in pieces) == piece.made_from[1], "a whole's parts are not what it is kept under"
        keyed = [(self.key(part.made_from), part) for part in pieces]
        parts = [self._part(part_key, part) if part_key is not None else part.made().encode("utf-8") for part_key, part in keyed]
        spliced = _spliced(whole, parts)
        if spliced is not None:
            content, starts = spliced
            self._parts[key] = tuple((part_key, start, len(part)) for (part_key, _), part, start in zip(keyed, parts, starts)
                                     if part_key is not None)
            return None, content
        texts = [_decoded(content) or "" for content in parts]
        if any(not text and content for text, content in zip(texts, parts)):  # a damaged contents file: made again
            texts = [part.made() for _, part in keyed]
            parts = [text.encode("utf-8") for text in texts]
        text = whole(texts)
        content = text.encode("utf-8")
        self._parts[key] = _located(content, [(part_key, part) for (part_key, _), part in zip(keyed, parts)])
        return text, content

    def _write(self, key: bytes, content: bytes) -> None:
        if key not in self._places and self._contents is not None and self._contents.write(content):
            self._places[key] = (_THIS_RUN, self._size, len(content))
            self._size += len(content)

    def close(self, keep: bool) -> None:
        """With keep, what this run used becomes the next run's memo."""
        try:
            if self._contents is None:
                return
            if not keep:
                self._contents.discard()
                return
            kept_files = self._fold()
            self._store(kept_files)
        finally:
            self._before.close()

    def _fold(self) -> list[int]:
        """The last run's files kept as they are; the texts in use of the others (mostly out
        of use, or past the most files a memo has) are copied into this run's file."""
        in_use: dict[int, int] = {}
        for file, _, length in self._places.values():
            if file != _THIS_RUN:
                in_use[file] = in_use.get(file, 0) + length
        worth = sorted((f for f in in_use if 0 <= f < len(self._before.sizes) and 2 * in_use[f] >= self._before.sizes[f]),
                       key=lambda f: -in_use[f])
        kept = set(worth[: _MOST_FILES - 1])
        for key, place in list(self._places.items()):
            if place[0] != _THIS_RUN and place[0] not in kept:
                self._copy(key, place)
        return sorted(kept)

    def _copy(self, key: bytes, place: Place) -> None:
        del self._places[key]
        content = self._before.read(place)
        if content is not None:
            self._write(key, content)

    def _store(self, kept_files: list[int]) -> None:
        assert self._contents is not None
        written = self._size > 0 and self._contents.commit()
        if not written:
            self._contents.discard()
        files = [self._before.files[f] for f in kept_files] + ([self._token] if written else [])
        sizes = [self._before.sizes[f] for f in kept_files] + ([self._size] if written else [])
        number = {f: n for n, f in enumerate(kept_files)}
        if written:
            number[_THIS_RUN] = len(kept_files)
        places = {key: (number[f], offset, length) for key, (f, offset, length) in self._places.items() if f in number}
        # the files of the memo there now: the one read, unless another run stored its own meanwhile
        previous = self._files_before if _stored(self._scope) == self._stored else _files_of(RENDERS.load(self._scope))
        RENDERS.store(self._scope, {"format": _FORMAT, "code": self._code, "files": files, "sizes": sizes,
                                    "places": places, "parts": self._parts})
        for token in previous:
            if token not in files:
                RENDER_CONTENTS.remove(f"{self._scope}.{token}")


_ACTIVE: list[RenderMemo] = []


def active() -> RenderMemo | None:
    return _ACTIVE[-1] if _ACTIVE else None


def value_digest(value: Any) -> Any:
    """Inside `remembering`, a frozen view's content digest, made once for a view several renderings
    are given (the Python SDK's client view goes to five templates); else the value itself."""
    memo = active()
    params = getattr(type(value), "__dataclass_params__", None)
    return memo.digest_of(value) if memo is not None and params is not None and params.frozen else value


def kept(piece: Piece) -> str:
    """The piece's text, or, inside `remembering`, the text kept under its `made_from` by the last run."""
    memo = active()
    key = memo.key(piece.made_from) if memo is not None else None
    if memo is None or key is None:
        return piece.made()
    return memo.text(key, piece)


def remembered(made_from: tuple[Any, ...], make: Callable[[], str]) -> str:
    """make()'s text, or, inside `remembering`, the text kept under `made_from` by the last run
    (`made_from` as Piece's)."""
    return kept(Piece(made_from, make))


def kept_content(piece: Piece) -> bytes:
    """kept(piece) in UTF-8."""
    memo = active()
    key = memo.key(piece.made_from) if memo is not None else None
    if memo is None or key is None:
        return piece.made().encode("utf-8")
    return memo.content(key, piece)


def kept_framed(made_from: tuple[Any, ...], parts: Sequence[Piece], whole: Callable[[list[str]], str]) -> bytes:
    """whole() of the parts' texts, in UTF-8, kept in pieces: its frame (whole() made around
    stand-ins for the parts, where whole() writes each part's text as it is, as `together`'s),
    kept under `made_from` (what whole() reads besides the texts) and every part's, and each part
    on its own. After an edit of one part, the frame is made again (it is small) and the other
    parts are found where they are: only that part and the frame are written again, not the whole
    of a large file of groups of texts."""
    memo = active()
    if memo is None:
        return whole([part.made() for part in parts]).encode("utf-8")
    framed_from = ("frame", made_from, tuple(part.made_from for part in parts))
    frame = kept(Piece(framed_from, lambda: whole(_stand_ins(len(parts)))))
    contents = [kept_content(part) for part in parts]
    filled = _filled(frame, contents)
    if filled is None:  # whole() changes its parts' texts: made from them
        return whole([content.decode("utf-8") for content in contents]).encode("utf-8")
    return filled[0]


@contextmanager
def remembering(scope: Scope | None) -> Iterator[None]:
    """Renderings inside are looked up in, and kept for, `scope`'s memo (none when scope is None)."""
    if scope is None:
        yield
        return
    memo = RenderMemo(scope)
    _ACTIVE.append(memo)
    finished = False
    try:
        yield
        finished = True
    finally:
        _ACTIVE.pop()
        memo.close(finished)
