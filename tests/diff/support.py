"""Fixture pairs: one YAML file per rule, three documents (what to expect, OLD, NEW), each
written out verbatim so that lines in NEW are the lines of its document."""

from __future__ import annotations

from pathlib import Path

import yaml

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.yaml"))


def split_fixture(name: str, into: Path) -> tuple[dict[str, object], Path, Path]:
    expect_text, old_text, new_text = (FIXTURES / f"{name}.yaml").read_text("utf-8").split("\n---\n")
    old, new = into / "old" / "openapi.yaml", into / "new" / "openapi.yaml"
    for path, text in ((old, old_text), (new, new_text)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.rstrip("\n") + "\n", "utf-8")
    return yaml.safe_load(expect_text), old, new
