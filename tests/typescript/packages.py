"""Generating TypeScript packages in-process and running the real compiler and node on them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from generator.config import ProviderConfig, TargetOptions, target_options
from generator.context import ApiContext
from generator.model import Api
from generator.spec_to_api import load_api
from generator.targets.typescript import emit
from tests.conftest import REPO

TSC = REPO / "node_modules" / ".bin" / "tsc"
RUNTIME_TSCONFIG = REPO / "templates" / "typescript" / "runtime" / "tsconfig.json"
# An application that installed a package, as its users compile it.
APP_TSCONFIG = {
    "compilerOptions": {
        "target": "ES2022",
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "strict": True,
        "outDir": "dist",
        "rootDir": "src",
        "lib": ["ES2022", "DOM"],
        "skipLibCheck": True,
    },
    "include": ["src"],
}


def require_tsc() -> Path:
    if not TSC.is_file():
        pytest.fail(f"{TSC} is missing: run `npm ci` at the repository root (package.json pins the TypeScript compiler)")
    return TSC


def require_node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH: the TypeScript runtime tests need Node 18 or newer")
    return node


def load(spec: Path, name: str, validate: bool = False) -> tuple[Api, TargetOptions]:
    loaded = load_api(spec, name, validate=validate)
    assert loaded.api is not None and isinstance(loaded.api, Api), [d.render() for d in loaded.diagnostics]
    api = loaded.api
    return api, target_options(ProviderConfig(name, spec), api.version, api.docs_url)


def write_package(spec: Path, name: str, dest: Path) -> Path:
    """The package for one spec, written the way the pipeline would (emit, then files on disk)."""
    api, options = load(spec, name)
    for f in emit(ApiContext(api, options)):
        target = dest / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f.content)
    return dest


def tsc(*args: str, cwd: Path, timeout: float = 600) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    result = subprocess.run([str(require_tsc()), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return result, time.perf_counter() - start


def check_all(root: Path, folders: list[str]) -> subprocess.CompletedProcess[str]:
    """One strict `tsc --noEmit` over several packages (one program: much faster than one run each)."""
    config = {
        "extends": str(RUNTIME_TSCONFIG),
        "compilerOptions": {"noEmit": True, "rootDir": "."},
        "include": [f"{folder}/src" for folder in folders],
    }
    (root / "tsconfig.all.json").write_text(json.dumps(config, indent=1))
    result, _ = tsc("-p", "tsconfig.all.json", cwd=root)
    return result


def build(package: Path) -> Path:
    """Compile a package to dist/ with its own tsconfig.json, as `npm run build` would."""
    result, _ = tsc("-p", "tsconfig.json", cwd=package)
    assert result.returncode == 0, result.stdout + result.stderr
    return package / "dist" / "index.js"


def node(script: Path, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("PLAID_", "KITCHENSINK_"))}
    full_env.update(env or {})
    return subprocess.run([require_node(), str(script), *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout)


# Runs one exported function of a compiled user program (after its `warm()`); prints its result and
# how far the process's memory rose above what it held once collected after warming up. The peak is
# sampled rather than read from maxRSS, which loading the SDK may already have pushed past a 50 MB
# download.
MEMORY_HARNESS = """\
import v8 from 'node:v8';
import vm from 'node:vm';
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');
const [module, name] = process.argv.slice(2);
const program = await import(module);
await program.warm();
collect();
const before = process.memoryUsage().rss;
let peak = before;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const sampler = setInterval(sample, 1);
const result = await program[name]();
sample();
clearInterval(sampler);
console.log(JSON.stringify({ result, growthKb: Math.round((peak - before) / 1024) }));
"""


def user_app(root: Path, providers: tuple[str, ...], program: str, declarations: str = "") -> Path:
    """An application with the packages of `specs/<provider>` installed and `program` (src/program.ts)
    compiled with the pinned tsc --strict, as its users build it; `declarations` (src/globals.d.ts)
    declares what the app's runtime offers beyond the DOM library."""
    for name in providers:
        build(write_package(REPO / "specs" / name / "openapi.yaml", name, root / "node_modules" / "@utdk" / name))
    (root / "package.json").write_text(json.dumps({"name": f"{root.name}-app", "private": True, "type": "module"}))
    (root / "tsconfig.json").write_text(json.dumps(APP_TSCONFIG))
    (root / "src").mkdir()
    (root / "src" / "program.ts").write_text(program)
    if declarations:
        (root / "src" / "globals.d.ts").write_text(declarations)
    compiled, _ = tsc("-p", "tsconfig.json", cwd=root)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    (root / "harness.mjs").write_text(MEMORY_HARNESS)
    return root


def run_in_app(app: Path, function: str, env: dict[str, str]) -> dict[str, Any]:
    """`{result, growthKb}` of one exported function of the app's program (MEMORY_HARNESS)."""
    done = node(app / "harness.mjs", (app / "dist" / "program.js").as_uri(), function, env=env, cwd=app)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def misuse_errors(app: Path, source: str) -> tuple[set[int], str]:
    """The lines of `source` tsc --strict refuses, compiled in the app in place of its program."""
    (app / "src" / "program.ts").rename(app / "program.ts.keep")
    try:
        (app / "src" / "misuse.ts").write_text(source)
        checked, _ = tsc("-p", "tsconfig.json", "--noEmit", cwd=app)
    finally:
        (app / "src" / "misuse.ts").unlink()
        (app / "program.ts.keep").rename(app / "src" / "program.ts")
    return {int(m.group(1)) for m in re.finditer(r"misuse\.ts\((\d+),\d+\): error", checked.stdout)}, checked.stdout
