"""black through its Python API, in parallel worker processes, cached by content hash.

When the files come from the built-in templates (which emit black's layout), a file that
already shows black's layout (black_layout.py) is vouched for and kept as it is; every other
file goes through black. The cache key holds black's version and mode, so a new
black or a different mode never reuses an old result; unchanged files are never formatted twice
(cache.FORMATTED, under the cache folder)."""

from __future__ import annotations

import gc
import os
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING

from .black_layout import in_black_layout
from .cache import FORMATTED, cache_key
from .installed import installed_version
from .literals import PY_LINE_LENGTH
from .output import OutputFile

if TYPE_CHECKING:
    from black.mode import Mode

# black itself is imported only where a file must be formatted: a run whose Python files are all
# cached or vouched for (an edit's run) never loads it.
TARGET_VERSION = "PY311"
LINE_LENGTH = PY_LINE_LENGTH
# Below this much work, starting processes costs more than it saves.
_PARALLEL_MIN_BYTES = 200_000


@lru_cache(maxsize=1)
def mode() -> Mode:
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH)


@lru_cache(maxsize=1)
def black_version() -> str:
    return installed_version("black")


def _key(source: bytes) -> str:
    # the mode as our settings name it: black's version is in the key, so its Mode needs no import
    return cache_key(f"black {black_version()}", f"target {TARGET_VERSION}, line length {LINE_LENGTH}", source)


def format_source(source: str) -> str:
    """One file; black's own safety checks are skipped (fast=True) because the cache and the
    golden tests already compare results."""
    import black
    from black.report import NothingChanged

    try:
        return black.format_file_contents(source, fast=True, mode=mode())
    except NothingChanged:
        return source


def _ready() -> None:
    """A first task, so the pool forks its workers now. (A worker loads black at its first file:
    a run of the built-in templates on most specs sends it none.)"""


def _format_in_worker(source: str) -> str:
    """black's syntax trees are cyclic (parent links), so the collector must run, but running
    it while a large file is being formatted rescans that file's tree again and again (time
    grew with the square of the file's size). One collection after each file instead."""
    gc.disable()
    try:
        return format_source(source)
    finally:
        gc.enable()
        gc.collect()


class FormatPool:
    """Worker processes forked before the spec is read. Forked later, from a process holding a
    3 MB spec's model and views, black ran at half speed: the workers' allocations kept copying
    the memory pages they shared with that process."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or min(os.cpu_count() or 1, 8)
        self.executor: ProcessPoolExecutor | None = None
        if self.workers > 1:
            self.executor = ProcessPoolExecutor(max_workers=self.workers)
            self.executor.submit(_ready).result()  # with fork, every worker starts at the first task

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown()
            self.executor = None


Judged = list["bytes | str"]  # per file: its final content (cached or vouched for), or the cache key black's result goes under


def judge(files: list[OutputFile], vouch: bool) -> Judged:
    """What each file needs from black: nothing when black's result for it is cached or (with
    vouch) it already shows black's layout; else formatting, under its cache key. Judged in the
    process that emitted the files (processes.py), beside the other targets' work."""
    judged: Judged = []
    for f in files:
        if not f.path.endswith(".py"):
            judged.append(f.content)
            continue
        key = _key(f.content)
        cached = FORMATTED.read(key)
        if cached is not None:
            judged.append(cached)
        elif vouch and in_black_layout(f.content.decode("utf-8")):
            # kept as black's result, so the next run with this file answers from the cache
            # instead of judging its layout again (a third of an edit's run on a large spec)
            FORMATTED.write(key, f.content)
            judged.append(f.content)
        else:
            judged.append(key)
    return judged


class FormatJob:
    """Formatting started now and collected later, so black's workers run while the other
    targets render. Vouched-for and cached files are answered at once; misses go to worker
    processes, largest first (one file per task, so the workers finish together)."""

    def __init__(self, files: list[OutputFile], workers: int | None = None, pool: FormatPool | None = None,
                 vouch: bool = False, judged: Judged | None = None) -> None:
        self._files = files
        self._results: dict[int, bytes] = {}
        self._misses: list[tuple[int, str, bytes]] = []
        for index, (f, found) in enumerate(zip(files, judged if judged is not None else judge(files, vouch))):
            if isinstance(found, bytes):
                self._results[index] = found
            else:
                self._misses.append((index, found, f.content))
        self._own_pool: FormatPool | None = None
        self._futures: list[Future[str]] = []
        if sum(len(c) for _, _, c in self._misses) >= _PARALLEL_MIN_BYTES:
            if pool is None:
                pool = self._own_pool = FormatPool(workers)
            if pool.executor is not None:
                self._misses.sort(key=lambda miss: -len(miss[2]))
                self._futures = [pool.executor.submit(_format_in_worker, content.decode("utf-8")) for _, _, content in self._misses]

    def result(self) -> list[OutputFile]:
        if self._futures:
            formatted = [future.result() for future in self._futures]
        else:
            formatted = [format_source(content.decode("utf-8")) for _, _, content in self._misses]
        if self._own_pool is not None:
            self._own_pool.close()
        for (index, key, _), text in zip(self._misses, formatted):
            content = text.encode("utf-8")
            self._results[index] = content
            FORMATTED.write(key, content)
        self._misses = []
        self._futures = []
        return [OutputFile(f.path, self._results[i]) if i in self._results else f for i, f in enumerate(self._files)]


def format_files(files: list[OutputFile], workers: int | None = None) -> list[OutputFile]:
    """Every .py file formatted; other files returned unchanged, order kept."""
    return FormatJob(files, workers).result()
