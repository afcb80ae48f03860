"""Each Swagger 2.0 conversion rule on a small document of its own, against reviewed golden output.

The golden files hold the OpenAPI 3.0 document the model is built from and what was reported.
After a deliberate change, rewrite them with UTDK_UPDATE_GOLDEN=1 and review `git diff tests/swagger2/golden`.
"""

from __future__ import annotations

import os

import pytest

from tests.swagger2.support import FIXTURES, GOLDEN, as_text, converted

RULES = sorted(p.stem for p in FIXTURES.glob("*.yaml") if not p.stem.startswith("components-"))  # those are reached from components.yaml


@pytest.mark.parametrize("rule", RULES)
def test_conversion_matches_golden(rule: str) -> None:
    actual = as_text(converted(FIXTURES / f"{rule}.yaml"))
    golden = GOLDEN / f"{rule}.json"
    if os.environ.get("UTDK_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"no golden output for {rule}: run with UTDK_UPDATE_GOLDEN=1 and review it"
    assert actual == golden.read_text(encoding="utf-8")


def test_every_rule_has_a_fixture() -> None:
    assert set(RULES) == {"body", "form", "media-types", "servers", "security", "components", "collection-format",
                          "nullable", "headers", "examples", "discriminator", "short-refs"}
    assert {p.stem for p in GOLDEN.glob("*.json")} == set(RULES)
