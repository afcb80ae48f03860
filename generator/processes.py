"""How a run uses processes and the garbage collector, kept out of the pipeline's pure centre.

The cyclic collector is paused while a run builds the model and the views (large trees without
cycles that it would walk again and again: a quarter of a warm run) and runs again afterwards and
in every process forked meanwhile (black's workers, the validator), whose garbage does have
cycles. Black's workers are forked before the spec is read when the output is large enough to
pay for them: forked later, from a process holding the model, they ran at half speed."""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from typing import Iterator

from .config import Config
from .format import FormatPool
from .targets import target

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
