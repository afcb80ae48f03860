"""Validator findings are kept by the document's structure: prose edits reuse them, others don't."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import validate
from generator.spec_to_api import load_api

SPEC = """openapi: 3.0.3
info: {title: T, version: '1', description: %s}
paths:
  /a:
    get:
      summary: %s
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: %s, example: %s}
"""


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))
    seen: list[int] = []
    real = validate._findings

    def counting(*args: object, **kwargs: object) -> list[tuple[str, str]]:
        seen.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(validate, "_findings", counting)
    return seen


def run(spec: Path, text: str) -> None:
    spec.write_text(text)
    assert load_api(spec, "t").ok


def test_prose_edits_reuse_findings_and_other_edits_do_not(tmp_path: Path, calls: list[int]) -> None:
    spec = tmp_path / "openapi.yaml"
    run(spec, SPEC % ("first", "List", "string", "x"))
    run(spec, SPEC % ("edited prose", "List them all", "string", "x"))
    assert len(calls) == 1
    run(spec, SPEC % ("edited prose", "List them all", "integer", "x"))  # a type changed
    assert len(calls) == 2
    run(spec, SPEC % ("edited prose", "List them all", "integer", "y"))  # an example changed
    assert len(calls) == 3


def test_a_description_that_stops_being_text_is_validated_again(tmp_path: Path, calls: list[int]) -> None:
    spec = tmp_path / "openapi.yaml"
    run(spec, SPEC % ("text", "s", "string", "x"))
    spec.write_text(SPEC % ("[not, text]", "s", "string", "x"))
    loaded = load_api(spec, "t")
    assert len(calls) == 2
    assert any(d.pointer == "/info/description" for d in loaded.diagnostics)
