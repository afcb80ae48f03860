"""The cyclic garbage collector during a run.

It is paused while a run builds the model and the views (large trees without cycles that it
would walk again and again: a quarter of a warm run) and while the command stores and writes
what the run made (each allocation could start a pass over everything the run holds), and runs
again afterwards and in every process forked meanwhile (black's workers, the validator), whose
garbage does have cycles. Pauses nest."""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from typing import Iterator

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
