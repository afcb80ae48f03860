"""`utdk-gen gateway`: load the config, build the app, serve it with uvicorn (one process, or
`--workers N` processes sharing the port)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from uvicorn.supervisors import Multiprocess

from ..config import Config, ConfigError, load_config
from .app import create_app
from .limits import ServerConfig
from .metrics import MULTIPROCESS_DIR
from .settings import GatewayConfigError, gateway_settings

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
_WORKER_START_SECONDS = 120
_ANY_INTERFACE = ("0.0.0.0", "::", "")
# How a worker process (started afresh by uvicorn) finds what the command was given.
_CONFIG_ENV, _HOST_ENV = "UTDK_GATEWAY_CONFIG", "UTDK_GATEWAY_HOST"

log = logging.getLogger("utdk.gateway")


def run(args: argparse.Namespace) -> int:
    _log_to_stderr()
    config_path = Path(args.config)
    try:
        if args.init:
            from .init import write_init

            return write_init(config_path, args.spec, Path(args.init))
        config = _load(config_path)
        # Listening on a named interface means answering to that name too.
        app = create_app(config, extra_hosts=_extra_hosts(args.host))
    except ConfigError as exc:
        sys.stderr.write(exc.line_text + "\n")
        return EXIT_BAD_INPUT
    except GatewayConfigError as exc:
        sys.stderr.write(f"utdk-gen: gateway: error: {exc}\n")
        return EXIT_BAD_INPUT
    _announce(app)
    options = dict(host=args.host, port=args.port, log_level="info", access_log=False, proxy_headers=False,
                   server_header=False, date_header=False, log_config=None)
    limits = app.state.gateway.settings.limits
    if args.workers <= 1:
        server = uvicorn.Server(ServerConfig(app, limits, **options))
        server.run()
        return EXIT_OK if server.started else EXIT_FAILED
    os.environ[_CONFIG_ENV], os.environ[_HOST_ENV] = str(config_path.resolve()), str(args.host)
    with tempfile.TemporaryDirectory(prefix="utdk-gateway-metrics-") as metrics_dir:
        os.environ.setdefault(MULTIPROCESS_DIR, metrics_dir)
        # Each worker loads every spec before it answers the supervisor's ping: on a busy machine that takes
        # longer than uvicorn's 5 s, and a worker killed for it would be restarted, and killed, forever.
        server_config = ServerConfig("generator.gateway.serve:worker_app", limits, factory=True, workers=args.workers,
                                     timeout_worker_healthcheck=_WORKER_START_SECONDS, **options)
        Multiprocess(server_config, sockets=[server_config.bind_socket()]).run()
    return EXIT_OK


def worker_app() -> Starlette:
    """The app in each --workers process (the command checked the config before starting them)."""
    _log_to_stderr()
    host = os.environ.get(_HOST_ENV, "127.0.0.1")
    return create_app(_load(Path(os.environ[_CONFIG_ENV])), extra_hosts=_extra_hosts(host))


def _log_to_stderr() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)


def _load(config_path: Path) -> Config:
    config = load_config(config_path)
    if not config.providers:
        raise GatewayConfigError(f"{config_path} lists no providers and there is no specs/<name>/openapi.yaml")
    gateway_settings(config)  # every mistake named before anything listens
    return config


def _extra_hosts(host: str) -> tuple[str, ...]:
    return () if host in _ANY_INTERFACE else (str(host),)


def _announce(app: Starlette) -> None:
    gateway = app.state.gateway
    settings = gateway.settings
    for provider in gateway.providers.values():
        with_credentials = sorted(provider.credentials.own)  # names only, never values
        allowed = ", ".join(provider.upstream.allowed) if provider.upstream.allowed is not None else "any"
        log.info("provider %s: %d operation(s), environments %s (pages may choose: %s; default %s)%s, credentials held: %s",
                 provider.name, len(provider.api.operations), ", ".join(provider.upstream.servers) or "none", allowed,
                 provider.upstream.default_environment or "none",
                 f" (all requests to {provider.upstream.single})" if provider.upstream.single else "",
                 ", ".join(with_credentials) or "none")
    if settings.docs is not None:
        log.info("docs from %s at /docs/ (same origin: no cors_origins needed)", settings.docs)
    for origin in settings.insecure_origins:
        what = "any site" if origin == "*" else "any sandboxed frame or file opened from disk"
        log.warning("WARNING: gateway.cors_origins has %r: %s can send requests with the gateway's credentials "
                    "and read the answers (gateway.allow_insecure_origins is true)", origin, what)
