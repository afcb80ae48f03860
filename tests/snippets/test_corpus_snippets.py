"""Snippets for the full Plaid spec and every valid OpenAPI 3.x document of the corpus: generated
without error, and every one is valid source (Python parses, node accepts the TypeScript snippets'
JavaScript syntax, bash accepts the curl commands)."""

from __future__ import annotations

import ast
import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.config import TargetOptions
from generator.context import ApiContext
from generator.model import Api
from generator.spec_to_api import load_api
from generator.targets.snippets import emit

from .fixtures import REPO

pytestmark = pytest.mark.slow
SHARED = (REPO.parent / "shared").resolve()


def _documents() -> list[tuple[str, Path]]:
    if not SHARED.is_dir():
        return []
    docs = [("plaid-full", SHARED / "specs" / "plaid" / "openapi.yaml")]
    with open(SHARED / "corpus" / "MANIFEST.tsv", encoding="utf-8") as manifest:
        for row in csv.DictReader(manifest, delimiter="\t"):
            if row["expected"] == "valid":
                docs.append((row["name"], SHARED / "corpus" / row["main_file"]))
    return docs


def _api(path: Path) -> Api | None:
    loaded = load_api(path, "corpus", validate=False)
    return loaded.api if loaded.ok else None


@pytest.mark.parametrize(("name", "path"), _documents() or [pytest.param("none", Path(), marks=pytest.mark.skip(reason=f"{SHARED} is absent"))])
def test_snippets_are_valid_source(name: str, path: Path, tmp_path: Path) -> None:
    api = _api(path)
    if api is None:
        pytest.skip(f"{name} does not load into a model")
    files = emit(ApiContext(api, TargetOptions("corpus", "@utdk/corpus", "utdk_corpus", "utdk-corpus", "0.1.0", None)))
    assert len(files) == 3 * len(api.operations)
    by_kind: dict[str, list[str]] = {"ts": [], "py": [], "sh": []}
    for f in files:
        by_kind[f.path.rsplit(".", 1)[1]].append(f.content.decode("utf-8"))
    for source in by_kind["py"]:
        ast.parse(source)
    # one script per language: each snippet becomes a function body, so one process checks them all
    script = "".join(f"snippet_{i}() {{\n{text}}}\n" for i, text in enumerate(by_kind["sh"]))
    (tmp_path / "all.sh").write_text(script)
    checked = subprocess.run(["bash", "-n", "all.sh"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr[:2000]
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    imports: dict[str, None] = {}
    bodies = []
    for i, text in enumerate(by_kind["ts"]):
        head, _, call = text.partition("\n\n")
        imports.update(dict.fromkeys(head.splitlines()))
        bodies.append(f"async function snippet{i}() {{\n{call}}}\n")
    (tmp_path / "all.mjs").write_text("\n".join(imports) + "\n" + "".join(bodies))
    checked = subprocess.run([node, "--check", "all.mjs"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr[:2000]
