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
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"
TARGETS = ("typescript", "python", "docs", "snippets")


def child(spec: str, name: str, out: str, targets: list[str]) -> None:
    """One generation, in this process; prints timings as JSON on the last line."""
    start = time.perf_counter()
    sys.path.insert(0, str(REPO))
    sys.setrecursionlimit(20000)
    from generator.collector import collector_paused
    from generator.config import single_spec_config
    from generator.output import changeset, write
    from generator.pipeline import generate
    from generator.cli import exit_now

    imported = time.perf_counter()
    config = single_spec_config(Path(spec), Path(out), name, tuple(targets))
    with collector_paused():  # to the end, as the command does
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
        exit_now(0)  # and the process ends as the command's does


def run_scenario(spec: Path, name: str, out: Path, targets: list[str], cache: Path) -> dict[str, Any]:
    from settle import settle

    env = dict(os.environ, UTDK_CACHE_DIR=str(cache))
    settle()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    figures["cpu"] = cpu_seconds(before)
    return figures


def cpu_seconds(before: resource.struct_rusage) -> float:
    """CPU time (user + system) of the children waited for since `before`, their own children
    included: on a loaded machine a steadier figure than wall time."""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def changed_copy(spec: Path, workdir: Path, mark: str = "Edited.") -> Path:
    """A copy of the spec with one description edited (the incremental scenario): the first one
    after `schemas`, else the first in the file; YAML or JSON."""
    text = spec.read_text("utf-8")
    schemas = re.search(r"""["']?schemas["']?\s*:""", text)
    found = re.compile(r'"description"\s*:\s*"|description: ').search(text, schemas.end() if schemas else 0)
    if found is None:
        found = re.compile(r'"description"\s*:\s*"|description: ').search(text)
    if found is None:
        raise SystemExit(f"{spec}: no description to edit for the incremental scenario")
    at = found.end()
    copy = workdir / "incremental" / spec.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(text[:at] + mark + " " + text[at:], "utf-8")
    # a spec made of several files: the copy sits beside the others' copies
    for sibling in spec.parent.iterdir():
        if sibling != spec and not (copy.parent / sibling.name).exists():
            (copy.parent / sibling.name).symlink_to(sibling.resolve())
    return copy


def scenarios(spec: Path, name: str, targets: list[str], work: Path, repeat: int,
              beside: Callable[[int], None] | None = None) -> dict[str, dict[str, Any]]:
    """cold, warm and incremental; with repeat > 1 each is run that many times and the median kept.
    `beside(round)` runs right after each round's cold run (the peers: each of their rounds meets
    the machine's load of the same moment as one of ours)."""
    runs: dict[str, list[dict[str, Any]]] = {"cold": [], "warm": [], "incremental": []}
    for round_ in range(repeat):
        cache, out = work / f"cache-{round_}", work / f"out-{round_}"
        runs["cold"].append(run_scenario(spec, name, out, targets, cache))
        if beside is not None:
            beside(round_)
        runs["warm"].append(run_scenario(spec, name, out, targets, cache))
        # a new edit each round, so the edited spec is never already in the cache
        edited = changed_copy(spec, work, f"Edited {round_}.")
        runs["incremental"].append(run_scenario(edited, name, out, targets, cache))
    return {label: _median_run(found) for label, found in runs.items()}


def _median_run(found: list[dict[str, Any]]) -> dict[str, Any]:
    chosen = sorted(found, key=lambda r: r["wall"])[len(found) // 2]
    return dict(chosen, wall_runs=[round(r["wall"], 3) for r in found])


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    phases = sorted({p for _, r in rows for p in r["phases"]})
    header = ["scenario", "wall s", "CPU s", "peak MiB", "files", "written", *phases]
    lines = [" | ".join(header), " | ".join("---" for _ in header)]
    for label, r in rows:
        cells = [label, f"{r['wall']:.2f}", f"{r.get('cpu', 0.0):.2f}", f"{r['peak_mib']:.0f}", str(r["files"]), str(r["written"])]
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


class PeerRuns:
    """The installed peers' runs on a spec, a round at a time (so that rounds of theirs can sit
    between rounds of ours), each run into a folder of its own; the median run of each is kept."""

    def __init__(self, spec: Path, work: Path, only: tuple[str, ...] = ()) -> None:
        self._spec, self._work, self._only = spec, work, only
        self._runs: dict[str, list[dict[str, Any]]] = {}
        self._failed: dict[str, dict[str, Any]] = {}
        self.outputs: dict[str, Path] = {}

    def round(self, round_: int) -> None:
        from peers import available, run_peer

        for peer in available(self._spec, self._work / "peers" / f"run-{round_}"):
            if (self._only and peer.label not in self._only) or peer.label in self._failed:
                continue
            try:
                self._runs.setdefault(peer.label, []).append(run_peer(peer))
                self.outputs[peer.label] = peer.out
            except RuntimeError as exc:
                self._failed[peer.label] = {"error": str(exc).strip().splitlines()[-1] if str(exc).strip() else "failed"}
                self._runs.pop(peer.label, None)

    def figures(self) -> dict[str, dict[str, Any]]:
        return {**{label: _median_run(found) for label, found in self._runs.items()}, **self._failed}


def run_peers(spec: Path, work: Path, only: tuple[str, ...] = ()) -> dict[str, dict[str, Any]]:
    """Each installed peer once on the spec."""
    peers = PeerRuns(spec, work, only)
    peers.round(0)
    return peers.figures()


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
CORPUS = REPO.parent / "shared" / "corpus"
# the large real documents of the corpus, each run beside the peers
CORPUS_DOCUMENTS = {
    "digitalocean": CORPUS / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml",
    "openai": CORPUS / "openai" / "openapi.yaml",
    "box": CORPUS / "box" / "openapi.json",
}
SYNTHETIC_SIZES = (2000, 5000)
OURS = "utdk, all four targets"


def corpus_section(work: Path, peers: bool) -> dict[str, dict[str, Any]]:
    """Each large corpus document: our cold run of all four targets, then each peer."""
    found: dict[str, dict[str, Any]] = {}
    for name, spec in CORPUS_DOCUMENTS.items():
        if not spec.is_file():
            continue
        try:
            ours = run_scenario(spec, name, work / f"corpus-{name}", list(TARGETS), work / f"corpus-cache-{name}")
        except SystemExit as failed:  # shown in the table; the rest of the benchmark still runs
            ours = {"error": str(failed).strip().splitlines()[-1]}
        row: dict[str, Any] = {OURS: ours}
        if peers:
            row.update(run_peers(spec, work / f"corpus-peers-{name}"))
        found[name] = row
        print(f"  {name}: done", flush=True)
    return found


def synthetic_section(work: Path, peers: bool, sizes: tuple[int, ...], repeat: int = 1) -> dict[str, dict[str, Any]]:
    """Synthetic Plaid-shaped specs: our cold run of all four targets; at 2,000 operations also
    OpenAPI Generator typescript-axios (the only peer that finishes there in minutes). Each run
    `repeat` times, the median kept."""
    from synthetic import synthetic_spec

    found: dict[str, dict[str, Any]] = {}
    for size in sizes:
        spec = work / f"synthetic-{size}" / "openapi.json"
        spec.parent.mkdir(parents=True, exist_ok=True)
        spec.write_text(json.dumps(synthetic_spec(size), indent=1), "utf-8")
        runs = []
        beside = PeerRuns(spec, work / f"synthetic-peers-{size}", only=(REFERENCE_PEER,))
        for round_ in range(repeat):
            out, cache = work / f"synthetic-out-{size}-{round_}", work / f"synthetic-cache-{size}-{round_}"
            runs.append(run_scenario(spec, "synthetic", out, list(TARGETS), cache))
            if peers and size == 2000:
                beside.round(round_)
        row: dict[str, Any] = {OURS: _median_run(runs), **beside.figures()}
        found[str(size)] = row
        print(f"  synthetic {size}: done", flush=True)
    return found


def side_by_side(rows: dict[str, dict[str, Any]], unit: str) -> str:
    lines = [f"{unit} | tool | wall s | CPU s | peak MiB | ours / tool (wall) | ours / tool (CPU)", "--- | --- | --- | --- | --- | --- | ---"]
    for label, tools in rows.items():
        ours = tools[OURS]
        for tool, r in tools.items():
            if "error" in ours and "error" not in r:
                lines.append(f"{label} | {tool} | {r['wall']:.2f} | {r.get('cpu', 0.0):.2f} | {r['peak_mib']:.0f} | - | -")
                continue
            if "error" in r:
                lines.append(f"{label} | {tool} | failed: {r['error'][:60]} | | | |")
                continue
            cpu = r.get("cpu")
            lines.append(f"{label} | {tool} | {r['wall']:.2f} | {cpu:.2f} | {r['peak_mib']:.0f} | "
                         f"{ours['wall'] / r['wall']:.2f} | {ours['cpu'] / cpu:.2f}" if cpu else
                         f"{label} | {tool} | {r['wall']:.2f} | - | {r['peak_mib']:.0f} | {ours['wall'] / r['wall']:.2f} | -")
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4], [t for t in sys.argv[5].split(",") if t])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--name", default="plaid")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each scenario, peer and synthetic spec; the median is shown")
    parser.add_argument("--no-peers", action="store_true", help="skip the peer generators and the tsc comparison")
    parser.add_argument("--no-corpus", action="store_true", help="skip the large corpus documents")
    parser.add_argument("--synthetic", default=",".join(str(s) for s in SYNTHETIC_SIZES),
                        help="operation counts of the synthetic specs, comma-separated ('' skips them)")
    parser.add_argument("--json", type=Path, help="where to write the figures (default: benchmarks/results/<name>.json)")
    args = parser.parse_args()
    if not args.spec.is_file():
        print(f"{args.spec} not found (the full Plaid spec lives in ../shared)", file=sys.stderr)
        return 2
    targets = [t for t in args.targets.split(",") if t]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from goals import goal_rows, goal_table, validate_figures
    from settle import compile_generator

    compile_generator()
    work = Path(tempfile.mkdtemp(prefix="utdk-bench-"))
    report: dict[str, Any] = {"spec": str(args.spec), "targets": targets}
    beside = None if args.no_peers else PeerRuns(args.spec, work)
    try:
        report["scenarios"] = scenarios(args.spec, args.name, targets, work, max(1, args.repeat),
                                        beside.round if beside is not None else None)
        for only in ("python", "typescript"):
            if only in targets and len(targets) > 1:
                report["scenarios"][f"cold {only}"] = run_scenario(args.spec, args.name, work / f"out-{only}", [only], work / f"cache-{only}")
        print(f"spec: {args.spec}  targets: {', '.join(targets)}")
        print(table(list(report["scenarios"].items())), flush=True)
        report["validate"] = validate_figures(args.spec)
        print("\nvalidate, cold | wall s | CPU s\n--- | --- | ---")
        for label, r in report["validate"].items():
            print(f"{label} | {r['wall']:.2f} | {r['cpu']:.2f}")
        if beside is not None:
            from peers import missing

            report["peers_missing"] = missing()
            for gap in report["peers_missing"]:
                print(f"\npeer not installed, left out: {gap}")
            report["peers"], outputs = beside.figures(), beside.outputs
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
        if not args.no_corpus:
            print("\nlarge corpus documents, cold:", flush=True)
            report["corpus"] = corpus_section(work, not args.no_peers)
            print(side_by_side(report["corpus"], "document"))
        sizes = tuple(int(s) for s in args.synthetic.split(",") if s)
        if sizes:
            print("\nsynthetic specs, cold:", flush=True)
            report["synthetic"] = synthetic_section(work, not args.no_peers, sizes, max(1, args.repeat))
            print(side_by_side(report["synthetic"], "operations"))
        report["goals"] = goal_rows(report)
        print(f"\ngoals (main spec: {args.spec.name}, {args.name})")
        print(goal_table(report["goals"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    written = args.json or Path(__file__).resolve().parent / "results" / f"{args.name}.json"
    written.parent.mkdir(parents=True, exist_ok=True)
    written.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
