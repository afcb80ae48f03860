"""A target's renderings kept from its last run (generator/render_memo.py): a second run renders
no template whose values are unchanged and gives the same files; an edit renders again exactly
the templates whose values it changed; a template replaced from the `templates:` folder is never
answered from the memo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import render_memo
from generator.config import single_spec_config, target_options
from generator.context import ApiContext
from generator.output import OutputFile
from generator.render import template_overrides
from generator.spec_to_api import load_api
from generator.targets import target

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"
TARGETS = ("typescript", "python", "docs", "snippets")
SCOPE = ("kitchensink", "code")


def emit(spec: Path, name: str, scope: render_memo.Scope | None) -> list[OutputFile]:
    config = single_spec_config(spec, spec.parent / "out", "kitchensink", TARGETS)
    loaded = load_api(spec, "kitchensink", validate=False)
    assert loaded.api is not None
    context = ApiContext(loaded.api, target_options(config.providers[0], loaded.api.version, loaded.api.docs_url))
    with render_memo.remembering(scope):
        return target(name).emit(context)


@pytest.fixture(autouse=True)
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))


@pytest.mark.parametrize("name", TARGETS)
def test_a_second_run_renders_nothing_and_gives_the_same_files(rendered: list[str], name: str) -> None:
    first = emit(SPEC, name, SCOPE)
    assert rendered
    rendered.clear()
    assert emit(SPEC, name, SCOPE) == first
    assert rendered == []
    assert emit(SPEC, name, None) == first  # and what no memo gives
    assert rendered


def test_an_edit_renders_again_only_what_it_changed(rendered: list[str], tmp_path: Path) -> None:
    shutil.copytree(SPEC.parent, tmp_path / "kitchensink")  # with the files it refers to
    spec = tmp_path / "kitchensink" / SPEC.name
    text = spec.read_text("utf-8")
    emit(spec, "docs", SCOPE)
    every = len(rendered)
    rendered.clear()
    marker = "Edited for the memo."
    at = text.index("description: ", text.index("schemas:")) + len("description: ")
    assert text[at] not in "|>"
    spec.write_text(text[:at] + marker + " " + text[at:], "utf-8")
    edited = emit(spec, "docs", SCOPE)
    assert 0 < len(rendered) < every / 4
    assert edited == emit(spec, "docs", None)
    assert any(marker.encode() in f.content for f in edited)


def test_a_replaced_template_is_rendered_every_time(rendered: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    (folder / "snippets").mkdir(parents=True)
    with template_overrides(folder):
        emit(SPEC, "snippets", SCOPE)
        count = len(rendered)
        emit(SPEC, "snippets", SCOPE)
    assert len(rendered) == 2 * count


def test_a_memo_of_other_code_is_not_read_but_replaced(rendered: list[str], tmp_path: Path) -> None:
    emit(SPEC, "snippets", SCOPE)
    count = len(rendered)
    emit(SPEC, "snippets", ("kitchensink", "other code"))
    assert len(rendered) == 2 * count
    memos = list((tmp_path / "cache" / "renders").iterdir())
    assert len(memos) == 2  # one memo and its contents, the first run's removed
