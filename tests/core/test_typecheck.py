"""The generator's own code passes mypy --strict, and every function that walks a TypeRef is
exhaustive: a new type variant fails type-checking at each place that does not handle it."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "generator"
VARIANTS = frozenset(
    {"Primitive", "ArrayType", "MapType", "RefType", "UnionType", "IntersectionType", "LiteralType", "AnyType", "ObjectType"}
)
# Modules whose walkers must keep handling every variant; the check below finds all the others.
WALKER_MODULES = frozenset(
    {
        "generator/model/types.py",
        "generator/examples.py",
        "generator/targets/python/annotations.py",
        "generator/targets/typescript/typeexpr.py",
        "generator/targets/typescript/declarations.py",
        "generator/targets/docs/fields.py",
    }
)
NEW_VARIANT = '''

@dataclass(frozen=True)
class TupleType:
    items: tuple["TypeRef", ...]
    nullable: bool = False
'''


def _mypy(cwd: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir", str(cache), *args],
        cwd=cwd, capture_output=True, text=True, timeout=900,
    )


def test_generator_passes_mypy_strict(tmp_path: Path) -> None:
    # the settings (strict, the files to check) are pyproject.toml's, as a developer's `mypy` finds them
    checked = _mypy(REPO, tmp_path / "cache")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_new_type_variant_fails_type_checking_in_every_walker(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    types = tmp_path / "generator" / "model" / "types.py"
    source = types.read_text()
    union = "TypeRef = Union[Primitive, "
    assert union in source
    types.write_text(source.replace(union, "TypeRef = Union[TupleType, Primitive, ").replace("\n\ndef with_nullable", NEW_VARIANT + "\n\ndef with_nullable", 1))

    checked = _mypy(tmp_path, tmp_path / "cache", "--strict", "--show-error-codes", "-p", "generator")

    unhandled = re.findall(r"^(generator/\S+?\.py):(\d+): error: Argument 1 to \"assert_never\" has incompatible type \"TupleType\"", checked.stdout, re.M)
    assert len(unhandled) == len(_matches_over_variants()), checked.stdout
    assert WALKER_MODULES <= {path for path, _ in unhandled}, checked.stdout


def _isinstance_variants(function: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "isinstance" and len(node.args) == 2:
            classes = node.args[1].elts if isinstance(node.args[1], ast.Tuple) else [node.args[1]]
            names |= {c.id for c in classes if isinstance(c, ast.Name) and c.id in VARIANTS}
    return names


def _ends_in_assert_never(match: ast.Match) -> bool:
    last = match.cases[-1]
    if not (isinstance(last.pattern, ast.MatchAs) and last.pattern.pattern is None and last.guard is None):
        return False
    call = last.body[0].value if len(last.body) == 1 and isinstance(last.body[0], ast.Expr) else None
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "assert_never"


def _names_a_variant(pattern: ast.pattern) -> bool:
    return any(isinstance(p, ast.MatchClass) and isinstance(p.cls, ast.Name) and p.cls.id in VARIANTS for p in ast.walk(pattern))


def _matches_over_variants() -> list[tuple[str, ast.Match]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Match) and any(_names_a_variant(c.pattern) for c in node.cases):
                found.append((f"{path.relative_to(REPO)}:{node.lineno}", node))
    return found


def test_every_match_over_type_variants_ends_in_assert_never() -> None:
    """A `case _:` with a default answer would let a new variant through unnoticed."""
    open_matches = [where for where, match in _matches_over_variants() if not _ends_in_assert_never(match)]
    assert not open_matches, "\n".join(open_matches)


def test_no_function_dispatches_over_type_variants_with_isinstance() -> None:
    """A chain of isinstance tests has no exhaustiveness check; a function that tells three or more
    variants apart uses match with assert_never instead."""
    chains = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                variants = _isinstance_variants(node)
                if len(variants) >= 3:
                    chains.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}: {sorted(variants)}")
    assert not chains, "\n".join(chains)
