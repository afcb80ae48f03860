"""Positions for diagnostics read from the parser's events are those of the composed node tree,
for texts built to differ and (marked slow) every YAML and JSON file of the corpus and the full
Plaid spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.marks import _from_events, _from_nodes, _NotFollowed, index_marks
from tests.conftest import CORPUS, PLAID_FULL, require_shared

TEXTS = [
    "",
    "just a scalar\n",
    "a: 1\nb:\n  - x\n  - {c: 2, d: [3, 4]}\n  -\n  - - nested\n'200': ok\n200x: no\n",
    '{"openapi": "3.0.0", "paths": {"/a": {"get": {"responses": {"200": {"description": "x"}}}}}}',
    "a: &anchor\n  b: 1\nc: *anchor\n",  # an alias: the same node under two paths
    "a: 1\na: 2\n",  # a key twice
    "? [complex, key]\n: value\n",
    "1: a\n'1': b\n",  # two keys with the same text
    "---\na: 1\n---\nb: 2\n",  # two documents
    "a: [1, 2\n",  # not YAML
    "a:\n  b: |\n    text\n    more\n  c: >-\n    folded\n",
    "- a\n- b: c\n  d: e\n",
    "a: !!str 1\nb: !custom x\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_events_give_the_positions_of_the_node_tree(text: str) -> None:
    assert index_marks(text) == _from_nodes(text)


def test_texts_the_events_cannot_follow_are_composed() -> None:
    for text in ("a: &x 1\nb: *x\n", "a: 1\na: 2\n", "? [k]\n: v\n", "---\na: 1\n---\nb: 2\n"):
        with pytest.raises(_NotFollowed):
            _from_events(text)
    assert index_marks("a: &x {b: 1}\nc: *x\n")[("c", "b")] == (1, 8)


def _documents() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".yaml", ".yml", ".json") and p.is_file())


@pytest.mark.slow
def test_every_corpus_file_and_the_full_plaid_spec() -> None:
    require_shared()
    checked = 0
    for path in [PLAID_FULL, *_documents()]:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        assert index_marks(text) == _from_nodes(text), path
        checked += 1
    assert checked > 100
