"""Diagnostics are values: collected while loading and building, reported together at the end."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Iterable


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding about the input: where it is (file, line, column, JSON pointer), how bad, and what."""

    file: str
    line: int
    col: int
    level: Level
    pointer: str
    message: str
    code: str = ""

    def render(self) -> str:
        message = " ".join(self.message.split())
        return f"{self.file}:{self.line}:{self.col}: {self.level.value}: #{_fragment(self.pointer)}: {message}"

    def as_error(self) -> "Diagnostic":
        return replace(self, level=Level.ERROR)


def _fragment(pointer: str) -> str:
    """The pointer as a URI fragment writes it where it must: whitespace and control characters
    percent-encoded, so a diagnostic stays one line with a pointer that has no space."""
    return "".join("".join(f"%{b:02X}" for b in c.encode()) if c.isspace() or not c.isprintable() or c == "%" else c for c in pointer)


def escape_pointer_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: object) -> str:
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [unescape_pointer_token(t) for t in pointer.lstrip("/").split("/")]


class Diagnostics:
    """Collects diagnostics; positions are filled in lazily by a locator when reported."""

    def __init__(self) -> None:
        self._items: list[Diagnostic] = []

    def add(
        self,
        level: Level,
        file: str,
        pointer: str,
        message: str,
        code: str = "",
        line: int = 0,
        col: int = 0,
    ) -> None:
        self._items.append(Diagnostic(file, line, col, level, pointer, message, code))

    def error(self, file: str, pointer: str, message: str, code: str = "", line: int = 0, col: int = 0) -> None:
        self.add(Level.ERROR, file, pointer, message, code, line, col)

    def warning(self, file: str, pointer: str, message: str, code: str = "", line: int = 0, col: int = 0) -> None:
        self.add(Level.WARNING, file, pointer, message, code, line, col)

    def extend(self, items: Iterable[Diagnostic]) -> None:
        self._items.extend(items)

    @property
    def items(self) -> tuple[Diagnostic, ...]:
        return tuple(self._items)
