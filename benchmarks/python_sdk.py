"""Python SDK figures for the full Plaid spec: cold and warm (cached) generation time, import
time and first-call time of the generated package, and how many rendered files black still
changes (each costs black a second pass; generator/targets/python/layout.py keeps it low). Wall times grow with machine load; the
minimum of several runs is the figure least disturbed by other processes.

    .venv/bin/python benchmarks/python_sdk.py [--spec PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"

FIRST_CALL = """
import time
start = time.perf_counter()
from utdk_plaid import plaid
imported = time.perf_counter()
response = plaid.identity_refresh(access_token="access-sandbox-1")
assert response.request_id == "bench"
done = time.perf_counter()
print((imported - start) * 1000, (done - imported) * 1000)
"""


def _env(src: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAID_")}
    env.update(PYTHONPATH=str(src), **extra)
    return env


def import_samples(src: Path, package: str, runs: int = 5) -> list[float]:
    """Wall times (ms) of whole `python -c "import <package>"` processes."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {package}"], env=_env(src), check=True, timeout=60)
        times.append((time.perf_counter() - start) * 1000)
    return times


def first_call_samples(src: Path, runs: int) -> tuple[list[float], list[float]]:
    sys.path.insert(0, str(REPO))
    from tests.python_sdk.server import Answer, Loopback

    imports, calls = [], []
    with Loopback() as server:
        for _ in range(runs):
            server.answer("POST", "/identity/refresh", Answer(body={"request_id": "bench"}))
            env = _env(src, PLAID_BASE_URL=server.url, PLAID_CLIENT_ID="id", PLAID_SECRET="secret", PLAID_VERSION="2020-09-14")
            done = subprocess.run([sys.executable, "-c", FIRST_CALL], env=env, capture_output=True, text=True, check=True, timeout=60)
            import_ms, call_ms = (float(x) for x in done.stdout.split())
            imports.append(import_ms)
            calls.append(call_ms)
    return imports, calls


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cold = generation_time(args.spec, root / "cold", root / "cache")
        warm = generation_time(args.spec, root / "warm", root / "cache")
        src = root / "cold" / "plaid" / "python" / "src"
        files = [p for p in src.rglob("*.py")]
        lines = sum(p.read_text("utf-8").count("\n") for p in files)
        imports = import_samples(src, "utdk_plaid", args.runs)
        in_process, calls = first_call_samples(src, args.runs)
    rendered, rewritten = black_rewrites(args.spec)
    figures = {
        "spec": str(args.spec),
        "python_files": len(files),
        "python_lines": lines,
        "generation_cold_s": round(cold, 2),
        "generation_warm_s": round(warm, 2),
        "import_process_ms_median": round(statistics.median(imports), 1),
        "import_process_ms_min": round(min(imports), 1),
        "import_in_process_ms_median": round(statistics.median(in_process), 1),
        "first_call_ms_median": round(statistics.median(calls), 1),
        "first_call_ms_min": round(min(calls), 1),
        "first_call_ms_max": round(max(calls), 1),
        "python_files_rendered": rendered,
        "python_files_black_rewrites": len(rewritten),
        "black_rewritten_files": rewritten,
    }
    for key, value in figures.items():
        print(f"{key:32} {value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
