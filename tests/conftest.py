"""Shared test fixtures: where the repository and the shared data live, and running the CLI."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared").resolve()
PLAID_FULL = SHARED / "specs" / "plaid" / "openapi.yaml"
CORPUS = SHARED / "corpus"


def require_shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the full Plaid spec and the corpus live there (CI has it beside the checkout)")
    return SHARED


def corpus_documents(openapi_3: bool = False) -> list[tuple[str, Path]]:
    """(name, main file) of every corpus document (with openapi_3, of those the manifest says are
    OpenAPI 3), from its MANIFEST.tsv; none when it is absent."""
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    with manifest.open(newline="") as f:
        return [(row["name"], CORPUS / row["main_file"]) for row in csv.DictReader(f, delimiter="\t")
                if not openapi_3 or row["openapi_version"].startswith("3")]


@pytest.fixture
def shared() -> Path:
    return require_shared()


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run `python -m generator` as a user would, in a separate process."""
    full_env = dict(os.environ)
    full_env.setdefault("UTDK_CACHE_DIR", str(REPO / ".utdk-cache"))
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd or REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def emit_target(spec: Path, provider: str, name: str, scope: tuple[str, str] | None) -> dict[str, bytes]:
    """One target's files for `spec`, rendered with the render memo of `scope` (None: none)."""
    from generator import render_memo
    from generator.config import single_spec_config, target_options
    from generator.context import ApiContext
    from generator.spec_to_api import load_api
    from generator.targets import target

    config = single_spec_config(spec, spec.parent / "out", provider, (name,))
    loaded = load_api(spec, provider, validate=False)
    assert loaded.api is not None
    context = ApiContext(loaded.api, target_options(config.providers[0], loaded.api.version, loaded.api.docs_url))
    with render_memo.remembering(scope):
        return {f.path: f.content for f in target(name).emit(context)}
