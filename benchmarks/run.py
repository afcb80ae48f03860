"""Generation benchmark: per-phase times and peak memory, cold / warm / incremental.

    .venv/bin/python benchmarks/run.py                       # full Plaid spec, all targets
    .venv/bin/python benchmarks/run.py --targets python --json bench.json
    .venv/bin/python benchmarks/run.py --spec specs/kitchensink/openapi.yaml --name kitchensink
    .venv/bin/python benchmarks/run.py --no-peers --repeat 3   # ours only, medians of 3

Each scenario runs in a fresh process (whole-process wall time and peak RSS, as a user sees them):
- cold: empty caches, empty output folder;
- warm: the same spec again into the same folder (nothing changed, so nothing is written);
- incremental: one schema description changed in a copy of the spec.
Then, when they are installed (see benchmarks/peers.py), the peers on the same spec in the same
run, with the ratio of each to our cold run, and tsc on our TypeScript SDK against tsc on
@hey-api/openapi-ts's output. Figures vary with machine load: compare the ratios within one run,
not absolute times across runs.
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
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"
TARGETS = ("typescript", "python", "docs", "snippets")


def child(spec: str, name: str, out: str, targets: list[str]) -> None:
    """One generation, in this process; prints timings as JSON on the last line."""
    start = time.perf_counter()
    sys.path.insert(0, str(REPO))
    sys.setrecursionlimit(20000)
    from generator.config import single_spec_config
    from generator.output import changeset, write
    from generator.pipeline import generate

    imported = time.perf_counter()
    config = single_spec_config(Path(spec), Path(out), name, tuple(targets))
    result = generate(config)
    if result.has_errors:
        raise SystemExit("\n".join(d.render() for d in result.diagnostics))
    write_start = time.perf_counter()
    changes = changeset(config.output, result.files, result.scopes)
    write(changes)
    end = time.perf_counter()
    phases = {"import": imported - start, **result.timings, "write": end - write_start}
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the validator's process and black's workers are children; the largest of them counts too
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "phases": phases,
        "files": len(result.files),
        "written": len(changes.added) + len(changes.changed),
        "removed": len(changes.stale),
        "peak_mib": max(own, children),
        "peak_main_mib": own,
    }))


def run_scenario(spec: Path, name: str, out: Path, targets: list[str], cache: Path) -> dict[str, Any]:
    env = dict(os.environ, UTDK_CACHE_DIR=str(cache))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(spec), name, str(out), ",".join(targets)],
        env=env, capture_output=True, text=True,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"generation failed:\n{done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    return figures


def changed_copy(spec: Path, workdir: Path, mark: str = "Edited.") -> Path:
    """A copy of the spec with one schema description edited (the incremental scenario)."""
    text = spec.read_text("utf-8")
    marker = "description: "
    at = text.index(marker, text.index("schemas:")) + len(marker)
    copy = workdir / "incremental" / spec.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(text[:at] + mark + " " + text[at:], "utf-8")
    return copy


def scenarios(spec: Path, name: str, targets: list[str], work: Path, repeat: int) -> dict[str, dict[str, Any]]:
    """cold, warm and incremental; with repeat > 1 each is run that many times and the median kept."""
    runs: dict[str, list[dict[str, Any]]] = {"cold": [], "warm": [], "incremental": []}
    for round_ in range(repeat):
        cache, out = work / f"cache-{round_}", work / f"out-{round_}"
        runs["cold"].append(run_scenario(spec, name, out, targets, cache))
        runs["warm"].append(run_scenario(spec, name, out, targets, cache))
        # a new edit each round, so the edited spec is never already in the cache
        edited = changed_copy(spec, work, f"Edited {round_}.")
        runs["incremental"].append(run_scenario(edited, name, out, targets, cache))
        shutil.rmtree(out, ignore_errors=True)
    return {label: _median_run(found) for label, found in runs.items()}


def _median_run(found: list[dict[str, Any]]) -> dict[str, Any]:
    chosen = sorted(found, key=lambda r: r["wall"])[len(found) // 2]
    return dict(chosen, wall_runs=[round(r["wall"], 3) for r in found])


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    phases = sorted({p for _, r in rows for p in r["phases"]})
    header = ["scenario", "wall s", "peak MiB", "files", "written", *phases]
    lines = [" | ".join(header), " | ".join("---" for _ in header)]
    for label, r in rows:
        cells = [label, f"{r['wall']:.2f}", f"{r['peak_mib']:.0f}", str(r["files"]), str(r["written"])]
        cells += [f"{r['phases'].get(p, 0.0):.2f}" for p in phases]
        lines.append(" | ".join(cells))
    return "\n".join(lines)


def peers_table(ours: dict[str, Any], peers: dict[str, dict[str, Any]], reference: str) -> str:
    base = peers.get(reference, {}).get("wall")
    lines = ["tool | wall s | peak MiB | files | ours (cold, all targets) / tool",
             "--- | --- | --- | --- | ---"]
    lines.append(f"utdk, all four targets (cold) | {ours['wall']:.2f} | {ours['peak_mib']:.0f} | {ours['files']} | 1.00")
    for label, r in peers.items():
        if "error" in r:
            lines.append(f"{label} | failed | | | {r['error'][:60]}")
            continue
        lines.append(f"{label} | {r['wall']:.2f} | {r['peak_mib']:.0f} | {r['files']} | {ours['wall'] / r['wall']:.2f}")
    if base:
        lines.append(f"\nratio to {reference}: {ours['wall'] / base:.2f} (at most 1.00 is the target)")
    return "\n".join(lines)


def run_peers(spec: Path, work: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Path]]:
    from peers import available, run_peer

    figures: dict[str, dict[str, Any]] = {}
    outputs: dict[str, Path] = {}
    for peer in available(spec, work / "peers"):
        try:
            figures[peer.label] = run_peer(peer)
            outputs[peer.label] = peer.out
        except RuntimeError as exc:
            figures[peer.label] = {"error": str(exc).strip().splitlines()[-1] if str(exc).strip() else "failed"}
    return figures, outputs


def compare_tsc(spec: Path, name: str, work: Path, hey_api_out: Path | None) -> dict[str, Any]:
    """tsc on our TypeScript SDK and on hey-api's output for the same spec, one after the other."""
    from peers import prepare_hey_api_project, tsc_binary, tsc_time

    if tsc_binary() is None or hey_api_out is None:
        return {}
    ours = work / "tsc-ours"
    run_scenario(spec, name, ours, ["typescript"], work / "tsc-cache")
    return {
        "utdk TypeScript SDK": tsc_time(ours / name / "typescript"),
        "@hey-api/openapi-ts output": tsc_time(prepare_hey_api_project(hey_api_out)),
    }


REFERENCE_PEER = "OpenAPI Generator typescript-axios"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4], [t for t in sys.argv[5].split(",") if t])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--name", default="plaid")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each scenario; the median is shown")
    parser.add_argument("--no-peers", action="store_true", help="skip the peer generators and the tsc comparison")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not args.spec.is_file():
        print(f"{args.spec} not found (the full Plaid spec lives in ../shared)", file=sys.stderr)
        return 2
    targets = [t for t in args.targets.split(",") if t]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    work = Path(tempfile.mkdtemp(prefix="utdk-bench-"))
    report: dict[str, Any] = {"spec": str(args.spec), "targets": targets}
    try:
        report["scenarios"] = scenarios(args.spec, args.name, targets, work, max(1, args.repeat))
        print(f"spec: {args.spec}  targets: {', '.join(targets)}")
        print(table(list(report["scenarios"].items())), flush=True)
        if not args.no_peers:
            report["peers"], outputs = run_peers(args.spec, work)
            if report["peers"]:
                print()
                print(peers_table(report["scenarios"]["cold"], report["peers"], REFERENCE_PEER))
                reference = report["peers"].get(REFERENCE_PEER, {}).get("wall")
                if reference:
                    report["ratio_to_openapi_generator_typescript_axios"] = report["scenarios"]["cold"]["wall"] / reference
            else:
                print("\npeers: none installed (pip install -e '.[bench]'; npm ci --prefix benchmarks)")
            report["tsc"] = compare_tsc(args.spec, args.name, work, outputs.get("@hey-api/openapi-ts"))
            if report["tsc"]:
                print("\ntsc --noEmit | wall s | errors\n--- | --- | ---")
                for label, r in report["tsc"].items():
                    print(f"{label} | {r['wall']:.2f} | {r['errors']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
