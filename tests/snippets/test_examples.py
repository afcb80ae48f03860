"""Example values (example > examples > default > enum > type/format) and the example request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.context import ApiContext
from generator.jsonvalues import plain_json
from generator.model import Api
from generator.requests import build_request, example_request, example_values, request_plan
from generator.spec_to_api import load_api

from .fixtures import api_for, operation

PRECEDENCE_SPEC = """
openapi: 3.1.0
info: {title: Precedence, version: 1.0.0}
servers: [{url: /relative/base}]
components:
  securitySchemes:
    token: {type: apiKey, in: header, name: X-Token}
  schemas:
    Named: {type: string, example: from-named-schema}
    Color: {type: string, enum: [red, green]}
    Node:
      type: object
      required: [name, child]
      properties:
        name: {type: string}
        child: {$ref: '#/components/schemas/Node'}
        secret: {type: string, readOnly: true}
paths:
  /things/{id}:
    post:
      operationId: makeThing
      security: [{token: []}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}, example: 7, examples: {other: {value: 8}}}
        - {name: by_examples, in: query, required: true, schema: {type: string}, examples: {first: {value: picked}, second: {value: not-picked}}}
        - {name: by_default, in: query, required: true, schema: {type: integer, default: 5, enum: [1, 5]}}
        - {name: by_enum, in: query, required: true, schema: {$ref: '#/components/schemas/Color'}}
        - {name: by_named, in: query, required: true, schema: {$ref: '#/components/schemas/Named'}}
        - {name: when, in: query, required: true, schema: {type: string, format: date-time}}
        - {name: optional_plain, in: query, schema: {type: string}}
        - {name: optional_with_example, in: query, schema: {type: string}, example: shown}
        - {name: X-Token, in: header, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [node, day, ratio]
              properties:
                node: {$ref: '#/components/schemas/Node'}
                day: {type: string, format: date, examples: [2021-02-03]}
                ratio: {type: number}
                note: {type: string}
      responses: {'204': {description: done}}
"""


@pytest.fixture(scope="module")
def precedence_api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    spec = tmp_path_factory.mktemp("precedence") / "openapi.yaml"
    spec.write_text(PRECEDENCE_SPEC)
    loaded = load_api(spec, "precedence")
    assert loaded.api is not None, [d.render() for d in loaded.diagnostics]
    return loaded.api


def test_values_follow_example_examples_default_enum_format(precedence_api: Api) -> None:
    op = precedence_api.operations[0]
    values = example_values(precedence_api, op, request_plan(precedence_api, op))
    assert values["id"] == 7
    assert values["by_examples"] == "picked"
    assert values["by_default"] == 5
    assert values["by_enum"] == "red"
    assert values["by_named"] == "from-named-schema"
    assert values["when"] == "2024-01-01T00:00:00Z"
    assert values["optional_with_example"] == "shown"
    assert "optional_plain" not in values and "note" not in values
    # a header parameter named like the apiKey credential is a credential: never an example value
    assert "X-Token" not in values
    # recursion ends at the schema met again; readOnly properties are not sent
    assert values["node"] == {"name": "string", "child": {}}
    # a YAML date in examples becomes ISO text; a number placeholder prints as 0
    assert values["day"] == "2021-02-03" and values["ratio"] == 0
    json.dumps(values)  # plain JSON


def test_relative_server_is_placed_on_localhost_and_path_is_filled(precedence_api: Api) -> None:
    request = example_request(precedence_api, precedence_api.operations[0])
    assert request.base_url == "http://localhost/relative/base"
    assert request.path == "/things/7"
    assert request.url.startswith("http://localhost/relative/base/things/7?by_examples=picked&by_default=5&by_enum=red")


def test_plaid_example_request_is_the_seed_operation() -> None:
    request = example_request(api_for("plaid"), operation("plaid", "identityRefresh"))
    assert (request.method, request.url) == ("POST", "https://production.plaid.com/identity/refresh")
    assert request.body is not None and request.body.json == {"access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"}
    # body client_id and secret repeat the credentials: the example leaves them out
    assert [a.key for a, _ in request.values] == ["access_token"]
    assert [(a.location, a.name, a.parts) for a in request.plan.auth] == [
        ("header", "PLAID-CLIENT-ID", (("env", "PLAID_CLIENT_ID"),)),
        ("header", "PLAID-SECRET", (("env", "PLAID_SECRET"),)),
    ]


def test_discriminated_body_example_and_every_auth_kind() -> None:
    api = api_for("kitchensink")
    create = example_request(api, operation("kitchensink", "createPet"))
    assert create.body is not None and create.body.json == {"name": "Rex", "petType": "dog", "bark_volume": 7}
    kinds = {op.id: [(a.location, a.name) for a in example_request(api, op).plan.auth] for op in api.operations}
    assert kinds["deletePet"] == [("basic", "")]
    assert kinds["searchPets"] == [("query", "api_key")]
    assert kinds["submitContactForm"] == [("cookie", "session")]
    assert kinds["getInventory"] == [("header", "Authorization")]
    assert kinds["getStatus"] == []


@pytest.mark.parametrize(
    ("style", "explode", "value", "query"),
    [
        ("form", True, ["a", "b"], [("p", "a"), ("p", "b")]),
        ("form", False, ["a", "b"], [("p", "a,b")]),
        ("spaceDelimited", False, ["a", "b"], [("p", "a b")]),
        ("pipeDelimited", False, [1, 2], [("p", "1|2")]),
        ("deepObject", True, {"x": 1, "y": "z"}, [("p[x]", "1"), ("p[y]", "z")]),
        ("form", True, {"x": 1, "y": True}, [("x", "1"), ("y", "true")]),
        ("form", False, {"x": 1, "y": 2.5}, [("p", "x,1,y,2.5")]),
    ],
)
def test_query_serialisation_per_style(style: str, explode: bool, value: object, query: list[tuple[str, str]]) -> None:
    from dataclasses import replace

    api = api_for("kitchensink")
    plan = request_plan(api, operation("kitchensink", "searchPets"))
    arg = replace(plan.arguments[0], name="p", key="p", style=style, explode=explode)
    plan = replace(plan, arguments=(arg,))
    assert list(build_request(plan, {"p": value}).query) == query


def test_path_styles_and_encoding() -> None:
    from dataclasses import replace

    api = api_for("kitchensink")
    plan = request_plan(api, operation("kitchensink", "getPet"))
    arg = plan.arguments[0]
    for style, explode, value, path in [
        ("simple", False, "a/b c", "/pets/a%2Fb%20c"),
        ("simple", False, [1, 2], "/pets/1,2"),
        ("label", False, "x", "/pets/.x"),
        ("matrix", True, ["a", "b"], "/pets/;petId=a;petId=b"),
        ("simple", True, {"k": "v"}, "/pets/k=v"),
    ]:
        styled = replace(plan, arguments=(replace(arg, style=style, explode=explode),))
        assert build_request(styled, {"petId": value}).path == path, style


def test_plain_json_normalises_numbers_dates_and_keys() -> None:
    import datetime

    assert plain_json({1: 2.0, "d": datetime.date(2020, 1, 2), "f": 1.5, "n": float("nan")}) == {"1": 2, "d": "2020-01-02", "f": 1.5, "n": None}


def test_plans_are_deterministic_json() -> None:
    api = api_for("kitchensink")
    first = [json.dumps(request_plan(api, op).to_json()) for op in api.operations]
    second = [json.dumps(request_plan(api, op).to_json()) for op in api.operations]
    assert first == second


def test_full_plaid_spec_gives_every_operation_a_snippet(shared: Path) -> None:
    from generator.config import TargetOptions
    from generator.targets.snippets import emit

    loaded = load_api(shared / "specs" / "plaid" / "openapi.yaml", "plaid")
    assert loaded.api is not None
    files = emit(ApiContext(loaded.api, TargetOptions("plaid", "@utdk/plaid", "utdk_plaid", "utdk-plaid", "1.0.0", None)))
    assert len(files) == 3 * len(loaded.api.operations) > 900
    texts = {f.path: f.content.decode() for f in files}
    showing = sorted(path for path, t in texts.items() if "secret: '" in t or 'secret="' in t or '"secret":' in t)
    # only the operation whose body requires its own copy names it, as a placeholder, never a value
    assert showing == ["applicationget.py", "applicationget.sh", "applicationget.ts"]
    assert "secret=\"YOUR_PLAID_SECRET\"" in texts["applicationget.py"] and "client_id: 'YOUR_PLAID_CLIENT_ID'" in texts["applicationget.ts"]
