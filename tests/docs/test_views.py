"""The docs target without a browser: widgets by type, grouping, hidden operations, the request
description the console sends through the gateway, and stable output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.config import ProviderConfig, target_options
from generator.context import ApiContext
from generator.spec_to_api import load_api
from generator.targets.docs import _layout
from generator.targets.docs import emit
from generator.targets.docs.fields import CHECKBOX, FILE, INTEGER, JSON_TEXT, SELECT, TEXT
from generator.targets.docs.index import index_page
from generator.targets.docs.page import credential_inputs, input_fields
from tests.conftest import REPO


def loaded(name: str) -> tuple[Any, Any]:
    spec = REPO / "specs" / name / "openapi.yaml"
    api = load_api(spec, name).api
    assert api is not None
    return api, target_options(ProviderConfig(name, spec), api.version, api.docs_url)


@pytest.fixture(scope="module")
def kitchensink() -> tuple[Any, Any]:
    return loaded("kitchensink")


@pytest.fixture(scope="module")
def plaid() -> tuple[Any, Any]:
    return loaded("plaid")


def op(api: Any, name: str) -> Any:
    return next(o for o in api.operations if o.names.ts == name)


def test_widgets_follow_types_and_formats(kitchensink: tuple[Any, Any]) -> None:
    api, _ = kitchensink
    fields = {f.name: f for f in input_fields(api, op(api, "listpets"), None)}
    assert [f for f in fields] == ["limit", "status", "tags", "X-Trace-Id", "session_hint"]  # spec order
    assert fields["limit"].widget == INTEGER and fields["limit"].default_text == "20" and fields["limit"].type_label == "integer (int32)"
    assert fields["status"].widget == JSON_TEXT and fields["status"].type_label == "array of string enum (PetStatus)"
    assert fields["X-Trace-Id"].widget == TEXT and fields["X-Trace-Id"].location == "header"
    assert "cookie" in fields["session_hint"].note
    report = {f.name: f for f in input_fields(api, op(api, "downloadreport"), None)}
    assert report["format"].widget == SELECT and [o.label for o in report["format"].options] == ["csv", "pdf"]
    contact = {f.name: f for f in input_fields(api, op(api, "submitcontactform"), None)}
    assert contact["subscribe"].widget == CHECKBOX and contact["email"].required
    upload = {f.name: f for f in input_fields(api, op(api, "uploadpetphoto"), None)}
    assert upload["file"].widget == FILE and upload["labels"].widget == JSON_TEXT
    shape = input_fields(api, op(api, "putshape"), None)
    assert [(f.name, f.location, f.widget) for f in shape][-1] == ("body", "body", JSON_TEXT)
    pet = {f.name: f for f in input_fields(api, op(api, "createpet"), None)}
    assert pet["petType"].widget == SELECT and pet["tag"].type_label == "string | null"


def test_plaid_fields_match_the_seed(plaid: tuple[Any, Any]) -> None:
    api, _ = plaid
    fields = input_fields(api, op(api, "identityrefresh"), api.docs_url)
    assert [(f.name, f.required, f.type_label) for f in fields] == [
        ("client_id", False, "string"), ("access_token", True, "string"), ("secret", False, "string"),
    ]
    assert fields[1].placeholder == "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"
    assert "<code>client_id</code>" in fields[0].description_html


def test_credentials_follow_the_gateway_protocol(kitchensink: tuple[Any, Any]) -> None:
    api, options = kitchensink
    files = {f.path: f.content.decode() for f in emit(ApiContext(api, options))}
    data = json.loads(re.search(r'<script type="application/json" id="console-data">(.*?)</script>', files["operations/deletepet.html"]).group(1))  # type: ignore[union-attr]
    headers = [c["header"] for c in data["credentials"]]
    assert "X-Gateway-Credential-KITCHENSINK-BASIC-AUTH-USERNAME" in headers
    assert len(headers) == len(credential_inputs(api)) == len(api.credentials)
    assert data["provider"] == "kitchensink" and data["path"] == "/pets/{petId}" and data["method"] == "DELETE"


def test_index_groups_by_tag_or_by_first_path_segment(kitchensink: tuple[Any, Any], plaid: tuple[Any, Any]) -> None:
    api, options = kitchensink
    page = index_page(api, list(api.operations), _layout(api, options, ""), None)
    assert page.grouped_by == "tag" and [g.name for g in page.groups] == ["pets", "store", "misc", "toys"]
    assert page.has_group_nav and sum(g.count for g in page.groups) == len(api.operations)
    api, options = plaid
    page = index_page(api, list(api.operations), _layout(api, options, ""), api.docs_url)
    assert page.grouped_by == "path" and [g.name for g in page.groups] == ["identity"]


def test_output_is_stable_and_relative(plaid: tuple[Any, Any], kitchensink: tuple[Any, Any]) -> None:
    for api, options in (plaid, kitchensink):
        first = {f.path: f.content for f in emit(ApiContext(api, options))}
        second = {f.path: f.content for f in emit(ApiContext(api, options))}
        assert first == second
        assert {"index.html", "assets/docs.css", "assets/console.js", "assets/index.js", "assets/snippets.js"} <= set(first)
        for path, content in first.items():
            text = content.decode("utf-8")
            assert str(REPO) not in text
            assert not re.search(r"""<(?:script|link)[^>]+(?:src|href)=["'](?:https?:)?//""", text), path  # no CDN


def test_external_docs_links_resolve_against_the_docs_site(plaid: tuple[Any, Any]) -> None:
    api, options = plaid
    page = next(f for f in emit(ApiContext(api, options)) if f.path == "operations/identityrefresh.html").content.decode()
    assert 'href="https://plaid.com/docs/api/products/identity/#identityrefresh"' in page


def test_site_index_links_every_provider(site: Path) -> None:
    page = (site / "index.html").read_text("utf-8")
    links = re.findall(r'href="([^"]+/index\.html)"', page)
    assert links == ["kitchensink/docs/index.html", "plaid/docs/index.html"]
    assert all((site / link).is_file() for link in links)
    assert "29 operations" in page and "1 operation<" in page


def test_auth_note_names_the_credentials_an_operation_sends(kitchensink: tuple[Any, Any], plaid: tuple[Any, Any]) -> None:
    from generator.targets.docs.page import auth_note

    api, _ = kitchensink
    assert auth_note(api, op(api, "getstatus")) == "This operation needs no credentials."
    assert auth_note(api, op(api, "deletepet")) == "This operation uses Username and Password."
    api, _ = plaid
    assert auth_note(api, op(api, "identityrefresh")) == "This operation uses PLAID-CLIENT-ID and PLAID-SECRET."


def test_number_ranges_come_from_the_spec(kitchensink: tuple[Any, Any]) -> None:
    from generator.model.types import Bounds, Primitive

    api, _ = kitchensink
    limit = {f.name: f for f in input_fields(api, op(api, "listpets"), None)}["limit"]
    assert limit.range_text == "1 to 100" and limit.bounds == Bounds(1, 100)
    assert Primitive("integer", "int32", bounds=Bounds(1, 100)) == Primitive("integer", "int32")  # ranges are not part of the type
    spec = Path(__file__).parent / "fixtures" / "bounds.yaml"
    bounded = load_api(spec, "bounds").api
    assert bounded is not None
    fields = {f.name: f for f in input_fields(bounded, bounded.operations[0], None)}
    assert fields["page"].range_text == "at least 1"
    assert fields["ratio"].range_text == "more than 0 and at most 1"
    assert fields["below"].range_text == "less than 10"
    assert fields["plain"].range_text == "" and fields["plain"].bounds is None
