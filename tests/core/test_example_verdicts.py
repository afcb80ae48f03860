"""What checking a spec's examples found is kept for the next run of the same code
(model/schema_check.py's Verdicts): the next run reports the same warnings and builds the same
model without loading the JSON Schema validator at all, an edited description keeps the verdicts,
an edited constraint is checked again, and other code never reads them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SPEC = """\
openapi: 3.1.0
info: {title: Verdicts, version: '1'}
paths:
  /items:
    post:
      operationId: addItem
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Item'}
      responses:
        '200': {description: OK}
components:
  schemas:
    Item:
      type: object
      description: An item.
      properties:
        id: {type: string, format: uuid, example: not-a-uuid}
        count: {type: integer, minimum: 1, example: 3}
        owner: {$ref: '#/components/schemas/Owner'}
    Owner:
      type: object
      properties:
        name: {type: string, maxLength: 8, example: Ada}
"""

_LOAD = """
import json, sys
from pathlib import Path
from generator.spec_to_api import load_api
loaded = load_api(Path(sys.argv[1]), "verdicts", validate=False, code=sys.argv[2])
print(json.dumps({"validator": "jsonschema" in sys.modules, "warnings": [d.message for d in loaded.diagnostics],
                  "model": repr(loaded.api)}))
"""


def _load(spec: Path, cache: Path, code: str = "code") -> dict[str, object]:
    env = dict(os.environ, UTDK_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", _LOAD, str(spec), code], env=env, cwd=REPO,
                          capture_output=True, text=True, check=True)
    found: dict[str, object] = json.loads(done.stdout)
    return found


def test_the_next_run_needs_no_validator_and_finds_the_same(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, "utf-8")
    first = _load(spec, tmp_path / "cache")
    assert first["validator"] is True
    assert len(first["warnings"]) == 1 and "not-a-uuid" in str(first["warnings"])  # type: ignore[arg-type]
    again = _load(spec, tmp_path / "cache")
    assert again == dict(first, validator=False)

    spec.write_text(SPEC.replace("description: An item.", "description: An edited item."), "utf-8")
    described = _load(spec, tmp_path / "cache")
    assert described["validator"] is False and described["warnings"] == first["warnings"]

    spec.write_text(SPEC.replace("maxLength: 8", "maxLength: 2"), "utf-8")
    constrained = _load(spec, tmp_path / "cache")
    assert constrained["validator"] is True
    assert len(constrained["warnings"]) == 2 and "'Ada' is too long" in str(constrained["warnings"])  # type: ignore[arg-type]


def test_other_code_does_not_read_them(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, "utf-8")
    first = _load(spec, tmp_path / "cache", "code")
    other = _load(spec, tmp_path / "cache", "other code")
    assert other["validator"] is True and other["warnings"] == first["warnings"]
