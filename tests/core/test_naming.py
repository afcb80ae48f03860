"""Identifiers per language: keywords, builtins, digits, non-ASCII, punctuation, collisions."""

from __future__ import annotations

import keyword

import pytest

from generator import naming


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
