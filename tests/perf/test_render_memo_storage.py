"""Where the render memo keeps its texts (generator/render_memo.py): a text found again is referred
to where the last run wrote it, a whole (`together`) is kept with its parts' places inside it, a
framed text (`kept_framed`) as its frame and its parts, and mostly unused contents files are
folded into the newest. A contents file cut short or gone only costs time; the memo's files do not
grow run after run; a whole makes again only the parts that changed, a framed text writes again
only those, and both are right even where their template changes their parts' texts. Keys made of
plain values are digested without pickle, and still tell apart every value pickle tells apart."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import render_memo
from generator.fingerprint import fingerprint, key_fingerprint
from tests.perf.test_render_memo import SCOPE, SPEC, emit


@pytest.fixture(autouse=True)
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "renders"


def contents_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.contents"))


@pytest.mark.parametrize("name", ["typescript", "docs"])
def test_a_contents_file_cut_short_or_gone_only_costs_time(cache: Path, rendered: list[str], name: str) -> None:
    first = emit(SPEC, name, SCOPE)
    for path in contents_files(cache):
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert emit(SPEC, name, SCOPE) == first
    for path in contents_files(cache):
        path.unlink()
    rendered.clear()
    assert emit(SPEC, name, SCOPE) == first
    assert rendered  # made again
    rendered.clear()
    assert emit(SPEC, name, SCOPE) == first
    assert rendered == []  # and kept whole again


def test_the_memo_does_not_grow_run_after_run(cache: Path, tmp_path: Path) -> None:
    shutil.copytree(SPEC.parent, tmp_path / "kitchensink")
    spec = tmp_path / "kitchensink" / SPEC.name
    text = spec.read_text("utf-8")
    # each run edits a description that a different share of the texts shows
    places = [text.index("description: ", text.index(anchor)) + len("description: ") for anchor in ("schemas:", "paths:", "tags:")]
    sizes = []
    for run in range(12):
        at = places[run % len(places)]
        spec.write_text(text[:at] + f"Edited {run}. " + text[at:], "utf-8")
        emit(spec, "typescript", SCOPE)
        files = contents_files(cache)
        assert len(files) <= render_memo._MOST_FILES
        sizes.append(sum(path.stat().st_size for path in files))
    assert max(sizes) <= 3 * sizes[0], sizes


def _whole(texts: list[str], made: list[int]) -> render_memo.Piece:
    def part(number: int, text: str) -> render_memo.Piece:
        return render_memo.Piece(("part", number, text), lambda: made.append(number) or text)

    group = render_memo.together(("group",), [part(n, t) for n, t in enumerate(texts[1:], 1)], "+".join)
    return render_memo.together(("whole",), [part(0, texts[0]), group], lambda parts: "<" + "|".join(parts) + ">")


def _kept(piece: render_memo.Piece) -> str:
    with render_memo.remembering(SCOPE):
        return render_memo.kept(piece)


def test_a_whole_makes_again_only_the_parts_that_changed() -> None:
    made: list[int] = []
    assert _kept(_whole(["a", "b", "c", "d"], made)) == "<a|b+c+d>"
    assert made == [0, 1, 2, 3]
    made.clear()
    assert _kept(_whole(["a", "b", "C", "d"], made)) == "<a|b+C+d>"
    assert made == [2]  # the others found inside the last run's whole
    made.clear()
    assert _kept(_whole(["a", "b", "C", "d"], made)) == "<a|b+C+d>"
    assert made == []
    assert _kept(_whole(["A", "b", "c", "d"], made)) == "<A|b+c+d>"
    assert made == [0, 2]  # "c" was last kept two runs ago: made again


def test_a_whole_that_changes_its_parts_texts_is_what_it_is_without_the_memo() -> None:
    parts = [render_memo.Piece(("part", n), lambda n=n: f"part {n}\n") for n in range(3)]
    upper = render_memo.together(("upper",), parts, lambda texts: "".join(t.upper() for t in texts))
    dropped = render_memo.together(("dropped",), parts, lambda texts: texts[0] + texts[0])
    for _ in range(2):
        assert _kept(upper) == upper.made() == "PART 0\nPART 1\nPART 2\n"
        assert _kept(dropped) == dropped.made() == "part 0\npart 0\n"
        with render_memo.remembering(SCOPE):
            assert render_memo.kept_framed(("upper",), parts, lambda texts: "".join(t.upper() for t in texts)) == b"PART 0\nPART 1\nPART 2\n"


def _framed(texts: list[str], made: list[int]) -> bytes:
    parts = [render_memo.Piece(("part", n, text), lambda n=n, text=text: made.append(n) or text) for n, text in enumerate(texts)]
    with render_memo.remembering(SCOPE):
        return render_memo.kept_framed(("file",), parts, lambda found: "<" + "|".join(found) + ">")


def test_a_framed_text_writes_again_only_the_parts_that_changed(cache: Path) -> None:
    made: list[int] = []
    texts = [f"{n}" * 10_000 for n in range(5)]
    assert _framed(texts, made) == ("<" + "|".join(texts) + ">").encode()
    assert made == [0, 1, 2, 3, 4]
    first = set(contents_files(cache))
    made.clear()
    texts[2] = "changed"
    assert _framed(texts, made) == ("<" + "|".join(texts) + ">").encode()
    assert made == [2]
    written = sum(path.stat().st_size for path in set(contents_files(cache)) - first)
    assert len("changed") < written < 200  # the part and the frame, not the 50,000 bytes of the whole
    made.clear()
    assert _framed(texts, made) == ("<" + "|".join(texts) + ">").encode()
    assert made == []


@dataclass(frozen=True)
class View:
    name: str


def test_a_key_digest_tells_apart_what_pickle_tells_apart() -> None:
    values = [("a", 1), ["a", 1], ("a", True), (b"a", 1), ("a", 1.0), ("a", None), (("a",), 1), ("a", "1"), ({"a": 1},)]
    assert len({key_fingerprint(v) for v in values}) == len(values)
    # by content alone: an interned string and one built at run time are one key
    built = "".join(["interned ", "key"])  # noqa: FLY002 - made at run time, so not interned
    assert built is not sys.intern("interned key")
    assert key_fingerprint((sys.intern("interned key"), 1)) == key_fingerprint((built, 1))
    assert key_fingerprint(("x", View("a"))) == fingerprint(("x", View("a")))  # not plain: pickled
