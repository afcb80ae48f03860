"""Reading one YAML or JSON file into plain data, fast, with positions recovered only on demand."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..cache import MISSING, PARSED, PARSED_PIECES, cache_key
from .marks import index_marks
from .pieces import Cut, NotInPieces

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that keeps timestamps as the strings they are written as: a date in an
    example must print the same in every language, and JSON has no date type."""


_SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", _SpecLoader.construct_yaml_str)


class SourceError(Exception):
    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


@dataclass
class SourceFile:
    """One file of the input: its text, its parsed value, and how positions in it are found."""

    path: Path
    text: str
    data: Any
    _marks: dict[tuple[str, ...], tuple[int, int]] | None = field(default=None, repr=False)
    cut: Cut | None = field(default=None, repr=False)  # the pieces it was read in, if it was
    # its prose texts and shape digest (load/prose_places.py), where reading it found them
    shaped: tuple[list[str], bytes] | None = field(default=None, repr=False)

    def position(self, tokens: list[str]) -> tuple[int, int]:
        """1-based line and column of the value at a JSON pointer (its closest existing parent)."""
        if self.cut is not None and self._marks is None:
            found = self.cut.position(tokens)  # the positions of one piece, not of the whole text
            if found is not None:
                return found
        marks = self._marks_index()
        for end in range(len(tokens), -1, -1):
            found = marks.get(tuple(tokens[:end]))
            if found:
                return found
        return (1, 1)

    def _marks_index(self) -> dict[tuple[str, ...], tuple[int, int]]:
        if self._marks is None:
            self._marks = index_marks(self.text)
        return self._marks


def parse_text(text: str, suffix: str) -> Any:
    if _is_json(text, suffix):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if suffix == ".json":
                raise SourceError(f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    try:
        return yaml.load(text, Loader=_SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "syntax error"
        if exc.context and exc.context_mark and exc.problem:
            start = exc.context_mark
            problem += f" ({exc.context} started at line {start.line + 1}, column {start.column + 1})"
        raise SourceError(f"invalid YAML: {problem}", line, col) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"invalid YAML: {exc}") from None


def read_source(path: Path) -> SourceFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("file not found") from None
    except IsADirectoryError:
        raise SourceError("is a directory, not a file") from None
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text (byte {exc.start})") from None
    data, cut = _parse_cached(path, raw, text, path.suffix.lower())
    return SourceFile(path=path, text=text, data=data, cut=cut, shaped=cut.prose_and_shape() if cut is not None else None)


_PARSE_FORMAT = "utdk-parse-2 pyyaml " + yaml.__version__
_MIN_CACHED_BYTES = 64 * 1024  # small files parse faster than a cache lookup


def _parse_cached(path: Path, raw: bytes, text: str, suffix: str) -> tuple[Any, Cut | None]:
    """Parsing a 3 MB YAML file takes most of a second; its marshalled form loads in a tenth
    of that. Keyed by content, so an edited file is parsed again: a YAML file in pieces
    (pieces.py), of which only those the edit changed are parsed."""
    if len(raw) < _MIN_CACHED_BYTES:
        return parse_text(text, suffix), None
    key = cache_key(_PARSE_FORMAT, suffix, raw)
    data = PARSED.load(key)
    if data is not MISSING:
        return data, None
    if not _is_json(text, suffix):
        try:
            cut = Cut(text)
            # found again after an edit inside any piece, wherever the file now is
            pieces_key = cache_key(_PARSE_FORMAT, "pieces", path.name, cut.names)
            known = PARSED_PIECES.load(pieces_key)
            data, used = cut.parse(lambda piece: parse_text(piece, suffix), known if isinstance(known, dict) else {})
        except NotInPieces:
            pass
        else:
            PARSED_PIECES.store(pieces_key, used)
            return data, cut
    data = parse_text(text, suffix)
    PARSED.store(key, data)
    return data, None


def _is_json(text: str, suffix: str) -> bool:
    return suffix == ".json" or text.lstrip().startswith("{")
