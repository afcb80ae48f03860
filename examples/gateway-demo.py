"""The Try-it console end to end on this machine, in one command:

    .venv/bin/python examples/gateway-demo.py

1. generates the docs of every provider in generator.yaml into a temporary folder;
2. serves them at http://127.0.0.1:8000 (python -m http.server);
3. starts a local stand-in for each provider's API at http://127.0.0.1:8788: it answers every declared
   operation with the spec's example response, and 401 when a credential the operation needs is missing;
4. starts `utdk-gen gateway` at http://127.0.0.1:8787 against that stand-in, with demo credentials in its
   config, so the browser holds no secret.

Open a page (printed below), enter http://127.0.0.1:8787 as the gateway URL and press "Send request".
Ctrl-C stops everything. `--check` sends one request through the gateway as the page would, prints the
answer and exits (0 when it came back 200 from the stand-in).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.config import load_config
from generator.gateway.routing import Router
from generator.model.api import Api, Operation
from generator.spec_to_api import load_api

REPO = Path(__file__).resolve().parents[1]


def demo_credentials(api: Api) -> dict[str, str]:
    """Obviously fake values, one per credential, named after the SDK variables."""
    return {c.env_var: f"demo-{c.env_var.lower().replace('_', '-')}" for c in api.credentials}


def stand_in(apis: dict[str, Api]) -> Starlette:
    """One app for every provider: /<provider>/<path> answers with the operation's example response."""
    routers = {name: Router(api.operations) for name, api in apis.items()}
    counter = iter(range(1, 1 << 30))

    async def answer(request: Request) -> Response:
        if request.method == "POST" and b"grant_type=client_credentials" in await request.body():
            # Any OAuth2 token endpoint the specs name (the gateway resolves relative ones against us).
            return JSONResponse({"access_token": "demo-oauth2-access-token", "token_type": "Bearer", "expires_in": 3600})
        raw = request.scope["raw_path"].decode("latin-1")
        provider, _, rest = raw[1:].partition("/")
        api = apis.get(provider)
        if api is None:
            return JSONResponse({"error": f"no provider {provider!r}"}, status_code=404)
        try:
            operation = routers[provider].match(request.method, "/" + rest)
        except Exception as refused:
            return JSONResponse({"error": str(refused)}, status_code=404)
        missing = _missing_credentials(api, operation, request)
        request_id = f"demo-{next(counter)}"
        if missing:
            return JSONResponse({"error": "missing credentials", "expected": missing}, status_code=401,
                                headers={"X-Request-Id": request_id})
        success = operation.success_response
        body: Any = success.example if success is not None and success.has_example else {"ok": True, "operation": operation.id}
        return JSONResponse(body, headers={"X-Request-Id": request_id})

    return Starlette(routes=[Route("/{path:path}", answer, methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"])])


def _missing_credentials(api: Api, operation: Operation, request: Request) -> list[str]:
    """Where the first security requirement expects its credentials, and which of them did not come."""
    if not operation.security or not operation.security[0].schemes:
        return []
    missing: list[str] = []
    for key, _ in operation.security[0].schemes:
        scheme = api.scheme(key)
        name = scheme.parameter_name or "Authorization"
        if scheme.kind == "apiKey" and scheme.location == "query":
            found = name in request.query_params
        elif scheme.kind == "apiKey" and scheme.location == "cookie":
            found = name in request.cookies
        else:
            found = name in request.headers
        if not found:
            missing.append(f"{scheme.location or 'header'} {name}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=REPO / "generator.yaml")
    parser.add_argument("--docs-port", type=int, default=8000)
    parser.add_argument("--gateway-port", type=int, default=8787)
    parser.add_argument("--upstream-port", type=int, default=8788)
    parser.add_argument("--check", action="store_true", help="send one request through the gateway, print it, exit")
    args = parser.parse_args(argv)
    # Stopped by a service manager or `kill`: take the servers down too (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

    config = load_config(args.config)
    apis: dict[str, Api] = {}
    for provider in config.providers:
        loaded = load_api(provider.spec, provider.name, validate=False)
        assert isinstance(loaded.api, Api), f"{provider.spec} could not be read"
        apis[provider.name] = loaded.api
    docs_url = f"http://127.0.0.1:{args.docs_port}"
    gateway_url = f"http://127.0.0.1:{args.gateway_port}"
    upstream_url = f"http://127.0.0.1:{args.upstream_port}"

    with tempfile.TemporaryDirectory(prefix="utdk-gateway-demo-") as tmp:
        site = Path(tmp) / "site"
        gateway_config = Path(tmp) / "generator.yaml"
        gateway_config.write_text(json.dumps({  # JSON is YAML
            "gateway": {"cors_origins": [docs_url]},
            "providers": {name: {"spec": str(p.spec.resolve()), "gateway": {
                "upstream": f"{upstream_url}/{name}", "allow_page_credentials": True,
                "credentials": demo_credentials(apis[name])}} for name, p in ((p.name, p) for p in config.providers)},
        }, indent=2), "utf-8")

        print("1/4 generating the docs ...", flush=True)
        generate = [sys.executable, "-m", "generator", "generate", "--config", str(args.config), "--out", str(site),
                    "--target", "docs", "--quiet"]
        subprocess.run(generate, cwd=REPO, check=True)

        upstream = uvicorn.Server(uvicorn.Config(stand_in(apis), host="127.0.0.1", port=args.upstream_port,
                                                 log_level="warning", access_log=False))
        threading.Thread(target=upstream.run, daemon=True).start()
        processes = [
            subprocess.Popen([sys.executable, "-m", "http.server", str(args.docs_port), "--bind", "127.0.0.1",
                              "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            subprocess.Popen([sys.executable, "-m", "generator", "gateway", "--config", str(gateway_config),
                              "--port", str(args.gateway_port)], cwd=REPO, env=dict(os.environ)),
        ]
        try:
            print(f"2/4 docs at {docs_url}", flush=True)
            print(f"3/4 local API stand-in at {upstream_url}", flush=True)
            _wait_for(f"{docs_url}/index.html", processes)
            _wait_for(f"{gateway_url}/", processes)
            print(f"4/4 gateway at {gateway_url}\n", flush=True)
            if args.check:
                return _check(apis, docs_url, gateway_url)
            for name in apis:
                print(f"  {docs_url}/{name}/docs/index.html")
            print(f"\nEnter {gateway_url} as the gateway URL on any operation page, then press Send request. Ctrl-C stops.")
            while all(p.poll() is None for p in processes):
                time.sleep(0.5)
            return 1
        except KeyboardInterrupt:
            return 0
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=10)
            upstream.should_exit = True


def _wait_for(url: str, processes: list[subprocess.Popen[bytes]]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            raise SystemExit("a demo server stopped; see the messages above")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not answer within 60 s")


def _check(apis: dict[str, Api], docs_url: str, gateway_url: str) -> int:
    """What the Try-it console does for Plaid's POST /identity/refresh (or the first operation)."""
    name = "plaid" if "plaid" in apis else next(iter(apis))
    operation = next((op for op in apis[name].operations if op.path == "/identity/refresh"), apis[name].operations[0])
    response = httpx.request(operation.method.upper(), f"{gateway_url}/{name}{operation.path}",
                             json={"access_token": "access-sandbox-demo"} if operation.request_body else None,
                             headers={"Origin": docs_url, "X-Gateway-Environment": apis[name].servers[0].environment})
    print(f"{operation.method.upper()} {gateway_url}/{name}{operation.path} -> {response.status_code}")
    print(f"  X-Request-Id: {response.headers.get('x-request-id')}; "
          f"Access-Control-Allow-Origin: {response.headers.get('access-control-allow-origin')}")
    print("  " + response.text[:300])
    return 0 if response.status_code == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
