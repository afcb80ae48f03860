"""A set of spec files joined by $ref: files are read on first use, references resolved lazily.

Each value is addressed by (file, JSON pointer) so that a schema reached twice is recognised as
the same declaration, recursion terminates, and diagnostics can name where things are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..diagnostics import Diagnostics, Level, join_pointer, split_pointer
from .origins import Origins
from .pieces import parts
from .prose_places import joined, prose_places, shape_digest
from .source import SourceError, SourceFile, read_source

_MAX_REF_CHAIN = 64


@dataclass(frozen=True)
class Located:
    """A value and where it is: the file's display name and the JSON pointer inside it."""

    value: Any
    file: str
    pointer: str

    def child(self, *tokens: object) -> "Located":
        value = self.value
        for token in tokens:
            value = value[token]
        return Located(value, self.file, join_pointer(self.pointer, *tokens))

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default) if isinstance(self.value, dict) else default


NOTHING: Any = object()  # what value_at finds where a pointer leads nowhere


def value_at(data: Any, pointer: str) -> Any:
    """The value at a JSON pointer inside `data`, or NOTHING."""
    value = data
    for token in split_pointer(pointer):
        if isinstance(value, dict) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return NOTHING
    return value


class SpecSet:
    def __init__(self, root: Path, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        self.root_path = root
        self._files: dict[str, SourceFile | None] = {}
        self._asked_as: dict[str, str] = {}  # absolute path -> the display name it was first asked for by
        self._shapes: dict[str, tuple[list[str], bytes]] = {}
        self._display: dict[str, str] = {}
        self._absolute: dict[str, str] = {}
        self._origins: dict[str, Origins] = {}
        # parts of other files reached through $ref: (file, pointer) → (value, pointer of the $ref)
        self.reached: dict[tuple[str, str], tuple[Any, str]] = {}
        self.root_file = self.display_name(root)

    # -- files --------------------------------------------------------------------------------
    def display_name(self, path: Path) -> str:
        key = os.path.normpath(os.path.abspath(path))
        if key not in self._display:
            rel = os.path.relpath(key)
            self._display[key] = rel if not rel.startswith(".." + os.sep + ".." + os.sep + "..") else key
        return self._display[key]

    def _abs(self, display: str) -> str:
        found = self._absolute.get(display)
        if found is None:  # abspath asks the OS for the working directory: once per name
            found = self._absolute[display] = os.path.normpath(os.path.abspath(display))
        return found

    def source(self, display: str) -> SourceFile | None:
        key = self._abs(display)
        if key not in self._files:
            self._asked_as[key] = display
            try:
                self._files[key] = read_source(Path(key))
            except SourceError as exc:
                self._files[key] = None
                # without the root nothing can be built; a referenced file only loses what points into it
                level = Level.ERROR if display == self.root_file else Level.WARNING
                self.diagnostics.add(level, display, "", exc.message, "read", exc.line, exc.col)
        return self._files[key]

    def prose_and_shape(self, display: str) -> tuple[list[str], bytes] | None:
        """A file's prose texts and the digest of its shape, the rest of it (prose_places.py),
        made once a run; None when the file cannot be read."""
        if display not in self._shapes:
            found = self.source(display)
            if found is None:
                return None
            if found.shaped is not None:
                self._shapes[display] = found.shaped
            elif type(found.data) is dict:
                self._shapes[display] = joined(parts(found.data))
            else:
                prose = prose_places(found.data)
                self._shapes[display] = (prose, shape_digest(found.data, prose))
        return self._shapes[display]

    def files_asked(self) -> list[tuple[str, SourceFile | None]]:
        """Every file asked for so far, by display name, in the order first asked (None: unreadable)."""
        return [(self._asked_as[key], found) for key, found in self._files.items()]

    def absolute(self, display: str) -> str:
        return self._abs(display)

    def adopt(self, display: str, data: Any, origins: Origins | None = None) -> None:
        """Read a file as rewritten data (a converted document); its text, and so positions, stay."""
        key = self._abs(display)
        src = self.source(display)
        if src is not None:
            self._files[key] = replace(src, data=data, shaped=None)
            self._shapes.pop(display, None)
        if origins is not None:
            self._origins[display] = origins

    def source_of(self, display: str, pointer: str) -> tuple[str, str]:
        """The file and pointer where the value at (display, pointer) was written."""
        origins = self._origins.get(display)
        return (display, pointer) if origins is None else origins.source_of(display, pointer)

    @property
    def loaded_files(self) -> list[SourceFile]:
        return [f for _, f in sorted(self._files.items()) if f is not None]

    def root(self) -> Located | None:
        src = self.source(self.root_file)
        return None if src is None else Located(src.data, self.root_file, "")

    def position(self, display: str, pointer: str) -> tuple[int, int]:
        src = self._files.get(self._abs(display))
        if src is None:
            return (1, 1)
        return src.position(split_pointer(pointer))

    # -- references ---------------------------------------------------------------------------
    def resolve_ref(self, ref: Any, where: Located) -> Located | None:
        """Resolve one $ref written at `where`; reports and returns None when it cannot."""
        if not isinstance(ref, str):
            self.diagnostics.warning(where.file, where.pointer + "/$ref", "$ref must be a string", "ref")
            return None
        target_part, _, fragment = ref.partition("#")
        if "://" in target_part:
            self.diagnostics.warning(
                where.file, where.pointer + "/$ref", f"remote $ref {ref!r} is not supported; download it beside the spec", "ref"
            )
            return None
        if target_part:
            base_dir = os.path.dirname(self._abs(where.file))
            file = self.display_name(Path(os.path.join(base_dir, unquote(target_part))))
            src = self.source(file)
            if src is None:
                self.diagnostics.warning(where.file, where.pointer + "/$ref", f"$ref {ref!r}: file cannot be read", "ref")
                return None
        else:
            file = where.file
            src = self.source(file)
            if src is None:
                return None
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            self.diagnostics.warning(where.file, where.pointer + "/$ref", f"$ref {ref!r}: only JSON pointer fragments are supported", "ref")
            return None
        value = value_at(src.data, pointer)
        if value is NOTHING:
            self.diagnostics.warning(where.file, where.pointer + "/$ref", f"$ref {ref!r} points to nothing", "ref")
            return None
        if file != self.root_file:
            self.reached.setdefault((file, pointer), (value, where.pointer))
        return Located(value, file, pointer)

    def deref(self, node: Located) -> Located | None:
        """Follow $ref chains to the value they end at."""
        seen = 0
        while isinstance(node.value, dict) and "$ref" in node.value:
            target = self.resolve_ref(node.value["$ref"], node)
            if target is None:
                return None
            node = target
            seen += 1
            if seen > _MAX_REF_CHAIN:
                self.diagnostics.warning(node.file, node.pointer, "$ref chain loops without reaching a value", "ref")
                return None
        return node
