"""black through its Python API, in parallel worker processes, cached by content hash.

The cache key holds black's version and mode, so a new black or a different mode never reuses
an old result; unchanged files are never formatted twice (the cache lives in cache_dir()/black)."""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import Mode, TargetVersion
from black.report import NothingChanged

from .load.validate import cache_dir
from .output import OutputFile

TARGET_VERSION = TargetVersion.PY311
LINE_LENGTH = 88
# Below this much work, starting processes costs more than it saves.
_PARALLEL_MIN_BYTES = 200_000


@lru_cache(maxsize=1)
def mode() -> Mode:
    return Mode(target_versions={TARGET_VERSION}, line_length=LINE_LENGTH)


@lru_cache(maxsize=1)
def black_version() -> str:
    return version("black")


def _key(source: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(f"black {black_version()}\0{mode()!r}\0".encode())
    digest.update(source)
    return digest.hexdigest()


def _cache_path(key: str) -> Path:
    return cache_dir() / "black" / key[:2] / key


def format_source(source: str) -> str:
    """One file; black's own safety checks are skipped (fast=True) because the cache and the
    golden tests already compare results."""
    try:
        return black.format_file_contents(source, fast=True, mode=mode())
    except NothingChanged:
        return source


def _store(key: str, content: bytes) -> None:
    path = _cache_path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{key}.{os.getpid()}.tmp")
        tmp.write_bytes(content)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time


def format_files(files: list[OutputFile], workers: int | None = None) -> list[OutputFile]:
    """Every .py file formatted; other files returned unchanged, order kept."""
    results: dict[int, bytes] = {}
    misses: list[tuple[int, str, bytes]] = []
    for index, f in enumerate(files):
        if not f.path.endswith(".py"):
            continue
        key = _key(f.content)
        try:
            results[index] = _cache_path(key).read_bytes()
        except OSError:
            misses.append((index, key, f.content))
    if misses:
        sources = [content.decode("utf-8") for _, _, content in misses]
        count = workers or min(os.cpu_count() or 1, 8)
        if count > 1 and sum(len(c) for _, _, c in misses) >= _PARALLEL_MIN_BYTES:
            # Largest first, one file per task: the workers finish together.
            order = sorted(range(len(sources)), key=lambda i: -len(sources[i]))
            with ProcessPoolExecutor(max_workers=count) as pool:
                done = list(pool.map(format_source, [sources[i] for i in order], chunksize=1))
            formatted = [""] * len(sources)
            for i, text in zip(order, done):
                formatted[i] = text
        else:
            formatted = [format_source(s) for s in sources]
        for (index, key, _), text in zip(misses, formatted):
            content = text.encode("utf-8")
            results[index] = content
            _store(key, content)
    return [OutputFile(f.path, results[i]) if i in results else f for i, f in enumerate(files)]
