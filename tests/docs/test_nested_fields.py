"""Nested request fields in the Try-it console, in Chromium: objects as groups of inputs, arrays of
objects with add/remove, arrays of enum values as checkboxes, a variant picker, messages as a value
is typed, the JSON editor of an object in step with its fields, and the snippets and the sent body
made from the structured values. On the full Plaid spec, and on a small spec whose field names are
those of Object.prototype (__proto__, constructor, toString)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.config import ProviderConfig, target_options
from generator.context import ApiContext
from generator.snippets import CLIENTS, render_snippet
from generator.spec_to_api import load_api
from tests.conftest import PLAID_FULL, REPO

from .support import (
    SCREENSHOTS,
    PageWatch,
    ProtocolServer,
    generate_docs,
    protocol_server,
)

pytestmark = pytest.mark.browser

NESTED_SPEC = REPO / "tests" / "snippets" / "specs" / "nested.yaml"


def context_for(api: Any, name: str, spec: Path) -> ApiContext:
    return ApiContext(api, target_options(ProviderConfig(name, spec), api.version, api.docs_url))


def open_page(browser: Any, docs: Path, operation: str, width: int = 1280) -> tuple[Any, Any, PageWatch]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    watch = PageWatch()
    page = watch.attach(context.new_page())
    page.goto((docs / "operations" / f"{operation}.html").as_uri())
    return context, page, watch


def root(page: Any, name: str) -> Any:
    """The nested fields of the top-level field `name`, unfolded."""
    field_id = page.evaluate(
        "(n) => JSON.parse(document.getElementById('console-data').textContent).fields.find((f) => f.name === n).id", name
    )
    group = page.locator(f"#{field_id}")
    group.evaluate("(el) => { el.open = true; }")
    return group


def unfold(group: Any, name: str) -> Any:
    nested = group.locator(f'details[data-name="{name}"]').first
    nested.locator(":scope > summary").click()
    return nested


def error_of(page: Any, field: Any) -> str:
    return str(page.locator(f"#{field.get_attribute('id')}-error").text_content())


def assert_snippets(page: Any, context: ApiContext, operation: Any, values: dict[str, Any]) -> None:
    for client in CLIENTS:
        shown = page.locator(f'[data-snippet="{client.language}"]').text_content()
        assert shown == render_snippet(context, operation, client.language, values), client.language


@pytest.mark.slow
def test_transactions_sync_options_are_inputs_that_drive_the_snippet(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    docs, api = full_plaid_docs
    operation = next(op for op in api.operations if op.path == "/transactions/sync")
    context, page, watch = open_page(browser, docs, "transactionssync")
    options = root(page, "options")
    assert options.locator("input, select").count() >= 5
    days = options.get_by_label("days_requested")
    days.fill("0")  # as typed: checked against minimum 1 at once
    assert error_of(page, days) == "Out of range: 1 to 730."
    assert days.get_attribute("aria-invalid") == "true"
    assert "days_requested" not in str(page.locator('[data-snippet="python"]').text_content())
    days.fill("30")
    assert error_of(page, days) == "" and days.get_attribute("aria-invalid") == "false"
    options.get_by_label("include_original_description").select_option("true")
    assert_snippets(page, context_for(api, "plaid", PLAID_FULL), operation,
                    {"options": {"include_original_description": True, "days_requested": 30}})
    assert watch.errors == [] and watch.dialogs == []
    context.close()


@pytest.mark.slow
def test_link_token_create_form_sends_its_structured_body(
    browser: Any, full_plaid_docs: tuple[Path, Any], gateway_stub: ProtocolServer
) -> None:
    docs, api = full_plaid_docs
    operation = next(op for op in api.operations if op.path == "/link/token/create")
    context, page, watch = open_page(browser, docs, "linktokencreate")
    # every object and array field is a group of inputs: no top-level JSON text areas remain
    assert page.locator(".field-json").count() == 0
    assert page.locator(".field-nested").count() >= 25
    page.get_by_label("client_name", exact=True).fill("Demo app")
    page.get_by_label("language", exact=True).fill("en")

    countries = root(page, "country_codes")  # an array of enum values: one checkbox per value
    offered = countries.locator("[data-choice]").evaluate_all("(boxes) => boxes.map((b) => JSON.parse(b.value))")
    assert {"US", "GB", "CA"} <= set(offered)
    countries.get_by_label("GB", exact=True).check()
    countries.get_by_label("US", exact=True).check()
    chosen = [c for c in offered if c in ("US", "GB")]
    root(page, "products").get_by_label("transactions", exact=True).check()

    user = root(page, "user")
    user.get_by_label("client_user_id").fill("user-1")
    toggle = user.get_by_role("button", name="Edit as JSON").first
    toggle.click()  # the fields become JSON text ...
    editor = user.locator("textarea.node-json").first
    assert json.loads(editor.input_value()) == {"client_user_id": "user-1"}
    editor.fill('{"client_user_id": "user-2", "legal_name": "Ada Lovelace"}')
    user.get_by_role("button", name="Edit as fields").first.click()  # ... and back into the fields
    assert user.get_by_label("client_user_id").input_value() == "user-2"
    assert user.get_by_label("legal_name").input_value() == "Ada Lovelace"

    income = root(page, "income_verification")  # an array of objects: add and remove items
    sources = unfold(income, "stated_income_sources")
    add = sources.get_by_role("button", name="Add stated_income_sources item")
    add.click()
    add.click()
    items = sources.locator(":scope > .node-items > li")
    assert items.count() == 2
    items.nth(0).get_by_label("employer").fill("Acme")
    items.nth(0).get_by_label("pay_annual").fill("120000.5")
    items.nth(1).get_by_label("employer").fill("removed")
    sources.get_by_role("button", name="Remove stated_income_sources item 2").click()
    assert items.count() == 1

    body = {
        "client_name": "Demo app",
        "language": "en",
        "country_codes": chosen,
        "user": {"client_user_id": "user-2", "legal_name": "Ada Lovelace"},
        "products": ["transactions"],
        "income_verification": {"stated_income_sources": [{"employer": "Acme", "pay_annual": 120000.5}]},
    }
    assert_snippets(page, context_for(api, "plaid", PLAID_FULL), operation, body)

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.evaluate("() => window.scrollTo(0, 0)")  # boxes in page coordinates
        form = page.locator("#request-form").bounding_box()
        for part, start in (("user", user), ("income", income)):
            top = start.bounding_box()["y"] - 40
            page.screenshot(path=str(SCREENSHOTS / f"plaid-linktokencreate-form-{part}-{width}.png"), full_page=True,
                            clip={"x": form["x"], "y": top, "width": form["width"], "height": 1600})

    page.get_by_label("PLAID-CLIENT-ID").fill("client-e2e")
    page.get_by_label("PLAID-SECRET").fill("secret-e2e")
    page.get_by_label("Gateway URL").fill(gateway_stub.url)
    page.get_by_role("button", name="Send request").click()
    page.locator("#response-status").filter(has_text="200").wait_for()
    sent = gateway_stub.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/plaid/link/token/create")
    assert sent.headers["x-gateway-credential-plaid-client-id"] == "client-e2e"
    assert json.loads(sent.body) == body
    assert json.loads(page.locator("#response-body").inner_text())["echo"] == body
    assert watch.errors == [] and watch.dialogs == []
    context.close()


FILL_CHECK = """() => {
  const data = JSON.parse(document.getElementById('snippet-data').textContent);
  return window.UtdkSnippets.languages.filter((language) =>
    document.querySelector('[data-snippet="' + language + '"]').textContent !== window.UtdkSnippets.render(data, language, null));
}"""


@pytest.mark.slow
def test_fill_in_the_example_fills_nested_fields_exactly(browser: Any, full_plaid_docs: tuple[Path, Any]) -> None:
    """Every sixth Plaid page with nested fields, and the two largest: the example request goes into
    the groups, items and checkboxes and comes back out as the example snippet, {} and [{}] included."""
    docs, _ = full_plaid_docs
    pages = [p for p in sorted((docs / "operations").glob("*.html")) if 'data-node="' in p.read_text("utf-8")]
    assert len(pages) > 100
    chosen = {p.stem for p in pages[::6]} | {"linktokencreate", "transactionssync", "craloansupdate"}
    context = browser.new_context()
    watch = PageWatch()
    page = watch.attach(context.new_page())
    for name in sorted(chosen):
        page.goto((docs / "operations" / f"{name}.html").as_uri())
        page.get_by_role("button", name="Fill in the example").click()
        assert page.evaluate(FILL_CHECK) == [], name
    assert watch.errors == [] and watch.dialogs == []
    context.close()


@pytest.fixture(scope="module")
def nested_docs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = generate_docs(tmp_path_factory.mktemp("nested"), (ProviderConfig("nested", NESTED_SPEC, targets=("docs", "snippets")),))
    api = load_api(NESTED_SPEC, "nested").api
    return out / "nested" / "docs", api


@pytest.fixture
def nested_gateway() -> Iterator[ProtocolServer]:
    server = protocol_server(prefix="/nested/")
    yield server
    server.server.close()


def test_hostile_names_a_variant_picker_and_json_round_trip(
    browser: Any, nested_docs: tuple[Path, Any], nested_gateway: ProtocolServer
) -> None:
    docs, api = nested_docs
    operation = api.operations[0]
    context, page, watch = open_page(browser, docs, "createshape")
    page.get_by_label("__proto__", exact=True).fill("a")
    assert error_of(page, page.get_by_label("__proto__", exact=True)) == "Too short: at least 2 characters (now 1)."
    page.get_by_label("__proto__", exact=True).fill("ab")

    group = root(page, "constructor")
    to_string = group.get_by_label("toString")
    to_string.fill("ABC")
    assert error_of(page, to_string) == "Does not match the pattern ^[a-z]+$."
    to_string.fill("abc")
    assert error_of(page, to_string) == ""
    group.get_by_label("__proto__").fill("2")
    group.get_by_label("hasOwnProperty").select_option("true")

    shape = root(page, "shape")  # oneOf with a discriminator: pick the variant, then its fields
    picker = shape.get_by_label("Variant")
    assert picker.locator("option").all_inner_texts() == ["Not set", "kind: circle", "kind: square"]
    picker.select_option(label="kind: square")
    panel = shape.locator(".variant:visible")
    assert panel.count() == 1
    assert panel.get_by_label("kind").input_value() == '"square"'  # the discriminator follows the picked variant
    side = panel.get_by_label("side")
    side.fill("101")
    assert error_of(page, side) == "Out of range: at most 100."
    side.fill("7")

    tags = root(page, "tags")
    for colour in ("blue", "red", "green"):
        tags.get_by_label(colour, exact=True).check()
    assert tags.locator(".field-error").text_content() == "Choose at most 2 items."
    tags.get_by_label("green", exact=True).uncheck()

    constructor = {"toString": "abc", "__proto__": 2, "hasOwnProperty": True}
    values = {"__proto__": "ab", "constructor": constructor, "shape": {"kind": "square", "side": 7}, "tags": ["red", "blue"]}
    context_ = context_for(api, "nested", NESTED_SPEC)
    assert_snippets(page, context_, operation, values)

    group.get_by_role("button", name="Edit as JSON").click()
    editor = group.locator("textarea.node-json")
    assert json.loads(editor.input_value()) == constructor and "__proto__" in editor.input_value()
    editor.fill('{"toString": "xyz", "extra": 1}')  # a key that is no field: stays JSON, nothing dropped
    group.get_by_role("button", name="Edit as fields").click()
    assert editor.is_visible() and "keep it as JSON" in str(group.locator(".field-error").last.text_content())
    editor.fill('{"__proto__": 3, "toString": "xyz"}')
    values["constructor"] = {"__proto__": 3, "toString": "xyz"}
    assert_snippets(page, context_, operation, values)  # the JSON text is the value while it is edited
    group.get_by_role("button", name="Edit as fields").click()
    assert group.get_by_label("__proto__").input_value() == "3" and to_string.input_value() == "xyz"
    values["constructor"] = {"toString": "xyz", "__proto__": 3}  # fields again: in schema order
    assert_snippets(page, context_, operation, values)

    page.get_by_label("Gateway URL").fill(nested_gateway.url)
    page.get_by_role("button", name="Send request").click()
    page.locator("#response-status").filter(has_text="200").wait_for()
    sent = json.loads(nested_gateway.requests[-1].body)
    assert sent == values and list(sent["constructor"]) == ["toString", "__proto__"]
    assert watch.errors == [] and watch.dialogs == []
    context.close()
