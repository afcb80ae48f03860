"""The model's content digests (generator/model/digests.py): a schema's digest changes exactly
when the schema or one it reaches changes (cycles included), an operation's when the operation
or a schema it reaches does, and no digest depends on how the values were made (shared or
copied parts, cached properties asked before, the hash seed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.fingerprint import fingerprint
from generator.model import Api
from generator.model.digests import ModelDigests, operation_keys, referenced_keys
from generator.model.reach import argument_types, reachable_schemas, response_types
from generator.spec_to_api import load_api

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"


def _api(spec: Path) -> Api:
    loaded = load_api(spec, "kitchensink", validate=False)
    assert loaded.api is not None
    return loaded.api


def _edited(tmp_path: Path, before: str, after: str) -> Api:
    text = SPEC.read_text("utf-8")
    assert text.count(before) == 1
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text.replace(before, after), "utf-8")
    return _api(spec)


def _schema_digests(api: Api) -> dict[str, bytes]:
    digests = ModelDigests(api)
    return {s.key: digests.schema(s.key) for s in api.schemas}


def _operation_digests(api: Api) -> dict[str, bytes]:
    digests = ModelDigests(api)
    return {op.id: digests.operation(op) for op in api.operations}


def _reaching(api: Api, key: str) -> set[str]:
    return {s.key for s in api.schemas if s.key == key or key in reachable_schemas(api, [s.type])}


@pytest.mark.parametrize("key, before, after", [
    ("PetStatus", "description: Where the pet is in the adoption process.", "description: Where the pet is."),
    # a schema in a cycle (it holds itself)
    ("TreeNode", "    TreeNode:\n      type: object\n", "    TreeNode:\n      type: object\n      description: Edited.\n"),
])
def test_an_edit_changes_the_digests_of_exactly_what_reaches_it(tmp_path: Path, key: str, before: str, after: str) -> None:
    original = _api(SPEC)
    edited = _edited(tmp_path, before, after)
    old, new = _schema_digests(original), _schema_digests(edited)
    assert old.keys() == new.keys()
    changed = {k for k in old if old[k] != new[k]}
    assert changed == _reaching(original, key)
    assert len(changed) < len(old)

    old_ops, new_ops = _operation_digests(original), _operation_digests(edited)
    reaching_ops = {
        op.id for op in original.operations
        if key in reachable_schemas(original, [*argument_types(op), *response_types(op)])
    }
    assert {i for i in old_ops if old_ops[i] != new_ops[i]} >= reaching_ops
    assert reaching_ops and {i for i in old_ops if old_ops[i] != new_ops[i]} != set(old_ops)
    assert ModelDigests(original).outline == ModelDigests(edited).outline


def test_the_outline_changes_with_what_is_outside_operations_and_schemas(tmp_path: Path) -> None:
    original = ModelDigests(_api(SPEC))
    edited = ModelDigests(_edited(tmp_path, "title: Kitchen Sink Pet Store", "title: Kitchen Sink Pet Shop"))
    assert original.outline != edited.outline


def test_a_digest_does_not_depend_on_cached_properties_asked_before() -> None:
    api = _api(SPEC)
    before = ModelDigests(api).outline, fingerprint(api)
    api.schema(api.schemas[0].key)  # fills Api's cached lookup
    api.identifiers.operation(api.operations[0].id)  # and the identifiers' one
    assert (ModelDigests(api).outline, fingerprint(api)) == before


def test_a_fingerprint_does_not_depend_on_shared_parts() -> None:
    one, other = "".join(["shared ", "text"]), "".join(["shared ", "text"])
    assert one is not other
    assert fingerprint((one, one)) == fingerprint((one, other))
    assert fingerprint((one, one)) != fingerprint((one, "shared"))


_PRINT_DIGESTS = """
import json, sys
from pathlib import Path
from generator.model.digests import ModelDigests, operation_keys, referenced_keys
from generator.spec_to_api import load_api
api = load_api(Path(sys.argv[1]), "kitchensink", validate=False).api
d = ModelDigests(api)
print(json.dumps([d.outline.hex(), [d.schema(s.key).hex() for s in api.schemas], [d.operation(o).hex() for o in api.operations]]))
"""


def test_digests_are_the_same_in_every_process_and_with_every_hash_seed(tmp_path: Path) -> None:
    found = []
    for seed, cache in (("0", "a"), ("1", "a"), ("4242", "b")):
        env = dict(os.environ, PYTHONHASHSEED=seed, UTDK_CACHE_DIR=str(tmp_path / cache))
        done = subprocess.run([sys.executable, "-c", _PRINT_DIGESTS, str(SPEC)], env=env, cwd=REPO,
                              capture_output=True, text=True, check=True)
        found.append(json.loads(done.stdout))
    assert found[0] == found[1] == found[2]


def _specs() -> list[Path]:
    plaid = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"
    return [SPEC, *([plaid] if plaid.is_file() else [])]


@pytest.mark.parametrize("spec", _specs(), ids=lambda p: p.parent.name)
def test_an_operations_keys_are_every_key_it_names_anywhere(spec: Path) -> None:
    """operation_keys reads only the operation's types; the generic walk over all its fields finds the same."""
    api = _api(spec)
    assert api.operations
    for op in (*api.operations, *api.webhooks):
        assert operation_keys(op) == set(referenced_keys(op)), op.id
