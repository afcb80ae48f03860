"""The TypeScript SDK's texts kept between runs under digests (generator/targets/typescript/kept.py
and readme.py): src/types.ts and src/client.ts each kept whole, in groups of declarations or
methods (made short here, so that the kitchen sink's span many groups), and each tag's examples
and list of methods in the README. After an edit of anything one of them shows, a run with the
memo of the run before gives exactly what a run without any memo gives: a key that misses
something its text depends on fails here. And an edit makes again only what it changed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import render_memo
from generator.targets.typescript import kept
from tests.conftest import REPO, emit_target

SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"
SCOPE = ("kitchensink", "code")
_ADDED_SCHEMA = "    Added:\n      type: object\n      description: Added here.\n      properties: {name: {type: string}}\n"

# (what is edited, the text in specs/kitchensink/openapi.yaml, what it becomes (every occurrence),
# a file whose text the edit changes)
EDITS = [
    ("schema description", "description: Where the pet is in the adoption process.", "description: Where the pet is now.",
     "src/types.ts"),
    ("enum", "enum: [available, pending, sold]", "enum: [available, pending, sold, lost]", "src/types.ts"),
    ("property description", "description: 'The pet''s name. Hostile:", "description: 'The name. Hostile:", "src/types.ts"),
    ("required list", "required: [name, petType]\n      properties:\n        name: {type: string}",
     "required: [name]\n      properties:\n        name: {type: string}", "src/types.ts"),
    ("parameter description", "description: How many pets to return at most.", "description: At most this many.",
     "src/types.ts"),
    ("operation summary", "summary: List pets\n", "summary: List all the pets\n", "README.md"),
    ("operation description", "description: Returns pets, filtered and paged.", "description: Returns `pets`, paged.",
     "src/client.ts"),
    ("title", "title: Kitchen Sink Pet Store", "title: Kitchen Sink Pet Shop", "src/types.ts"),
    ("server", "https://sandbox.kitchensink.example/v1", "https://sandbox2.kitchensink.example/v1", "src/client.ts"),
    ("tag description", "description: Pets and their photos.", "description: Pets, and photos of them.", "README.md"),
    ("operation moved to another tag", "tags: [misc]\n      summary: Start a conversation",
     "tags: [store]\n      summary: Start a conversation", "README.md"),
    ("schema added", "  schemas:\n", "  schemas:\n" + _ADDED_SCHEMA, "src/types.ts"),
    ("schema renamed", "Toy", "Plaything", "README.md"),  # the paginated methods' item type, in the API list
    ("paginated items' type", "items: {$ref: '#/components/schemas/Toy'}\n                  next_cursor",
     "items: {type: string}\n                  next_cursor", "src/client.ts"),
    ("webhook payload", "type: {const: pet.adopted}", "type: {const: pet.homed}", "src/types.ts"),
]


def emit(spec: Path, scope: render_memo.Scope | None) -> dict[str, bytes]:
    return emit_target(spec, "kitchensink", "typescript", scope)


@pytest.fixture
def copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(kept, "GROUP_SIZE", 3)
    shutil.copytree(SPEC.parent, tmp_path / "kitchensink")  # with the files it refers to
    return tmp_path / "kitchensink" / SPEC.name


@pytest.mark.parametrize("what, before, after, shown_in", EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_gives_with_the_memo_what_it_gives_without(copy: Path, what: str, before: str, after: str,
                                                           shown_in: str) -> None:
    text = copy.read_text("utf-8")
    assert before in text, what
    first = emit(copy, SCOPE)
    copy.write_text(text.replace(before, after), "utf-8")
    edited = emit(copy, SCOPE)
    assert edited == emit(copy, None), what
    assert edited[shown_in] != first[shown_in], what  # the edit reaches a kept text
    copy.write_text(text, "utf-8")
    assert emit(copy, SCOPE) == first, what  # and back: the texts found where the edited run kept them


def _counting(monkeypatch: pytest.MonkeyPatch, name: str, made: list[str]) -> None:
    real: Callable[..., str] = getattr(kept, name)

    def counted(*args: Any) -> str:
        made.append(name)
        return real(*args)

    monkeypatch.setattr(kept, name, counted)


def test_an_edit_makes_again_only_the_declarations_it_changes(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    for name in ("_schema_text", "_operation_text", "_method_text"):
        _counting(monkeypatch, name, made)
    emit(copy, SCOPE)
    every = len(made)
    made.clear()
    assert emit(copy, SCOPE) and made == []  # all found: no view made
    text = copy.read_text("utf-8")
    copy.write_text(text.replace(EDITS[0][1], EDITS[0][2]), "utf-8")
    emit(copy, SCOPE)
    assert 0 < len(made) < every / 4
