"""A whole run's result, kept so that a run on unchanged inputs is a lookup instead of a rebuild.

What shapes the output is in the key or checked on lookup: the generator's own code and templates
(every file, by content), the versions of the libraries that shape the output, the configuration,
the run's options, and the content of every spec file the run read (the root and the files its
$refs reached, recorded when the entry was made). One entry per configuration and code: a new
spec replaces the old entry instead of piling up beside it. Where and how entries are kept is
cache.py's (cache.RUNS)."""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from .cache import MISSING, RUN_CONTENTS, RUNS, cache_key
from .installed import installed_version
from .config import Config
from .diagnostics import Diagnostic, Level
from .output import OutputFile
from .result import Result
from .template_files import templates_dir

_FORMAT = "utdk-run-3"
# Libraries whose output ends up in generated files (or in the diagnostics).
_LIBRARIES = ("jinja2", "markupsafe", "black", "markdown-it-py", "mdurl", "pyyaml", "openapi-spec-validator", "jsonschema")


def _library_versions() -> str:
    return "\n".join(f"{name} {installed_version(name)}" for name in _LIBRARIES)


def _tree_digest(root: Path, suffixes: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and (not suffixes or p.suffix in suffixes)):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def code_digest() -> str:
    """The generator's code, its templates, the libraries that shape output, and the versions."""
    return cache_key(_FORMAT, sys.version, *_code_files(Path(__file__).resolve().parent, templates_dir()))


@lru_cache(maxsize=4)
def _code_files(package: Path, templates: Path) -> tuple[str, str, str]:
    # read once per process: a run asks for the digest several times, and code that changes
    # while a process runs is not run by it (built-in templates are not reloaded either)
    return _library_versions(), _tree_digest(package, (".py",)), _tree_digest(templates, ())


def _entry_key(config: Config, options: tuple[object, ...]) -> str:
    # the output folder is left out: output paths are relative to it, so it changes no file
    overrides = _tree_digest(config.templates, ()) if config.templates is not None else ""
    settings = (config.root, config.providers, config.gateway)
    return cache_key(code_digest(), repr(settings), repr(options), overrides)


def _file_digest(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def lookup(config: Config, options: tuple[object, ...]) -> Result | None:
    key = _entry_key(config, options)
    entry: dict[str, Any] = RUNS.load(key)
    if entry is MISSING or not isinstance(entry, dict) or entry.get("format") != _FORMAT or not entry["inputs"]:
        return None
    if any(_file_digest(path) != digest for path, digest in entry["inputs"]):
        return None
    sources = [_Contents.open(RUN_CONTENTS.path(f"{key}.{token}"), size) for token, size in entry["contents"]]
    if any(source is None for source in sources):
        return None
    files: list[OutputFile] = [
        StoredFile(path, digest, sources[source], offset, length)
        for path, digest, length, source, offset in entry["files"]
    ]
    return Result(
        files=files,
        diagnostics=[Diagnostic(f, line, col, Level(level), pointer, message, code)
                     for f, line, col, level, pointer, message, code in entry["diagnostics"]],
        scopes=list(entry["scopes"]),
    )


def store(config: Config, options: tuple[object, ...], result: Result, inputs: list[Path]) -> None:
    """The files' contents go to files of their own, one after another (never joined in memory:
    on a large spec that doubled the run's peak); the entry says where each is. A content the
    last entry already holds is not written again: after an edit, the new contents file holds
    the changed files alone, and the last one's stays for the rest, as long as most of it is
    still read (else what is still read of it is written again and it is removed)."""
    key = _entry_key(config, options)
    entry: dict[str, Any] = {
        "format": _FORMAT,
        "inputs": [(str(p), _file_digest(str(p))) for p in inputs],
        "diagnostics": [(d.file, d.line, d.col, d.level.value, d.pointer, d.message, d.code) for d in result.diagnostics],
        "scopes": list(result.scopes),
    }
    if any(digest is None for _, digest in entry["inputs"]):
        return
    previous = RUNS.load(key)
    previous_sizes = _sizes(previous, key)
    held = _still_worth_reading(previous, previous_sizes, result.files)
    token = os.urandom(8).hex()
    sources: dict[str, int] = {}  # contents file -> its position in entry["contents"]
    files, written, size = [], [], 0
    for f in result.files:
        found = held.get((f.digest, len(f.content)))
        if found is None:
            files.append((f.path, f.digest, len(f.content), sources.setdefault(token, len(sources)), size))
            written.append(f.content)
            size += len(f.content)
        else:
            old, offset = found
            files.append((f.path, f.digest, len(f.content), sources.setdefault(old, len(sources)), offset))
    if written and not RUN_CONTENTS.write_parts(f"{key}.{token}", written):
        return
    sizes = {token: size, **previous_sizes}
    entry["contents"] = [(name, sizes[name]) for name in sources]
    entry["files"] = files
    RUNS.store(key, entry)
    for name in _names(previous):
        if name not in sources:
            RUN_CONTENTS.remove(f"{key}.{name}")


def _names(entry: Any) -> list[str]:
    """The contents files an entry reads."""
    return [name for name, _ in entry["contents"]] if isinstance(entry, dict) and entry.get("format") == _FORMAT else []


def _sizes(entry: Any, key: str) -> dict[str, int]:
    """The contents files an entry reads that are still there whole, with their sizes."""
    return {name: size for name, size in entry["contents"] if _size(RUN_CONTENTS.path(f"{key}.{name}")) == size} if _names(entry) else {}


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _still_worth_reading(previous: Any, sizes: dict[str, int], files: list[OutputFile]) -> dict[tuple[bytes, int], tuple[str, int]]:
    """(digest, length) -> (contents file, offset) of the contents the last entry holds that this
    run's files have, from the contents files (of `sizes`) of which this run would read at least half."""
    if not sizes:
        return {}
    names = _names(previous)
    held = {(digest, length): (names[source], offset) for _, digest, length, source, offset in previous["files"]
            if names[source] in sizes}
    wanted = {(f.digest, len(f.content)) for f in files}
    read = dict.fromkeys(sizes, 0)
    for found, (name, _) in held.items():
        if found in wanted:
            read[name] += found[1]
    return {found: where for found, where in held.items() if found in wanted and 2 * read[where[0]] >= sizes[where[0]]}


class _Contents:
    """The contents file of one entry, held open: an entry replaced by another run meanwhile
    removes the file's name, not what this run reads through it."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    @classmethod
    def open(cls, path: Path, size: int) -> _Contents | None:
        try:
            handle = open(path, "rb")
        except OSError:
            return None
        if os.fstat(handle.fileno()).st_size != size:
            handle.close()
            return None
        return cls(handle)

    def read(self, offset: int, length: int) -> bytes:
        return os.pread(self._handle.fileno(), length, offset)


class StoredFile(OutputFile):
    """An output file of a stored run: its digest at hand, its content read only when asked for
    (a run whose output folder already holds every file reads none)."""

    _where: tuple[_Contents, int, int]

    def __init__(self, path: str, digest: bytes, contents: _Contents, offset: int, length: int) -> None:
        object.__setattr__(self, "path", path)  # checked when the run that made it stored it
        self.__dict__["digest"] = digest
        object.__setattr__(self, "_where", (contents, offset, length))

    @property
    def content(self) -> bytes:
        contents, offset, length = self._where
        return contents.read(offset, length)
