"""OpenAPI 3 documents with common mistakes: the model is built as their authors meant, each with a warning."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Level
from generator.spec_to_api import load_api
from generator.model import AnyType, ObjectType

DOCUMENT = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /things/{id}:
    post:
      operationId: thing
      parameters:
        - {name: q, in: body, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Props"}
      responses:
        5xx: {description: failed}
  /other:
    get:
      operationId: thing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Gone"}
components:
  schemas:
    Props:
      type: object
      properties:
        $ref: {type: string}
        id: {type: integer}
"""


def test_the_model_is_built_around_each_mistake_with_one_warning(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(DOCUMENT)
    loaded = load_api(spec, "t", validate=False)
    assert loaded.api is not None
    assert {d.level for d in loaded.diagnostics} == {Level.WARNING}
    assert sorted(d.line for d in loaded.diagnostics) == [5, 8, 14, 17, 23], [d.render() for d in loaded.diagnostics]

    thing, other = loaded.api.operations
    assert [(p.name, p.location, p.required) for p in thing.parameters] == [("id", "path", True)]  # `in: body` left out
    assert [r.status for r in thing.responses] == ["5XX"]
    assert (thing.names.original, other.names.original) == ("thing", "getOther")
    assert isinstance(other.responses[0].type, AnyType)  # the reference to nothing
    props = next(s for s in loaded.api.schemas if s.key == "Props")
    assert isinstance(props.type, ObjectType)
    assert [p.name for p in props.type.properties] == ["$ref", "id"]  # a property, not a reference
