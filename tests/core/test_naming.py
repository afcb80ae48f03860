"""Identifiers per language: keywords, builtins, digits, non-ASCII, punctuation, collisions."""

from __future__ import annotations

import json
import keyword
from pathlib import Path
from typing import Any

import pytest

from generator import naming
from generator.config import single_spec_config
from generator.spec_to_api import load_api
from generator.model import Api
from generator.pipeline import generate


@pytest.mark.parametrize(
    "text, words",
    [
        ("identityRefresh", ["identity", "Refresh"]),
        ("HTTPServerError", ["HTTP", "Server", "Error"]),
        ("oauth2_token", ["oauth2", "token"]),
        ("X-Trace-Id", ["X", "Trace", "Id"]),
        ("$special[property.name]", ["special", "property", "name"]),
        ("café_crème", ["cafe", "creme"]),
        ("123_test_@#$%_special_tags", ["123", "test", "special", "tags"]),
        ("日本語", []),
    ],
)
def test_words(text: str, words: list[str]) -> None:
    assert naming.split_words(text) == words


def test_ts_method_name_follows_the_seed() -> None:
    assert naming.ts_method_name("identityRefresh") == "identityrefresh"
    assert naming.ts_method_name("asset_report/create") == "assetreportcreate"
    assert naming.ts_method_name("Café-Get") == "cafeget"


@pytest.mark.parametrize("word", sorted(keyword.kwlist + keyword.softkwlist))
def test_python_identifiers_are_never_keywords(word: str) -> None:
    name = naming.python_identifier(word)
    assert name.isidentifier() and not keyword.iskeyword(name) and name not in keyword.softkwlist


def test_python_identifiers_never_start_with_a_digit() -> None:
    assert naming.python_identifier("123-code") == "n_123_code"
    assert naming.python_class_name("200_response") == "Model200Response"
    assert naming.python_identifier("") == "value"
    assert naming.python_identifier("日本語", "fallback") == "fallback"


def test_class_names_do_not_shadow_builtins_or_runtime_names() -> None:
    assert naming.python_class_name("list") == "ListModel"  # 'List' from typing
    assert naming.python_class_name("str") == "Str"  # builtins are lowercase; PascalCase is safe
    assert naming.ts_type_name("Error") == "ErrorModel"
    assert naming.ts_type_name("Record") == "RecordModel"
    assert naming.ts_type_name("class") == "ClassModel"


def test_scope_settles_collisions_in_order_and_optionally_ignores_case() -> None:
    scope = naming.Scope({"taken"})
    assert [scope.allocate(n) for n in ("a", "a", "taken", "a")] == ["a", "a2", "taken2", "a3"]
    folded = naming.Scope(fold_case=True)
    assert [folded.allocate(n) for n in ("Pet", "pet", "PET")] == ["Pet", "pet2", "PET3"]


def test_camel_case_handles_leading_acronyms() -> None:
    assert naming.camel_case("URLValue") == "urlValue"
    assert naming.camel_case("client_id") == "clientId"
    assert naming.ts_identifier("delete") == "delete_"


def test_docstring_blocks_never_end_in_an_unescaped_quote() -> None:
    from generator.literals import py_docstring_block

    for text in ('ends with a quote"', 'ends with a quote"\n\n', '"""', 'line one\nends "quoted"  \n'):
        block = py_docstring_block(text, 4)
        source = f'def f():\n    """{block}"""\n'
        compile(source, "<docstring>", "exec")


def test_docstrings_survive_quotes_and_backslashes_at_the_end() -> None:
    from generator.literals import py_docstring

    for text in ('a"', 'a\\"', '"""', 'a\\', 'x"""', 'a\\\\"', '""'):
        source = f'"""{py_docstring(text)}"""\n'
        assert eval(compile(source, "<doc>", "eval")) == text, text


# -- the naming pass: every collision a target's own names can meet, settled once -------------------

COLLIDING: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Core", "version": "1.0.0"},
    "paths": {
        "/pets/{body}": {
            "put": {
                "operationId": "createPet",
                "parameters": [
                    {"name": "body", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "request_body", "in": "query", "schema": {"type": "string"}},
                ],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                    "400": {"description": "bad", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PetParam"}}}},
                },
            },
            "post": {
                "operationId": "plainBody",
                "parameters": [
                    {"name": "body", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                ],
                "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}},
                "responses": {"204": {"description": "done"}},
            },
        },
    },
    "components": {
        "securitySchemes": {"timeout": {"type": "apiKey", "in": "header", "name": "X-Timeout-Key"}},
        "schemas": {
            "Pet": {"type": "object", "properties": {"to_dict": {"type": "string"}, "model_extra": {"type": "integer"},
                                                      "to-dict": {"type": "boolean"}}},
            "PetParam": {"type": "object", "properties": {"name": {"type": "string"}}},
            "CreatePetParams": {"type": "string"},
            "createPetErrorBody": {"type": "string"},
            "plainBodyErrorBody": {"type": "string"},
        }
    },
}


@pytest.fixture(scope="module")
def colliding(tmp_path_factory: pytest.TempPathFactory) -> Api:
    spec = tmp_path_factory.mktemp("naming") / "openapi.json"
    spec.write_text(json.dumps(COLLIDING))
    loaded = load_api(spec, "core", validate=False)
    assert isinstance(loaded.api, Api), [d.render() for d in loaded.diagnostics]
    return loaded.api


def test_operation_types_stay_clear_of_schema_names(colliding: Api) -> None:
    # A schema named like the Params type moves the operation's stem (the stem names its inline schemas too).
    names = colliding.identifiers.operation("createPet")
    assert (names.ts_params, names.ts_error_body) == ("CreatePetOpParams", "CreatePetOpErrorBody")
    plain = colliding.identifiers.operation("plainBody")
    assert (plain.ts_params, plain.ts_error_body) == ("PlainBodyParams", "PlainBodyErrorBody2")


def test_the_whole_body_argument_steps_aside_for_parameters(colliding: Api) -> None:
    body = colliding.identifiers.operation("createPet").body
    assert body is not None and (body.ts, body.py) == ("requestBody", "body_")
    plain = colliding.identifiers.operation("plainBody").body
    assert plain is not None and (plain.ts, plain.py) == ("requestBody", "request_body")


def test_python_typed_dicts_and_fields_stay_clear_of_classes_and_the_runtime(colliding: Api) -> None:
    assert colliding.identifiers.py_param_type("Pet") == "PetParam2"  # PetParam is a schema's class
    assert colliding.identifiers.py_param_type("PetParam") == "PetParamParam"
    assert colliding.identifiers.py_field_names("Pet") == ("to_dict_2", "model_extra_2", "to_dict_3")


def test_arguments_and_credentials_stay_clear_of_the_sdks_own_options(colliding: Api) -> None:
    plain = next(op for op in colliding.operations if op.id == "plainBody")
    assert [p.names.py for p in plain.parameters] == ["body", "query_timeout"]  # every method takes timeout=
    (credential,) = colliding.credentials
    assert (credential.ts_option, credential.py_option, credential.env_var) == ("timeout2", "timeout_2", "CORE_TIMEOUT")


def test_the_default_client_is_clear_of_the_package_names(colliding: Api) -> None:
    # TypeScript's index module imports `core`; the class is Core, so Python's `core` is free.
    assert (colliding.identifiers.default_client.ts, colliding.identifiers.default_client.py) == ("coreClient", "core")


def test_targets_and_snippets_print_the_settled_names(tmp_path: Path) -> None:
    """No target settles a name of its own: what they print is what the pass decided."""
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(COLLIDING))
    result = generate(single_spec_config(spec, tmp_path / "out", "core", ("typescript", "python", "snippets")), use_cache=False)
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    files = {f.path: f.content.decode() for f in result.files}
    types = files["core/typescript/src/types.ts"]
    assert "export interface CreatePetOpParams {" in types and "export interface PlainBodyParams {" in types
    assert "requestBody: " in types
    assert "coreClient" in files["core/typescript/src/index.ts"]
    python = "\n".join(text for path, text in files.items() if path.startswith("core/python/") and path.endswith(".py"))
    assert "PetParam2 = _t.TypedDict(" in python and "body_: " in python and "to_dict_2: " in python
    assert "requestBody: " in files["core/snippets/createpet.ts"] and "import coreClient from" in files["core/snippets/createpet.ts"]
    assert "body_=" in files["core/snippets/createpet.py"]
