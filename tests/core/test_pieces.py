"""A YAML file read in pieces (generator/load/pieces.py) gives exactly the value of the whole
text parsed at once, on every YAML document of the corpus and on texts written to mislead the cut;
after an edit only the edited piece is parsed again."""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

import pytest

from generator.load.pieces import Cut, NotInPieces, parts
from generator.load.prose_places import joined
from generator.load.source import SourceError, SourceFile, parse_text

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".yaml", ".yml")) if CORPUS.is_dir() else []


def parsed(text: str) -> Any:
    return parse_text(text, ".yaml")


def in_pieces(text: str) -> Any:
    return Cut(text).parse(parsed, {})[0]


def same_as_whole(text: str) -> None:
    """In pieces, or refused and then read whole: the value, with every mapping's key order, of the whole text."""
    try:
        whole = parsed(text)
    except SourceError:
        with pytest.raises(NotInPieces):
            in_pieces(text)
        return
    try:
        value = in_pieces(text)
    except NotInPieces:
        return
    assert repr(value) == repr(whole)
    prose_and_shape_as_whole(text, whole)


def prose_and_shape_as_whole(text: str, whole: dict[Any, Any]) -> None:
    """Read in pieces, parsed or found among the pieces kept by the last read, the document's
    prose texts (each a string the value holds) and shape digest are those of the whole value."""
    cut = Cut(text)
    _, known = cut.parse(parsed, {})
    if len({where for where, _, _ in cut.parts}) < len(cut.parts):
        return  # a key written twice: its first value is read only in pieces
    expected = joined(parts(whole))
    assert cut.prose_and_shape() == expected
    again = Cut(text)
    value, _ = again.parse(parsed, marshal.loads(marshal.dumps(known)))
    assert again.prose_and_shape() == expected
    held = {id(string) for string in strings_in(value)}
    assert all(id(prose) in held for prose in again.prose_and_shape()[0])


def strings_in(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (*strings_in(key), *strings_in(item))]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return [value] if isinstance(value, str) else []


@pytest.mark.skipif(not DOCUMENTS, reason="../shared/corpus is absent")
def test_every_yaml_document_of_the_corpus_reads_the_same_in_pieces_with_the_same_positions() -> None:
    cut, positions = 0, 0
    for path in DOCUMENTS:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        same_as_whole(text)
        found = positions_agree(text, every=7)
        cut += found > 0
        positions += found
    assert cut > len(DOCUMENTS) // 2  # most documents are cut, not refused
    assert positions > 10_000


SPEC = """openapi: 3.0.0
info:
  title: Pieces
  version: "1"
servers:
- url: https://example.com
paths:
  /a:
    get:
      description: First.
      responses:
        "200":
          description: OK
  /b:
    get:
      responses:
        "200":
          description: OK
components:
  schemas:
    A:
      type: object
      description: |
        Text that runs
        over lines.
    B:
      type: string
"""


@pytest.mark.parametrize("text", [
    SPEC,
    # a quoted value running over a line at its siblings' indentation
    SPEC.replace("description: First.", 'description: "First\n  /c: not a path"'),
    # a flow value left open over lines
    SPEC.replace("type: string", "enum: [a,\n    C: b]"),
    # an anchor in one piece, its alias in another
    SPEC.replace("    A:\n", "    A: &shared\n").replace("    B:\n      type: string", "    B: *shared"),
    # an anchor and its alias in one piece
    SPEC.replace("      type: object", "      type: &t object\n      x-type: *t"),
    # a key written twice: the last one wins, where the first stood
    SPEC + "info:\n  title: Again\n  version: \"2\"\n",
    SPEC.replace("  /b:", "  /a:"),
    # what is not a plain mapping at the top
    "---\n" + SPEC,
    "%YAML 1.1\n---\n" + SPEC,
    "- a\n- b\n",
    "? complex\n: key\n" + SPEC,
    SPEC.replace("paths:\n", "paths: {}\nx-paths:\n"),
    "openapi: 3.0.0\n\tinfo: {}\n",
    # keys YAML reads as something other than text
    SPEC.replace("  /b:", "  200:").replace("    B:", "    true:"),
    "",
    "# only a comment\n",
])
def test_texts_that_could_mislead_the_cut_read_the_same_as_whole(text: str) -> None:
    same_as_whole(text)


def test_after_an_edit_only_the_edited_piece_is_parsed() -> None:
    _, known = Cut(SPEC).parse(parsed, {})
    edited = SPEC.replace("description: First.", "description: Edited.")
    seen: list[str] = []

    def counting(text: str) -> Any:
        seen.append(text)
        return parsed(text)

    cut = Cut(edited)
    assert cut.names == Cut(SPEC).names  # where the known pieces are looked for
    value, _ = cut.parse(counting, known)
    assert len(seen) == 1 and seen[0].lstrip().startswith("/a:")
    assert value == parsed(edited)


def pointers(value: Any, path: tuple[str, ...] = (), found: list[tuple[str, ...]] | None = None) -> list[tuple[str, ...]]:
    found = [] if found is None else found
    found.append(path)
    if isinstance(value, dict):
        for key, child in value.items():
            pointers(child, path + (str(key),), found)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            pointers(child, path + (str(index),), found)
    return found


def positions_agree(text: str, every: int = 1) -> int:
    """Positions found in one piece are those of the whole text, for every value and for a
    missing key under each (its closest existing parent); how many were checked."""
    try:
        cut = Cut(text)
        value, _ = cut.parse(parsed, {})
    except NotInPieces:
        return 0
    whole = SourceFile(Path("whole.yaml"), text, value)
    checked = 0
    for path in pointers(value)[::every][:1000]:
        for tokens in (list(path), [*path, "missing"]):
            found = cut.position(tokens)
            if found is not None:
                assert found == whole.position(tokens), tokens
                checked += 1
    return checked


def test_positions_of_written_out_keys_are_found_in_pieces() -> None:
    quoted = SPEC.replace("  /b:", "  '/b':").replace("    B:", '    "B":')
    assert positions_agree(quoted) > 40
    assert positions_agree(SPEC.replace("  /b:", "  200:")) > 40
