"""Generation pauses the cyclic garbage collector (its trees have no cycles), but never for the
processes it forks: black's workers build cyclic syntax trees for every file they format, and
grew to gigabytes on big specs while the pause was inherited."""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path
from typing import Callable

import pytest

from generator import cli, collector, pipeline, run_cache
from generator.config import single_spec_config

REPO = Path(__file__).resolve().parents[2]


def _report(connection: object) -> None:
    connection.send(gc.isenabled())  # type: ignore[attr-defined]


def test_a_process_forked_while_generating_collects_garbage() -> None:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    collector._PAUSED.append(True)
    gc.disable()
    try:
        child = context.Process(target=_report, args=(send,))
        child.start()
        enabled_in_child = receive.recv()
        child.join()
    finally:
        collector._PAUSED.pop()
        gc.enable()
    assert enabled_in_child is True


def test_the_collector_is_back_on_after_generating(tmp_path: Path) -> None:
    assert gc.isenabled()
    config = single_spec_config(REPO / "specs" / "plaid" / "openapi.yaml", tmp_path, "plaid", ("typescript",))
    result = pipeline.generate(config, use_cache=False)
    assert result.files and not result.has_errors
    assert gc.isenabled()
    assert collector._PAUSED == []


def test_the_command_stores_and_writes_with_the_collector_paused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each allocation while storing the run and writing its files could start a pass over
    everything the run holds (the model, the views, the files)."""
    seen: dict[str, bool] = {}

    def noting(name: str, step: Callable[..., object]) -> Callable[..., object]:
        def noted(*args: object, **kwargs: object) -> object:
            seen[name] = gc.isenabled()
            return step(*args, **kwargs)
        return noted

    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(run_cache, "store", noting("store", run_cache.store))
    monkeypatch.setattr(cli, "changeset", noting("changeset", cli.changeset))
    monkeypatch.setattr(cli, "write", noting("write", cli.write))
    assert cli.main(["generate", str(REPO / "specs" / "kitchensink" / "openapi.yaml"), "--out", str(tmp_path / "out"),
                     "--name", "kitchensink", "--quiet", "--target", "typescript"]) == 0
    assert seen == {"store": False, "changeset": False, "write": False}
    assert gc.isenabled()
