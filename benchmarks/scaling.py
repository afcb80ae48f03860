"""Wall time against operation count: synthetic specs of 100 to 5,000 operations, all targets.

    .venv/bin/python benchmarks/scaling.py                  # writes benchmarks/results/scaling.{png,json}
    .venv/bin/python benchmarks/scaling.py --sizes 100,500 --out /tmp/scaling

Each spec is shaped like Plaid's: POST operations whose JSON bodies and responses are objects
referencing component schemas (a request, a response and a nested object per operation, plus
shared ones). Every size is generated in fresh processes: with empty caches (cold, where black's
first pass dominates); again with the stage caches warm but the whole-run entry removed, so the
model and every target are rebuilt (rebuild); and once more with nothing changed (warm). The
figures are printed, and a straight line fitted through each series shows how far from linear
the growth is; the plot's second panel shows the time per operation, flat where growth is linear.
The plot needs matplotlib (the `bench` extra).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import TARGETS, run_scenario  # noqa: E402
from synthetic import synthetic_spec  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_SIZES = (100, 250, 500, 1000, 2000, 5000)
# cold: empty caches; rebuild: every stage again, its caches warm; warm: nothing changed
SERIES = ("cold", "rebuild", "warm")


def linear_fit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least-squares slope and intercept, and R² (1.0 is a straight line)."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sxx
    intercept = mean_y - slope * mean_x
    total = sum((y - mean_y) ** 2 for y in ys)
    residual = sum((y - (slope * x + intercept)) ** 2 for x, y in zip(xs, ys))
    return slope, intercept, 1 - residual / total if total else 1.0


def plot(figures: list[dict[str, Any]], fits: dict[str, tuple[float, float, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [f["operations"] for f in figures]
    fig, (ax, per) = plt.subplots(1, 2, figsize=(12, 4.5), dpi=110)
    for scenario, marker in zip(SERIES, "o^s"):
        ys = [f[scenario]["wall"] for f in figures]
        slope, intercept, r2 = fits[scenario]
        ax.plot(xs, ys, marker=marker, linestyle="none", label=f"{scenario} (measured)")
        ax.plot([0, max(xs)], [intercept, intercept + slope * max(xs)], linestyle="--", linewidth=1,
                label=f"{scenario}: {slope * 1000:.1f} ms per operation, R² {r2:.3f}")
    ax.set_xlabel("operations (synthetic, Plaid-shaped)")
    ax.set_ylabel("wall time, s (whole process)")
    ax.set_title("utdk: all four targets, time against spec size")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    # flat lines here are linear growth: the cost of one more operation does not depend on how many there are
    for scenario, marker in zip(("cold", "rebuild"), "o^"):
        per.plot(xs, [1000 * f[scenario]["wall"] / f["operations"] for f in figures], marker=marker, label=f"{scenario}, wall")
        per.plot(xs, [1000 * f[scenario]["cpu"] / f["operations"] for f in figures], marker=marker, linestyle=":",
                 label=f"{scenario}, CPU (all processes)")
    per.set_xscale("log")
    per.set_xlabel("operations (log scale)")
    per.set_ylabel("ms per operation")
    per.set_title("time per operation")
    per.grid(True, alpha=0.3)
    per.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES), help="operation counts, comma-separated")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for scaling.png and scaling.json")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    from settle import compile_generator

    compile_generator()
    work = Path(tempfile.mkdtemp(prefix="utdk-scaling-"))
    figures: list[dict[str, Any]] = []
    try:
        print("operations | schemas | spec KiB | files | cold s | cold CPU s | cold ms/op | cold peak MiB | rebuild s | "
              "rebuild ms/op | warm s", flush=True)
        for size in sizes:
            spec = work / f"synthetic-{size}" / "openapi.json"
            spec.parent.mkdir(parents=True)
            document = synthetic_spec(size)
            spec.write_text(json.dumps(document, indent=1), "utf-8")
            out, cache = work / f"out-{size}", work / f"cache-{size}"
            cold = run_scenario(spec, "synthetic", out, list(TARGETS), cache)
            # without the whole-run entry, everything is rebuilt; parsing, validation, compiled
            # templates and black's results come from their caches
            # (into a folder of its own: files just deleted make creating the next ones slower)
            shutil.rmtree(cache / "runs", ignore_errors=True)
            rebuilt = work / f"out-{size}-rebuild"
            rebuild = run_scenario(spec, "synthetic", rebuilt, list(TARGETS), cache)
            warm = run_scenario(spec, "synthetic", rebuilt, list(TARGETS), cache)
            row = {
                "operations": size,
                "schemas": len(document["components"]["schemas"]),
                "spec_kib": round(spec.stat().st_size / 1024),
                "files": cold["files"],
                "cold": {"wall": round(cold["wall"], 3), "cpu": round(cold["cpu"], 3), "peak_mib": round(cold["peak_mib"]),
                         "phases": {k: round(v, 3) for k, v in cold["phases"].items()}},
                "rebuild": {"wall": round(rebuild["wall"], 3), "cpu": round(rebuild["cpu"], 3), "peak_mib": round(rebuild["peak_mib"]),
                            "phases": {k: round(v, 3) for k, v in rebuild["phases"].items()}},
                "warm": {"wall": round(warm["wall"], 3), "peak_mib": round(warm["peak_mib"])},
            }
            figures.append(row)
            print(f"{size} | {row['schemas']} | {row['spec_kib']} | {row['files']} | {cold['wall']:.2f} | {cold['cpu']:.2f} | "
                  f"{1000 * cold['wall'] / size:.2f} | {cold['peak_mib']:.0f} | {rebuild['wall']:.2f} | "
                  f"{1000 * rebuild['wall'] / size:.2f} | {warm['wall']:.2f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    xs = [float(f["operations"]) for f in figures]
    fits = {s: linear_fit(xs, [f[s]["wall"] for f in figures]) for s in SERIES} if len(xs) > 1 else {}
    for scenario, (slope, intercept, r2) in fits.items():
        print(f"{scenario}: {intercept:.2f} s + {slope * 1000:.2f} ms per operation (R² {r2:.4f})")
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {"targets": list(TARGETS), "sizes": figures,
               "fit": {s: {"seconds_per_operation": round(a, 5), "intercept_s": round(b, 3), "r2": round(r, 4)}
                       for s, (a, b, r) in fits.items()}}
    (args.out / "scaling.json").write_text(json.dumps(summary, indent=1) + "\n", "utf-8")
    if fits:
        plot(figures, fits, args.out / "scaling.png")
        print(f"wrote {args.out / 'scaling.png'} and {args.out / 'scaling.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
