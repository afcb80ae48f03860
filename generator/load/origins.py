"""Where each part of a rewritten document was written in its source.

A converted document (Swagger 2.0 read as OpenAPI 3.0) moves and merges parts of its sources;
diagnostics found in it must still name the file, pointer, line and column the user wrote.
"""

from __future__ import annotations


class Origins:
    """Converted pointer → (source file, source pointer), recorded where the layout changes.

    Below a recorded node the layout is the source's, so the rest of a pointer carries over."""

    def __init__(self) -> None:
        self._sources: dict[str, tuple[str, str]] = {}

    def record(self, pointer: str, file: str, source_pointer: str) -> None:
        self._sources[pointer] = (file, source_pointer)

    def source_of(self, file: str, pointer: str) -> tuple[str, str]:
        prefix = pointer
        while True:
            found = self._sources.get(prefix)
            if found is not None:
                return found[0], found[1] + pointer[len(prefix):]
            if not prefix:
                return file, pointer
            prefix = prefix[: prefix.rfind("/")]
