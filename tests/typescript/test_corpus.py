"""Strict tsc on the packages generated for the full Plaid spec and every valid OpenAPI 3.x document
of the corpus: generated in-process, checked by one compiler run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import csv

from tests.conftest import CORPUS, PLAID_FULL, require_shared
from tests.typescript.packages import check_all, tsc, write_package
from tests.typescript.test_readable import overlong_lines

pytestmark = pytest.mark.slow


def _valid_documents() -> dict[str, str]:
    """name -> main file of every document the corpus manifest marks valid (Swagger 2.0 and OpenAPI 3.x)."""
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    with manifest.open(newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {r["name"]: r["main_file"] for r in rows if r["expected"] == "valid"}


def _errors_by_package(output: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in output.splitlines():
        if "error TS" in line:
            found.setdefault(line.split("/", 1)[0], []).append(line[:300])
    return found


def test_every_valid_corpus_document_compiles_strict(tmp_path: Path) -> None:
    require_shared()
    documents = _valid_documents()
    assert len(documents) >= 30
    for name, main_file in documents.items():
        write_package(CORPUS / main_file, "corpus", tmp_path / name)
    result = check_all(tmp_path, sorted(documents))
    assert result.returncode == 0, _errors_by_package(result.stdout)


def test_full_plaid_package_compiles_strict(tmp_path: Path) -> None:
    require_shared()
    package = write_package(PLAID_FULL, "plaid", tmp_path / "plaid")
    result, seconds = tsc("--noEmit", "-p", "tsconfig.json", cwd=package)
    assert result.returncode == 0, result.stdout[:5000]
    size = sum(p.stat().st_size for p in package.rglob("*") if p.is_file())
    client = (package / "src" / "client.ts").read_text()
    methods = client.count("return this._call(") + client.count("return this._list<")
    assert methods == 329
    assert client.count("return this._list<") == 31  # the lists detection finds (tests/core/test_pagination_model.py)
    assert overlong_lines(package / "src") == []
    sys.stderr.write(f"\nfull Plaid package: {size / 1e6:.2f} MB, {methods} methods, tsc --noEmit {seconds:.1f} s\n")
