"""Validation reaches every file: a problem in a file reached through $ref is reported at its own file:line:col."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli

LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning): #(?P<pointer>\S*): (?P<message>.+)$")

OPENAPI_ROOT = """openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    $ref: "paths/a.yaml"
"""
SWAGGER_ROOT = """swagger: "2.0"
info: {title: T, version: "1"}
paths:
  /a:
    $ref: "paths/a.yaml"
"""
# the response has no description, which both versions require
PATH_ITEM = """get:
  operationId: getA
  responses:
    "200":
      schema: {type: string}
"""
PATH_ITEM_3 = """get:
  operationId: getA
  responses:
    "200":
      content:
        application/json:
          schema: {type: string}
"""


@pytest.mark.parametrize("root, path_item", [(OPENAPI_ROOT, PATH_ITEM_3), (SWAGGER_ROOT, PATH_ITEM)], ids=["openapi-3.0", "swagger-2.0"])
def test_a_finding_in_a_referenced_file_is_located_there(root: str, path_item: str, tmp_path: Path) -> None:
    (tmp_path / "paths").mkdir()
    (tmp_path / "spec.yaml").write_text(root)
    (tmp_path / "paths" / "a.yaml").write_text(path_item)

    relaxed = run_cli("validate", "spec.yaml", cwd=tmp_path)

    assert relaxed.returncode == 0, relaxed.stdout
    found = [m for m in map(LINE.match, relaxed.stdout.splitlines()) if m and m["file"] == "paths/a.yaml"]
    assert [(m["level"], m["pointer"], m["line"], m["col"]) for m in found] == [("warning", "/get/responses/200", "4", "5")], relaxed.stdout

    strict = run_cli("validate", "--strict", "spec.yaml", cwd=tmp_path)

    assert strict.returncode == 2
    assert "paths/a.yaml:4:5: error: #/get/responses/200: 'description' is a required property" in strict.stdout
