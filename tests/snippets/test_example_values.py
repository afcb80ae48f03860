"""Example values satisfy their schema: pattern, lengths, bounds, multipleOf, formats, item counts,
anyOf required sets; a spec example that breaks its own schema is reported and replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.examples import number_within
from generator.spec_to_api import load_api
from generator.model.types import Bounds
from generator.patterns import matching_string
from generator.requests import example_request
from tests.snippets.example_validity import example_problems

SPEC = """
openapi: 3.0.3
info: {title: Rules, version: 1.0.0}
servers: [{url: 'https://rules.example'}]
paths:
  /accounts/{sid}:
    post:
      operationId: updateAccount
      parameters:
        - {name: sid, in: path, required: true, schema: {type: string, pattern: '^AC[0-9a-fA-F]{32}$'}}
        - {name: page_size, in: query, required: true, schema: {type: integer, minimum: 1, maximum: 1000}}
        - {name: ratio, in: query, required: true, schema: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1, multipleOf: 0.25}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [code, name, limit, tags, id, when, email, site, address, booking]
              properties:
                code: {type: string, pattern: '^(EU|US)-[0-9]{3}$'}
                name: {type: string, minLength: 10, maxLength: 12}
                short: {type: string, maxLength: 3}
                limit: {type: number, minimum: 0.01}
                tags: {type: array, minItems: 3, items: {type: string}}
                id: {type: string, format: uuid}
                when: {type: string, format: date-time}
                email: {type: string, format: email}
                site: {type: string, format: uri}
                address: {type: string, format: ipv4}
                booking:
                  type: object
                  required: [ref]
                  properties:
                    ref: {type: string, format: uuid, example: not-a-uuid}
                file_ids: {type: array, items: {type: string}}
                files: {type: array, items: {type: string}}
              anyOf:
                - required: [file_ids]
                - required: [files]
      responses: {'204': {description: done}}
"""


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rules") / "openapi.yaml"
    path.write_text(SPEC)
    return path


def test_example_request_satisfies_every_rule(spec: Path) -> None:
    loaded = load_api(spec, "rules", validate=False)
    assert loaded.api is not None
    request = example_request(loaded.api, loaded.api.operations[0])
    values = {a.name: v for a, v in request.values}
    assert values["sid"] == "AC" + "a" * 32
    assert values["page_size"] == 1 and values["ratio"] == 0.25
    assert values["code"] == "EU-000"
    assert 10 <= len(values["name"]) <= 12 and values["limit"] == 0.01
    assert values["tags"] == ["string"] * 3
    assert values["file_ids"] == ["string"] and "files" not in values
    assert values["booking"] == {"ref": "123e4567-e89b-12d3-a456-426614174000"}
    checked, problems = example_problems(spec, "rules")
    assert (checked, problems) == (1, {})


def test_a_spec_example_that_breaks_its_schema_is_a_located_warning(spec: Path) -> None:
    loaded = load_api(spec, "rules", validate=False)
    warnings = [d.render() for d in loaded.diagnostics if d.code == "example"]
    assert warnings == [
        f"{warnings[0].split(':')[0]}:35:55: warning: #/paths/~1accounts~1{{sid}}/post/requestBody/content/application~1json/schema"
        "/properties/booking/properties/ref/example: the example does not fit its schema ((root): 'not-a-uuid' is not a 'uuid'); "
        "a value made from the schema is used instead"
    ]


@pytest.mark.parametrize(
    ("bounds", "multiple_of", "integer", "expected"),
    [
        (Bounds(), None, True, 0),
        (Bounds(minimum=1), None, True, 1),
        (Bounds(minimum=0, exclusive_minimum=True), None, True, 1),
        (Bounds(minimum=0.01), None, False, 0.01),
        (Bounds(maximum=-5), None, True, -5),
        (Bounds(minimum=10, maximum=20), 3, True, 12),
        (Bounds(minimum=0.1, maximum=0.2, exclusive_minimum=True, exclusive_maximum=True), None, False, 0.15),
        (Bounds(minimum=3), 2.5, False, 5),
    ],
)
def test_numbers_are_the_allowed_value_nearest_zero(bounds: Bounds, multiple_of: float | None, integer: bool, expected: float) -> None:
    assert number_within(bounds, multiple_of, integer) == expected


@pytest.mark.parametrize(
    ("pattern", "low", "high", "expected"),
    [
        (r"^AC[0-9a-fA-F]{32}$", None, None, "AC" + "a" * 32),
        (r"^[a-z]+$", 5, 10, "aaaaa"),
        (r"^\d{3}-\d{4}$", None, None, "000-0000"),
        (r"^(foo|bar)_[A-Z]{2,}$", None, None, "foo_AA"),
        (r"[^@]+@[^@]+", None, None, "a@a"),
        (r"^(?=x)a", None, None, None),  # lookarounds are outside the subset: no value rather than a wrong one
        (r"^[A-Z]{2}$", None, 1, None),  # the lengths leave nothing the pattern matches
    ],
)
def test_patterns_give_their_simplest_match(pattern: str, low: int | None, high: int | None, expected: str | None) -> None:
    assert matching_string(pattern, low, high) == expected
