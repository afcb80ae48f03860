"""black through its API: results are cached by content (with black's version and mode in the
key), so unchanged files are never formatted twice; big batches run in worker processes."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator.output import OutputFile

UGLY = "x = {  'a':1 }\ndef f( a ):\n  return a\n"
PRETTY = 'x = {"a": 1}\n\n\ndef f(a):\n    return a\n'


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_formats_python_files_only_and_keeps_order(cache: Path) -> None:
    files = [OutputFile("a.py", UGLY.encode()), OutputFile("README.md", b"x = {  'a':1 }\n"), OutputFile("b.py", PRETTY.encode())]
    out = fmt.format_files(files)
    assert [f.path for f in out] == ["a.py", "README.md", "b.py"]
    assert out[0].content.decode() == PRETTY and out[1].content == files[1].content and out[2].content.decode() == PRETTY


def test_cached_results_are_not_formatted_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fmt.format_files([OutputFile("a.py", UGLY.encode())])
    assert len(list((cache / "black").rglob("*"))) == 2  # one folder, one entry

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("black ran on a cached file")

    monkeypatch.setattr(black, "format_file_contents", refuse)
    assert fmt.format_files([OutputFile("other/name.py", UGLY.encode())])[0].content.decode() == PRETTY


def test_black_version_and_mode_are_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    key = fmt._key(UGLY.encode())
    assert fmt.black_version() == black.__version__ == "26.10.1"
    monkeypatch.setattr(fmt, "black_version", lambda: "0.0.0")
    assert fmt._key(UGLY.encode()) != key
    monkeypatch.undo()
    fmt.mode.cache_clear()
    monkeypatch.setattr(fmt, "LINE_LENGTH", 100)
    try:
        assert fmt._key(UGLY.encode()) != key
    finally:
        monkeypatch.undo()
        fmt.mode.cache_clear()
    assert fmt._key(UGLY.encode()) == key


def test_large_batches_use_worker_processes_with_the_same_result(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [f"def f{i}( a ):\n  return {{ 'k{i}':a }}\n" for i in range(12)]
    files = [OutputFile(f"m{i}.py", s.encode()) for i, s in enumerate(sources)]
    monkeypatch.setattr(fmt, "_PARALLEL_MIN_BYTES", 0)
    started: list[int] = []
    real_pool = fmt.ProcessPoolExecutor

    def counting_pool(max_workers: int) -> object:
        started.append(max_workers)
        return real_pool(max_workers=max_workers)

    monkeypatch.setattr(fmt, "ProcessPoolExecutor", counting_pool)
    parallel = fmt.format_files(files, workers=2)
    assert started == [2]
    assert [f.content.decode() for f in parallel] == [fmt.format_source(s) for s in sources]
