"""Problems in a Swagger 2.0 document are reported where the 2.0 source has them, and the API is built around them."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Level
from generator.spec_to_api import load_api

DOCUMENT = """\
swagger: "2.0"
info: {title: T, version: "1"}
paths:
  /users/{id}:
    get:
      operationId: same
      parameters:
        - {name: x, in: cookie, type: string}
        - name: body
          in: body
          schema:
            type: object
            properties:
              $ref: {type: string}
              bad: 5
              missing: {$ref: "#/definitions/Nope"}
      responses:
        4xx: {description: failed}
  /other:
    get:
      operationId: same
      responses:
        "200": {description: ok}
"""


def _load(tmp_path: Path, validate: bool = False):  # type: ignore[no-untyped-def]
    spec = tmp_path / "swagger.yaml"
    spec.write_text(DOCUMENT)
    return load_api(spec, "t", validate=validate, use_cache=False)


def test_each_problem_is_one_warning_at_its_place_in_the_source(tmp_path: Path) -> None:
    loaded = _load(tmp_path)
    found = {(d.line, d.pointer, d.level) for d in loaded.diagnostics}
    users = "/paths/~1users~1{id}/get"
    assert found == {
        (8, users + "/parameters/0/in", Level.WARNING),  # `in: cookie` is not a 2.0 location
        (15, users + "/parameters/1/schema/properties/bad", Level.WARNING),  # found by the model, in the converted body
        (16, users + "/parameters/1/schema/properties/missing/$ref", Level.WARNING),
        (18, users + "/responses/4xx", Level.WARNING),
        (5, users, Level.WARNING),  # {id} is not declared
        (21, "/paths/~1other/get/operationId", Level.WARNING),
    }, [d.render() for d in loaded.diagnostics]
    assert all(d.file.endswith("swagger.yaml") and d.col > 0 for d in loaded.diagnostics)


def test_the_api_is_built_around_the_problems(tmp_path: Path) -> None:
    api = _load(tmp_path).api
    assert api is not None
    users, other = api.operations
    assert [(p.name, p.location, p.required) for p in users.parameters] == [("id", "path", True)]
    assert users.request_body is not None
    assert [f.property.name for f in users.request_body.fields] == ["$ref", "bad", "missing"]
    assert [r.status for r in users.responses] == ["4XX"]
    assert (users.names.original, other.names.original) == ("same", "getOther")


def test_the_document_is_validated_as_swagger_2(tmp_path: Path) -> None:
    findings = [d for d in _load(tmp_path, validate=True).diagnostics if d.code == "validator"]
    assert findings and all(d.level is Level.WARNING for d in findings)
    assert any("cookie" in d.message for d in findings), [d.render() for d in findings]


def test_status_codes_written_as_numbers_are_validated(tmp_path: Path) -> None:
    spec = tmp_path / "swagger.yaml"
    spec.write_text('swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        200: {description: ok}\n')
    loaded = load_api(spec, "t", use_cache=False)
    assert loaded.api is not None
    assert [d.render() for d in loaded.diagnostics] == []
