"""Field trees, response sections and schema pages without a browser: nesting and its limits,
recursion cut with a link, unions as labelled branches, error enums, examples, the operations
that use a schema, and safe, unique schema page names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import ProviderConfig, target_options
from generator.context import ApiContext
from generator.model import RefType
from generator.spec_to_api import load_api
from generator.targets.docs import emit
from generator.targets.docs.field_tree import FieldTree, FieldTrees, schema_page_paths
from generator.targets.docs.page import input_fields
from generator.targets.docs.responses import error_enums, response_docs
from generator.targets.docs.schema_pages import schema_uses
from tests.conftest import REPO


def loaded(name: str) -> Any:
    api = load_api(REPO / "specs" / name / "openapi.yaml", name, validate=False).api
    assert api is not None
    return api


@pytest.fixture(scope="module")
def kitchensink() -> Any:
    return loaded("kitchensink")


@pytest.fixture(scope="module")
def plaid() -> Any:
    return loaded("plaid")


def trees(api: Any) -> FieldTrees:
    return FieldTrees(api, None, schema_page_paths(api))


def by_name(tree: FieldTree) -> dict[str, Any]:
    return {node.name: node for node in tree.fields}


def label(node: Any) -> str:
    return "".join(link.text for link in node.type_links)


def test_a_recursive_schema_is_cut_with_a_link_to_its_page(kitchensink: Any) -> None:
    tree = trees(kitchensink).tree(RefType("TreeNode"))
    fields = by_name(tree)
    assert list(fields) == ["value", "children", "parent"]
    assert fields["value"].required and not fields["children"].required
    children = fields["children"]
    assert label(children) == "array of object (TreeNode)"
    assert children.type_links[1].href == "../schemas/TreeNode.html"
    assert children.tree.fields == () and children.tree.more_href == "../schemas/TreeNode.html"
    assert "contains itself" in children.tree.more_text


def test_nested_schemas_fold_their_fields_rendered_once(kitchensink: Any) -> None:
    built = trees(kitchensink)
    new_pet = built.tree(RefType("CreateConversationRequest"))
    messages = by_name(new_pet)["messages"]
    assert label(messages) == "array of Message"
    nested = messages.tree
    assert nested.fields == () and nested.html and nested.count_text == "3 variants"
    assert nested is built.schema_fields("Message")  # the Message page's own, rendered once
    assert 'href="../schemas/UserMessage.html"' in nested.html
    # within a schema's own fields, the schemas it holds link to their pages
    user = built.schema_fields("UserMessage").html
    assert '<span class="field-name">role</span>' in user


def test_unions_are_labelled_branches(kitchensink: Any) -> None:
    tree = trees(kitchensink).tree(RefType("Pet"))
    assert tree.fields == () and tree.branch_note == "One of" and tree.count_text == "2 variants"
    assert [b.name for b in tree.branches] == ["petType: cat", "petType: dog"]
    cat = tree.branches[0]
    assert label(cat) == "object (Cat)" and cat.type_links[1].href == "../schemas/Cat.html"
    assert "petType" in by_name(cat.tree) and "name" in by_name(cat.tree)  # allOf bases merged in


def test_enums_constraints_and_defaults_are_listed(kitchensink: Any) -> None:
    listpets = next(o for o in kitchensink.operations if o.names.ts == "listpets")
    body = response_docs(kitchensink, listpets, trees(kitchensink), ApiContext(kitchensink, _options(kitchensink)).examples)[0].body
    assert body.fields or body.branches
    new_pet = by_name(trees(kitchensink).tree(RefType("NewPet")))
    assert new_pet["petType"].enum_values == ("cat", "dog")
    assert label(new_pet["tag"]) == "string | null" and new_pet["tag"].nullable


def test_plaid_error_responses_show_error_types(plaid: Any) -> None:
    refresh = plaid.operations[0]
    docs = response_docs(plaid, refresh, trees(plaid), ApiContext(plaid, _options(plaid)).examples)
    ok, error = docs
    assert ok.open and not ok.is_error and ok.example_source == "from the API description"
    assert '"request_id": "1vwmF5TBQwiqfwP"' in ok.example_html  # quotes left as they are inside <pre>
    assert error.is_error and not error.open and error.example_source == "made from the schema"
    assert [e.name for e in error.error_enums] == ["error_type"]
    assert "INVALID_REQUEST" in error.error_enums[0].values and "API_ERROR" in error.error_enums[0].values
    assert error_enums(plaid, RefType("IdentityRefreshResponse")) == ()
    assert [link.href for link in error.type_links if link.href] == ["../schemas/PlaidError.html"]
    assert error.media_types == ("application/json",)


def test_input_types_link_to_schema_pages(kitchensink: Any) -> None:
    listpets = next(o for o in kitchensink.operations if o.names.ts == "listpets")
    status = {f.name: f for f in input_fields(kitchensink, listpets, None)}["status"]
    assert [(link.text, link.href) for link in status.type_links] == [
        ("array of string enum (", ""), ("PetStatus", "../schemas/PetStatus.html"), (")", ""),
    ]


def test_schema_uses_follow_references(plaid: Any) -> None:
    uses = schema_uses(plaid, list(plaid.operations))
    assert [(u.path, u.sides) for u in uses["PlaidErrorType"]] == [("/identity/refresh", "response")]  # through PlaidError
    assert [(u.path, u.sides) for u in uses["APIClientID"]] == [("/identity/refresh", "request")]
    assert uses["PlaidError"][0].href == "../operations/identityrefresh.html"


def test_schema_page_paths_are_safe_unique_and_stable(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Thing: {type: string}\n    thing: {type: integer}\n    CON: {type: string}\n"
        "    'a/../b': {type: string}\n    'Évé<script>': {type: string}\n",
        "utf-8",
    )
    api = load_api(spec, "t", validate=False).api
    paths = schema_page_paths(api)
    assert paths == schema_page_paths(api)
    names = [p.removeprefix("schemas/").removesuffix(".html") for p in paths.values()]
    assert len({n.lower() for n in names}) == len(names) == 5
    assert all(n and all(c.isascii() and (c.isalnum() or c in "_-") for c in n) for n in names)
    assert "CON" not in names and paths["Thing"] == "schemas/Thing.html"


def test_every_schema_gets_a_page(kitchensink: Any) -> None:
    files = {f.path: f.content.decode() for f in emit(ApiContext(kitchensink, _options(kitchensink)))}
    paths = schema_page_paths(kitchensink)
    assert all(path in files for path in paths.values())
    tree_node = files[paths["TreeNode"]]
    assert "contains itself" in tree_node and "Used by" in tree_node and "../operations/createtree.html" in tree_node
    assert 'href="../schemas/TreeNode.html"' in files["operations/createtree.html"]


def _options(api: Any) -> Any:
    return target_options(ProviderConfig(api.provider, REPO / "specs" / api.provider / "openapi.yaml"), api.version, api.docs_url)
