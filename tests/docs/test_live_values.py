"""Values typed into each kind of field (text, integer, select, checkbox, JSON, path parameter) give
the page exactly the snippets the Python renderer makes for the same values, in every language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import ProviderConfig, target_options
from generator.context import ApiContext
from generator.snippets import CLIENTS, render_snippet
from generator.spec_to_api import load_api
from tests.conftest import REPO

from .support import PageWatch

pytestmark = pytest.mark.browser

# (operation, [(label, action, typed, value the snippet renderer receives)])
CASES = [
    ("createpet", [("name", "fill", "Rex \"the\" 'dog' ${x}", "Rex \"the\" 'dog' ${x}"), ("petType", "select", "dog", "dog"),
                   ("bark_volume", "fill", "7", 7), ("tag", "fill", "", None)]),
    ("listpets", [("limit", "fill", "20", 20), ("status", "fill", '["available", "sold"]', ["available", "sold"]),
                  ("tags", "fill", '["a b", "c,d"]', ["a b", "c,d"]), ("X-Trace-Id", "fill", "0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e")]),
    ("submitcontactform", [("email", "fill", "a@b.example", "a@b.example"), ("message", "fill", "Hi — there ✓ \\ back", "Hi — there ✓ \\ back"),
                           ("subscribe", "check", "", True)]),
    ("searchpets", [("filter", "fill", '{"name": "cat", "min_age": 2}', {"name": "cat", "min_age": 2}),
                    ("ids", "fill", "[1, 2.5, 1e21]", [1, 2.5, 1e21]), ("q", "fill", "fluffy cat", "fluffy cat")]),
    ("updatepet", [("petId", "fill", "42", 42), ("tag", "fill", "ginger", "ginger"), ("status", "select", "pending", "pending")]),
]


@pytest.fixture(scope="module")
def kitchensink() -> tuple[Any, Any]:
    spec = REPO / "specs" / "kitchensink" / "openapi.yaml"
    api = load_api(spec, "kitchensink").api
    assert api is not None
    return api, target_options(ProviderConfig("kitchensink", spec), api.version, api.docs_url)


@pytest.mark.parametrize(("operation", "steps"), CASES, ids=[c[0] for c in CASES])
def test_typed_values_render_like_python(context: Any, site: Path, kitchensink: tuple[Any, Any], operation: str, steps: list[Any]) -> None:
    api, options = kitchensink
    op = next(o for o in api.operations if o.names.ts == operation)
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto((site / f"kitchensink/docs/operations/{operation}.html").as_uri())
    values: dict[str, Any] = {}
    for label, action, typed, value in steps:
        field = page.get_by_label(label, exact=True)
        if action == "fill":
            field.fill(typed)
        elif action == "select":
            field.select_option(label=typed)
        else:
            field.check()
        if value is not None:
            values[label] = value
    for client in CLIENTS:
        expected = render_snippet(ApiContext(api, options), op, client.language, values)
        shown = page.locator(f'[data-snippet="{client.language}"]').text_content()
        assert shown == expected, (client.language, shown, expected)
    assert watch.errors == [] and watch.dialogs == []


def test_a_cleared_checkbox_leaves_the_snippet(context: Any, site: Path, kitchensink: tuple[Any, Any]) -> None:
    api, options = kitchensink
    op = next(o for o in api.operations if o.names.ts == "submitcontactform")
    page = context.new_page()
    page.goto((site / "kitchensink/docs/operations/submitcontactform.html").as_uri())
    box = page.get_by_label("subscribe", exact=True)
    assert page.locator("#" + (box.get_attribute("id") or "") + "-state").inner_text() == "not sent"
    box.check()
    box.uncheck()  # ticked then unticked: sends false
    assert page.locator('[data-snippet="python"]').text_content() == render_snippet(ApiContext(api, options), op, "python", {"subscribe": False})
    page.get_by_role("button", name="Clear subscribe").click()
    assert page.locator('[data-snippet="python"]').text_content() == render_snippet(ApiContext(api, options), op, "python", {})


@pytest.mark.parametrize("operation", ["createpet", "listpets", "searchpets", "submitcontactform", "updatepet", "putshape", "createtree"])
def test_fill_in_the_example_gives_the_example_snippet(context: Any, site: Path, kitchensink: tuple[Any, Any], operation: str) -> None:
    """The button fills the form with the example request, so the snippets become the written example files."""
    api, options = kitchensink
    op = next(o for o in api.operations if o.names.ts == operation)
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto((site / f"kitchensink/docs/operations/{operation}.html").as_uri())
    page.get_by_role("button", name="Fill in the example").click()
    for client in CLIENTS:
        assert page.locator(f'[data-snippet="{client.language}"]').text_content() == render_snippet(ApiContext(api, options), op, client.language), client.language
    page.get_by_role("button", name="Clear all").click()
    for client in CLIENTS:
        assert page.locator(f'[data-snippet="{client.language}"]').text_content() == render_snippet(ApiContext(api, options), op, client.language, {})
    assert watch.errors == [] and watch.dialogs == []
