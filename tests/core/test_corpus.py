"""Real-world documents: every valid OpenAPI 3.x one builds a model; every invalid one exits 2."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from generator.model import ArrayType, ObjectType, RefType
from generator.spec_to_api import load_api
from tests.conftest import CORPUS, PLAID_FULL, require_shared, run_cli

LINE = re.compile(r"^[^:\n]+:\d+:\d+: (error|warning): #\S*: .+$")


def manifest() -> list[dict[str, str]]:
    path = CORPUS / "MANIFEST.tsv"
    if not path.is_file():
        return []
    with path.open(newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def openapi3(row: dict[str, str]) -> bool:
    return row["openapi_version"].startswith("3.")


VALID = [r["name"] for r in manifest() if r["expected"] == "valid" and openapi3(r)]
INVALID = [r["name"] for r in manifest() if r["expected"] == "invalid"]
ROWS = {r["name"]: r for r in manifest()}


@pytest.mark.parametrize("name", VALID or ["<corpus absent>"])
def test_valid_corpus_document_builds_a_model(name: str) -> None:
    require_shared()
    row = ROWS[name]
    loaded = load_api(CORPUS / row["main_file"], "corpus")
    errors = [d.render() for d in loaded.diagnostics if d.level.value == "error"]
    assert loaded.api is not None and not errors, errors
    expected_ops = int(row["n_operations"] or 0)
    api = loaded.api
    assert len(api.operations) + len(api.webhooks) == expected_ops  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", INVALID or ["<corpus absent>"])
def test_invalid_corpus_document_exits_2_with_located_lines(name: str, tmp_path: Path) -> None:
    require_shared()
    row = ROWS[name]
    result = run_cli("validate", str(CORPUS / row["main_file"]), cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    lines = [l for l in result.stdout.splitlines() if ": error: " in l or ": warning: " in l]
    assert lines and all(LINE.match(l) for l in lines), result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_full_plaid_spec_builds_every_operation_and_schema(tmp_path: Path) -> None:
    require_shared()
    result = run_cli("validate", str(PLAID_FULL), "--name", "plaid", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "329 operations, 2275 schemas" in result.stdout


def test_plaid_seed_operation_in_the_full_spec() -> None:
    require_shared()
    api = load_api(PLAID_FULL, "plaid").api
    assert api is not None
    op = next(o for o in api.operations if o.path == "/identity/refresh")  # type: ignore[attr-defined]
    assert (op.names.ts, op.names.py) == ("identityrefresh", "identity_refresh")
    assert op.request_body is not None
    assert [(f.names.ts, f.property.required) for f in op.request_body.fields] == [
        ("client_id", False), ("access_token", True), ("secret", False)
    ]
    assert [c.env_var for c in api.credentials] == ["PLAID_CLIENT_ID", "PLAID_SECRET", "PLAID_VERSION"]  # type: ignore[attr-defined]


def test_multi_file_spec_resolves_relative_refs() -> None:
    require_shared()
    row = ROWS["digitalocean"]
    loaded = load_api(CORPUS / row["main_file"], "do")
    assert loaded.api is not None
    assert len(loaded.files) > 100  # the description is spread over many files
    droplet_ops = [o for o in loaded.api.operations if o.path == "/v2/droplets" and o.method == "post"]  # type: ignore[attr-defined]
    assert droplet_ops and droplet_ops[0].request_body is not None


def test_recursive_schema_across_files() -> None:
    require_shared()
    loaded = load_api(CORPUS / ROWS["sp-recursive-defs-multifile"]["main_file"], "rec")
    assert loaded.api is not None
    schemas = {s.key: s for s in loaded.api.schemas}  # type: ignore[attr-defined]
    recursive = [s for s in schemas.values() if isinstance(s.type, ObjectType)
                 and any(isinstance(p.type, ArrayType) and p.type.items == RefType(s.key) for p in s.type.properties)]
    assert len(recursive) == 2, list(schemas)
    alias = schemas["X"].type
    assert isinstance(alias, RefType) and alias.key in {s.key for s in recursive}
