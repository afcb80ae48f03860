"""Generated Python that reads well in an editor: parameter tables with keyword fields, docstrings
that fit the line and list only documented arguments, no unused imports, and modules named after
the API's tags (or first path segments when one tag holds everything), as the docs index groups."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.config import single_spec_config
from generator.format import LINE_LENGTH
from generator.spec_to_api import load_api
from generator.naming import python_identifier
from generator.output import changeset, write
from generator.pipeline import generate
from generator.targets.docs.index import index_page
from tests.conftest import REPO
from tests.python_sdk.checks import mypy, unused_imports

GOLDEN_PACKAGES = sorted(p for p in (REPO / "generated").glob("*/python/src/*") if (p / "py.typed").is_file())


def _operation(op_id: str, tag: str | None, schema: str, described: bool = True) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": op_id,
        "parameters": [
            {"name": "limit", "in": "query", "schema": {"type": "integer"}, **({"description": "At most this many."} if described else {})},
            {"name": "cursor", "in": "query", "schema": {"type": "string"}},
        ],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}},
    }
    if tag is not None:
        operation["tags"] = [tag]
    return operation


def _spec(paths: dict[str, Any]) -> dict[str, Any]:
    obj = {"type": "object", "properties": {"id": {"type": "string"}, "note": {"$ref": "#/components/schemas/Note"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Groups", "version": "1.0.0"},
        "servers": [{"url": "https://groups.example"}],
        "paths": paths,
        "components": {
            "schemas": {
                "Pet": obj, "User": obj, "Class": obj, "Order": obj,
                "Note": {"type": "object", "properties": {"text": {"type": "string"}}},
                "Unused": {"type": "object", "properties": {"x": {"type": "integer"}}},
                # a field named like a builtin, and no builtin type to qualify
                "Wrapper": {"type": "object", "properties": {"list": {"$ref": "#/components/schemas/Note"}}},
            }
        },
    }


BY_TAG = _spec({
    "/pets": {"get": _operation("listPets", "Pet Store", "Pet")},
    "/users": {"get": _operation("listUsers", "users", "User", described=False)},
    "/classes": {"get": _operation("listClasses", "class", "Class")},
    "/imports": {"get": _operation("listImports", "annotations", "Order")},
    "/shared": {"get": _operation("listShared", "shared", "Order")},
})
ONE_TAG = _spec({
    "/pets": {"get": _operation("listPets", "api", "Pet")},
    "/pets/{id}": {"delete": {**_operation("deletePet", "api", "Pet"), "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]}},
    "/{tenant}/users": {
        "parameters": [{"name": "tenant", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": _operation("listUsers", "api", "User"),
    },
})


def _package(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), "utf-8")
    result = generate(single_spec_config(path, tmp_path / "out", "groups", ("python",)), only_targets=("python",))
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    write(changeset(tmp_path / "out", result.files, result.scopes))
    return tmp_path / "out" / "groups" / "python" / "src" / "utdk_groups"


def _modules(package: Path, folder: str) -> set[str]:
    return {p.stem for p in (package / folder).glob("*.py") if p.stem != "__init__"}


def test_modules_are_named_after_tags_and_stay_valid_and_distinct(tmp_path: Path) -> None:
    package = _package(tmp_path, BY_TAG)
    # a keyword gets an underscore; a name the package's __init__ binds, or that a kind of
    # module already takes (shared), gets a number
    groups = {"pet_store", "users", "class_", "annotations_2", "shared"}
    assert _modules(package, "_resources") == groups
    # Note (from every group) and Order (from two) are shared; the tag called shared took the plain name
    assert _modules(package, "models") == {"pet_store", "users", "class_", "shared_2", "unreferenced"}
    assert "class Note(" in (package / "models" / "shared_2.py").read_text()
    assert "class Order(" in (package / "models" / "shared_2.py").read_text()
    assert "class Unused(" in (package / "models" / "unreferenced.py").read_text()
    assert "class Pet(" in (package / "models" / "pet_store.py").read_text()
    checked = mypy([package], tmp_path)
    assert checked.returncode == 0, checked.stdout


def test_one_tag_for_everything_groups_by_first_path_segment_as_the_docs_index_does(tmp_path: Path) -> None:
    package = _package(tmp_path, ONE_TAG)
    assert _modules(package, "_resources") == {"pets", "users"}
    assert 'def delete_pet(' in (package / "_resources" / "pets.py").read_text()
    # the docs index lists the same groups: one rule for both
    spec = tmp_path / "openapi.json"
    api = load_api(spec, "groups", validate=False).api
    assert api is not None
    page = index_page(api, list(api.operations), None, None)  # type: ignore[arg-type]
    assert page.grouped_by == "path"
    assert {python_identifier(g.name) for g in page.groups} == _modules(package, "_resources")
    readme = (package.parent.parent / "README.md").read_text()
    assert re.findall(r"^### (.+)$", readme, re.M) == [g.name for g in page.groups] == ["pets", "users"]


def test_the_modules_import_on_first_use(tmp_path: Path) -> None:
    package = _package(tmp_path, BY_TAG)
    probe = (
        "import sys, utdk_groups.models as m, utdk_groups.types as t\n"
        "assert m.Pet.__module__ == 'utdk_groups.models.pet_store'\n"
        "assert m.Note.__module__ == 'utdk_groups.models.shared_2'\n"
        "print(sorted(k for k in sys.modules if k.startswith('utdk_groups.models.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=package.parent, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['utdk_groups.models.pet_store', 'utdk_groups.models.shared_2']"


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name]


def test_parameter_tables_use_keyword_fields() -> None:
    calls = [c for package in GOLDEN_PACKAGES for f in package.glob("_resources/*.py") for c in _calls(ast.parse(f.read_text()), "_Param")]
    assert len(calls) > 10
    for call in calls:
        assert not call.args
        assert [k.arg for k in call.keywords][:4] == ["name", "location", "style", "explode"]
        assert all(not isinstance(k.value, ast.Constant) or k.value.value is not False for k in call.keywords[4:])


def _docstrings(path: Path) -> list[tuple[int, int]]:
    """(first, last) line numbers of every docstring in the file."""
    spans = []
    for node in ast.walk(ast.parse(path.read_text())):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                spans.append((first.lineno, first.end_lineno or first.lineno))
    return spans


def _files(*packages: Path) -> list[Path]:
    runtime = {f.name for f in (REPO / "templates" / "python" / "runtime").glob("*.py")}
    return [f for p in packages for f in sorted(p.rglob("*.py")) if f.name not in runtime]


def test_docstrings_are_wrapped_at_the_line_length(tmp_path: Path) -> None:
    checked = 0
    for path in _files(*GOLDEN_PACKAGES):
        lines = path.read_text().splitlines()
        for first, last in _docstrings(path):
            for line in lines[first - 1 : last]:
                checked += 1
                # only a single word too long for any line (a URL) may stand out
                assert len(line) <= LINE_LENGTH or " " not in line.strip(), f"{path}: {line}"
    assert checked > 200


def test_args_list_only_documented_arguments() -> None:
    entries = 0
    for path in _files(*GOLDEN_PACKAGES):
        for block in re.findall(r"\n        Args:\n(.*?)\n        \"\"\"", path.read_text(), re.S):
            for line in block.splitlines():
                if not line.startswith("              "):
                    entries += 1
                    assert re.fullmatch(r"          \w+: \S.*", line), f"{path}: {line!r}"
    assert entries > 10
    pets = (REPO / "generated/kitchensink/python/src/utdk_kitchensink/_resources/pets.py").read_text()
    assert "\n          session_hint:" not in pets  # undocumented: not listed at all


def test_no_unused_imports(tmp_path: Path) -> None:
    done = unused_imports([*GOLDEN_PACKAGES, _package(tmp_path, BY_TAG)])
    assert done.returncode == 0, done.stdout
    assert "All checks passed" in done.stdout


def test_generated_title_is_said_once() -> None:
    for package in GOLDEN_PACKAGES:
        text = (package / "_client.py").read_text()
        assert not re.search(r"\b(\w+) \1\b", text.split("\n", 1)[0], re.I)
        assert "\n    pass\n" not in (package / "models" / "__init__.py").read_text()


@pytest.mark.parametrize("package", GOLDEN_PACKAGES, ids=lambda p: p.name)
def test_golden_modules_have_names_not_numbers(package: Path) -> None:
    for folder in ("models", "types", "_resources"):
        for module in _modules(package, folder):
            assert module.isidentifier() and not re.search(r"\d{3}$|^_[mp]\d", module), module


BARE = {
    "openapi": "3.0.3",
    "info": {"title": "Bare", "version": "1"},
    "paths": {
        "/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "ok"}}}},
        "/echo": {"get": {
            "operationId": "echo",
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}},
        }},
    },
}


@pytest.mark.parametrize("spec", ["kitchensink", "plaid", "by_tag", "bare"])
def test_modules_are_rendered_as_black_writes_them(spec: str, tmp_path: Path) -> None:
    """black formats a file twice when its first pass changes anything; the templates and
    layout.py write what it would leave alone (the client's scheme table is still left to it)."""
    from generator.config import TargetOptions
    from generator.context import ApiContext
    from generator.format import format_source
    from generator.targets.python import emit

    path = REPO / "specs" / spec / "openapi.yaml"
    if spec in ("by_tag", "bare"):
        path = tmp_path / "openapi.json"
        path.write_text(json.dumps(BY_TAG if spec == "by_tag" else BARE), "utf-8")
    api = load_api(path, spec, validate=False).api
    assert api is not None
    files = emit(ApiContext(api, TargetOptions(spec, f"@utdk/{spec}", f"utdk_{spec}", f"utdk-{spec}", "1.0.0", None)))
    rendered = {f.path: f.content.decode("utf-8") for f in files if f.path.endswith(".py") and not f.path.endswith("/_client.py")}
    assert len(rendered) > 8
    assert [path for path, text in rendered.items() if format_source(text) != text] == []
