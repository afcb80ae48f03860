"""Generation pauses the cyclic garbage collector (its trees have no cycles), but never for the
processes it forks: black's workers build cyclic syntax trees for every file they format, and
grew to gigabytes on big specs while the pause was inherited."""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path

from generator import pipeline, processes
from generator.config import single_spec_config

REPO = Path(__file__).resolve().parents[2]


def _report(connection: object) -> None:
    connection.send(gc.isenabled())  # type: ignore[attr-defined]


def test_a_process_forked_while_generating_collects_garbage() -> None:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    processes._PAUSED.append(True)
    gc.disable()
    try:
        child = context.Process(target=_report, args=(send,))
        child.start()
        enabled_in_child = receive.recv()
        child.join()
    finally:
        processes._PAUSED.pop()
        gc.enable()
    assert enabled_in_child is True


def test_the_collector_is_back_on_after_generating(tmp_path: Path) -> None:
    assert gc.isenabled()
    config = single_spec_config(REPO / "specs" / "plaid" / "openapi.yaml", tmp_path, "plaid", ("typescript",))
    result = pipeline.generate(config, use_cache=False)
    assert result.files and not result.has_errors
    assert gc.isenabled()
    assert processes._PAUSED == []
