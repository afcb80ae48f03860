"""The README's one-command demo keeps working: docs generated and served by the gateway, started
against the local stand-in, and a request sent the way the served page sends it comes back 200."""

from __future__ import annotations

import socket
import subprocess
import sys

from tests.conftest import REPO


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def test_the_demo_answers_through_the_gateway() -> None:
    gateway, upstream = free_ports(2)
    result = subprocess.run(
        [sys.executable, "examples/gateway-demo.py", "--check", "--gateway-port", str(gateway),
         "--upstream-port", str(upstream)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"POST http://127.0.0.1:{gateway}/plaid/identity/refresh -> 200" in result.stdout
    assert f"GET http://127.0.0.1:{gateway}/docs/plaid/docs/index.html -> 200" in result.stdout
    assert "X-Gateway-Credentials: PLAID_CLIENT_ID=gateway, PLAID_SECRET=gateway" in result.stdout
    assert "X-Request-Id: demo-" in result.stdout
    assert "demo-plaid-secret" not in result.stdout + result.stderr  # the gateway's own credential stays unlogged
