"""Every rule of the table has a fixture pair that triggers it, with the pair's classification."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff import RULES, diff_specs

from .support import fixture_names, split_fixture


@pytest.mark.parametrize("name", fixture_names())
def test_fixture_pair_is_classified(name: str, tmp_path: Path) -> None:
    expect, old, new = split_fixture(name, tmp_path)
    report = diff_specs(old, new, "pets")
    found = {f.rule_id for f in report.findings}
    assert set(expect["rules"]) <= found, f"missing {set(expect['rules']) - found}; found {sorted(found)}"
    assert report.level is not None and report.level.value == expect["level"], [f.message for f in report.findings]
    for finding in report.findings:
        assert finding.level is RULES[finding.rule_id].level
        assert finding.file.endswith("new/openapi.yaml") and finding.line >= 1


def test_every_rule_has_a_fixture(tmp_path: Path) -> None:
    covered: set[str] = set()
    for name in fixture_names():
        expect, _, _ = split_fixture(name, tmp_path / name)
        covered |= set(expect["rules"])
    assert sorted(set(RULES) - covered) == []
    assert sorted(covered - set(RULES)) == []


@pytest.mark.parametrize("signature, nothing", [
    ("(params: P) => Promise<void>", True),
    ("(params: P) => core.APIPromise<void>", True),
    ("(params: P) => core.APIPromise<void, types.GetPetResponseHeaders>", True),
    ("(params: P) => core.APIPromise<types.Pet>", False),
    ("(params: P) => core.APIPromise<void | types.Pet>", False),
])
def test_a_method_that_answered_nothing_is_recognised_in_every_spelling(signature: str, nothing: bool) -> None:
    from generator.diff.rules.sdk import _RETURNS_NOTHING

    assert bool(_RETURNS_NOTHING.search(signature)) is nothing
