"""Half of the targets emitted in a forked process (generator/processes.py) give the same files in
the same order as all of them emitted here, and a forked process that fails changes nothing: the
targets are emitted here instead."""

from __future__ import annotations

from pathlib import Path

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
    monkeypatch.setattr(processes, "EmittedBeside", lambda *args: forked.append(args))
    found = files(tmp_path)
    assert forked == []  # the small spec is emitted here
    return found


def test_targets_emitted_in_a_forked_process_give_the_same_files(in_process: list[tuple[str, bytes]], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "_LARGE_SPEC_BYTES", 0)
    started: list[list[str]] = []
    real = processes.EmittedBeside

    def counting(targets: list[processes.Target], context: object, scopes: processes.MemoScopes) -> processes.EmittedBeside:
        started.append([t.name for t in targets])
        return real(targets, context, scopes)  # type: ignore[arg-type]

    monkeypatch.setattr(processes, "EmittedBeside", counting)
    assert files(tmp_path) == in_process
    assert started == [["docs", "snippets"]]


def test_a_forked_process_that_fails_changes_nothing(in_process: list[tuple[str, bytes]], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "_LARGE_SPEC_BYTES", 0)
    monkeypatch.setattr(processes, "_emit_child", lambda connection, targets, context, scopes: connection.close())
    assert files(tmp_path) == in_process
