"""The shape of the code: no import loops in the generator or in the runtimes it ships, imports
only run down the layers (load/ never imports the model, the model never imports a target, ...),
no module of the generator over 500 lines, one registry of targets, and no target reading where
a piece of the spec is written (the model's digests leave it out).

Every import counts, including those inside functions and under TYPE_CHECKING: a loop that only
works because one side imports late is still a loop to whoever reads the code."""

from __future__ import annotations

import ast
import re
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

from generator.config import TARGETS
from generator.targets import REGISTRY

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "generator"
PYTHON_RUNTIME = REPO / "templates" / "python" / "runtime"
TYPESCRIPT_RUNTIME = REPO / "templates" / "typescript" / "runtime"
MAX_LINES = 500

Graph = dict[str, set[str]]

# Bottom first. A module may import its own layer and the layers below it, never one above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("generator", "generator.diagnostics", "generator.cache", "generator.naming", "generator.literals",
     "generator.markdown", "generator.prose", "generator.render", "generator.output", "generator.ignore",
     "generator.config", "generator.package_names", "generator.jsonvalues", "generator.patterns",
     "generator.pagination_settings", "generator.black_layout", "generator.deferred_imports",
     "generator.output_stamp", "generator.template_files", "generator.render_memo", "generator.fingerprint",
     "generator.installed"),
    ("generator.load",),  # read and resolve spec files, validate them
    ("generator.model",),  # the intermediate model, built from what load/ returns
    ("generator.examples", "generator.requests", "generator.context", "generator.result",
     "generator.format"),  # what the targets share
    ("generator.snippets",),  # a library the targets call
    ("generator.targets",),
    ("generator.spec_to_api", "generator.run_cache", "generator.processes", "generator.pipeline",
     "generator.gateway", "generator.cli", "generator.__main__"),  # wiring the steps
)


def python_modules(root: Path, package: str) -> dict[str, tuple[Path, bool]]:
    """Module name -> (file, whether it is a package's __init__)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def python_import_graph(root: Path, package: str) -> Graph:
    modules = python_modules(root, package)
    graph: Graph = {}
    for name, (path, is_package) in modules.items():
        here = name.split(".") if is_package else name.split(".")[:-1]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = here[: len(here) - node.level + 1] if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    # `from package import module` imports the module; `from module import name` the module
                    targets.add(f"{module}.{alias.name}" if f"{module}.{alias.name}" in modules else module)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


_TS_IMPORT = re.compile(
    r"""(?:\b(?:import|export)\b[^;'"]*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}/[^'"]+)['"]""", re.S
)


def typescript_import_graph(root: Path) -> Graph:
    """Relative import and export-from statements (static and dynamic) between the .ts files."""
    files = {p.resolve(): p.relative_to(root).as_posix() for p in sorted(root.rglob("*.ts"))}
    graph: Graph = {}
    for path, name in files.items():
        text = re.sub(r"/\*.*?\*/|//[^\n]*", "", path.read_text("utf-8"), flags=re.S)
        targets = set()
        for specifier in _TS_IMPORT.findall(text):
            target = (path.parent / re.sub(r"\.js$", ".ts", specifier)).resolve()
            if target.suffix != ".ts":
                target = target.with_suffix(".ts")
            assert target in files, f"{name} imports {specifier}, which is not in the runtime"
            targets.add(files[target])
        graph[name] = targets
    return graph


def import_loop(graph: Graph) -> list[str]:
    """One import loop as a path (first module repeated at the end), or [] when there is none."""
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        return list(reversed(error.args[1]))
    return []


def test_the_graph_builders_see_real_imports_and_loops() -> None:
    generator = python_import_graph(GENERATOR, "generator")
    assert {"generator.load.refs", "generator.model.build", "generator.snippets"} <= generator.keys()
    assert "generator.load.refs" in generator["generator.model.build"]  # a module-level import
    assert "generator.model.build" in generator["generator.spec_to_api"]  # an import inside a function
    assert "generator.snippets.curl" in generator["generator.snippets"]  # `from . import curl`
    typescript = typescript_import_graph(TYPESCRIPT_RUNTIME)
    assert "src/core/errors.ts" in typescript["src/core/client.ts"]
    assert "src/core/errors.ts" in typescript["src/core/index.ts"]  # export * from
    assert import_loop({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) in (["a", "b", "c", "a"], ["b", "c", "a", "b"], ["c", "a", "b", "c"])


def test_no_import_loop_in_the_generator() -> None:
    loop = import_loop(python_import_graph(GENERATOR, "generator"))
    assert loop == [], " -> ".join(loop)


def test_no_import_loop_in_the_shipped_python_runtime() -> None:
    loop = import_loop(python_import_graph(PYTHON_RUNTIME, "runtime"))
    assert loop == [], " -> ".join(loop)


def test_no_import_loop_in_the_shipped_typescript_runtime() -> None:
    graph = typescript_import_graph(TYPESCRIPT_RUNTIME)
    assert len(graph) >= 5
    loop = import_loop(graph)
    assert loop == [], " -> ".join(loop)


def layer_of(module: str) -> int:
    """The module's layer; a module no entry covers is wiring (the top): nothing may import it
    until it is given its place in LAYERS."""
    best, depth = len(LAYERS) - 1, -1
    for index, layer in enumerate(LAYERS):
        for entry in layer:
            # the root package's own file only; every other entry also covers its submodules
            if module == entry or (entry != "generator" and module.startswith(entry + ".")):
                if entry.count(".") > depth:
                    best, depth = index, entry.count(".")
    return best


def test_imports_run_down_the_layers_only() -> None:
    upward = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in sorted(python_import_graph(GENERATOR, "generator").items())
        for target in sorted(targets)
        if layer_of(target) > layer_of(module)
    ]
    assert upward == []


def test_the_layer_check_catches_an_arrow_back_up() -> None:
    assert layer_of("generator.load.refs") < layer_of("generator.model.build") < layer_of("generator.targets.docs.page")
    assert layer_of("generator.snippets.curl") < layer_of("generator.targets.snippets") < layer_of("generator.pipeline")
    assert layer_of("generator.something_new") == layer_of("generator.cli")


@pytest.mark.parametrize("path", sorted(GENERATOR.rglob("*.py")), ids=lambda p: p.relative_to(REPO).as_posix())
def test_no_module_over_500_lines(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(REPO)} has {lines} lines; split it by concern"


def test_the_target_registry_is_the_list_of_targets() -> None:
    assert tuple(REGISTRY) == TARGETS
    assert all(name == entry.name for name, entry in REGISTRY.items())
    assert [name for name, entry in REGISTRY.items() if entry.formatter] == ["python"]


# What the targets read: the target packages, the snippet library and what they share.
TARGET_SIDE = [*sorted((GENERATOR / "targets").rglob("*.py")), *sorted((GENERATOR / "snippets").rglob("*.py")),
               GENERATOR / "context.py", GENERATOR / "requests.py", GENERATOR / "examples.py"]
# `.file` on these is a request argument's or part's upload kind, not where a schema is written
_UPLOAD_FILE_OWNERS = {"arg", "a", "part"}


def where_written_reads(path: Path) -> list[str]:
    from generator.model.digests import WHERE_WRITTEN

    names = {name for fields in WHERE_WRITTEN.values() for name in fields}
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in names:
            owner = node.value.id if isinstance(node.value, ast.Name) else ""
            if not (node.attr == "file" and owner in _UPLOAD_FILE_OWNERS):
                found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    return found


def test_no_target_reads_where_a_piece_is_written() -> None:
    """Pages and modules are kept between runs under digests that leave these fields out."""
    assert [found for path in TARGET_SIDE for found in where_written_reads(path)] == []


def test_the_where_written_check_sees_a_read(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("def f(schema, api, arg):\n    return schema.pointer, api.source_file, schema.file, arg.file\n")
    assert [line.split(": ")[1] for line in where_written_reads(module)] == [".pointer", ".source_file", ".file"]
