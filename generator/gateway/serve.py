"""`utdk-gen gateway`: load the config, build the app, serve it with uvicorn."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import uvicorn

from ..config import ConfigError, load_config
from .app import create_app
from .settings import GatewayConfigError

EXIT_OK, EXIT_BAD_INPUT = 0, 2
_ANY_INTERFACE = ("0.0.0.0", "::", "")

log = logging.getLogger("utdk.gateway")


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    config_path = Path(args.config)
    try:
        config = load_config(config_path)
        if not config.providers:
            raise GatewayConfigError(f"{config_path} lists no providers and there is no specs/<name>/openapi.yaml")
        # Listening on a named interface means answering to that name too.
        extra_hosts = () if args.host in _ANY_INTERFACE else (str(args.host),)
        app = create_app(config, extra_hosts=extra_hosts)
    except ConfigError as exc:
        sys.stderr.write(exc.line_text + "\n")
        return EXIT_BAD_INPUT
    except GatewayConfigError as exc:
        sys.stderr.write(f"utdk-gen: gateway: error: {exc}\n")
        return EXIT_BAD_INPUT
    gateway = app.state.gateway
    for provider in gateway.providers.values():
        with_credentials = sorted(provider.credentials.own)  # names only, never values
        log.info("provider %s: %d operation(s), environments %s%s, credentials configured: %s",
                 provider.name, len(provider.api.operations), ", ".join(provider.upstream.servers) or "none",
                 f" (all requests to {provider.upstream.single})" if provider.upstream.single else "",
                 ", ".join(with_credentials) or "none")
    # Idle client connections are kept longer than clients commonly keep them (httpx: 5 s), so a client
    # never sends on a connection the gateway is closing.
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False, timeout_keep_alive=30,
                proxy_headers=False, server_header=False, date_header=False, log_config=None)
    return EXIT_OK
