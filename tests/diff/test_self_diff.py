"""A description compared with itself has no changes, whatever it holds; and a chain of aliases
is followed to the schema at its end."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff import DiffError, diff_specs
from generator.spec_to_api import load_api
from generator.model.reach import argument_types, reachable_schemas
from tests.conftest import CORPUS, require_shared

ALIASES = """openapi: 3.0.3
info: {title: Aliases, version: 1.0.0}
paths:
  /goals:
    post:
      operationId: createGoal
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/GoalRequest'}}}
      responses: {'201': {description: made}}
components:
  schemas:
    GoalRequest: {$ref: '#/components/schemas/GoalBase'}
    GoalBase: {$ref: '#/components/schemas/Goal'}
    Goal: {type: object, properties: {metric: {$ref: '#/components/schemas/Metric'}}}
    Metric: {type: object, properties: {value: {type: number}}}
"""


def test_a_chain_of_aliases_reaches_the_objects_behind_it(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(ALIASES)
    api = load_api(spec, "goals", validate=False).api
    assert api is not None
    sent = reachable_schemas(api, (t for op in api.operations for t in argument_types(op)))
    assert sent == {"GoalRequest", "GoalBase", "Goal", "Metric"}
    assert diff_specs(spec, spec, "goals").findings == ()


@pytest.mark.slow
def test_every_corpus_document_compared_with_itself_has_no_changes() -> None:
    require_shared()
    compared = 0
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        files = sorted(f for f in folder.rglob("*") if f.suffix in (".yaml", ".yml", ".json"))
        if not files:
            continue
        spec = next((f for f in files if f.stem == "openapi"), files[0])
        try:
            report = diff_specs(spec, spec, "api")
        except DiffError:
            continue  # documents that do not build are the load tests' business
        assert report.findings == (), (folder.name, report.findings[:3])
        compared += 1
    assert compared >= 30
