"""Output files as values, and writing them: staged, swapped in atomically, only what changed.

A manifest (.utdk-manifest.json in the output root) records which files the generator made, so
a rerun removes what it made before and no longer makes, and never touches any other file."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Iterable

from .ignore import read_ignore
from .output_stamp import content_digest, read_stamp, record_stamp

MANIFEST = ".utdk-manifest.json"


@dataclass(frozen=True)
class OutputFile:
    """One file of the output, as it will be written."""

    path: str  # POSIX path relative to the output root
    content: bytes

    def __post_init__(self) -> None:
        check_output_path(self.path)

    def under(self, prefix: str) -> "OutputFile":
        return OutputFile(f"{prefix.rstrip('/')}/{self.path}", self.content)

    @cached_property
    def digest(self) -> bytes:
        return content_digest(self.content)


def check_output_path(path: str) -> None:
    if not path or path.startswith("/") or ".." in path.split("/") or path == MANIFEST:
        raise ValueError(f"output path {path!r} must stay inside the output directory")


def text_file(path: str, text: str) -> OutputFile:
    return OutputFile(path, text.encode("utf-8"))


@dataclass
class Changeset:
    """What writing `files` into `root` would do. Scopes limit which old files count as stale."""

    root: Path
    files: dict[str, OutputFile]
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    previous: list[str] = field(default_factory=list)

    @property
    def drift(self) -> bool:
        return bool(self.added or self.changed or self.stale)


def read_manifest(root: Path) -> list[str]:
    try:
        data = json.loads((root / MANIFEST).read_text("utf-8"))
        return [str(p) for p in data.get("files", [])]
    except (OSError, ValueError, AttributeError):
        return []


def changeset(root: Path, files: Iterable[OutputFile], scopes: Iterable[str] = ("",)) -> Changeset:
    """Paths the output folder's ignore file lists are left as they are on disk: never written,
    never removed, and no drift for --check."""
    ignore = read_ignore(root)
    by_path: dict[str, OutputFile] = {}
    for f in files:
        if ignore.ignores(f.path):
            continue
        if f.path in by_path and by_path[f.path].content != f.content:
            raise ValueError(f"two different outputs for {f.path}")
        by_path[f.path] = f
    result = Changeset(root=root, files=dict(sorted(by_path.items())))
    previous = read_manifest(root)
    result.previous = previous
    # a file whose metadata and digest match what the last write left there is not read again
    stamp = read_stamp(root)
    prefix = os.path.join(root, "")
    for path, f in result.files.items():
        target = prefix + path
        try:
            status = os.stat(target)
            known = stamp.get(path)
            if known is not None and known.matches(status) and known.digest == f.digest:
                result.unchanged.append(path)
                continue
            with open(target, "rb") as existing_file:
                existing = existing_file.read()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            result.added.append(path)
            continue
        (result.unchanged if existing == f.content else result.changed).append(path)
    scope_list = [s.rstrip("/") for s in scopes]
    result.stale = sorted(
        p for p in previous
        if p not in result.files and any(_in_scope(p, s) for s in scope_list) and (root / p).is_file() and not ignore.ignores(p)
    )
    return result


def _in_scope(path: str, scope: str) -> bool:
    return not scope or path == scope or path.startswith(scope + "/")


# Up to this many changed files (and none added or removed) are written beside themselves and
# renamed over the old ones, instead of staging a copy of the whole tree (linking thousands of
# files to change a handful).
_CHANGED_IN_PLACE = 256


def write(changes: Changeset) -> None:
    """Stage a copy of the output root with the changes applied, then swap it in.

    Unchanged and foreign files are hard links into the staged tree (cheap); if anything fails
    before the swap, the previous output is untouched and the staging tree is removed. When a
    few files only change, each new content is written beside its file and, once all are
    written, renamed over it: a failure while writing leaves every file as it was."""
    root = changes.root
    kept = manifest_entries(changes)
    if not changes.drift and kept == changes.previous:
        return
    if not changes.added and not changes.stale and kept == changes.previous and len(changes.changed) <= _CHANGED_IN_PLACE:
        _write_beside(root, changes.changed, changes.files)
    else:
        _write_staged(changes, kept)
    record_stamp(root, {path: f.digest for path, f in changes.files.items()})


def _write_beside(root: Path, changed: list[str], files: dict[str, OutputFile]) -> None:
    suffix = f".utdk-new-{os.getpid()}"
    written: list[str] = []
    try:
        for path in changed:
            target = os.path.join(root, path)
            written.append(target)
            _write_new(target + suffix, files[path].content)
    except BaseException:
        for target in written:
            try:
                os.unlink(target + suffix)
            except OSError:
                pass
        raise
    for target in written:
        os.replace(target + suffix, target)


def _write_staged(changes: Changeset, kept: list[str]) -> None:
    root = changes.root
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = root.parent / f".{root.name}.staging-{os.getpid()}"
    backup = root.parent / f".{root.name}.previous-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        if root.is_dir():
            shutil.copytree(root, staging, copy_function=_link_or_copy, symlinks=True)
        else:
            staging.mkdir(parents=True)
        for path in changes.stale:
            (staging / path).unlink(missing_ok=True)
            _prune_empty_dirs(staging, PurePosixPath(path).parent)
        _write_files(str(staging), changes.added, changes.changed, changes.files)
        manifest = staging / MANIFEST
        manifest.unlink(missing_ok=True)
        manifest.write_text(json.dumps({"generator": "utdk", "files": kept}, indent=1) + "\n", "utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(root, staging, backup)


def _write_files(staging: str, added: list[str], changed: list[str], files: dict[str, OutputFile]) -> None:
    """Three system calls a file (thousands of them on a large spec): each folder is made once,
    and only a changed file, a hard link into the live tree, is unlinked before it is written."""
    made: set[str] = set()
    linked = set(changed)
    for path in added + changed:
        target = os.path.join(staging, path)
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        if path in linked:
            os.unlink(target)  # never write through a hard link into the live tree
        _write_new(target, files[path].content)


def _write_new(target: str, data: bytes) -> None:
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        content = memoryview(data)
        while content:
            content = content[os.write(descriptor, content):]
    finally:
        os.close(descriptor)


def manifest_entries(changes: Changeset) -> list[str]:
    """Files made now, plus files made before in scopes this run did not cover."""
    stale = set(changes.stale)
    others = {p for p in changes.previous if p not in changes.files and p not in stale and (changes.root / p).is_file()}
    return sorted(changes.files.keys() | others)


def _swap(root: Path, staging: Path, backup: Path) -> None:
    if root.exists():
        os.rename(root, backup)
        try:
            os.rename(staging, root)
        except BaseException:
            os.rename(backup, root)
            shutil.rmtree(staging, ignore_errors=True)
            raise
        shutil.rmtree(backup, ignore_errors=True)
    else:
        os.rename(staging, root)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _prune_empty_dirs(root: Path, relative: PurePosixPath) -> None:
    while str(relative) not in ("", "."):
        directory = root / relative
        try:
            directory.rmdir()
        except OSError:
            return
        relative = relative.parent


def unified_diff(changes: Changeset, limit_lines: int = 200) -> list[str]:
    """A bounded unified diff of changed text files, for --check and the golden tests."""
    import difflib  # only --check with differences needs it
    lines: list[str] = []
    for path in changes.changed:
        if len(lines) >= limit_lines:
            break
        old = (changes.root / path).read_bytes()
        new = changes.files[path].content
        try:
            a, b = old.decode("utf-8").splitlines(), new.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            lines.append(f"Binary files a/{path} and b/{path} differ")
            continue
        lines.extend(difflib.unified_diff(a, b, f"a/{path}", f"b/{path}", lineterm="", n=2))
    if len(lines) > limit_lines:
        omitted = len(lines) - limit_lines
        lines = lines[:limit_lines] + [f"... ({omitted} more diff lines)"]
    return lines
