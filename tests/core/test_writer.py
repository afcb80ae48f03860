"""Writing output: only what changed, stale generated files removed, foreign files kept, atomic."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator import output
from generator.output import MANIFEST, OutputFile, changeset, write
from generator.output_stamp import content_digest, read_stamp, record_stamp


def files(**contents: str) -> list[OutputFile]:
    return [OutputFile(path.replace("__", "/"), text.encode()) for path, text in contents.items()]


def test_first_write_creates_files_and_manifest(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(a__x_txt="x", b_txt="b")))
    assert (root / "a" / "x_txt").read_text() == "x"
    assert (root / "b_txt").read_text() == "b"
    assert "a/x_txt" in (root / MANIFEST).read_text()


def test_rerun_removes_only_files_it_made_before(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(keep="1", gone__deep="2")))
    (root / "gone" / "user-notes.md").write_text("mine")
    (root / "user.txt").write_text("mine too")

    second = changeset(root, files(keep="1"))
    assert second.stale == ["gone/deep"]
    write(second)

    assert not (root / "gone" / "deep").exists()
    assert (root / "gone" / "user-notes.md").read_text() == "mine"
    assert (root / "user.txt").read_text() == "mine too"
    assert (root / "keep").read_text() == "1"


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(same="s", changes="v1")))
    before = (root / "same").stat()
    second = changeset(root, files(same="s", changes="v2"))
    assert second.unchanged == ["same"] and second.changed == ["changes"]
    write(second)
    after = (root / "same").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert (root / "changes").read_text() == "v2"


def test_nothing_to_do_touches_nothing(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(a="1")))
    manifest_before = (root / MANIFEST).stat().st_mtime_ns
    again = changeset(root, files(a="1"))
    assert not again.drift
    write(again)
    assert (root / MANIFEST).stat().st_mtime_ns == manifest_before


def _second_write_fails(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """os.write fails on its second call (a full disk); the calls are counted."""
    real_write = os.write
    calls = {"n": 0}

    def failing_write(descriptor: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "write", failing_write)
    return calls


def test_failure_mid_write_leaves_previous_output_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(a="old a", b="old b", c="old c")))
    (root / "foreign.txt").write_text("foreign")
    snapshot = {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()}

    calls = _second_write_fails(monkeypatch)
    with pytest.raises(OSError):
        write(changeset(root, files(a="new a", b="new b", c="new c", d="new d")))
    assert calls["n"] == 2
    monkeypatch.undo()

    assert {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()} == snapshot
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "staging left behind"


def test_scopes_limit_what_counts_as_stale(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(p__python__a="1", p__typescript__b="2")))
    only_python = changeset(root, files(p__python__a="1"), scopes=["p/python"])
    assert only_python.stale == []
    write(only_python)
    assert (root / "p" / "typescript" / "b").read_text() == "2"
    assert "p/typescript/b" in (root / MANIFEST).read_text()


def test_paths_cannot_escape_the_output_root() -> None:
    for bad in ("../x", "/etc/passwd", "a/../../b", MANIFEST, ""):
        with pytest.raises(ValueError):
            OutputFile(bad, b"")


def test_check_diff_is_bounded_and_readable(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(t="line1\nline2\n")))
    p = changeset(root, files(t="line1\nchanged\n"))
    diff = output.unified_diff(p)
    assert "-line2" in diff and "+changed" in diff
    big = changeset(root, files(t="\n".join(str(i) for i in range(1000))))
    assert len(output.unified_diff(big, limit_lines=50)) == 51


def _settled(root: Path, contents: dict[str, bytes]) -> None:
    """What write() records, once the files are older than the manifest (files written in the
    manifest's own clock tick are left out of the record and always read)."""
    time.sleep(0.05)
    os.utime(root / MANIFEST)
    record_stamp(root, {path: content_digest(content) for path, content in contents.items()})


def test_a_file_recorded_at_the_last_write_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "out"
    write(changeset(root, files(a="one", b="two")))
    _settled(root, {"a": b"one", "b": b"two"})
    assert sorted(read_stamp(root)) == ["a", "b"]

    def no_reading(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"read {args[0]}")

    monkeypatch.setattr(output, "open", no_reading, raising=False)
    again = changeset(root, files(a="one", b="two"))
    assert again.unchanged == ["a", "b"] and not again.drift


def test_a_file_changed_after_the_last_write_is_read_however_its_times_are_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "out"
    write(changeset(root, files(a="one", b="two")))
    _settled(root, {"a": b"one", "b": b"two"})
    before = (root / "a").stat()
    (root / "a").write_bytes(b"six")  # same size, and its times set back
    os.utime(root / "a", ns=(before.st_atime_ns, before.st_mtime_ns))
    (root / "b").unlink()
    again = changeset(root, files(a="one", b="two"))
    assert again.changed == ["a"] and again.added == ["b"]
    write(again)
    assert (root / "a").read_bytes() == b"one" and (root / "b").read_bytes() == b"two"


def _inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def test_a_few_changed_files_are_renamed_over_their_old_selves(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(a="a", b="b", sub__c="c")))
    (root / "foreign.txt").write_text("foreign")
    before = _inodes(root)
    changes = changeset(root, files(a="a", b="new b", sub__c="new c"))
    assert changes.changed == ["b", "sub/c"] and not changes.added and not changes.stale
    write(changes)
    after = _inodes(root)
    assert (root / "b").read_text() == "new b" and (root / "sub" / "c").read_text() == "new c"
    # nothing else was written, linked or moved: the tree was not staged again
    assert {p: after[p] for p in ("a", "foreign.txt", MANIFEST)} == {p: before[p] for p in ("a", "foreign.txt", MANIFEST)}
    assert after["b"] != before["b"]
    assert sorted(after) == sorted(before) and [p.name for p in tmp_path.iterdir()] == ["out"]
    assert not changeset(root, files(a="a", b="new b", sub__c="new c")).drift


def test_a_failure_while_changing_a_few_files_changes_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "out"
    write(changeset(root, files(a="old a", b="old b", c="old c")))
    snapshot = {p: (root / p).read_bytes() for p in _inodes(root)}
    calls = _second_write_fails(monkeypatch)
    with pytest.raises(OSError):
        write(changeset(root, files(a="new a", b="new b", c="new c")))
    assert calls["n"] == 2
    monkeypatch.undo()
    assert {p: (root / p).read_bytes() for p in _inodes(root)} == snapshot  # and no half-written file beside them
