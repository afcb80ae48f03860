"""The nested request fields as view data, without a browser: which node each shape becomes, where a
recursive schema is cut, the rules the console checks, and the words shown for them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.spec_to_api import load_api
from generator.targets.docs.form import TREE
from generator.targets.docs.page import input_fields
from tests.conftest import REPO

NESTED = REPO / "tests" / "snippets" / "specs" / "nested.yaml"


def fields_of(spec: Any, name: str, operation_id: str) -> dict[str, Any]:
    api = load_api(spec, name).api
    assert api is not None
    operation = next(op for op in api.operations if op.id == operation_id)
    return {f.name: f for f in input_fields(api, operation, None)}


@pytest.fixture(scope="module")
def nested() -> dict[str, Any]:
    return fields_of(NESTED, "nested", "createShape")


def test_each_shape_becomes_its_node(nested: dict[str, Any]) -> None:
    assert nested["__proto__"].widget == "text" and nested["__proto__"].node is None
    group = nested["constructor"].node
    assert nested["constructor"].widget == TREE and group.kind == "object" and group.open
    assert [(c.name, c.kind, c.widget) for c in group.children] == [
        ("toString", "scalar", "text"), ("__proto__", "scalar", "integer"), ("hasOwnProperty", "scalar", "select")
    ]
    tags = nested["tags"].node
    assert tags.kind == "choices" and [o.value for o in tags.options] == ['"red"', '"green"', '"blue"']
    assert json.loads(tags.rules) == {"type": "array", "maxItems": 2, "required": False} and tags.notes == "Items: at most 2 items"
    shape = nested["shape"].node
    assert shape.kind == "union" and [o.label for o in shape.options] == ["kind: circle", "kind: square"]
    assert [(v.tag_name, v.tag_value) for v in shape.children] == [("kind", '"circle"'), ("kind", '"square"')]


def test_rules_and_their_words(nested: dict[str, Any]) -> None:
    to_string, proto, _ = nested["constructor"].node.children
    assert json.loads(to_string.rules) == {"type": "string", "pattern": "^[a-z]+$", "required": False}
    assert to_string.notes == "Pattern: ^[a-z]+$"
    assert json.loads(proto.rules)["minimum"] == 1 and proto.notes == "Allowed: at least 1"
    radius = nested["shape"].node.children[0].children[1]
    assert json.loads(radius.rules)["exclusiveMinimum"] is True and radius.notes == "Allowed: more than 0"
    top = nested["__proto__"]  # a top-level text field is checked the same way
    assert json.loads(top.rules) == {"type": "string", "minLength": 2, "required": True}
    assert top.constraints_text == "Length: at least 2 characters"


def test_a_recursive_schema_is_cut_where_it_repeats() -> None:
    fields = fields_of(REPO / "specs" / "kitchensink" / "openapi.yaml", "kitchensink", "createTree")
    children = fields["children"].node  # array of TreeNode
    item = children.children[0]
    assert (children.kind, item.kind) == ("array", "object")
    inner = {c.name: c for c in item.children}
    # TreeNode inside TreeNode: JSON text there, with an example of its shape as the placeholder
    assert inner["children"].kind == "array" and inner["children"].children[0].kind == "json"
    assert inner["parent"].kind == "json" and json.loads(inner["parent"].placeholder)
    assert fields["parent"].node.kind == "object"  # at the top the same schema is a group again
