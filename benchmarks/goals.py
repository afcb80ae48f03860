"""The performance goals, each a figure from one run of benchmarks/run.py against its limit, and
the validate scenario they need (`utdk-gen validate` against reading the YAML plus
openapi-spec-validator alone, both in fresh processes with nothing cached).

Ratios are given twice: by wall time (as a user sees it) and by CPU time (user + system of the
whole process tree), which moves less with the load of a shared machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]

# What openapi-spec-validator alone costs: read the YAML (libyaml), validate the whole document.
_BASELINE = """
import sys, yaml
from pathlib import Path
from openapi_spec_validator import OpenAPIV2SpecValidator, OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
spec = Path(sys.argv[1])
with spec.open("rb") as f:
    document = yaml.load(f, Loader=yaml.CSafeLoader)
version = str(document.get("openapi") or document.get("swagger"))
validator = OpenAPIV2SpecValidator if version.startswith("2.") else OpenAPIV30SpecValidator if version.startswith("3.0") else OpenAPIV31SpecValidator
print(sum(1 for _ in validator(document, base_uri=spec.resolve().as_uri()).iter_errors()))
"""


def _timed(command: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    from settle import settle

    settle()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 2):  # 2: the document has errors, which validate reports
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu}


def validate_figures(spec: Path) -> dict[str, dict[str, float]]:
    """`utdk-gen validate` with an empty cache, and the baseline, one after the other."""
    with tempfile.TemporaryDirectory(prefix="utdk-bench-validate-") as cache:
        ours = _timed([sys.executable, "-m", "generator", "validate", str(spec)], dict(os.environ, UTDK_CACHE_DIR=cache))
    baseline = _timed([sys.executable, "-c", _BASELINE, str(spec)])
    return {"utdk-gen validate (cold)": ours, "read YAML + openapi-spec-validator": baseline}


# -- the goals ----------------------------------------------------------------------------------

Figure = Callable[[dict[str, Any], str], float | None]


def _ratio(ours: Callable[[dict[str, Any]], dict[str, Any] | None],
           theirs: Callable[[dict[str, Any]], dict[str, Any] | None]) -> Figure:
    def figure(report: dict[str, Any], measure: str) -> float | None:
        a, b = ours(report), theirs(report)
        if not a or not b or measure not in a or measure not in b or not b[measure]:
            return None
        return float(a[measure]) / float(b[measure])
    return figure


def _get(*keys: str) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
    def get(report: dict[str, Any]) -> dict[str, Any] | None:
        node: Any = report
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return node if isinstance(node, dict) and "error" not in node else None
    return get


def _seconds(*keys: str) -> Figure:
    def figure(report: dict[str, Any], measure: str) -> float | None:
        found = _get(*keys)(report)
        return float(found[measure]) if found and measure in found else None
    return figure


def _peak(report: dict[str, Any], measure: str) -> float | None:
    peaks = [r["peak_mib"] for r in report.get("scenarios", {}).values() if "peak_mib" in r]
    return max(peaks) if peaks else None


def _per_operation(report: dict[str, Any], measure: str) -> float | None:
    largest = report.get("synthetic", {}).get("5000", {}).get("utdk, all four targets")
    return 1000 * float(largest[measure]) / 5000 if largest and measure in largest else None


def _slope(report: dict[str, Any], measure: str) -> float | None:
    synthetic = report.get("synthetic", {})
    small, large = (synthetic.get(n, {}).get("utdk, all four targets") for n in ("2000", "5000"))
    if not small or not large or measure not in small:
        return None
    return 1000 * (float(large[measure]) - float(small[measure])) / 3000


HEY_API, OAG_PYTHON, OAG_AXIOS = "@hey-api/openapi-ts", "OpenAPI Generator python", "OpenAPI Generator typescript-axios"

# (goal, limit, unit, figure); unit "x" is a ratio, anything else an absolute figure
GOALS: tuple[tuple[str, float, str, Figure], ...] = (
    ("cold, all four targets / @hey-api/openapi-ts", 0.6, "x",
     _ratio(_get("scenarios", "cold"), _get("peers", HEY_API))),
    ("--targets python / OpenAPI Generator python", 0.5, "x",
     _ratio(_get("scenarios", "cold python"), _get("peers", OAG_PYTHON))),
    ("--targets typescript / @hey-api/openapi-ts", 0.5, "x",
     _ratio(_get("scenarios", "cold typescript"), _get("peers", HEY_API))),
    ("warm", 0.3, "s", _seconds("scenarios", "warm")),
    ("one-description-edit incremental", 1.0, "s", _seconds("scenarios", "incremental")),
    ("peak memory, any scenario of the main spec", 200.0, "MiB", _peak),
    ("5,000 operations: time per operation", 6.0, "ms", _per_operation),
    ("2,000 -> 5,000 operations: slope per operation", 6.0, "ms", _slope),
    ("2,000 operations, all four targets / OpenAPI Generator typescript-axios", 1.0, "x",
     _ratio(_get("synthetic", "2000", "utdk, all four targets"), _get("synthetic", "2000", OAG_AXIOS))),
    ("utdk-gen validate (cold) / read YAML + openapi-spec-validator", 1.3, "x",
     _ratio(_get("validate", "utdk-gen validate (cold)"), _get("validate", "read YAML + openapi-spec-validator"))),
)


def goal_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for goal, limit, unit, figure in GOALS:
        wall = figure(report, "wall") if unit != "MiB" else figure(report, "peak_mib")
        cpu = figure(report, "cpu") if unit != "MiB" else None
        rows.append({"goal": goal, "limit": limit, "unit": unit, "wall": wall, "cpu": cpu,
                     "met": None if wall is None else wall <= limit})
    return rows


def goal_table(rows: list[dict[str, Any]]) -> str:
    def shown(value: float | None, unit: str) -> str:
        if value is None:
            return "-"
        return f"{value:.2f}x" if unit == "x" else f"{value:.2f} {unit}"

    lines = ["goal | limit | measured (wall) | by CPU time | met", "--- | --- | --- | --- | ---"]
    for row in rows:
        met = "not measured" if row["met"] is None else "yes" if row["met"] else "NO"
        lines.append(f"{row['goal']} | {shown(row['limit'], row['unit'])} | {shown(row['wall'], row['unit'])} | "
                     f"{shown(row['cpu'], row['unit'])} | {met}")
    return "\n".join(lines)
