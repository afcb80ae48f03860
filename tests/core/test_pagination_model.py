"""Which operations page, and how (generator/model/pagination.py): each shape detected from a
small spec, the near misses that must not be, generator.yaml's `pagination:` over detection with
its mistakes reported as located lines, and a sample of the full Plaid spec and OpenAI's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import ConfigError, load_config
from generator.model.pagination import Pagination, RequestField, paginations
from generator.spec_to_api import load_api
from tests.conftest import CORPUS, PLAID_FULL, REPO, require_shared

TOY = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}


def query(name: str, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": kind}}


def listing(parameters: list[dict[str, Any]], properties: dict[str, Any] | None = None, *, body: dict[str, Any] | None = None,
            headers: dict[str, Any] | None = None, bare: bool = False) -> dict[str, Any]:
    items = {"type": "array", "items": {"$ref": "#/components/schemas/Toy"}}
    schema = items if bare else {"type": "object", "properties": properties or {}}
    response: dict[str, Any] = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    if headers:
        response["headers"] = {name: {"schema": {"type": "string"}} for name in headers}
    operation: dict[str, Any] = {"operationId": "listToys", "parameters": parameters, "responses": {"200": response}}
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": {"type": "object", "properties": body}}}}
    return operation


def detected(tmp_path: Path, operation: dict[str, Any], method: str = "get") -> Pagination | None:
    spec = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/toys": {method: operation}},
            "components": {"schemas": {"Toy": TOY}}}
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec))
    api = load_api(path, "t", validate=False).api
    assert api is not None
    return paginations(api).of(api.operations[0])


ITEMS = {"type": "array", "items": {"$ref": "#/components/schemas/Toy"}}
STRING = {"type": ["string", "null"]}


def test_a_cursor_in_the_query_and_the_next_one_in_the_body(tmp_path: Path) -> None:
    found = detected(tmp_path, listing([query("cursor"), query("limit", "integer")], {"items": ITEMS, "next_cursor": STRING}))
    assert found is not None
    assert (found.kind, found.request, found.next, found.items) == ("cursor", RequestField("query", "cursor"), ("next_cursor",), ("items",))


def test_openai_after_with_last_id_or_the_last_items_id(tmp_path: Path) -> None:
    properties = {"data": ITEMS, "last_id": STRING, "has_more": {"type": "boolean"}}
    found = detected(tmp_path, listing([query("after")], properties))
    assert found is not None and (found.next, found.has_more, found.last_item) == (("last_id",), ("has_more",), "id")
    found = detected(tmp_path, listing([query("after")], {"data": ITEMS, "has_more": {"type": "boolean"}}))
    assert found is not None and (found.next, found.last_item, found.items_name) == ((), "id", "data")


def test_a_cursor_in_the_body_as_plaid_lists_do(tmp_path: Path) -> None:
    found = detected(tmp_path, listing([], {"accounts": ITEMS, "next_cursor": STRING}, body={"cursor": {"type": "string"}}), "post")
    assert found is not None and found.request == RequestField("body", "cursor") and found.items == ("accounts",)


def test_offset_page_and_headers(tmp_path: Path) -> None:
    found = detected(tmp_path, listing([query("offset", "integer"), query("limit", "integer")], {"results": ITEMS, "total": {"type": "integer"}}))
    assert found is not None and (found.kind, found.total) == ("offset", ("total",))
    found = detected(tmp_path, listing([query("page", "integer"), query("per_page", "integer")], {"entries": ITEMS}))
    assert found is not None and (found.kind, found.request) == ("page", RequestField("query", "page"))
    found = detected(tmp_path, listing([query("per_page", "integer")], headers={"Link": {}}, bare=True))
    assert found is not None and (found.kind, found.items, found.next_header) == ("link", (), "Link")
    found = detected(tmp_path, listing([query("cursor")], headers={"X-Next-Cursor": {}}, bare=True))
    assert found is not None and (found.kind, found.next_header) == ("cursor_header", "X-Next-Cursor")


@pytest.mark.parametrize("operation", [
    # a next-cursor header, but no request field to send it back in (the kitchensink's listPets)
    listing([query("limit", "integer")], headers={"X-Next-Cursor": {}}, bare=True),
    # a cursor in the response only
    listing([query("limit", "integer")], {"items": ITEMS, "next_cursor": STRING}),
    # a cursor parameter whose next value the response does not give
    listing([query("cursor")], {"items": ITEMS, "total": {"type": "integer"}}),
    # `page` as a string with no next page in the response
    listing([query("page")], {"items": ITEMS}),
    # an offset that is not a number
    listing([query("offset")], {"items": ITEMS}),
    # an offset, but no list in the response
    listing([query("offset", "integer")], {"count": {"type": "integer"}}),
    # several arrays, none named as the list (Plaid's /transactions/sync): which one is the list?
    listing([], {"added": ITEMS, "removed": ITEMS, "next_cursor": STRING, "has_more": {"type": "boolean"}}, body={"cursor": {"type": "string"}}),
    # after + has_more, but the items have no id and there is no last_id
    listing([query("after")], {"data": {"type": "array", "items": {"type": "string"}}, "has_more": {"type": "boolean"}}),
], ids=["header-without-request", "response-only", "no-next", "string-page", "string-offset", "no-list", "several-arrays", "no-id"])
def test_near_misses_are_not_paginated(tmp_path: Path, operation: dict[str, Any]) -> None:
    assert detected(tmp_path, operation, "post" if "requestBody" in operation else "get") is None


CONFIG = """\
output: generated
providers:
  kitchensink:
    spec: {spec}
    pagination:
{settings}
"""


def config_with(tmp_path: Path, settings: str) -> Path:
    path = tmp_path / "generator.yaml"
    path.write_text(CONFIG.format(spec=REPO / "specs" / "kitchensink" / "openapi.yaml", settings=settings))
    return path


@pytest.mark.parametrize("settings, line", [
    ("      listToys: {kind: scroll}", "generator.yaml:6:24: error: #/providers/kitchensink/pagination/listToys/kind: unknown kind 'scroll'"),
    ("      listToys:\n        itmes: data", "generator.yaml:7:9: error: #/providers/kitchensink/pagination/listToys/itmes: unknown key 'itmes'"),
    ("      listToys: [cursor]", "generator.yaml:6:17: error: #/providers/kitchensink/pagination/listToys: listToys: false, or a mapping"),
    ("      listToys: {items: 3}", "generator.yaml:6:25: error: #/providers/kitchensink/pagination/listToys/items: items must be a name"),
])
def test_config_shape_mistakes_are_one_located_line(tmp_path: Path, settings: str, line: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(config_with(tmp_path, settings))
    assert raised.value.line_text.startswith(str(tmp_path / line.split(":", 1)[0]) + ":" + line.split(":", 1)[1])


def test_config_naming_what_the_spec_lacks_is_reported_where_it_is_written(tmp_path: Path) -> None:
    config = load_config(config_with(tmp_path, "\n".join([
        "      listToyz: false",
        "      listToys: {items: toys}",
        "      listToyFeed: {request: since}",
        "      getStatus: {kind: cursor, request: since}",
    ])))
    loaded = load_api(config.providers[0].spec, "kitchensink", validate=False)
    assert loaded.api is not None
    found = paginations(loaded.api, config.providers[0].pagination)
    lines = sorted(d.render().replace(str(tmp_path) + "/", "") for d in found.diagnostics)
    assert lines == sorted([
        "generator.yaml:6:7: error: #/providers/kitchensink/pagination/listToyz: no operation 'listToyz' (name operations by operationId)",
        "generator.yaml:7:25: error: #/providers/kitchensink/pagination/listToys/items: 'toys' is not an array in the response of 'listToys'",
        "generator.yaml:8:7: error: #/providers/kitchensink/pagination/listToyFeed: nothing detected for 'listToyFeed': say `kind:` (cursor, cursor_header, offset, page, link)",
        "generator.yaml:9:7: error: #/providers/kitchensink/pagination/getStatus: say which array of the response of 'getStatus' holds the items (`items:`)",
        "generator.yaml:9:42: error: #/providers/kitchensink/pagination/getStatus/request: 'getStatus' has no query parameter or body field 'since'",
        "generator.yaml:9:7: error: #/providers/kitchensink/pagination/getStatus/next: say which response field holds the next cursor (`next:`)",
    ])


def test_generate_refuses_a_wrong_setting_and_writes_nothing(tmp_path: Path) -> None:
    config_with(tmp_path, "      listToys: {next: nothing_here}")
    done = subprocess.run([sys.executable, "-m", "generator", "generate"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stdout + done.stderr
    errors = [line.replace(str(tmp_path) + "/", "") for line in done.stderr.splitlines() if ": error: " in line]
    assert errors == [
        "generator.yaml:6:24: error: #/providers/kitchensink/pagination/listToys/next: no field 'nothing_here' in the response of 'listToys'"
    ], done.stderr
    assert not (tmp_path / "generated").exists()


@pytest.mark.slow
def test_full_plaid_and_openai_samples() -> None:
    require_shared()
    plaid = load_api(PLAID_FULL, "plaid", validate=False).api
    openai = load_api(CORPUS / "openai" / "openapi.yaml", "openai", validate=False).api
    assert plaid is not None and openai is not None
    plaid_pages, openai_pages = paginations(plaid), paginations(openai)
    by_id = {op.id: op for op in plaid.operations}
    dashboard = plaid_pages.of(by_id["dashboardUserList"])
    assert dashboard is not None and (dashboard.kind, dashboard.request, dashboard.next, dashboard.items) == (
        "cursor", RequestField("body", "cursor"), ("next_cursor",), ("dashboard_users",))
    institutions = plaid_pages.of(by_id["institutionsGet"])
    assert institutions is not None and (institutions.kind, institutions.items, institutions.total) == ("offset", ("institutions",), ("total",))
    for name in ("transactionsSync", "transactionsGet", "identityRefresh", "accountsGet", "itemGet"):
        assert plaid_pages.of(by_id[name]) is None, name
    by_id = {op.id: op for op in openai.operations}
    files = openai_pages.of(by_id["listFiles"])
    assert files is not None and (files.request, files.next, files.has_more, files.last_item) == (
        RequestField("query", "after"), ("last_id",), ("has_more",), "id")
    costs = openai_pages.of(by_id["usage-costs"])
    assert costs is not None and (costs.request, costs.next) == (RequestField("query", "page"), ("next_page",))
    for name in ("listModels", "createChatCompletion", "retrieveFile", "createFile"):
        assert openai_pages.of(by_id[name]) is None, name
