"""Every cache of the generator in one place: where it lives, how an entry is keyed and written.

Each cache is one folder under cache_dir() ($UTDK_CACHE_DIR, else $XDG_CACHE_HOME/utdk or
~/.cache/utdk): `parsed` (spec files, marshalled), `validate` (validator findings), `jinja`
(compiled templates), `black` (formatted files), `runs` (whole runs), `renders` (each
target's renderings), `models` (each spec's model) and `stamps` (what the last write left in each output folder). A key is a SHA-256 over
the generator's version and what the entry stands for (its content and the versions of the
libraries that made it), so a new release or library never reads an old entry. An entry is written
beside its place and renamed into it: readers see a whole entry or none. A cache that cannot be
read or written only costs time, never a different output."""

from __future__ import annotations

import hashlib
import marshal
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable

MISSING: Any = object()  # what load() returns for an entry that is absent or unreadable


def cache_dir() -> Path:
    configured = os.environ.get("UTDK_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "utdk"


def cache_key(*parts: str | bytes) -> str:
    """The generator's version and every part, each kept apart from the next."""
    from . import __version__  # read at each call: a release that changes an entry's meaning starts afresh

    digest = hashlib.sha256(f"utdk {__version__}".encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()


@dataclass(frozen=True)
class Cache:
    """One cache's folder. fan_out spreads entries over folders named by the key's first two
    characters, for caches that hold thousands of entries (one per formatted file)."""

    name: str
    suffix: str = ""
    fan_out: bool = False

    @property
    def folder(self) -> Path:
        return cache_dir() / self.name

    def path(self, key: str) -> Path:
        folder = self.folder / key[:2] if self.fan_out else self.folder
        return folder / f"{key}{self.suffix}"

    def read(self, key: str) -> bytes | None:
        try:
            return self.path(key).read_bytes()
        except OSError:
            return None

    def write(self, key: str, content: bytes) -> None:
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(content)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def open_parts(self, key: str) -> PartsWriter | None:
        """An entry to be written piece by piece as the pieces come; None if it cannot be."""
        path = self.path(key)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return PartsWriter(path, tmp, open(tmp, "wb"))
        except OSError:
            return None

    def write_parts(self, key: str, parts: Iterable[bytes]) -> bool:
        """An entry written piece by piece, never whole in memory; whether it was written."""
        path = self.path(key)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as out:
                out.writelines(parts)
            os.replace(tmp, path)
            return True
        except OSError:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            return False

    def remove(self, key: str) -> None:
        try:
            self.path(key).unlink()
        except OSError:
            pass

    def load(self, key: str) -> Any:
        """A value stored with store(), or MISSING."""
        content = self.read(key)
        if content is None:
            return MISSING
        try:
            return marshal.loads(content)
        except (ValueError, EOFError, TypeError):
            return MISSING

    def store(self, key: str, value: Any) -> None:
        """Plain data (what marshal holds: None, numbers, strings, bytes, lists, tuples, dicts)."""
        try:
            content = marshal.dumps(value)
        except ValueError:
            return  # a value marshal cannot hold is not kept
        self.write(key, content)


class PartsWriter:
    """An entry being written: whole under its name after commit(), never there after discard()."""

    def __init__(self, path: Path, tmp: Path, handle: BinaryIO) -> None:
        self._path, self._tmp, self._handle = path, tmp, handle
        self._failed = False

    def write(self, part: bytes) -> bool:
        if not self._failed:
            try:
                self._handle.write(part)
            except OSError:
                self._failed = True
        return not self._failed

    def commit(self) -> bool:
        try:
            self._handle.close()
            if not self._failed:
                os.replace(self._tmp, self._path)
                return True
        except OSError:
            pass
        return False

    def discard(self) -> None:
        self._handle.close()
        try:
            self._tmp.unlink(missing_ok=True)
        except OSError:
            pass


PARSED = Cache("parsed", ".marshal")
PARSED_PIECES = Cache("parsed", ".pieces")  # a YAML file's pieces as last read (load/pieces.py)
VALIDATED = Cache("validate", ".marshal")
TEMPLATES = Cache("jinja")
FORMATTED = Cache("black", fan_out=True)
RUNS = Cache("runs", ".marshal")
RUN_CONTENTS = Cache("runs", ".contents")  # the files of each run entry, one after another
RENDERS = Cache("renders", ".marshal")  # each target's renderings at its last run (render_memo.py)
RENDER_CONTENTS = Cache("renders", ".contents")
STAMPS = Cache("stamps", ".marshal")
MODELS = Cache("models", ".marshal")  # each spec's model, kept under its shape (model/kept.py)
EXAMPLE_VERDICTS = Cache("examples", ".marshal")  # what checking each example found at the last run (model/schema_check.py)
