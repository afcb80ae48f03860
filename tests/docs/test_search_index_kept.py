"""The search index, the index page and the sidebar's data kept between runs (search_pieces.py:
the index in pieces, each under what its entries are made from, the texts' positions filled in at
each run): after an edit of anything an entry shows, a run with the caches of the run before it
gives exactly what a run without caches gives, and the index shows the edit. The pieces are made
short here, so that the index of the kitchen sink spans many of them."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.config import ProviderConfig, single_spec_config, target_options
from generator.context import ApiContext
from generator.literals import json_text
from generator.markdown import plain_text
from generator.model import ObjectType
from generator.pipeline import generate
from generator.render_memo import remembering
from generator.spec_to_api import load_api
from generator.targets.docs import search_pieces
from generator.targets.docs.field_tree import schema_page_paths
from generator.targets.docs.index import operation_groups, operation_href
from generator.targets.docs.search_index import GLOBAL_NAME, schema_usages, search_index_script
from tests.conftest import REPO

SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"
INDEX = "assets/search-index.js"

# (what is edited, the text in specs/kitchensink/openapi.yaml, what it becomes: every occurrence)
EDITS = [
    ("schema description", "description: Where the pet is in the adoption process.", "description: Where the pet is now."),
    ("property description", "description: 'The pet''s name. Hostile:", "description: 'The name. Hostile:"),
    ("operation description", "description: Returns pets, filtered and paged.", "description: Returns `pets`, paged."),
    ("operation summary", "summary: List pets\n", "summary: List all the pets\n"),
    ("operation tag", "tags: [misc]\n      summary: Start a conversation", "tags: [store]\n      summary: Start a conversation"),
    ("parameter description", "description: How many pets to return at most.", "description: At most this many."),
    ("parameter name", "- name: limit\n          in: query\n          description: How many",
     "- name: most\n          in: query\n          description: How many"),
    # the schemas under `messages` are met at another path, though none of them changes
    ("path to a schema's fields", "[model, messages]\n              properties:\n                model: {type: string}\n                messages:",
     "[model, history]\n              properties:\n                model: {type: string}\n                history:"),
    # a text the index met later is met here first: the positions of the texts between move
    ("a text met earlier", "description: Where the pet is in the adoption process.",
     "description: A chip is registered with a vet or a clinic (one of them is required)."),
    ("schema name", "ToolRole", "ToolKind"),
]


@pytest.fixture
def copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(search_pieces, "PIECE_LENGTH", 3)
    shutil.copytree(SPEC.parent, tmp_path / "kitchensink")
    return tmp_path / "kitchensink" / SPEC.name


def _docs(spec: Path, use_cache: bool) -> dict[str, bytes]:
    result = generate(single_spec_config(spec, spec.parent / "out", "kitchensink", ("docs",)), use_cache=use_cache)
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    return {f.path.split("/docs/", 1)[1]: f.content for f in result.files if "/docs/" in f.path}


@pytest.mark.parametrize("what, before, after", EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_reaches_the_kept_index_as_a_run_without_caches(copy: Path, what: str, before: str, after: str) -> None:
    text = copy.read_text("utf-8")
    assert before in text, what
    first = _docs(copy, use_cache=True)
    copy.write_text(text.replace(before, after), "utf-8")
    edited = _docs(copy, use_cache=True)
    assert edited == _docs(copy, use_cache=False)
    assert edited[INDEX] != first[INDEX], "the edit shows in the index"


def reference_index(api: Any, operations: list[Any], groups: dict[str, str], paths: dict[str, str]) -> str:
    """The index's layout (search_index.py) made in one go, as one JSON document."""
    texts: dict[str, int] = {"": 0}

    def text(markdown: str | None) -> int:
        plain = plain_text(markdown)
        if len(plain) > search_pieces.TEXT_LIMIT:
            plain = plain[: search_pieces.TEXT_LIMIT - 1].rsplit(" ", 1)[0] + "…"
        return texts.setdefault(plain, len(texts))

    def schema(s: Any) -> list[Any]:
        fields = [item for p in (s.type.properties if isinstance(s.type, ObjectType) else ()) for item in (p.name, text(p.description))]
        return [s.names.ts, text(s.description or s.title), paths[s.key], *usages.get(s.key, (-1, -1, "")), fields]

    usages = schema_usages(api, operations)
    index = {
        "operations": [[op.method.upper(), op.path, op.id, op.summary or "", text(op.description), operation_href(op),
                        groups[operation_href(op)]] for op in operations],
        "parameters": [[p.name, p.location, text(p.description), i] for i, op in enumerate(operations) for p in op.parameters if not p.hidden],
        "schemas": [schema(s) for s in api.schemas],
    }
    index["texts"] = list(texts)
    return f"window.{GLOBAL_NAME} = {json_text(index)};\n"


@pytest.mark.parametrize("spec", [SPEC, REPO / "specs" / "plaid" / "openapi.yaml", REPO / "tests" / "docs" / "fixtures" / "hostile.yaml"],
                         ids=["kitchensink", "plaid", "hostile"])
def test_the_pieces_filled_in_are_the_index_made_in_one_go(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spec: Path) -> None:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(search_pieces, "PIECE_LENGTH", 2)
    api = load_api(spec, "x", validate=False).api
    assert api is not None
    context = ApiContext(api, target_options(ProviderConfig("x", spec), api.version, api.docs_url))
    visible = [op for op in api.operations if not op.hidden]
    groups, paths = operation_groups(api, visible), schema_page_paths(api)
    expected = reference_index(api, visible, groups, paths)
    for _ in range(2):  # made, then read back from the memo
        with remembering(("x", "code")):
            assert search_index_script(context, visible, lambda op: groups[operation_href(op)], paths.__getitem__) == expected
