"""generated/ is the golden output for specs/: it must be exactly what the generator makes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.config import load_config
from generator.output import changeset, unified_diff
from generator.pipeline import generate
from tests.conftest import REPO

ACCEPT = "python -m generator generate"


def test_generated_matches_specs() -> None:
    config = load_config(REPO / "generator.yaml")
    result = generate(config, use_cache=False)  # the real pipeline, not a kept result
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    drift = changeset(config.output, result.files, result.scopes)
    report = unified_diff(drift, limit_lines=120)
    report += [f"missing: {p}" for p in drift.added[:20]]
    report += [f"extra: {p}" for p in drift.stale[:20]]
    assert not drift.drift, (
        "generated/ differs from what the generator makes from specs/:\n" + "\n".join(report)
        + f"\n\nIf the change is intended, accept it with:  {ACCEPT}"
    )


def _generate_in_subprocess(out: Path, seed: str, cache: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED=seed, UTDK_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--out", str(out), "--quiet"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_output_is_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    """Two processes, different PYTHONHASHSEED, separate cold caches: byte-identical trees."""
    first, second = tmp_path / "one", tmp_path / "two"
    _generate_in_subprocess(first, "1", tmp_path / "cache-one")
    _generate_in_subprocess(second, "4242", tmp_path / "cache-two")
    a, b = _tree(first), _tree(second)
    assert sorted(a) == sorted(b)
    different = [p for p in a if a[p] != b[p]]
    assert not different, different[:20]
    assert not any(str(REPO) in content.decode("utf-8", "replace") for content in a.values()), "absolute path in output"
