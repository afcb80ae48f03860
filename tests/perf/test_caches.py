"""The caches (parsed spec, validator findings, compiled templates, black's results, whole runs) never change
what is generated: a cached run writes the same bytes as an uncached one, and a change to the
spec, a template or the generator's version is never answered from an old entry.

Each run is a separate process, as a user runs it, on a synthetic Plaid-shaped spec big enough
for the parse cache (small files are parsed without it)."""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import format as fmt
from generator.load.source import _MIN_CACHED_BYTES

REPO = Path(__file__).resolve().parents[2]
CACHES = ("parsed", "validate", "jinja", "black", "runs", "models")

# Runs the CLI, optionally as another generator version or with another templates folder.
_DRIVER = """
import sys
from pathlib import Path
import generator, generator.render, generator.template_files
version, templates = sys.argv[1], sys.argv[2]
if version:
    generator.__version__ = version
if templates:
    generator.render.templates_dir = generator.template_files.templates_dir = lambda: Path(templates)
from generator.cli import main
sys.exit(main(sys.argv[3:]))
"""


def _synthetic_spec(operations: int) -> dict[str, object]:
    module_spec = importlib.util.spec_from_file_location("synthetic", REPO / "benchmarks" / "synthetic.py")
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.synthetic_spec(operations)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spec") / "openapi.json"
    path.write_text(json.dumps(_synthetic_spec(30), indent=1), "utf-8")
    assert path.stat().st_size > _MIN_CACHED_BYTES
    return path


def generate(spec: Path, out: Path, cache: Path, version: str = "", templates: Path | None = None) -> None:
    env = dict(os.environ, UTDK_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, version, str(templates or ""),
         "generate", str(spec), "--out", str(out), "--name", "synthetic", "--quiet"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


Entries = dict[str, dict[str, bytes]]


def entries(cache: Path) -> Entries:
    """Each cache's files and their contents (a compiled template is rewritten in place)."""
    return {name: {p.relative_to(cache).as_posix(): p.read_bytes() for p in (cache / name).rglob("*") if p.is_file()}
            for name in CACHES}


def grew(before: Entries, after: Entries) -> set[str]:
    """The caches that stored something new."""
    return {name for name in CACHES if any(before[name].get(path) != content for path, content in after[name].items())}


@pytest.fixture(scope="module")
def first(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An uncached run: empty cache folder, empty output folder."""
    work = tmp_path_factory.mktemp("first")
    generate(spec, work / "out", work / "cache")
    return work / "out", work / "cache"


def test_every_cache_is_filled_by_an_uncached_run(first: tuple[Path, Path]) -> None:
    _, cache = first
    counts = {name: len(found) for name, found in entries(cache).items()}
    assert all(counts[name] > 0 for name in CACHES), counts


def test_a_cached_run_writes_the_same_bytes_as_an_uncached_one(spec: Path, first: tuple[Path, Path], tmp_path: Path) -> None:
    out, cache = first
    before = entries(cache)
    generate(spec, tmp_path / "out", cache)
    assert grew(before, entries(cache)) == set()  # every lookup was a hit: nothing new was stored
    uncached, cached = tree(out), tree(tmp_path / "out")
    assert len(uncached) > 100
    assert cached.keys() == uncached.keys()
    assert [p for p in uncached if cached[p] != uncached[p]] == []


def test_a_changed_spec_is_parsed_validated_and_generated_again(spec: Path, first: tuple[Path, Path], tmp_path: Path) -> None:
    _, cache = first
    edited = tmp_path / "edited" / "openapi.json"
    edited.parent.mkdir()
    text = spec.read_text("utf-8")
    assert "Options for resource 7." in text
    edited.write_text(text.replace("Options for resource 7.", "Options edited in place."), "utf-8")
    before = entries(cache)
    generate(edited, tmp_path / "cached", cache)
    # a documentation edit reuses the validator's findings (keyed by structure, see
    # tests/core/test_validation_cache.py); everything else is made again (the edited modules are
    # in black's layout and skip black, so its cache need not grow: generator/black_layout.py)
    assert {"parsed", "runs"} <= grew(before, entries(cache))
    cached = tree(tmp_path / "cached")
    assert any(b"Options edited in place." in content for path, content in cached.items() if path.endswith(".py"))
    assert any(b"Options edited in place." in content for path, content in cached.items() if path.endswith(".ts"))
    assert not any(b"Options for resource 7." in content for content in cached.values())
    generate(edited, tmp_path / "uncached", tmp_path / "empty-cache")
    assert tree(tmp_path / "uncached") == cached


def test_an_edit_generated_into_the_same_folder_gives_what_a_cold_run_gives(spec: Path, tmp_path: Path) -> None:
    """The second run reuses what the first left (parsed files, findings, formatted files, the
    written files' stamps) and still writes exactly the bytes of a run with nothing cached."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    generate(spec, out, cache)
    edited = tmp_path / "edited" / "openapi.json"
    edited.parent.mkdir()
    edited.write_text(spec.read_text("utf-8").replace("Options for resource 7.", "Options edited again."), "utf-8")
    generate(edited, out, cache)
    generate(edited, tmp_path / "cold", tmp_path / "empty-cache")
    assert tree(out) == tree(tmp_path / "cold")
    assert any(b"Options edited again." in content for content in tree(out).values())


def contents_files(cache: Path) -> set[Path]:
    return set((cache / "runs").glob("*.contents"))


def test_an_edit_stores_only_the_changed_files_contents_again(spec: Path, tmp_path: Path) -> None:
    """A run's entry holds what the last entry already held by reference: an edit writes a small
    contents file beside the last one, and a warm run reads from both what a cold run writes."""
    edited, cache = tmp_path / "spec" / "openapi.json", tmp_path / "cache"
    edited.parent.mkdir()
    shutil.copy(spec, edited)
    generate(edited, tmp_path / "out", cache)
    (whole,) = contents_files(cache)
    edited.write_text(edited.read_text("utf-8").replace('"description": "', '"description": "Edited. ', 1), "utf-8")
    generate(edited, tmp_path / "out", cache)
    (changed,) = contents_files(cache) - {whole}
    assert whole.exists() and 0 < changed.stat().st_size < whole.stat().st_size / 10
    before = entries(cache)
    generate(edited, tmp_path / "warm", cache)
    assert grew(before, entries(cache)) == set()  # answered from the run's entry
    generate(edited, tmp_path / "cold", tmp_path / "no-cache")
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
    # a contents file gone: the entry is not read, and the next run stores one that can be
    whole.unlink()
    generate(edited, tmp_path / "again", cache)
    assert tree(tmp_path / "again") == tree(tmp_path / "cold")
    before = entries(cache)
    generate(edited, tmp_path / "warm-again", cache)
    assert grew(before, entries(cache)) == set() and tree(tmp_path / "warm-again") == tree(tmp_path / "cold")


def test_a_changed_template_is_compiled_rendered_and_formatted_again(spec: Path, first: tuple[Path, Path], tmp_path: Path) -> None:
    out, cache = first
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    generate(spec, tmp_path / "same", cache, templates=templates)
    assert tree(tmp_path / "same") == tree(out)  # the copy alone changes nothing

    python_template = templates / "python" / "models.py.j2"
    source = python_template.read_text("utf-8")
    assert "from __future__ import annotations\n" in source
    # a comment black rewrites: the edited files go through black again
    python_template.write_text(source.replace("from __future__ import annotations\n",
                                              "from __future__ import annotations #template edited\n", 1), "utf-8")
    ts_template = templates / "typescript" / "src" / "types.ts.j2"
    source = ts_template.read_text("utf-8")
    assert "// Types for every schema of" in source
    ts_template.write_text(source.replace("// Types for every schema of", "// Edited: types for every schema of", 1), "utf-8")

    before = entries(cache)
    generate(spec, tmp_path / "edited", cache, templates=templates)
    assert {"jinja", "black", "runs"} <= grew(before, entries(cache))
    edited = tree(tmp_path / "edited")
    assert any(b"from __future__ import annotations  # template edited\n" in c for p, c in edited.items() if p.endswith(".py"))
    assert any(b"// Edited: types for every schema of" in c for p, c in edited.items() if p.endswith(".ts"))
    generate(spec, tmp_path / "uncached", tmp_path / "empty-cache", templates=templates)
    assert tree(tmp_path / "uncached") == edited


def test_another_generator_version_does_not_read_this_versions_entries(spec: Path, first: tuple[Path, Path], tmp_path: Path) -> None:
    out, cache = first
    before = entries(cache)
    generate(spec, tmp_path / "out", cache, version="0.0.0-other")
    assert {"parsed", "validate", "jinja", "runs"} <= grew(before, entries(cache))
    assert tree(tmp_path / "out") == tree(out)


def test_another_generator_version_does_not_read_this_versions_black_results(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator

    key = fmt._key(b"x = 1\n")
    monkeypatch.setattr(generator, "__version__", "0.0.0-other")
    assert fmt._key(b"x = 1\n") != key


ROOT = """openapi: 3.0.3
info: {title: Refs, version: 1.0.0}
paths:
  /things/get:
    post:
      operationId: thingsGet
      requestBody:
        content:
          application/json:
            schema: {$ref: 'schemas.yaml#/Thing'}
      responses:
        '200': {description: OK}
"""
SCHEMAS = """Thing:
  type: object
  description: DESCRIPTION
  properties:
    id: {type: string}
"""


def test_a_spec_edited_in_place_or_through_a_referenced_file_is_generated_again(tmp_path: Path) -> None:
    spec, schemas, cache = tmp_path / "api" / "openapi.yaml", tmp_path / "api" / "schemas.yaml", tmp_path / "cache"
    spec.parent.mkdir()
    spec.write_text(ROOT, "utf-8")
    schemas.write_text(SCHEMAS.replace("DESCRIPTION", "First words."), "utf-8")

    def ts_types() -> str:
        generate(spec, tmp_path / "out", cache)
        return (tmp_path / "out" / "synthetic" / "typescript" / "src" / "types.ts").read_text("utf-8")

    assert "First words." in ts_types()
    schemas.write_text(SCHEMAS.replace("DESCRIPTION", "Second words."), "utf-8")
    assert "Second words." in ts_types()
    spec.write_text(ROOT.replace("title: Refs", "title: Renamed refs"), "utf-8")
    assert "Renamed refs" in ts_types()
    runs = entries(cache)["runs"]
    # one entry per configuration, replaced on each change, beside the contents files it reads and no other
    (entry,) = [path for path in runs if path.endswith(".marshal")]
    read = {f"{entry.removesuffix('.marshal')}.{name}" for name, _ in marshal.loads(runs[entry])["contents"]}
    assert {path.removesuffix(".contents") for path in runs if path.endswith(".contents")} == read
