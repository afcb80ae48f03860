"""Python SDK figures for the full Plaid spec: cold and warm (cached) generation time, import
time and first-call time of the generated package, and how many rendered files black still
changes (each costs black a second pass; generator/targets/python/layout.py keeps it low). Wall times grow with machine load; the
minimum of several runs is the figure least disturbed by other processes, and the CPU time of the
importing process (user + system), close to its wall time on an idle machine, moves
less with it than the wall time.

The bound: `import utdk_plaid` in a fresh process (the median wall time of the whole process) under
IMPORT_BOUND_MS. Importing loads neither httpx nor the optional modules; making the first client
loads httpx, so `import_and_client_ms` (import, then the default client) and the first call show
what a program that calls the API pays in all. `import_compiled_ms` is the same import from a copy
whose bytecode was compiled first, as pip does on install (with PYTHONDONTWRITEBYTECODE set, every
other import compiles the sources again); `bare_interpreter_ms` is `python -c pass`.

`--before SRC` measures a package generated earlier (e.g. `generate --target python` at another
revision, its `.../python/src`) in the same run, interleaved process by process with this one, so
the two imports are compared under the same load.

    .venv/bin/python benchmarks/python_sdk.py [--spec PATH] [--runs N] [--before SRC]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"
IMPORT_BOUND_MS = 150.0

FIRST_CALL = """
import time
start = time.perf_counter()
import utdk_plaid
imported = time.perf_counter()
client = utdk_plaid.plaid
made = time.perf_counter()
response = client.identity_refresh(access_token="access-sandbox-1")
assert response.request_id == "bench"
done = time.perf_counter()
print((imported - start) * 1000, (made - start) * 1000, (done - made) * 1000)
"""


def _env(src: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAID_")}
    env.update(PYTHONPATH=str(src), **extra)
    return env


def import_times(srcs: list[Path | None], package: str, runs: int) -> list[tuple[list[float], list[float]]]:
    """Per source: wall times and CPU times (ms) of whole `python -c "import <package>"`
    processes (None: `python -c pass`, the interpreter alone), the sources taking turns so that
    each sees the same load."""
    times: list[tuple[list[float], list[float]]] = [([], []) for _ in srcs]
    for _ in range(runs):
        for src, (walls, cpus) in zip(srcs, times):
            code = "pass" if src is None else f"import {package}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=_env(src or REPO), check=True, timeout=60)
            walls.append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    return times


def import_samples(src: Path, package: str, runs: int = 5) -> list[float]:
    """Wall times (ms) of whole `python -c "import <package>"` processes."""
    return import_times([src], package, runs)[0][0]


def first_call_samples(src: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """In-process times (ms): import and default client made (httpx loads there), the first
    call, and the import alone."""
    sys.path.insert(0, str(REPO))
    from tests.python_sdk.server import Answer, Loopback

    ready, calls, imports = [], [], []
    with Loopback() as server:
        for _ in range(runs):
            server.answer("POST", "/identity/refresh", Answer(body={"request_id": "bench"}))
            env = _env(src, PLAID_BASE_URL=server.url, PLAID_CLIENT_ID="id", PLAID_SECRET="secret", PLAID_VERSION="2020-09-14")
            done = subprocess.run([sys.executable, "-c", FIRST_CALL], env=env, capture_output=True, text=True, check=True, timeout=60)
            import_ms, ready_ms, call_ms = (float(x) for x in done.stdout.split())
            imports.append(import_ms)
            ready.append(ready_ms)
            calls.append(call_ms)
    return ready, calls, imports


def generation_time(spec: Path, out: Path, cache: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), "--name", "plaid", "--target", "python", "--quiet"],
        cwd=REPO, env=dict(os.environ, UTDK_CACHE_DIR=str(cache)), check=True, timeout=1200,
    )
    return time.perf_counter() - start


def black_rewrites(spec: Path) -> tuple[int, list[str]]:
    """(.py files rendered, the ones black changes) for the spec's Python package."""
    sys.path.insert(0, str(REPO))
    from generator.config import TargetOptions
    from generator.context import ApiContext
    from generator.format import format_source
    from generator.spec_to_api import load_api
    from generator.targets.python import emit

    api = load_api(spec, "plaid", validate=False).api
    assert api is not None
    options = TargetOptions("plaid", "@utdk/plaid", "utdk_plaid", "utdk-plaid", "1.0.0", None)
    files = [f for f in emit(ApiContext(api, options)) if f.path.endswith(".py")]
    changed = [f.path for f in files if format_source(f.content.decode("utf-8")) != f.content.decode("utf-8")]
    return len(files), changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="a package's src generated earlier, measured in the same run")
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cold = generation_time(args.spec, root / "cold", root / "cache")
        warm = generation_time(args.spec, root / "warm", root / "cache")
        src = root / "cold" / "plaid" / "python" / "src"
        files = [p for p in src.rglob("*.py")]
        lines = sum(p.read_text("utf-8").count("\n") for p in files)
        # As pip installs it: bytecode compiled (the environment may forbid writing it on import).
        compiled = root / "compiled"
        shutil.copytree(src, compiled)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(compiled)], check=True, timeout=600)
        sources: list[Path | None] = [src, compiled, None] + ([args.before] if args.before else [])
        measured = import_times(sources, "utdk_plaid", args.runs)
        imports, import_cpu = measured[0]
        ready, calls, in_process = first_call_samples(src, args.runs)
    rendered, rewritten = black_rewrites(args.spec)
    figures = {
        "spec": str(args.spec),
        "python_files": len(files),
        "python_lines": lines,
        "generation_cold_s": round(cold, 2),
        "generation_warm_s": round(warm, 2),
        "import_process_ms_median": round(statistics.median(imports), 1),
        "import_process_ms_min": round(min(imports), 1),
        "import_process_cpu_ms_median": round(statistics.median(import_cpu), 1),
        "import_bound_ms": IMPORT_BOUND_MS,
        "import_bound_met": statistics.median(imports) < IMPORT_BOUND_MS,
        "import_bound_met_by_cpu_time": statistics.median(import_cpu) < IMPORT_BOUND_MS,
        "import_compiled_ms_median": round(statistics.median(measured[1][0]), 1),
        "bare_interpreter_ms_median": round(statistics.median(measured[2][0]), 1),
        "bare_interpreter_cpu_ms_median": round(statistics.median(measured[2][1]), 1),
        "import_in_process_ms_median": round(statistics.median(in_process), 1),
        "import_and_client_ms_median": round(statistics.median(ready), 1),
        "first_call_ms_median": round(statistics.median(calls), 1),
        "first_call_ms_min": round(min(calls), 1),
        "first_call_ms_max": round(max(calls), 1),
        "python_files_rendered": rendered,
        "python_files_black_rewrites": len(rewritten),
        "black_rewritten_files": rewritten,
        "load_average_start": [round(x, 2) for x in load_at_start],
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
    }
    if args.before:
        walls, cpus = measured[3]
        figures.update(
            before_src=str(args.before),
            before_import_process_ms_median=round(statistics.median(walls), 1),
            before_import_process_ms_min=round(min(walls), 1),
            before_import_process_cpu_ms_median=round(statistics.median(cpus), 1),
        )
    for key, value in figures.items():
        print(f"{key:36} {value}")
    verdict = "met" if figures["import_bound_met"] else "NOT met"
    by_cpu = "met" if figures["import_bound_met_by_cpu_time"] else "NOT met"
    print(
        f"import utdk_plaid: median {figures['import_process_ms_median']} ms wall against the bound of {IMPORT_BOUND_MS:g} ms: "
        f"{verdict} (load average {load_at_start[0]:.2f} at the start; the interpreter alone took "
        f"{figures['bare_interpreter_ms_median']} ms); CPU time {figures['import_process_cpu_ms_median']} ms: {by_cpu}"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
