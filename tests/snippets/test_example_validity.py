"""The example request of every operation (what the snippets, the docs' "Fill in the example" and the
READMEs send) is valid for the operation's own parameter and body schemas, checked by jsonschema with
formats, on the kitchensink spec, the full Plaid spec and every valid document of the corpus.

The only exceptions are operations whose spec makes every request invalid; each names the defect."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.conftest import CORPUS, PLAID_FULL, REPO, SHARED
from tests.snippets.example_validity import example_problems

SPEC_DEFECTS = {
    ("box", "POST /oauth2/revoke"): "`required: [grant_type]` names a property the schema does not declare",
    ("box", "POST /invites"): "`actionable_by` requires `id`, a property it does not declare",
    ("readme-schema-types-31", "PUT /anything/quirks/polymorphism"): "the body is an allOf of a string and an integer: no value is both",
    ("readme-schema-types-31", "PATCH /anything/quirks/polymorphism"): "the body is an allOf of a string and an integer: no value is both",
}


def _corpus() -> list[tuple[str, str]]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    with manifest.open(newline="") as handle:
        return [(row["name"], row["main_file"]) for row in csv.DictReader(handle, delimiter="\t") if row["expected"] == "valid"]


DOCUMENTS = [("kitchensink", str(REPO / "specs" / "kitchensink" / "openapi.yaml")), ("plaid-full", str(PLAID_FULL))]
DOCUMENTS += [(name, str(CORPUS / main)) for name, main in _corpus()]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "spec"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_every_example_request_is_valid_for_its_own_schemas(name: str, spec: str) -> None:
    if name != "kitchensink" and not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the full Plaid spec and the corpus live there")
    checked, problems = example_problems(Path(spec), name.replace("-", "_"))
    expected = {operation for (document, operation) in SPEC_DEFECTS if document == name}
    assert set(problems) == expected, {op: found for op, found in problems.items() if op not in expected} or expected - set(problems)
    assert checked >= len(expected)
