"""How a run uses processes, kept out of the pipeline's pure centre (and the collector: collector.py).

Black's workers are forked before the spec is read when the output is large enough to
pay for them: forked later, from a process holding the model, they ran at half speed. On a
large spec, the targets' parts are shared out between this process and a forked one."""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence


from .config import Config
from .context import ApiContext
from .format import FormatPool, Judged, judge
from .output import OutputFile
from .render import overridden
from .render_memo import Scope, remembering
from .targets import target
from .targets.base import Target

# Specs from this size up make enough Python source for black's workers to pay off.
_LARGE_SPEC_BYTES = 256 * 1024



def format_pool(config: Config, only_targets: tuple[str, ...]) -> FormatPool | None:
    """Black's workers, forked now (while this process is still small) if they are worth it."""
    for provider in config.providers:
        names = [t for t in provider.targets if not only_targets or t in only_targets]
        if any(target(name).formatter for name in names):
            try:
                if provider.spec.stat().st_size >= _LARGE_SPEC_BYTES:
                    return FormatPool()
            except OSError:
                pass
    return None


Work = tuple[Target, str]  # a target and one of its parts
# a part's files, the seconds it took and, for a target black formats, what each file needs from black
Emitted = tuple[list[OutputFile], float, "Judged | None"]


MemoScopes = Mapping[str, "Scope | None"]  # target name -> its render memo's scope (render_memo.py)


def _part_scope(scopes: MemoScopes, work: Work) -> Scope | None:
    chosen, part = work
    scope = scopes.get(chosen.name)
    if scope is None:
        return None
    # a target emitted whole keeps the target's memo; each part of a split one keeps its own
    return (f"{scope[0]}\0{part}", scope[1]) if part else scope


def _emit_timed(work: Work, context: ApiContext, scopes: MemoScopes) -> Emitted:
    start = time.perf_counter()
    chosen, part = work
    with remembering(_part_scope(scopes, work)):
        files = chosen.emit_part(context, part)
    # replaced templates may emit any layout: black formats all their files
    judged = judge(files, vouch=not overridden(chosen.name)) if chosen.formatter == "black" else None
    return files, time.perf_counter() - start, judged


def _take(taken: Any, count: int) -> Iterator[int]:
    """The next index nobody has taken yet, until none is left (`taken` is shared by both processes)."""
    while True:
        with taken.get_lock():
            index = taken.value
            taken.value = index + 1
        if index >= count:
            return
        yield index


def _emit_child(connection: Any, work: Sequence[Work], context: ApiContext, scopes: MemoScopes, taken: Any) -> None:
    # it renders as this process does, with the collector paused: views make no cycles, and the
    # process ends as soon as its parts are sent
    gc.disable()
    try:
        connection.send({index: _emit_timed(work[index], context, scopes) for index in _take(taken, len(work))})
    except BaseException:  # noqa: BLE001 - the parent emits them itself and meets the error there
        pass
    finally:
        connection.close()


def emit_all(work: Sequence[Work], context: ApiContext, spec: Path, scopes: MemoScopes, first: int = 0,
             then: Callable[[list[Emitted]], None] | None = None) -> list[Emitted]:
    """Every part's files, in the order of `work`. On a large spec a forked process (fork shares
    the model; the files come back pickled) takes parts from the same queue as this one, the
    next part going to whichever process is free first, so both stay busy whatever the parts
    cost. The `first` parts are emitted here before any other, and `then` is given them at once
    (black starts on the Python files while the rest renders). If the forked process fails,
    this one emits its parts, so an error in a template is raised exactly as it would be without it."""
    done: dict[int, Emitted] = {}
    first = min(first, len(work))
    process: Any = None
    if len(work) > first + 1 and _worth_forking(spec):
        fork = multiprocessing.get_context("fork")
        taken = fork.Value("i", first)
        receive, send = fork.Pipe(duplex=False)
        process = fork.Process(target=_emit_child, args=(send, work, context, scopes, taken), daemon=True)
        process.start()
        send.close()
    for index in range(first):
        done[index] = _emit_timed(work[index], context, scopes)
    if then is not None:
        then([done[index] for index in range(first)])
    if process is not None:
        for index in _take(taken, len(work)):
            done[index] = _emit_timed(work[index], context, scopes)
        try:
            done.update(receive.recv())
        except (EOFError, OSError):
            pass
        process.join()
        receive.close()
    return [done[index] if index in done else _emit_timed(work[index], context, scopes) for index in range(len(work))]


def _worth_forking(spec: Path) -> bool:
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    try:
        return spec.stat().st_size >= _LARGE_SPEC_BYTES
    except OSError:
        return False
