"""Generation benchmark: per-phase times and peak memory, cold / warm / incremental.

    .venv/bin/python benchmarks/run.py                       # full Plaid spec, all targets
    .venv/bin/python benchmarks/run.py --targets python --json bench.json
    .venv/bin/python benchmarks/run.py --spec specs/kitchensink/openapi.yaml --name kitchensink

Each scenario runs in a fresh process (whole-process wall time and peak RSS, as a user sees them):
- cold: empty caches, empty output folder;
- warm: the same spec again into the same folder (nothing changed, so nothing is written);
- incremental: one schema description changed in a copy of the spec.
Figures vary with machine load: compare the ratios within one run, not absolute times across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"
TARGETS = ("typescript", "python", "docs", "snippets")


def child(spec: str, name: str, out: str, targets: list[str]) -> None:
    """One generation, in this process; prints timings as JSON on the last line."""
    start = time.perf_counter()
    sys.path.insert(0, str(REPO))
    sys.setrecursionlimit(20000)
    from generator.config import single_spec_config
    from generator.output import plan, write
    from generator.pipeline import generate

    imported = time.perf_counter()
    config = single_spec_config(Path(spec), Path(out), name, tuple(targets))
    result = generate(config)
    if result.has_errors:
        raise SystemExit("\n".join(d.render() for d in result.diagnostics))
    write_start = time.perf_counter()
    the_plan = plan(config.output, result.files, result.scopes)
    write(the_plan)
    end = time.perf_counter()
    phases = {"import": imported - start, **result.timings, "write": end - write_start}
    print(json.dumps({
        "phases": phases,
        "files": len(result.files),
        "written": len(the_plan.added) + len(the_plan.changed),
        "removed": len(the_plan.stale),
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def run_scenario(spec: Path, name: str, out: Path, targets: list[str], cache: Path) -> dict[str, object]:
    env = dict(os.environ, UTDK_CACHE_DIR=str(cache))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(spec), name, str(out), ",".join(targets)],
        env=env, capture_output=True, text=True,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"generation failed:\n{done.stderr[-3000:]}")
    figures: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    return figures


def changed_copy(spec: Path, workdir: Path) -> Path:
    """A copy of the spec with one schema description edited (the incremental scenario)."""
    text = spec.read_text("utf-8")
    marker = "description: "
    at = text.index(marker, text.index("schemas:")) + len(marker)
    copy = workdir / "incremental" / spec.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(text[:at] + "Edited. " + text[at:], "utf-8")
    return copy


def table(rows: list[tuple[str, dict[str, object]]]) -> str:
    phases = sorted({p for _, r in rows for p in r["phases"]})  # type: ignore[attr-defined]
    header = ["scenario", "wall s", "peak MiB", "files", "written", *phases]
    lines = [" | ".join(header), " | ".join("---" for _ in header)]
    for label, r in rows:
        cells = [label, f"{r['wall']:.2f}", f"{r['peak_mib']:.0f}", str(r["files"]), str(r["written"])]
        cells += [f"{r['phases'].get(p, 0.0):.2f}" for p in phases]  # type: ignore[attr-defined]
        lines.append(" | ".join(cells))
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4], [t for t in sys.argv[5].split(",") if t])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--name", default="plaid")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not args.spec.is_file():
        print(f"{args.spec} not found (the full Plaid spec lives in ../shared)", file=sys.stderr)
        return 2
    targets = [t for t in args.targets.split(",") if t]
    work = Path(tempfile.mkdtemp(prefix="utdk-bench-"))
    try:
        cache, out = work / "cache", work / "out"
        rows = [("cold", run_scenario(args.spec, args.name, out, targets, cache))]
        rows.append(("warm", run_scenario(args.spec, args.name, out, targets, cache)))
        rows.append(("incremental", run_scenario(changed_copy(args.spec, work), args.name, out, targets, cache)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"spec: {args.spec}  targets: {', '.join(targets)}")
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps({label: r for label, r in rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
