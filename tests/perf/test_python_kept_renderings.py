"""The Python SDK's texts kept between runs under digests (generator/targets/python/__init__.py):
each resource module, api.md, the models/ and types/ indexes and each tag's examples in the
README. After an edit of anything one of them shows, a run with the memo of the run before gives
exactly what a run without any memo gives: a key that misses something its text depends on
fails here, including what another group's operations change (a schema moving to `shared`
changes the imports of a resource module whose own operations are untouched)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import render_memo
from tests.conftest import emit_target

SCOPE = ("inline", "code")
PACKAGE = "src/utdk_kept"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str = "Done.") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Kept", "version": "1.0.0"},
    "servers": [{"url": "https://kept.example"}],
    "tags": [{"name": "items"}, {"name": "things"}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "tags": ["items"],
                "summary": "List items",
                "parameters": [
                    {"name": "after", "in": "query", "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {"200": _json({
                    "type": "object",
                    "required": ["data", "has_more"],
                    "properties": {"data": {"type": "array", "items": _ref("Item")}, "last_id": {"type": "string"},
                                   "has_more": {"type": "boolean"}},
                })},
            },
            "post": {
                "operationId": "createItem",
                "tags": ["items"],
                "summary": "Create an item",
                "description": "Creates one item.",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("NewItem")}}},
                "responses": {"201": _json(_ref("Item"))},
            },
        },
        "/owner": {
            "get": {"operationId": "getOwner", "tags": ["items"], "summary": "The owner", "responses": {"200": _json(_ref("Owner"))}},
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "summary": "Get a thing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json(_ref("Thing"))},
            },
        },
    },
    "components": {
        "schemas": {
            "Item": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "owner": _ref("Owner")}},
            "NewItem": {"type": "object", "required": ["name"],
                        "properties": {"name": {"type": "string", "description": "The item's name."}}},
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
        }
    },
}


def _operation(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def _rename_item(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Article"] = spec["components"]["schemas"].pop("Item")
    text = json.dumps(spec).replace("#/components/schemas/Item", "#/components/schemas/Article")
    spec.clear()
    spec.update(json.loads(text))


def _page_items(spec: dict[str, Any]) -> dict[str, Any]:
    items: dict[str, Any] = _operation(spec, "/items", "get")["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]["items"]
    items.clear()
    return items


def _move_path(spec: dict[str, Any]) -> None:
    # in its place: the operations keep their order
    spec["paths"] = {"/owners" if path == "/owner" else path: item for path, item in spec["paths"].items()}


# (what is edited, the edit, a file whose text the edit changes)
EDITS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("operation description", lambda s: _operation(s, "/items", "post").update(description="Creates an item."),
     f"{PACKAGE}/_resources/items.py"),
    ("operation summary", lambda s: _operation(s, "/things/{id}", "get").update(summary="Get one thing"), "README.md"),
    ("body property description",
     lambda s: s["components"]["schemas"]["NewItem"]["properties"]["name"].update(description="What it is called."),
     f"{PACKAGE}/_resources/items.py"),
    ("paginated item renamed", _rename_item, "api.md"),
    ("paginated items' type", lambda s: _page_items(s).update({"type": "string"}), "api.md"),
    ("path of a method that does not page", _move_path, "api.md"),
    # Owner becomes shared by both groups: the items module imports it from elsewhere, though
    # none of its own operations changed
    ("schema moved to shared", lambda s: s["components"]["schemas"]["Thing"]["properties"].update(owner=_ref("Owner")),
     f"{PACKAGE}/_resources/items.py"),
    ("operation moved to another tag", lambda s: _operation(s, "/owner", "get").update(tags=["things"]),
     f"{PACKAGE}/_resources/things.py"),
    ("title", lambda s: s["info"].update(title="Kept Again"), f"{PACKAGE}/models/__init__.py"),
]


def emit(spec: Path, scope: render_memo.Scope | None) -> dict[str, bytes]:
    return emit_target(spec, "kept", "python", scope)


@pytest.fixture(autouse=True)
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UTDK_CACHE_DIR", str(tmp_path / "cache"))


def _write(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(json.dumps(spec, indent=1), "utf-8")
    return path


@pytest.mark.parametrize("what, edit, shown_in", EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_gives_with_the_memo_what_it_gives_without(tmp_path: Path, what: str, edit: Callable[[dict[str, Any]], None],
                                                           shown_in: str) -> None:
    spec = tmp_path / "openapi.json"
    before = emit(_write(spec, SPEC), SCOPE)
    edited = copy.deepcopy(SPEC)
    edit(edited)
    after = emit(_write(spec, edited), SCOPE)
    assert after == emit(spec, None), what
    assert after[shown_in] != before[shown_in], what  # the edit reaches a kept text


def test_an_unchanged_spec_is_answered_from_the_memo(tmp_path: Path, rendered: list[str]) -> None:
    spec = _write(tmp_path / "openapi.json", SPEC)
    first = emit(spec, SCOPE)
    rendered.clear()
    assert emit(spec, SCOPE) == first
    assert rendered == []
