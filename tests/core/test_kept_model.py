"""The model kept between runs (generator/model/kept.py): a document whose prose alone changed,
in another folder, reads back the model that building it gives, with the same diagnostics, and
without building anything; any other change builds again; an entry cannot make the reader run code."""

from __future__ import annotations

import json
import pickle
import re
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

import generator.model.kept as kept
from generator.cache import MODELS
from generator.load.prose_places import prose_places
from generator.model.digests import ModelDigests
from generator.model.reach import argument_types, reachable_schemas, response_types
from generator.spec_to_api import Loaded, load_api
from tests.conftest import CORPUS, PLAID_FULL, REPO, corpus_documents, require_shared

KITCHENSINK = REPO / "specs" / "kitchensink" / "openapi.yaml"
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
CODE = "code digest"


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """A fresh cache that keeps every model, and the root of every model built meanwhile."""
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(kept, "_SMALLEST_KEPT", 0)
    built: list[Path] = []
    build = kept.build_api

    def counted(specs: Any, provider: str, code: str | None = None) -> Any:
        built.append(specs.root_path)
        return build(specs, provider, code)

    monkeypatch.setattr(kept, "build_api", counted)
    return built


def load(spec: Path, code: str | None = CODE) -> Loaded:
    return load_api(spec, "provider", validate=False, code=code)


def edited_copy(first: Loaded, source_root: Path, copy_root: Path, edit: Callable[[str], str]) -> None:
    """source_root's tree copied to copy_root, each file the first load read rewritten with
    `edit` applied to every one of its prose texts."""
    shutil.copytree(source_root, copy_root, symlinks=True)
    assert first.specs is not None
    for name, found in first.specs.files_asked():
        assert found is not None
        texts = {id(text) for text in prose_places(found.data)}
        target = copy_root / Path(first.specs.absolute(name)).relative_to(source_root.resolve())
        edited = _replaced(found.data, texts, edit)
        if target.suffix == ".json":
            target.write_text(json.dumps(edited, ensure_ascii=False))
        else:
            target.write_text(yaml.dump(edited, Dumper=_Dumper, sort_keys=False, allow_unicode=True))


def _replaced(value: Any, texts: set[int], edit: Callable[[str], str]) -> Any:
    if isinstance(value, dict):
        return {k: _replaced(v, texts, edit) for k, v in value.items()}
    if isinstance(value, list):
        return [_replaced(v, texts, edit) for v in value]
    return edit(value) if id(value) in texts else value


def prose_edited(text: str) -> str:
    return f"  {text.upper()} (edited)\n"


def assert_read_back_as_built(main: Path, source_root: Path, tmp_path: Path, builds: list[Path]) -> None:
    first = load(main)
    assert first.api is not None and builds == [main]
    copy_root = tmp_path / "moved" / source_root.name
    edited_copy(first, source_root, copy_root, prose_edited)
    moved = copy_root / main.relative_to(source_root)
    read_back = load(moved)
    assert builds == [main], "a document whose prose alone changed was built again"
    built = load(moved, code=None)
    assert read_back.api == built.api
    assert read_back.diagnostics == built.diagnostics
    assert read_back.files == built.files
    assert read_back.specs is not None and built.specs is not None
    assert read_back.specs.reached.keys() == built.specs.reached.keys()
    assert read_back.api is not None and read_back.api.source_file == built.specs.root_file != first.api.source_file


def test_kitchensink_read_back_after_every_prose_text_is_edited(builds: list[Path], tmp_path: Path) -> None:
    assert_read_back_as_built(KITCHENSINK, KITCHENSINK.parent, tmp_path, builds)
    read_back = load(tmp_path / "moved" / "kitchensink" / "openapi.yaml").api
    assert read_back is not None
    described = [s.description for s in read_back.schemas if s.description]
    assert described and all(d.endswith("(edited)\n") for d in described)


def test_plaid_read_back_after_every_prose_text_is_edited(builds: list[Path], tmp_path: Path) -> None:
    require_shared()
    assert_read_back_as_built(PLAID_FULL, PLAID_FULL.parent, tmp_path, builds)


@pytest.mark.parametrize("name,main", corpus_documents(openapi_3=True) or [("<corpus absent>", Path())])
def test_corpus_document_read_back_after_every_prose_text_is_edited(name: str, main: Path, builds: list[Path],
                                                                    tmp_path: Path) -> None:
    require_shared()
    assert_read_back_as_built(main, CORPUS / name, tmp_path, builds)


@pytest.mark.parametrize("edit", [
    lambda text: text.replace("type: string", "type: integer", 1),  # a type
    lambda text: text.replace("description: ", "title: ", 1),  # a description becomes a title
    lambda text: re.sub(r"^( +)summary: (.*)$", r"\1summary: \2\n\1x-added: true", text, count=1, flags=re.M),  # an extension
    lambda text: re.sub(r"^( +)type: string$", r"\1type: string\n\1deprecated: true", text, count=1, flags=re.M),
])
def test_an_edit_of_more_than_prose_builds_again(edit: Callable[[str], str], builds: list[Path], tmp_path: Path) -> None:
    load(KITCHENSINK)
    copy = tmp_path / "openapi.yaml"
    copy.write_text(edit(KITCHENSINK.read_text()))
    assert copy.read_text() != KITCHENSINK.read_text()
    read = load(copy)
    assert builds == [KITCHENSINK, copy]
    assert read.api is not None and read.api == load(copy, code=None).api


def _digests(loaded: Loaded) -> dict[str, bytes]:
    assert loaded.api is not None
    digests = ModelDigests(loaded.api)
    return {**{"schema " + s.key: digests.schema(s.key) for s in loaded.api.schemas},
            **{"operation " + op.id: digests.operation(op) for op in (*loaded.api.operations, *loaded.api.webhooks)}}


def _reaching(loaded: Loaded, key: str) -> set[str]:
    """The schemas and operations that hold or reach schema `key`."""
    api = loaded.api
    assert api is not None
    reaching = {"schema " + s.key for s in api.schemas if s.key == key or key in reachable_schemas(api, [s.type])}
    return reaching | {"operation " + op.id for op in (*api.operations, *api.webhooks)
                       if key in reachable_schemas(api, [*argument_types(op), *response_types(op)])}


def test_digests_read_back_are_those_of_building_the_same_documents(builds: list[Path], tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The own digests kept beside the model: an edited text changes those of what holds it and
    of what reaches that, and nothing else's; read back, they are what building the edited
    documents makes."""
    first = load(KITCHENSINK)
    before = _digests(first)
    copy = tmp_path / "openapi.yaml"
    copy.write_text(KITCHENSINK.read_text().replace("description: Where the pet is in the adoption process.",
                                                    "description: Where the pet is now."))
    read_back = _digests(load(copy))
    assert builds == [KITCHENSINK]
    changed = {name for name in before if before[name] != read_back[name]}
    assert changed == _reaching(first, "PetStatus") and len(changed) < len(before) / 2
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "another cache"))
    assert _digests(load(copy)) == read_back
    assert builds == [KITCHENSINK, copy]


def test_the_digests_of_each_model_a_run_holds_are_kept(builds: list[Path], tmp_path: Path) -> None:
    """A run of several providers holds several models: each keeps its own digests."""
    copy = tmp_path / "openapi.yaml"
    copy.write_text(KITCHENSINK.read_text().replace("title: Kitchen Sink Pet Store", "title: Another Store"))
    first, second = load(KITCHENSINK), load(copy)
    assert builds == [KITCHENSINK, copy]
    for loaded in (first, second):
        assert loaded.api is not None
        assert ModelDigests(loaded.api)._known.keys() == {id(v) for v in (*loaded.api.schemas, *loaded.api.operations,
                                                                          *loaded.api.webhooks)}


def test_other_generator_code_builds_again(builds: list[Path]) -> None:
    load(KITCHENSINK)
    load(KITCHENSINK, code="other code")
    assert builds == [KITCHENSINK, KITCHENSINK]


class _Runs:
    def __reduce__(self) -> tuple[Any, ...]:
        return (shutil.rmtree, (str(REPO / "never-there"),))


def test_an_entry_naming_anything_but_the_model_is_never_run(builds: list[Path]) -> None:
    load(KITCHENSINK)
    (entry_path,) = MODELS.folder.glob("*")
    key = entry_path.name.removesuffix(".marshal")
    entry = MODELS.load(key)
    entry["model"] = pickle.dumps(_Runs())
    MODELS.store(key, entry)
    called: list[Any] = []
    original = shutil.rmtree
    try:
        shutil.rmtree = lambda *args, **kwargs: called.append(args)  # type: ignore[assignment]
        loaded = load(KITCHENSINK)
    finally:
        shutil.rmtree = original
    assert not called
    assert loaded.api == load(KITCHENSINK, code=None).api
    assert builds[:2] == [KITCHENSINK, KITCHENSINK]
