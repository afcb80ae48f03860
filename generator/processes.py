"""How a run uses processes and the garbage collector, kept out of the pipeline's pure centre.

The cyclic collector is paused while a run builds the model and the views (large trees without
cycles that it would walk again and again: a quarter of a warm run) and runs again afterwards and
in every process forked meanwhile (black's workers, the validator), whose garbage does have
cycles. Black's workers are forked before the spec is read when the output is large enough to
pay for them: forked later, from a process holding the model, they ran at half speed. On a
large spec, half of the targets are emitted in a forked process while this one emits the others."""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from .config import Config
from .context import ApiContext
from .format import FormatPool
from .output import OutputFile
from .render_memo import Scope, remembering
from .targets import target
from .targets.base import Target

# Specs from this size up make enough Python source for black's workers to pay off.
_LARGE_SPEC_BYTES = 256 * 1024

_PAUSED: list[bool] = []  # one entry per run in progress: whether the collector was on before


@contextmanager
def collector_paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    _PAUSED.append(collecting)
    try:
        yield
    finally:
        _PAUSED.pop()
        if collecting:
            gc.enable()


def _collect_in_forked_child() -> None:
    if _PAUSED and _PAUSED[0]:
        # What the child inherits (the model, the views) is frozen: never scanned, never copied
        # by the scan; the collector only looks at what the child itself makes.
        gc.freeze()
        gc.enable()


os.register_at_fork(after_in_child=_collect_in_forked_child)


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


Emitted = tuple[str, list[OutputFile], float]  # target name, its files, seconds it took


MemoScopes = Mapping[str, "Scope | None"]  # target name -> its render memo's scope (render_memo.py)


def emit_remembered(chosen: Target, context: ApiContext, scope: Scope | None) -> list[OutputFile]:
    with remembering(scope):
        return chosen.emit(context)


def _emit_timed(chosen: Target, context: ApiContext, scopes: MemoScopes) -> Emitted:
    start = time.perf_counter()
    files = emit_remembered(chosen, context, scopes.get(chosen.name))
    return chosen.name, files, time.perf_counter() - start


def _emit_child(connection: Any, targets: Sequence[Target], context: ApiContext, scopes: MemoScopes) -> None:
    try:
        connection.send([_emit_timed(chosen, context, scopes) for chosen in targets])
    except BaseException:  # noqa: BLE001 - the parent emits them itself and meets the error there
        pass
    finally:
        connection.close()


class EmittedBeside:
    """Targets emitted in a forked process (fork shares the model; the files come back
    pickled). If the process fails, the targets are emitted here, so an error in a template is
    raised exactly as it would be without the fork."""

    def __init__(self, targets: Sequence[Target], context: ApiContext, scopes: MemoScopes) -> None:
        self._targets, self._context, self._scopes = list(targets), context, scopes
        fork = multiprocessing.get_context("fork")
        receive, send = fork.Pipe(duplex=False)
        self._process = fork.Process(target=_emit_child, args=(send, self._targets, context, scopes), daemon=True)
        self._process.start()
        send.close()
        self._connection = receive
        self._emitted: dict[str, Emitted] | None = None

    def emitted(self, name: str) -> Emitted:
        if self._emitted is None:
            found: list[Emitted] | None
            try:
                found = self._connection.recv()
            except (EOFError, OSError):
                found = None
            self._process.join()
            self._connection.close()
            if found is None:
                found = [_emit_timed(chosen, self._context, self._scopes) for chosen in self._targets]
            self._emitted = {entry[0]: entry for entry in found}
        return self._emitted[name]


def emit_beside(targets: Sequence[Target], context: ApiContext, spec: Path, scopes: MemoScopes) -> EmittedBeside | None:
    """The second half of `targets` emitted in a forked process, when the spec is large enough
    for that to pay and the platform forks."""
    beside = targets[(len(targets) + 1) // 2:]
    if not beside or "fork" not in multiprocessing.get_all_start_methods():
        return None
    try:
        if spec.stat().st_size < _LARGE_SPEC_BYTES:
            return None
    except OSError:
        return None
    return EmittedBeside(beside, context, scopes)
