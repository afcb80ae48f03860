"""Peer generators on the same spec, and tsc on the TypeScript each side produces.

The peers are optional: OpenAPI Generator comes with the `bench` extra (pip install -e '.[bench]',
the PyPI package bundles the jar; it needs Java 17), @hey-api/openapi-ts with
`npm ci --prefix benchmarks`. A peer that is not installed is left out of the table, not failed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
NODE_BIN = BENCH / "node_modules" / ".bin"

# Reports the peak resident memory of the command's process tree (the largest process in it) and
# its CPU time: whole-process figures, measured the same way for every tool.
_MEASURE = (
    "import json, os, resource, signal, subprocess, sys, time\n"
    "limit = float(sys.argv[1])\n"
    "start = time.perf_counter()\n"
    "process = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)\n"
    "try:\n"
    "    process.communicate(timeout=limit)\n"
    "    code = process.returncode\n"
    "except subprocess.TimeoutExpired:\n"
    "    os.killpg(process.pid, signal.SIGKILL)  # the whole tree: a launcher script and the JVM it started\n"
    "    process.communicate()\n"
    "    code = 'timed out'\n"
    "wall = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime\n"
    "print(json.dumps({'code': code, 'wall': wall, 'cpu': cpu, 'peak_mib': peak}))\n"
)
# A peer that takes longer than this on one spec is stopped and shown as timed out (hey-api took
# minutes on 2,000 operations), so one run of the benchmark stays within minutes.
PEER_TIME_LIMIT_S = 120.0


@dataclass(frozen=True)
class Peer:
    label: str
    command: list[str]
    out: Path


def measure(command: list[str], cwd: Path | None = None) -> dict[str, float]:
    """Wall time and peak memory of one command, run to completion in a fresh process."""
    from settle import settle

    settle()
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(PEER_TIME_LIMIT_S), *command], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _openapi_generator() -> str | None:
    script = Path(sys.executable).parent / "openapi-generator-cli"
    if script.exists() and shutil.which("java"):
        return str(script)
    return None


def available(spec: Path, work: Path) -> list[Peer]:
    spec, work = spec.resolve(), work.resolve()  # each peer runs in a folder of its own
    peers: list[Peer] = []
    generator = _openapi_generator()
    if generator:
        common = ["generate", "-i", str(spec), "--skip-validate-spec"]
        out = work / "openapi-generator-typescript-axios"
        peers.append(Peer("OpenAPI Generator typescript-axios", [generator, *common, "-g", "typescript-axios", "-o", str(out)], out))
        out = work / "openapi-generator-python"
        # Without this normalizer flag it stops on schemas that give both a non-object type and properties.
        peers.append(Peer("OpenAPI Generator python", [
            generator, *common, "-g", "python", "-o", str(out),
            "--openapi-normalizer", "REMOVE_PROPERTIES_FROM_TYPE_OTHER_THAN_OBJECT=true",
        ], out))
    hey_api = node_tool("openapi-ts")
    if hey_api is not None:
        out = work / "hey-api"
        peers.append(Peer("@hey-api/openapi-ts", [str(hey_api), "-i", str(spec), "-o", str(out)], out))
    return peers


# Where a peer's command is looked for: benchmarks/node_modules (npm ci --prefix benchmarks, the
# pinned versions), the checkout's own node_modules, then PATH.
_NODE_BINS = (NODE_BIN, BENCH.parent / "node_modules" / ".bin")


def node_tool(name: str) -> Path | None:
    for folder in _NODE_BINS:
        if (folder / name).exists():
            return folder / name
    found = shutil.which(name)
    return Path(found) if found else None


def missing() -> list[str]:
    """The peers that cannot run here, each with what installs it."""
    gaps = []
    if _openapi_generator() is None:
        gaps.append("OpenAPI Generator (pip install -e '.[bench]'; needs java)")
    if node_tool("openapi-ts") is None:
        gaps.append("@hey-api/openapi-ts (npm ci --prefix benchmarks)")
    return gaps


def run_peer(peer: Peer) -> dict[str, float]:
    shutil.rmtree(peer.out, ignore_errors=True)
    peer.out.parent.mkdir(parents=True, exist_ok=True)
    figures = measure(peer.command, cwd=peer.out.parent)  # what a peer logs lands beside its output, not here
    if figures["code"] != 0:
        code = figures["code"]
        raise RuntimeError(f"timed out after {PEER_TIME_LIMIT_S:.0f} s" if code == "timed out" else f"exit code {code}")
    figures["files"] = sum(1 for p in peer.out.rglob("*") if p.is_file()) if peer.out.is_dir() else 0
    return figures


# -- tsc on each side's TypeScript ------------------------------------------------------------------

# The same strictness for both; hey-api's imports have no file extensions, so it needs bundler resolution.
_HEY_API_TSCONFIG = {
    "compilerOptions": {
        "target": "ES2022",
        "module": "ESNext",
        "moduleResolution": "Bundler",
        "lib": ["ES2022", "DOM", "DOM.Iterable"],
        "strict": True,
        "skipLibCheck": True,
        "noEmit": True,
    },
    "include": ["."],
}


def tsc_binary() -> Path | None:
    return node_tool("tsc")


def tsc_time(project: Path) -> dict[str, float]:
    """tsc --noEmit on a project folder (its tsconfig.json); wall time and whether it passed."""
    tsc = tsc_binary()
    assert tsc is not None
    start = time.perf_counter()
    done = subprocess.run([str(tsc), "--noEmit", "-p", str(project / "tsconfig.json")], cwd=project, capture_output=True, text=True)
    errors = sum(1 for line in done.stdout.splitlines() if ": error TS" in line)
    return {"wall": time.perf_counter() - start, "errors": errors}


def prepare_hey_api_project(out: Path) -> Path:
    (out / "tsconfig.json").write_text(json.dumps(_HEY_API_TSCONFIG, indent=2) + "\n", "utf-8")
    return out
