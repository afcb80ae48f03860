"""The reach index (model/reach.py) finds, for every operation's arguments and responses, exactly
the schemas a plain walk along the references finds, kitchensink's
references running in a cycle."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pytest

from generator.model import Api
from generator.model.reach import argument_types, direct_refs, reachable_schemas, response_types
from generator.model.types import TypeRef
from generator.spec_to_api import load_api
from tests.conftest import PLAID_FULL, REPO, require_shared


def walked(api: Api, types: Iterable[TypeRef]) -> set[str]:
    seen: set[str] = set()
    pending = [key for t in types for key in direct_refs(t)]
    while pending:
        key = pending.pop()
        if key not in seen:
            seen.add(key)
            pending.extend(direct_refs(api.schema(key).type))
    return seen


@pytest.mark.parametrize("spec", ["kitchensink", "plaid-full"])
def test_every_operation_reaches_what_a_walk_reaches(spec: str) -> None:
    path = REPO / "specs" / "kitchensink" / "openapi.yaml" if spec == "kitchensink" else PLAID_FULL
    if spec != "kitchensink":
        require_shared()
    api = load_api(Path(path), "p", validate=False).api
    assert api is not None
    reached = 0
    for op in api.operations:
        for types in (argument_types, response_types):
            assert reachable_schemas(api, types(op)) == walked(api, types(op)), op.id
            reached += len(walked(api, types(op)))
    assert reached > len(api.operations)
    cyclic = [s.key for s in api.schemas if s.key in walked(api, [s.type])]
    assert [key for key in cyclic if key in reachable_schemas(api, [api.schema(key).type])] == cyclic
    assert cyclic or spec != "kitchensink"  # kitchensink's references run in a cycle
