"""The targets' parts shared out between this process and a forked one (generator/processes.py)
give the same files in the same order as all of them emitted here; both processes take parts;
and a forked process that fails changes nothing: its parts are emitted here instead."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from generator import processes
from generator.config import single_spec_config
from generator.pipeline import generate

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"
TARGETS = ("typescript", "python", "docs", "snippets")


def files(tmp_path: Path) -> list[tuple[str, bytes]]:
    result = generate(single_spec_config(SPEC, tmp_path / "out", "kitchensink", TARGETS), use_cache=False)
    assert not result.has_errors
    return [(f.path, f.content) for f in result.files]


@pytest.fixture
def in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bytes]]:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    forked: list[object] = []
    monkeypatch.setattr(processes, "_emit_child", lambda *args: forked.append(args))
    found = files(tmp_path)
    assert forked == []  # the small spec is emitted here
    return found


def test_parts_shared_with_a_forked_process_give_the_same_files(in_process: list[tuple[str, bytes]], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "_LARGE_SPEC_BYTES", 0)
    assert files(tmp_path) == in_process


def test_both_processes_take_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(processes, "_LARGE_SPEC_BYTES", 0)
    real = processes._emit_timed

    def marked(work: processes.Work, context: Any, scopes: processes.MemoScopes) -> processes.Emitted:
        found, seconds, judged = real(work, context, scopes)
        time.sleep(0.05)  # each part takes a while, so the forked process has started before they are all gone
        mark = processes.OutputFile(f"pid-{os.getpid()}-{work[0].name}-{work[1] or 'all'}", b"")
        return [*found, mark], seconds, None if judged is None else [*judged, mark.content]

    monkeypatch.setattr(processes, "_emit_timed", marked)
    made = [path for path, _ in files(tmp_path) if "/pid-" in path]
    pids = {path.split("/pid-")[1].split("-")[0] for path in made}
    assert str(os.getpid()) in pids and len(pids) == 2  # this process and the forked one
    names = [path.split("/pid-")[1].split("-", 1)[1] for path in made]
    assert sorted(names) == sorted({  # every part exactly once
        "python-all", "typescript-all", "snippets-all", "docs-site",
        "docs-operations/0", "docs-operations/1", "docs-schemas/0", "docs-schemas/1",
    }) and len(names) == 8


def test_a_forked_process_that_fails_changes_nothing(in_process: list[tuple[str, bytes]], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "_LARGE_SPEC_BYTES", 0)

    def failing(connection: Any, work: Any, context: Any, scopes: Any, taken: Any) -> None:
        next(processes._take(taken, len(work)), None)  # takes a part, then dies without a word
        connection.close()

    monkeypatch.setattr(processes, "_emit_child", failing)
    assert files(tmp_path) == in_process


@pytest.mark.parametrize("pages", [0, 1, 2, 3, 999, 1000, 1999, 2000, 2001, 4321, 20002])
def test_the_docs_runs_cover_every_page_once_in_order(pages: int) -> None:
    from generator.targets.docs import _run_range, _runs

    covered = [i for part in _runs("schemas", pages) for i in _run_range(pages, part)]
    assert covered == list(range(pages))
    assert len(_runs("schemas", pages)) == max(2, pages // 1000)
