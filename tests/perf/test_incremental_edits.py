"""A run after an edit, with the caches of the run before it, gives exactly what a run without
any cache gives, for edits of every kind of thing a page, a module or a declaration reads
(descriptions, enums, defaults, required lists, summaries, servers, credentials, the title,
shared responses, webhooks), whether the model is built again or, for an edit of prose alone, read
back with the digests kept beside it (model/kept.py, which keeps only larger documents' models
unless told otherwise here); and it renders again only a small share of each target's templates, those whose output uses the
edited piece, the targets emitted whole (the SDKs) as well as those emitted in parts (the docs)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import generator.model.kept as kept
from generator.config import single_spec_config
from generator.pipeline import generate

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"
TARGETS = ("typescript", "python", "docs", "snippets")

# (what is edited, the text in specs/kitchensink/openapi.yaml, what it becomes)
EDITS = [
    ("schema description", "description: Where the pet is in the adoption process.", "description: Where the pet is now."),
    ("enum", "enum: [available, pending, sold]", "enum: [available, pending, sold, lost]"),
    ("property description", "description: 'The pet''s name. Hostile:", "description: 'The name. Hostile:"),
    ("required list", "required: [name, petType]\n      properties:\n        name: {type: string}",
     "required: [name]\n      properties:\n        name: {type: string}"),
    ("operation summary", "summary: List pets\n", "summary: List all the pets\n"),
    ("parameter default", "maximum: 100, default: 20}", "maximum: 100, default: 25}"),
    ("parameter description", "description: How many pets to return at most.", "description: At most this many."),
    ("title", "title: Kitchen Sink Pet Store", "title: Kitchen Sink Pet Shop"),
    ("server", "https://sandbox.kitchensink.example/v1", "https://sandbox2.kitchensink.example/v1"),
    ("tag description", "description: Pets and their photos.", "description: Pets, and photos of them."),
    ("credential", "bearerFormat: JWT", "bearerFormat: JWS"),
    ("shared response", "description: An error.", "description: A failure."),
    ("webhook payload", "type: {const: pet.adopted}", "type: {const: pet.homed}"),
]


def _files(result: Any) -> dict[str, bytes]:
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    return {f.path: f.content for f in result.files}


def _run(spec: Path, use_cache: bool) -> dict[str, bytes]:
    config = single_spec_config(spec, spec.parent / "out", "kitchensink", TARGETS)
    return _files(generate(config, use_cache=use_cache))


@pytest.fixture(params=["model built", "model kept"])
def copy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    if request.param == "model kept":
        monkeypatch.setattr(kept, "_SMALLEST_KEPT", 0)
    shutil.copytree(SPEC.parent, tmp_path / "kitchensink")
    return tmp_path / "kitchensink" / SPEC.name


def _by_target(names: list[str]) -> Counter[str]:
    return Counter(name.split("/")[0] for name in names)


@pytest.mark.parametrize("what, before, after", EDITS, ids=[e[0] for e in EDITS])
def test_a_run_after_an_edit_gives_what_a_run_without_caches_gives(copy: Path, what: str, before: str, after: str) -> None:
    text = copy.read_text("utf-8")
    assert text.count(before) == 1, what
    _run(copy, use_cache=True)
    copy.write_text(text.replace(before, after), "utf-8")
    edited = _run(copy, use_cache=True)
    assert edited == _run(copy, use_cache=False)
    assert edited != _run_original(copy, text)


def _run_original(copy: Path, text: str) -> dict[str, bytes]:
    original = copy.with_name("original.yaml")
    original.write_text(text, "utf-8")
    config = single_spec_config(original, copy.parent / "out", "kitchensink", TARGETS)
    return _files(generate(config, use_cache=False))


def test_an_edit_renders_again_a_small_share_of_every_target(copy: Path, rendered: list[str]) -> None:
    _run(copy, use_cache=True)
    cold = _by_target(rendered)
    assert set(cold) >= {"typescript", "python", "docs", "snippets"}
    rendered.clear()
    text = copy.read_text("utf-8")
    before, after = EDITS[0][1], EDITS[0][2]
    copy.write_text(text.replace(before, after), "utf-8")
    _run(copy, use_cache=True)
    edited = _by_target(rendered)
    for target in ("typescript", "python", "docs"):
        assert 0 < edited[target] <= cold[target] / 2, (target, edited[target], cold[target])


def test_the_same_spec_in_another_folder_renders_nothing_again(copy: Path, rendered: list[str]) -> None:
    first = _run(copy, use_cache=True)
    moved = copy.parent.parent / "moved"
    shutil.copytree(copy.parent, moved)
    rendered.clear()
    assert _run(moved / copy.name, use_cache=True) == first
    # but the page listing every provider, made outside any provider's parts
    assert rendered == ["docs/site.html"]
