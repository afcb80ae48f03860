"""The wheel carries the templates, so an installed generator works outside the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_installs_and_generates_outside_the_repository(tmp_path: Path) -> None:
    # Built from a copy of the sources: setuptools' build/ folder in the checkout would otherwise
    # carry modules that no longer exist into the wheel.
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "node_modules", "build", "generated", "test-output", "*.egg-info", "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next((tmp_path / "dist").glob("utdk_generator-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = [p.relative_to(REPO).as_posix() for p in (REPO / "templates").rglob("*") if p.is_file()]
    missing = [t for t in templates if "generator/" + t not in names]
    assert templates and not missing, missing[:10]

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site), UTDK_CACHE_DIR=str(tmp_path / "cache"))
    spec = REPO / "specs" / "plaid" / "openapi.yaml"
    where = subprocess.run([sys.executable, "-c", "import generator, sys; print(generator.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(site))
    done = subprocess.run([sys.executable, "-m", "generator", "generate", str(spec), "--out", "out", "--quiet"],
                          cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert (elsewhere / "out" / "plaid").is_dir()
