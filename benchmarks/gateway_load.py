"""Gateway load test: requests straight to a loopback upstream and through `utdk-gen gateway` to it, in
alternating rounds, each server in its own process; at each concurrency it prints throughput, p50/p99
latency, the latency the gateway adds and the gateway's CPU time per request, then the goals and
whether the medians of the runs meet them.

    .venv/bin/python benchmarks/gateway_load.py        # 3 runs of 5,000 requests each way at concurrency 1, then 50
    .venv/bin/python benchmarks/gateway_load.py --runs 5 --concurrency 1 --json load.json
    .venv/bin/python benchmarks/gateway_load.py --spec ../shared/specs/plaid/openapi.yaml   # 329 operations

Goals: at concurrency 1 the gateway adds under 1 ms at p50; at concurrency 50 it passes at least 85 %
of the direct throughput; no errors, with the gateway's limits on.

The request is Plaid's POST /identity/refresh with a JSON body; the gateway injects PLAID-CLIENT-ID
and PLAID-SECRET from its environment and the upstream refuses any request without them, so a
credential that goes missing under load counts as an error. The gateway runs with its limits on
(the per-client rate raised above the load, which comes from one client). Exit status 1 on any error. The client,
the gateway and the upstream share the machine: compare the two sides of one run, not figures
across machines, and on a busy machine take the median of several runs. The CPU time per request is
the steadiest figure when the machine is busy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
CLIENT_ID, SECRET = "load-client-id", "load-secret-value"
BODY = {"access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"}
RESPONSE = json.dumps({"request_id": "m8MDnv9okwxFNBV"}).encode()
WARMUP = 200
GOAL_ADDED_P50_MS = 1.0  # at concurrency 1
GOAL_THROUGHPUT_SHARE = 0.85  # at concurrency 50


async def upstream_app(scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]],
                       send: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
    """The smallest honest upstream: reads the body, checks the injected credentials, answers JSON."""
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    headers = dict(scope["headers"])
    ok = headers.get(b"plaid-client-id") == CLIENT_ID.encode() and headers.get(b"plaid-secret") == SECRET.encode()
    await send({"type": "http.response.start", "status": 200 if ok else 401,
                "headers": [(b"content-type", b"application/json"), (b"x-request-id", b"load-req")]})
    await send({"type": "http.response.body", "body": RESPONSE})


def serve_upstream(port: int) -> None:
    import uvicorn

    # Keeps idle connections longer than the clients (httpx: 5 s), as the gateway does, so neither run
    # loses requests to a connection closing just as it is reused.
    uvicorn.run(upstream_app, host="127.0.0.1", port=port, log_level="warning", access_log=False, timeout_keep_alive=30)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"{what} did not start within 60 s")


@dataclass
class Target:
    """One side of the comparison, with its own connections, and what its requests measured."""

    url: str
    headers: dict[str, str]
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


async def batch(client: httpx.AsyncClient, target: Target, requests: int, concurrency: int) -> None:
    queue = iter(range(requests))

    async def worker() -> None:
        for _ in queue:
            start = time.perf_counter()
            try:
                response = await client.post(target.url, json=BODY, headers=target.headers)
                error = None if response.status_code == 200 and response.content == RESPONSE else f"status {response.status_code}"
            except httpx.HTTPError as exc:
                error = type(exc).__name__
            if error is None:
                target.latencies.append((time.perf_counter() - start) * 1000)
            else:
                target.errors[error] += 1

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    target.seconds += time.perf_counter() - start


async def compare(direct: Target, through: Target, requests: int, concurrency: int, rounds: int,
                  gateway_pid: int) -> float | None:
    """Rounds that alternate between the two, so a change in the machine's other load falls on both;
    returns the gateway's CPU seconds over its measured requests."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as direct_client, \
            httpx.AsyncClient(limits=limits, timeout=30) as gateway_client:
        await batch(direct_client, Target(direct.url, direct.headers), WARMUP, concurrency)
        await batch(gateway_client, Target(through.url, through.headers), WARMUP, concurrency)
        cpu = 0.0
        for round_number in range(rounds):
            share = requests // rounds + (1 if round_number < requests % rounds else 0)
            await batch(direct_client, direct, share, concurrency)
            before = cpu_seconds(gateway_pid)
            await batch(gateway_client, through, share, concurrency)
            after = cpu_seconds(gateway_pid)
            if before is None or after is None:
                return None
            cpu += after - before
        return cpu


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux): a cost per request that other load on the machine
    does not inflate the way it inflates latencies."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else float("nan")


def summary(latencies: list[float], errors: Counter[str], seconds: float) -> dict[str, Any]:
    failed = sum(errors.values())
    return {
        "requests": len(latencies) + failed, "errors": failed, "error_kinds": dict(sorted(errors.items())),
        "seconds": round(seconds, 3), "throughput_rps": round((len(latencies) + failed) / seconds, 1),
        "p50_ms": round(percentile(latencies, 0.50), 2), "p99_ms": round(percentile(latencies, 0.99), 2),
        "mean_ms": round(statistics.fmean(latencies), 2) if latencies else float("nan"),
    }


def measure(direct_url: str, gateway_url: str, own: dict[str, str], requests: int, concurrency: int, rounds: int,
            gateway_pid: int) -> dict[str, Any]:
    """One run at one concurrency: both sides' figures, and what the gateway adds."""
    # Straight to the upstream, the client sends what the gateway would inject.
    direct_target, gateway_target = Target(direct_url, own), Target(gateway_url, {})
    cpu = asyncio.run(compare(direct_target, gateway_target, requests, concurrency, rounds, gateway_pid))
    direct = summary(direct_target.latencies, direct_target.errors, direct_target.seconds)
    through = summary(gateway_target.latencies, gateway_target.errors, gateway_target.seconds)
    return {
        "concurrency": concurrency, "direct": direct, "gateway": through,
        "added": {"p50_ms": round(through["p50_ms"] - direct["p50_ms"], 2), "p99_ms": round(through["p99_ms"] - direct["p99_ms"], 2)},
        "throughput_share": round(through["throughput_rps"] / direct["throughput_rps"], 4),
        "gateway_cpu_ms_per_request": round(cpu * 1000 / requests, 3) if cpu is not None else None,
        "load_average": round(os.getloadavg()[0], 1),
    }


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    def median(pick: Callable[[dict[str, Any]], Any]) -> Any:
        values = [pick(run) for run in runs]
        return None if any(v is None for v in values) else round(statistics.median(values), 4)

    return {
        "direct_rps": median(lambda r: r["direct"]["throughput_rps"]), "gateway_rps": median(lambda r: r["gateway"]["throughput_rps"]),
        "direct_p50_ms": median(lambda r: r["direct"]["p50_ms"]), "gateway_p50_ms": median(lambda r: r["gateway"]["p50_ms"]),
        "added_p50_ms": median(lambda r: r["added"]["p50_ms"]), "added_p99_ms": median(lambda r: r["added"]["p99_ms"]),
        "throughput_share": median(lambda r: r["throughput_share"]),
        "gateway_cpu_ms_per_request": median(lambda r: r["gateway_cpu_ms_per_request"]),
        "errors": sum(r["direct"]["errors"] + r["gateway"]["errors"] for r in runs),
    }


def run_line(label: str, figures: dict[str, Any]) -> str:
    cpu = figures["gateway_cpu_ms_per_request"]
    return (f"  {label:<7} direct {figures['direct_rps']:>7.1f} req/s p50 {figures['direct_p50_ms']:>6.2f} ms | gateway "
            f"{figures['gateway_rps']:>7.1f} req/s p50 {figures['gateway_p50_ms']:>6.2f} ms | added p50 {figures['added_p50_ms']:>5.2f} ms "
            f"p99 {figures['added_p99_ms']:>6.2f} ms | {figures['throughput_share'] * 100:5.1f} % of direct throughput"
            + (f" | gateway CPU {cpu:.3f} ms/request" if cpu is not None else "")
            + (f" | load {figures['load_average']:.1f}" if "load_average" in figures else "")
            + (f" | errors {figures['errors']}" if figures.get("errors") else ""))


def flat(run: dict[str, Any]) -> dict[str, Any]:
    return {"direct_rps": run["direct"]["throughput_rps"], "gateway_rps": run["gateway"]["throughput_rps"],
            "direct_p50_ms": run["direct"]["p50_ms"], "gateway_p50_ms": run["gateway"]["p50_ms"],
            "added_p50_ms": run["added"]["p50_ms"], "added_p99_ms": run["added"]["p99_ms"],
            "throughput_share": run["throughput_share"], "gateway_cpu_ms_per_request": run["gateway_cpu_ms_per_request"],
            "load_average": run["load_average"], "errors": run["direct"]["errors"] + run["gateway"]["errors"]}


def goals(by_concurrency: dict[int, dict[str, Any]], clean: bool) -> list[tuple[str, str, bool | None]]:
    """(goal, measured, met); met is None where this invocation did not measure it."""
    one, fifty = by_concurrency.get(1), by_concurrency.get(50)
    return [
        (f"concurrency 1: the gateway adds under {GOAL_ADDED_P50_MS:.2f} ms at p50",
         f"{one['added_p50_ms']:.2f} ms" if one else "not measured (no --concurrency 1)",
         one["added_p50_ms"] < GOAL_ADDED_P50_MS if one else None),
        (f"concurrency 50: through the gateway at least {GOAL_THROUGHPUT_SHARE:.0%} of direct throughput",
         f"{fifty['throughput_share']:.1%}" if fifty else "not measured (no --concurrency 50)",
         fifty["throughput_share"] >= GOAL_THROUGHPUT_SHARE if fifty else None),
        ("no errors, secrets never logged, one access-log line per request (limits on)", "" if clean else "failed", clean),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=5000, help="per run, concurrency and side")
    parser.add_argument("--concurrency", default="1,50", help="one or more, comma-separated (default: 1,50)")
    parser.add_argument("--runs", type=int, default=3, help="repetitions; the goals are judged on their medians")
    parser.add_argument("--rounds", type=int, default=10, help="alternations between direct and gateway batches per run")
    parser.add_argument("--spec", type=Path, default=REPO / "specs" / "plaid" / "openapi.yaml",
                        help="a Plaid description holding POST /identity/refresh")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--serve-upstream", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_upstream:
        serve_upstream(args.serve_upstream)
        return 0
    concurrencies = [int(c) for c in str(args.concurrency).split(",") if c.strip()]

    upstream_port, gateway_port = free_port(), free_port()
    processes: list[subprocess.Popen[bytes]] = []
    runs: dict[int, list[dict[str, Any]]] = {c: [] for c in concurrencies}
    with tempfile.TemporaryDirectory(prefix="utdk-gateway-load-") as tmp:
        config = Path(tmp) / "generator.yaml"
        config.write_text(json.dumps({  # JSON is YAML
            # Every limit on at its default, except the per-client rate: this one client is the whole load.
            "gateway": {"timeout_seconds": 30, "rate_limit_per_second": 10000, "rate_limit_burst": 1000},
            "providers": {"plaid": {"spec": str(args.spec.resolve()),
                                    "gateway": {"upstream": f"http://127.0.0.1:{upstream_port}"}}},
        }), "utf-8")
        gateway_log = Path(tmp) / "gateway.log"
        try:
            upstream = subprocess.Popen([sys.executable, __file__, "--serve-upstream", str(upstream_port)])
            processes.append(upstream)
            with gateway_log.open("wb") as log:
                env = {**os.environ, "PLAID_CLIENT_ID": CLIENT_ID, "PLAID_SECRET": SECRET}
                gateway = subprocess.Popen([sys.executable, "-m", "generator", "gateway", "--config", str(config),
                                            "--port", str(gateway_port)], cwd=REPO, env=env, stderr=log)
            processes.append(gateway)
            wait_until_up(f"http://127.0.0.1:{upstream_port}/", upstream, "the upstream")
            wait_until_up(f"http://127.0.0.1:{gateway_port}/", gateway, "the gateway")
            direct_url = f"http://127.0.0.1:{upstream_port}/identity/refresh"
            gateway_url = f"http://127.0.0.1:{gateway_port}/plaid/identity/refresh"
            own = {"PLAID-CLIENT-ID": CLIENT_ID, "PLAID-SECRET": SECRET}
            for _ in range(args.runs):
                for concurrency in concurrencies:
                    runs[concurrency].append(measure(direct_url, gateway_url, own, args.requests, concurrency, args.rounds,
                                                     gateway.pid))
        finally:
            for process in reversed(processes):
                process.terminate()
                process.wait(timeout=30)
        log_lines = gateway_log.read_text("utf-8").splitlines()
        access_lines = sum(1 for line in log_lines if "utdk.gateway.access" in line)
        leaked = any(SECRET in line for line in log_lines)
        # What the gateway said besides its access lines and start-up notes: where errors are explained.
        remarks = [line for line in log_lines if "utdk.gateway.access" not in line and " INFO " not in line
                   and not any(word in line for word in ("Started server", "Waiting for application", "startup complete",
                                                          "Uvicorn running", "Shutting down", "shutdown complete",
                                                          "Finished server", "utdk.gateway provider", "utdk.gateway docs from"))]

    expected_lines = (args.requests + WARMUP) * args.runs * len(concurrencies) + 1  # + the readiness probe
    by_concurrency = {c: medians(measured) for c, measured in runs.items()}
    errors = sum(figures["errors"] for figures in by_concurrency.values())
    clean = not errors and not leaked and access_lines == expected_lines
    print(f"gateway load: {args.requests} requests each way per run at concurrency {', '.join(map(str, concurrencies))}, "
          f"{args.runs} run(s) of {args.rounds} alternating rounds, POST /identity/refresh ({args.spec})")
    for concurrency, measured in runs.items():
        print(f"concurrency {concurrency}:")
        for number, run in enumerate(measured, 1):
            print(run_line(f"run {number}", flat(run)))
            for side in ("direct", "gateway"):
                if run[side]["errors"]:
                    print(f"          {side} errors: {run[side]['error_kinds']}")
        print(run_line("median", by_concurrency[concurrency]))
    print(f"  machine load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  access-log lines: {access_lines} (expected {expected_lines}); secret in the log: {'YES' if leaked else 'no'}")
    for line in remarks[:20]:
        print(f"  gateway log: {line}")
    verdicts = goals(by_concurrency, clean)
    print("goals (medians of the runs):")
    for goal, measured_text, met in verdicts:
        verdict = "MET" if met else "not measured" if met is None else "NOT MET"
        print(f"  {goal}: {measured_text}{' -> ' if measured_text else ''}{verdict}")
    if args.json:
        args.json.write_text(json.dumps({
            "runs": {str(c): measured for c, measured in runs.items()},
            "medians": {str(c): figures for c, figures in by_concurrency.items()},
            "goals": [{"goal": g, "measured": m, "met": met} for g, m, met in verdicts],
            "access_lines": access_lines, "secret_in_log": leaked,
        }, indent=2) + "\n", "utf-8")
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
