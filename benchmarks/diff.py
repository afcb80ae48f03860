"""What `utdk-gen diff` costs next to `utdk-gen validate` on full Plaid-size specs.

Each command runs as a whole process with an empty cache folder (nothing parsed or validated
before), so both pay for reading YAML; diff reads two specs, builds two models and compares the
API and both SDK surfaces, validate reads one and runs openapi-spec-validator. Prints the median
of --runs runs of each and their ratio; exit 1 when diff costs twice a validate or more.

    .venv/bin/python benchmarks/diff.py [--old PATH] [--new PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "specs"


def timed(args: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="utdk-bench-cache-") as cache:
        env = dict(os.environ, UTDK_CACHE_DIR=cache)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "generator", *args], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
        elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", type=Path, default=SHARED / "plaid-history" / "2020-09-14_1.682.2.yaml")
    parser.add_argument("--new", type=Path, default=SHARED / "plaid" / "openapi.yaml")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for spec in (args.old, args.new):
        if not spec.is_file():
            raise SystemExit(f"{spec} is absent: the full Plaid specs live in ../shared")
    validate, diff = [], []
    for _ in range(args.runs):  # interleaved, so load on the machine falls on both alike
        validate.append(timed(["validate", str(args.new)]))
        diff.append(timed(["diff", str(args.old), str(args.new), "--format", "json"]))
    v, d = statistics.median(validate), statistics.median(diff)
    sizes = f"{args.old.stat().st_size / 1e6:.1f} MB -> {args.new.stat().st_size / 1e6:.1f} MB"
    print(f"specs: {args.old.name} -> {args.new.name} ({sizes}), {args.runs} cold runs each, median")
    print(f"validate NEW: {v:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in validate)})")
    print(f"diff OLD NEW: {d:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in diff)})")
    print(f"diff / validate: {d / v:.2f} (budget: below 2.00)")
    return 0 if d < 2 * v else 1


if __name__ == "__main__":
    sys.exit(main())
