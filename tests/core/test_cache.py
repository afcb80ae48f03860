"""generator/cache.py: the one place that decides where cache entries live, how they are keyed
and how they are written. A cache that cannot be read or written only costs time."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator
from generator import cache
from generator.cache import MISSING, Cache, cache_dir, cache_key

GENERATOR = Path(generator.__file__).resolve().parent


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_folder_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "here"))
    assert cache_dir() == tmp_path / "here"
    monkeypatch.delenv("UTDK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "utdk"


def test_a_key_holds_the_generators_version_and_keeps_parts_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    key = cache_key("black 26.10.1", b"x = 1\n")
    assert key == cache_key("black 26.10.1", b"x = 1\n")
    assert cache_key("ab", "c") != cache_key("a", "bc")
    assert cache_key("a", b"b") == cache_key(b"a", "b")
    monkeypatch.setattr(generator, "__version__", "0.0.0-other")
    assert cache_key("black 26.10.1", b"x = 1\n") != key


def test_entries_are_written_whole_and_read_back(folder: Path) -> None:
    store = Cache("things", ".bin")
    assert store.read("k1") is None
    store.write("k1", b"content")
    assert store.read("k1") == b"content"
    assert sorted(p.name for p in (folder / "things").iterdir()) == ["k1.bin"]  # no temporary file left
    fanned = Cache("many", fan_out=True)
    fanned.write("abcdef", b"x")
    assert (folder / "many" / "ab" / "abcdef").read_bytes() == b"x"


def test_values_round_trip_and_a_damaged_entry_is_a_miss(folder: Path) -> None:
    store = Cache("values", ".marshal")
    assert store.load("k") is MISSING
    store.store("k", {"a": [1, 2.5, None, ("t", b"b")]})
    assert store.load("k") == {"a": [1, 2.5, None, ("t", b"b")]}
    store.path("k").write_bytes(b"\xff not marshal")
    assert store.load("k") is MISSING
    store.store("other", object())  # not plain data: nothing is kept, nothing is raised
    assert store.load("other") is MISSING


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("UTDK_CACHE_DIR", str(blocked))
    store = Cache("things")
    store.write("k", b"content")
    store.store("k", [1])
    assert store.read("k") is None and store.load("k") is MISSING


def test_each_cache_has_its_own_folder() -> None:
    caches = [cache.PARSED, cache.VALIDATED, cache.TEMPLATES, cache.FORMATTED, cache.RUNS, cache.STAMPS, cache.MODELS,
              cache.RENDERS, cache.EXAMPLE_VERDICTS]
    assert sorted(c.name for c in caches) == ["black", "examples", "jinja", "models", "parsed", "renders", "runs", "stamps", "validate"]
    assert cache.RUN_CONTENTS.folder == cache.RUNS.folder  # each run entry's contents beside it


def test_no_other_module_places_or_writes_cache_entries() -> None:
    """Where the caches live and how an entry is written are cache.py's alone: the other modules
    name a Cache and a key."""
    found = [
        f"{path.relative_to(GENERATOR)}: {word}"
        for path in sorted(GENERATOR.rglob("*.py"))
        if path.name != "cache.py"
        for word in ("UTDK_CACHE_DIR", "cache_dir(", ".tmp", "os.replace(")
        # output.py renames the output folder's own files into place, never a cache entry
        if word in path.read_text("utf-8") and not (path.name == "output.py" and word == "os.replace(")
    ]
    assert found == []
