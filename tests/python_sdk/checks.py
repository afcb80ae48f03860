"""mypy --strict, black --check and ruff's unused-import check over generated packages, in as few
processes as possible."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def packages_in(root: Path) -> list[Path]:
    """Every generated package directory (src/utdk_*) below root, sorted."""
    return sorted(p for p in root.glob("**/python/src/*") if p.is_dir() and (p / "py.typed").is_file())


def mypy(targets: list[Path], cwd: Path, cache_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context"]
    if cache_dir is not None:
        args += ["--cache-dir", str(cache_dir)]
    else:
        args += ["--no-incremental", "--cache-dir", os.devnull]
    return subprocess.run(args + [str(t) for t in targets], cwd=cwd, capture_output=True, text=True, timeout=1200)


def black_check(targets: list[Path]) -> subprocess.CompletedProcess[str]:
    """black --check with each package's own pyproject settings (found from the files' location)."""
    return subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "--workers", "2", *[str(t) for t in targets]],
        capture_output=True, text=True, timeout=1200,
    )


def unused_imports(targets: list[Path]) -> subprocess.CompletedProcess[str]:
    """ruff's F401 (an import nothing uses), with no configuration but its own."""
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F401", "--output-format", "concise",
         *[str(t) for t in targets]],
        capture_output=True, text=True, timeout=600,
    )
