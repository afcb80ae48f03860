"""Real-world documents: every valid one (Swagger 2.0 or OpenAPI 3.x) builds a model without a
warning of ours; every invalid one is refused under --strict, and generates with warnings without
it unless nothing sound can be built from it (unreadable, or a root that is not a mapping)."""

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


def unbuildable(row: dict[str, str]) -> bool:
    """The manifest gives no version where the document cannot be read as one ("n/a (...)")."""
    return row["openapi_version"].startswith("n/a")


VALID = [r["name"] for r in manifest() if r["expected"] == "valid"]
INVALID = [r["name"] for r in manifest() if r["expected"] == "invalid"]
BUILDABLE_INVALID = [r["name"] for r in manifest() if r["expected"] == "invalid" and not unbuildable(r)]
ROWS = {r["name"]: r for r in manifest()}


@pytest.mark.parametrize("name", VALID or ["<corpus absent>"])
def test_valid_corpus_document_builds_a_model(name: str) -> None:
    require_shared()
    row = ROWS[name]
    loaded = load_api(CORPUS / row["main_file"], "corpus")
    # the validator's findings, and the note that 3.2 is read as 3.1, are not problems of the model
    ours = [d.render() for d in loaded.diagnostics if d.code not in ("validator", "version")]
    assert loaded.api is not None and not ours, ours
    expected_ops = int(row["n_operations"] or 0)
    api = loaded.api
    assert len(api.operations) + len(api.webhooks) == expected_ops  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", INVALID or ["<corpus absent>"])
def test_invalid_corpus_document_is_refused_under_strict_with_located_lines(name: str, tmp_path: Path) -> None:
    require_shared()
    row = ROWS[name]
    out = tmp_path / "out"
    result = run_cli("generate", str(CORPUS / row["main_file"]), "--out", str(out), "--name", "corpus", "--strict", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = [l for l in result.stderr.splitlines() if ": error: " in l or ": warning: " in l]
    assert lines and all(LINE.match(l) and ": error: " in l for l in lines), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not out.exists()
    relaxed = run_cli("validate", str(CORPUS / row["main_file"]), cwd=tmp_path)
    assert relaxed.returncode == (2 if unbuildable(row) else 0), relaxed.stdout


@pytest.mark.parametrize("name", BUILDABLE_INVALID or ["<corpus absent>"])
def test_invalid_corpus_document_generates_with_located_warnings(name: str, tmp_path: Path) -> None:
    require_shared()
    row = ROWS[name]
    out = tmp_path / "out"
    result = run_cli("generate", str(CORPUS / row["main_file"]), "--out", str(out), "--name", "corpus", "--target", "python",
                     "--target", "typescript", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = [l for l in result.stderr.splitlines() if ": warning: " in l]
    assert warnings and all(LINE.match(l) for l in warnings), result.stderr
    assert ": error: " not in result.stderr
    assert (out / "corpus").is_dir()


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
