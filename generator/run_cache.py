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

_FORMAT = "utdk-run-2"
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
    contents = _Contents.open(RUN_CONTENTS.path(f"{key}.{entry['contents']}"), sum(length for _, _, length in entry["files"]))
    if contents is None:
        return None
    files: list[OutputFile] = []
    offset = 0
    for path, digest, length in entry["files"]:
        files.append(StoredFile(path, digest, contents, offset, length))
        offset += length
    return Result(
        files=files,
        diagnostics=[Diagnostic(f, line, col, Level(level), pointer, message, code)
                     for f, line, col, level, pointer, message, code in entry["diagnostics"]],
        scopes=list(entry["scopes"]),
    )


def store(config: Config, options: tuple[object, ...], result: Result, inputs: list[Path]) -> None:
    """The files' contents go to a file of their own, one after another (never joined in
    memory: on a large spec that doubled the run's peak); the entry lists them."""
    key = _entry_key(config, options)
    entry = {
        "format": _FORMAT,
        "inputs": [(str(p), _file_digest(str(p))) for p in inputs],
        "files": [(f.path, f.digest, len(f.content)) for f in result.files],
        "diagnostics": [(d.file, d.line, d.col, d.level.value, d.pointer, d.message, d.code) for d in result.diagnostics],
        "scopes": list(result.scopes),
        "contents": os.urandom(8).hex(),
    }
    if any(digest is None for _, digest in entry["inputs"]):
        return
    previous = RUNS.load(key)
    if not RUN_CONTENTS.write_parts(f"{key}.{entry['contents']}", (f.content for f in result.files)):
        return
    RUNS.store(key, entry)
    if isinstance(previous, dict) and previous.get("format") == _FORMAT:
        RUN_CONTENTS.remove(f"{key}.{previous['contents']}")


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
