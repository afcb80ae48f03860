"""The faster validators (generator/load/spec_validator.py) report exactly what
openapi-spec-validator's own report: the same findings, in the same order, at the same places,
for the specs of the repository, documents built to fail, and (marked slow) every document of
the corpus and the full Plaid spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.load import validate
from generator.load.spec_validator import _SeenList, spec_validator_for
from generator.spec_to_api import load_api
from tests.conftest import PLAID_FULL, corpus_documents, require_shared

REPO = Path(__file__).resolve().parents[2]


def findings(spec: Path, faster: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(validate, "_FASTER", [faster])
    loaded = load_api(spec, "x", use_cache=False)
    loaded.finish()
    return [d.render() for d in loaded.diagnostics if d.code == "validator"]


def test_seen_list_answers_as_a_list_does() -> None:
    seen = _SeenList([1, "a"])
    seen.append({"unhashable": True})
    seen.append(True)
    assert 1 in seen and "a" in seen and {"unhashable": True} in seen and 1.0 in seen
    assert 2 not in seen and {"other": 1} not in seen and [1] not in seen
    assert list(seen) == [1, "a", {"unhashable": True}, True]


def test_only_what_is_asked_for_differs() -> None:
    from openapi_spec_validator import OpenAPIV2SpecValidator, OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    assert spec_validator_for("3.0.3", faster=False) is OpenAPIV30SpecValidator
    assert spec_validator_for("3.1.0", faster=False) is OpenAPIV31SpecValidator
    assert spec_validator_for("2.0", faster=False) is OpenAPIV2SpecValidator
    for version in ("2.0", "3.0.3", "3.1.0"):
        faster, own = spec_validator_for(version), spec_validator_for(version, faster=False)
        assert issubclass(faster, own)
        assert set(faster.keyword_validators) == set(own.keyword_validators)


BROKEN_30 = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/a/{id}": {"get": {"operationId": "same", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Bad"}}}}}}},
        "/b": {"get": {"operationId": "same", "responses": {"200": {"description": "ok"}}}},
    },
    "components": {"schemas": {
        "Bad": {"type": "object", "required": ["missing"], "allOf": [{"$ref": "#/components/schemas/Pat"}],
                "properties": {"n": {"type": "integer", "default": "text", "minimum": "x"}}},
        "Pat": {"type": "string", "pattern": "\\p{L}+"},
        "Typo": {"type": "strin", "maxLength": 1.5},
        "Fine": {"type": "object", "properties": {"a": {"type": "string", "enum": ["x", "y"]}}},
    }},
}


@pytest.mark.parametrize("document", [BROKEN_30, {**BROKEN_30, "openapi": "3.1.0"}])
def test_broken_documents_give_the_same_findings(document: dict[str, object], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document), "utf-8")
    own = findings(spec, False, monkeypatch)
    assert own  # the document is built to fail
    assert findings(spec, True, monkeypatch) == own


@pytest.mark.parametrize("spec", sorted((REPO / "specs").glob("*/openapi.*")), ids=lambda p: p.parent.name)
def test_repository_specs_give_the_same_findings(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert findings(spec, True, monkeypatch) == findings(spec, False, monkeypatch)


@pytest.mark.slow
@pytest.mark.parametrize("name, spec", corpus_documents() + [("plaid-full", PLAID_FULL)])
def test_every_corpus_document_gives_the_same_findings(name: str, spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    require_shared()
    assert findings(spec, True, monkeypatch) == findings(spec, False, monkeypatch)
