"""The pipeline hands every target of a provider the same ApiContext: each operation's request
plan is made once per run, whichever targets read it, and nothing is kept between runs."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from generator import context as context_module
from generator import pipeline
from generator.config import TARGETS, single_spec_config
from generator.context import ApiContext
from generator.targets import REGISTRY

REPO = Path(__file__).resolve().parents[2]
KITCHENSINK = REPO / "specs" / "kitchensink" / "openapi.yaml"


@pytest.fixture
def planned(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    seen: list[str] = []
    real = context_module.request_plan

    def counting(api, operation):  # type: ignore[no-untyped-def]
        seen.append(operation.id)
        return real(api, operation)

    monkeypatch.setattr(context_module, "request_plan", counting)
    return seen


def test_every_target_reads_one_plan_per_operation(planned: list[str], tmp_path: Path) -> None:
    config = single_spec_config(KITCHENSINK, tmp_path / "out", "kitchensink", TARGETS)
    result = pipeline.generate(config, use_cache=False)
    assert not result.has_errors and result.files
    api = result.providers[0].api
    # docs pages, snippet files and both READMEs all showed example requests from these plans
    assert sorted(planned) == sorted(op.id for op in api.operations)


def test_nothing_keeps_an_api_after_its_run(planned: list[str], tmp_path: Path) -> None:
    config = single_spec_config(KITCHENSINK, tmp_path / "out", "kitchensink", TARGETS)
    result = pipeline.generate(config, use_cache=False)
    files = result.files
    api = weakref.ref(result.providers[0].api)
    del result
    gc.collect()
    assert api() is None  # no module-level cache holds the model (or its plans) between runs
    count = len(planned)
    assert pipeline.generate(config, use_cache=False).files == files
    assert len(planned) == 2 * count


def test_a_context_serves_any_target_directly(planned: list[str], tmp_path: Path) -> None:
    config = single_spec_config(KITCHENSINK, tmp_path / "out", "kitchensink", ("docs",))
    entry = pipeline.generate(config, use_cache=False).providers[0]
    planned.clear()
    context = ApiContext(entry.api, entry.options)
    snippets = REGISTRY["snippets"].emit(context)
    docs = REGISTRY["docs"].emit(context)
    assert len(snippets) == 3 * len(entry.api.operations) and any(f.path == "index.html" for f in docs)
    assert sorted(planned) == sorted(op.id for op in entry.api.operations)
