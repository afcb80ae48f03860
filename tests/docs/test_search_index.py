"""The search index and the sidebar's data, without a browser: every visible operation once,
parameters, nested fields with the path from their body's root and the operation they are met in,
schema names with their pages, and the shared navigation file instead of a list repeated in every page."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.config import ProviderConfig, target_options
from generator.context import ApiContext
from generator.spec_to_api import load_api
from generator.targets.docs import emit
from generator.targets.docs.search_index import ERROR_RESPONSE, GLOBAL_NAME, REQUEST, RESPONSE
from tests.conftest import REPO

from .test_hostile_spec import HOSTILE


def emitted(spec: Any, name: str) -> dict[str, bytes]:
    api = load_api(spec, name).api
    assert api is not None
    files = emit(ApiContext(api, target_options(ProviderConfig(name, spec), api.version, api.docs_url)))
    return {f.path: f.content for f in files}


def script_data(source: bytes, global_name: str) -> Any:
    text = source.decode("utf-8")
    prefix = f"window.{global_name} = "
    assert text.startswith(prefix) and text.endswith(";\n")
    return json.loads(text[len(prefix) : -2])


@pytest.fixture(scope="module")
def kitchensink() -> dict[str, bytes]:
    return emitted(REPO / "specs" / "kitchensink" / "openapi.yaml", "kitchensink")


@pytest.fixture(scope="module")
def index(kitchensink: dict[str, bytes]) -> dict[str, Any]:
    return script_data(kitchensink["assets/search-index.js"], GLOBAL_NAME)


def where(index: dict[str, Any], schema_name: str) -> tuple[str, int, str]:
    """(METHOD path, role, prefix) where a schema is first met."""
    schema = next(s for s in index["schemas"] if s[0] == schema_name)
    operation = index["operations"][schema[3]]
    return f"{operation[0]} {operation[1]}", schema[4], schema[5]


def test_every_operation_once_with_its_page(index: dict[str, Any], kitchensink: dict[str, bytes]) -> None:
    pages = sorted(path for path in kitchensink if path.startswith("operations/"))
    assert sorted(op[5] for op in index["operations"]) == pages
    listpets = next(op for op in index["operations"] if op[2] == "listPets")
    assert listpets[:2] == ["GET", "/pets"] and listpets[6] == "pets"
    assert index["texts"][0] == "" and len(set(index["texts"])) == len(index["texts"])


def test_parameters_and_descriptions_as_plain_text(index: dict[str, Any]) -> None:
    operations = index["operations"]
    limit = next(p for p in index["parameters"] if p[0] == "limit")
    assert limit[1] == "query" and operations[limit[3]][2] == "listPets"
    assert index["texts"][limit[2]], "the parameter's description is indexed"
    assert not any("](" in text or "`" in text for text in index["texts"]), "markdown is reduced to its words"


def test_nested_fields_know_their_path_and_operation(index: dict[str, Any]) -> None:
    assert where(index, "CreateConversationRequest") == ("POST /conversations", REQUEST, "")
    assert where(index, "UserMessage") == ("POST /conversations", REQUEST, "messages[].")
    assert where(index, "Conversation") == ("POST /conversations", RESPONSE, "")
    assert where(index, "ErrorModel")[1] == ERROR_RESPONSE
    assert where(index, "SearchPetsFilter")[2] == "filter.", "a parameter's object fields are under its name"
    schemas = index["schemas"]
    fields = {(schema[0], name) for schema in schemas for name in schema[6][::2]}
    assert ("UserMessage", "content") in fields
    assert not any(schema[6] for schema in schemas if schema[0] == "PetStatus"), "an enum has no fields"
    unreached = next(s for s in schemas if s[0] == "PetBase")
    assert unreached[3] == -1 and unreached[2] == "schemas/PetBase.html", "no operation reaches it: its own page"


def test_the_sidebar_is_one_shared_file(kitchensink: dict[str, bytes]) -> None:
    groups = script_data(kitchensink["assets/navigation.js"], "utdkNavigation")
    assert [g[0] for g in groups] == ["pets", "store", "misc", "toys"]
    hrefs = [entry[0] for _, entries in groups for entry in entries]
    assert sorted(hrefs) == sorted(path for path in kitchensink if path.startswith("operations/"))
    page = kitchensink["operations/listpets.html"].decode("utf-8")
    assert 'data-current="operations/listpets.html"' in page
    assert '<noscript><p class="sidebar-fallback"><a href="../index.html">All operations</a></p></noscript>' in page
    assert page.count("operations/createpet.html") <= 1, "the other operations are not listed in each page"


def test_hostile_text_stays_data(tmp_path: Any) -> None:
    files = emitted(HOSTILE, "hostile")
    for name in ("assets/search-index.js", "assets/navigation.js"):
        source = files[name].decode("utf-8")
        assert "</script" not in source.lower() and "<img" not in source.lower(), name
    index = script_data(files["assets/search-index.js"], GLOBAL_NAME)
    assert any(op[3] == "Create <script>alert(16)</script> thing" for op in index["operations"])
