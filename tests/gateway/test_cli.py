"""`utdk-gen gateway` as a user runs it, and the config mistakes it explains instead of starting."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from generator.config import Config, ProviderConfig
from generator.gateway import create_app
from generator.gateway.settings import GatewayConfigError
from tests.conftest import REPO, run_cli
from tests.gateway.support import KITCHENSINK, PLAID, Upstream, config, gateway, serve, upstream_app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def write_config(folder: Path, text: str) -> Path:
    path = folder / "generator.yaml"
    path.write_text(text.replace("$KITCHENSINK", str(KITCHENSINK)).replace("$PLAID", str(PLAID)), "utf-8")
    return path


def test_the_command_serves_the_config_and_logs_without_secrets(tmp_path: Path) -> None:
    record = Upstream()
    with serve(upstream_app(record)) as upstream:
        path = write_config(tmp_path, f"""
gateway:
  cors_origins: [http://127.0.0.1:8000]
  timeout_seconds: 5
providers:
  plaid:
    spec: $PLAID
    gateway: {{environment: sandbox, upstream: "{upstream.url}"}}
""")
        port = free_port()
        env = {**os.environ, "PLAID_CLIENT_ID": "cli-client-id-93", "PLAID_SECRET": "cli-secret-value-27"}
        process = subprocess.Popen([sys.executable, "-m", "generator", "gateway", "--config", str(path), "--port", str(port)],
                                   cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    response = httpx.post(f"http://127.0.0.1:{port}/plaid/identity/refresh",
                                          json={"access_token": "access-sandbox-x"}, headers={"Origin": "http://127.0.0.1:8000"})
                    break
                except httpx.TransportError:
                    assert process.poll() is None and time.monotonic() < deadline, process.stderr.read() if process.stderr else ""
                    time.sleep(0.1)
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = process.communicate(timeout=15)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "http://127.0.0.1:8000"
    assert record.last().headers["plaid-secret"] == "cli-secret-value-27"
    assert "method=POST provider=plaid operation=identityRefresh status=200" in stderr
    assert "credentials held: PLAID_CLIENT_ID, PLAID_SECRET" in stderr
    assert "cli-secret-value-27" not in stderr and "cli-client-id-93" not in stderr
    # uvicorn shuts down cleanly, then lets SIGTERM end the process as the signal's sender expects.
    assert "Application shutdown complete" in stderr


@pytest.mark.parametrize(("yaml", "message"), [
    ("gateway: {cors_origin: [x]}\nproviders: {plaid: {spec: $PLAID}}", "unknown setting 'cors_origin'"),
    ("gateway: {cors_origins: [docs.example.com]}\nproviders: {plaid: {spec: $PLAID}}", "is not an origin"),
    ("gateway: {timeout_seconds: 0}\nproviders: {plaid: {spec: $PLAID}}", "timeout_seconds must be a positive number"),
    ("providers: {plaid: {spec: $PLAID, gateway: {upstream: 'file:///etc/passwd'}}}", "absolute http(s) URL"),
    ("providers: {plaid: {spec: $PLAID, gateway: {upstream: 'http://u:p@host'}}}", "must not carry user info"),
    ("providers: {plaid: {spec: $PLAID, gateway: {environment: staging}}}", "'staging' is not an environment of plaid"),
    ("providers: {plaid: {spec: $PLAID, gateway: {credentials: {PLAID_SECRT: x}}}}", "PLAID_SECRT is not a credential"),
    ("providers: {plaid: {spec: $PLAID, gateway: {allow_page_credentials: 'yes'}}}", "must be true or false"),
])
def test_config_mistakes_stop_the_command_with_the_setting_named(tmp_path: Path, yaml: str, message: str) -> None:
    result = run_cli("gateway", "--config", str(write_config(tmp_path, yaml)), "--port", str(free_port()), timeout=60)
    assert result.returncode == 2
    assert message in result.stderr


def test_a_missing_spec_stops_the_command(tmp_path: Path) -> None:
    result = run_cli("gateway", "--config", str(write_config(tmp_path, "providers: {gone: {spec: nowhere.yaml}}")), timeout=60)
    assert result.returncode == 2
    assert "provider gone" in result.stderr


def test_every_provider_is_loaded_once_at_startup(tmp_path: Path) -> None:
    # The specs are read when the app is made: a spec removed afterwards changes nothing it serves.
    spec = tmp_path / "plaid.yaml"
    spec.write_bytes(PLAID.read_bytes())
    record = Upstream()
    with serve(upstream_app(record)) as upstream:
        cfg = Config(REPO, REPO / "generated", (ProviderConfig("plaid", spec, gateway={"upstream": upstream.url}),))
        with gateway(cfg) as gw:
            spec.unlink()
            assert httpx.post(f"{gw.url}/plaid/identity/refresh", json={}).status_code == 200
    assert record.last().path == "/identity/refresh"


def test_create_app_refuses_bad_settings() -> None:
    with pytest.raises(GatewayConfigError, match="max_body_bytes"):
        create_app(config({"plaid": {}}, max_body_bytes="lots"))
