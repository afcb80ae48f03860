"""Running the gateway for real: /healthz, Prometheus metrics, refusals named in the log, the
start-up warning for insecure origins, --workers, --init and --help."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.config import load_config
from generator.gateway import create_app
from generator.gateway.keys import PROVIDER_KEYS, SERVER_KEYS
from tests.conftest import REPO, run_cli
from tests.gateway.support import PLAID, Server, Upstream, config, gateway, raw_request, serve, upstream_app
from tests.gateway.test_cli import free_port, write_config

CREDENTIALS = {"PLAID_CLIENT_ID": "ops-client-id", "PLAID_SECRET": "ops-secret-value-4e"}


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[Server, Upstream]]:
    record = Upstream()
    with serve(upstream_app(record)) as server:
        yield server, record


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample of the Prometheus text format (0 when absent)."""
    for line in text.splitlines():
        match = re.match(r"^(\w+)\{(.*)\} (\S+)$", line)
        if match and match[1] == name and dict(re.findall(r'(\w+)="([^"]*)"', match[2])) == labels:
            return float(match[3])
    return 0.0


def test_health_and_metrics_per_provider_and_operation(upstream: tuple[Server, Upstream], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="utdk.gateway.access")
    cfg = config({"plaid": {"upstream": upstream[0].url}, "kitchensink": {"upstream": "http://127.0.0.1:9"}},
                 cors_origins=["http://docs.test"])
    with gateway(cfg, CREDENTIALS) as gw:
        health = httpx.get(f"{gw.url}/healthz")
        assert health.status_code == 200 and health.json() == {"status": "ok", "providers": ["kitchensink", "plaid"]}
        for _ in range(3):
            assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}).status_code == 200
        assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}, headers={"Origin": "https://evil.example"}).status_code == 403
        assert httpx.get(f"{gw.url}/kitchensink/status").status_code == 502
        preflight = httpx.options(f"{gw.url}/plaid/identity/refresh", headers={
            "Origin": "https://other.example", "Access-Control-Request-Method": "POST"})
        assert preflight.status_code == 403
        text = httpx.get(f"{gw.url}/metrics").text
    assert metric(text, "utdk_gateway_requests_total", provider="plaid", operation="identityRefresh", status="200") == 3
    assert metric(text, "utdk_gateway_request_duration_seconds_count", provider="plaid", operation="identityRefresh") == 3
    assert metric(text, "utdk_gateway_refusals_total", provider="-", kind="forbidden") == 2  # request and preflight
    assert metric(text, "utdk_gateway_upstream_errors_total", provider="kitchensink", operation="getStatus",
                  kind="upstream_unreachable") == 1
    assert CREDENTIALS["PLAID_SECRET"] not in text
    refused = [r.getMessage() for r in caplog.records if "status=403" in r.getMessage()]
    assert [line.rsplit(" ", 1)[-1] for line in refused] == ["refused_origin=https://evil.example",
                                                             "refused_origin=https://other.example"]


def test_metrics_can_be_turned_off(upstream: tuple[Server, Upstream]) -> None:
    with gateway(config({"plaid": {"upstream": upstream[0].url}}, metrics=False, docs=False)) as gw:
        assert httpx.get(f"{gw.url}/metrics").status_code == 404


def test_help_documents_every_setting() -> None:
    result = run_cli("gateway", "--help")
    assert result.returncode == 0
    for key in (*SERVER_KEYS, *PROVIDER_KEYS):
        assert f"  {key.name}:" in result.stdout, key.name
    assert "--workers" in result.stdout and "--init" in result.stdout


def test_init_writes_a_commented_config_that_runs(tmp_path: Path) -> None:
    config_path = write_config(tmp_path, "providers:\n  plaid:\n    spec: $PLAID\n")
    result = run_cli("gateway", "--config", str(config_path), "--init", str(tmp_path / "gateway.yaml"))
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "gateway.yaml").read_text("utf-8")
    for key in (*SERVER_KEYS, *PROVIDER_KEYS):
        assert f"# {key.name}: " in text, key.name
    assert "environments of the spec: production, sandbox" in text and "#   PLAID_SECRET: ..." in text
    create_app(load_config(tmp_path / "gateway.yaml"), environ={})  # it loads as written
    again = run_cli("gateway", "--config", str(config_path), "--init", str(tmp_path / "gateway.yaml"))
    assert again.returncode == 2 and "never overwrites" in again.stderr
    one = run_cli("gateway", "--init", str(tmp_path / "one.yaml"), "--spec", str(PLAID), cwd=tmp_path)
    assert one.returncode == 0 and "  plaid:" in (tmp_path / "one.yaml").read_text("utf-8")


def test_workers_share_the_port_and_the_metrics_and_insecure_origins_are_warned_about(
        tmp_path: Path, upstream: tuple[Server, Upstream]) -> None:
    path = write_config(tmp_path, f"""
gateway:
  cors_origins: ["null"]
  allow_insecure_origins: true
providers:
  plaid:
    spec: $PLAID
    gateway: {{upstream: "{upstream[0].url}"}}
""")
    port = free_port()
    env = {**os.environ, **CREDENTIALS}
    process = subprocess.Popen([sys.executable, "-m", "generator", "gateway", "--config", str(path), "--port", str(port),
                                "--workers", "2"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz").raise_for_status()
                break
            except httpx.HTTPError:
                assert process.poll() is None and time.monotonic() < deadline, "the gateway did not start"
                time.sleep(0.2)
        with httpx.Client() as client:  # new connections, so both workers get some
            answers = [httpx.post(f"http://127.0.0.1:{port}/plaid/identity/refresh", json={}).status_code for _ in range(8)]
            # A worker counts a request just after answering it: the other may be asked before that.
            deadline = time.monotonic() + 10
            while True:
                text = client.get(f"http://127.0.0.1:{port}/metrics").text
                counted = metric(text, "utdk_gateway_requests_total", provider="plaid", operation="identityRefresh", status="200")
                if counted >= 8 or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    assert answers == [200] * 8
    assert metric(text, "utdk_gateway_requests_total", provider="plaid", operation="identityRefresh", status="200") == 8
    assert "WARNING" in stderr and "'null'" in stderr and "any sandboxed frame" in stderr
    assert len({line.split("[")[1].split("]")[0] for line in stderr.splitlines() if "Started server process" in line}) == 2
    assert stderr.count("method=POST provider=plaid operation=identityRefresh status=200") == 8
    assert CREDENTIALS["PLAID_SECRET"] not in stderr


def test_the_docs_are_served_and_nothing_beside_them(upstream: tuple[Server, Upstream]) -> None:
    with gateway(config({"plaid": {"upstream": upstream[0].url}})) as gw:
        page = httpx.get(f"{gw.url}/docs/plaid/docs/operations/identityrefresh.html")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert page.headers["x-frame-options"] == "SAMEORIGIN"
        assert page.headers["content-security-policy"] == "frame-ancestors 'self'"
        assert httpx.get(f"{gw.url}/docs/").status_code == 200  # the providers' index
        assert httpx.get(f"{gw.url}/").headers["location"] == "/docs/"
        for outside in ("/docs/plaid/python/pyproject.toml", "/docs/plaid/docs/%2e%2e/python/pyproject.toml",
                        "/docs/plaid/docs/..%2f..%2f..%2fpyproject.toml", "/docs/.utdk-manifest.json"):
            status, headers, _ = raw_request(gw, f"GET {outside} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            assert status == 404 and headers["x-gateway-error"] == "not_found", outside
