"""The gateway's settings from generator.yaml, checked once at startup (every key: keys.py).

    gateway:                       # top level: the server
      cors_origins: [https://docs.example.com]   # other origins of the docs; the gateway's own /docs/ need none
      max_body_bytes: 10485760
    providers:
      plaid:
        spec: specs/plaid/openapi.yaml
        gateway:                   # per provider: where requests go and with which credentials
          environment: sandbox     # default server, by its model name; the only one pages may use unless
          environments: [sandbox, development]   # lists the choices
          upstream: http://127.0.0.1:9000        # one URL for every environment, or
          # upstream: {staging: https://staging.example.com}  # URLs per environment (adds or replaces)
          allow_page_credentials: false
          credentials: {PLAID_CLIENT_ID: ..., PLAID_SECRET: ...}  # else the process environment
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..config import Config
from .keys import PROVIDER_KEYS, SERVER_KEYS

DEFAULT_TIMEOUT_SECONDS = 60.0  # the seed's endpoint can take "up to 30 seconds or more"
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
INSECURE_ORIGINS = ("null", "*")
# Paths the gateway answers itself; a provider of one of these names could not be reached.
RESERVED_NAMES = frozenset({"docs", "healthz", "metrics", "_gateway"})

_SERVER_KEYS = frozenset(k.name for k in SERVER_KEYS)
_PROVIDER_KEYS = frozenset(k.name for k in PROVIDER_KEYS)


class GatewayConfigError(Exception):
    """A gateway setting that cannot work; the message names the setting."""


@dataclass(frozen=True)
class Limits:
    """What one client, or all of them together, may hold of the gateway."""

    header_timeout_seconds: float = 10.0
    idle_timeout_seconds: float = 30.0
    max_connections: int = 512
    max_body_memory_bytes: int = 64 * 1024 * 1024
    rate_limit_per_second: float = 20.0
    rate_limit_burst: int = 60
    client_address_header: str | None = None


@dataclass(frozen=True)
class ProviderGatewaySettings:
    environment: str | None = None
    environments: tuple[str, ...] | None = None  # the operator's allowed choices
    upstream: str | None = None  # every environment goes here
    upstreams: tuple[tuple[str, str], ...] = ()  # (environment, URL) added or replaced
    allow_page_credentials: bool = False
    credentials: tuple[tuple[str, str], ...] = ()  # (ENV_VAR, value)


@dataclass(frozen=True)
class GatewaySettings:
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    providers: dict[str, ProviderGatewaySettings] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)
    docs: Path | None = None  # the generated output folder whose docs are served at /docs/
    metrics: bool = True

    def origin_allowed(self, origin: str) -> bool:
        return "*" in self.cors_origins or origin in self.cors_origins

    @property
    def insecure_origins(self) -> tuple[str, ...]:
        return tuple(o for o in self.cors_origins if o in INSECURE_ORIGINS)

    def host_allowed(self, host: str) -> bool:
        return "*" in self.allowed_hosts or host.lower() in self.allowed_hosts


def gateway_settings(config: Config, extra_hosts: tuple[str, ...] = ()) -> GatewaySettings:
    raw = _mapping(config.gateway, "gateway")
    _reject_unknown(raw, _SERVER_KEYS, "gateway")
    hosts = [*LOOPBACK_HOSTS, *extra_hosts, *_strings(raw.get("allowed_hosts"), "gateway.allowed_hosts")]
    origins = tuple(_origin(o) for o in _strings(raw.get("cors_origins"), "gateway.cors_origins"))
    insecure = [o for o in origins if o in INSECURE_ORIGINS]
    if insecure and not _flag(raw.get("allow_insecure_origins", False), "gateway.allow_insecure_origins"):
        raise GatewayConfigError(
            f"gateway.cors_origins: {insecure[0]!r} lets every sandboxed frame and every file opened from disk "
            f"(\"null\") or every site (\"*\") spend the gateway's credentials; serve the docs from the gateway "
            "instead (gateway.docs), or set gateway.allow_insecure_origins: true to accept that")
    reserved = sorted(RESERVED_NAMES & {p.name for p in config.providers})
    if reserved:
        raise GatewayConfigError(f"provider {reserved[0]!r}: the gateway answers /{reserved[0]}/ itself; rename the provider")
    defaults = Limits()

    def number(key: str, kind: type[int] | type[float], default: float) -> Any:
        return kind(_positive(raw.get(key, default), f"gateway.{key}", kind))

    rate = raw.get("rate_limit_per_second", defaults.rate_limit_per_second)
    address_header = raw.get("client_address_header")
    if address_header is not None and (not isinstance(address_header, str) or not address_header.strip()):
        raise GatewayConfigError("gateway.client_address_header must be a header name such as X-Forwarded-For")
    return GatewaySettings(
        cors_origins=origins,
        allowed_hosts=tuple(dict.fromkeys(h.lower().strip("[]") for h in hosts)),
        max_body_bytes=number("max_body_bytes", int, DEFAULT_MAX_BODY_BYTES),
        timeout_seconds=number("timeout_seconds", float, DEFAULT_TIMEOUT_SECONDS),
        providers={p.name: provider_settings(p.name, p.gateway) for p in config.providers},
        limits=Limits(
            header_timeout_seconds=number("header_timeout_seconds", float, defaults.header_timeout_seconds),
            idle_timeout_seconds=number("idle_timeout_seconds", float, defaults.idle_timeout_seconds),
            max_connections=number("max_connections", int, defaults.max_connections),
            max_body_memory_bytes=number("max_body_memory_bytes", int, defaults.max_body_memory_bytes),
            rate_limit_per_second=0.0 if rate == 0 else number("rate_limit_per_second", float, rate),
            rate_limit_burst=number("rate_limit_burst", int, defaults.rate_limit_burst),
            client_address_header=address_header.strip().lower() if address_header else None,
        ),
        docs=_docs_folder(raw.get("docs", True), config),
        metrics=_flag(raw.get("metrics", True), "gateway.metrics"),
    )


def _docs_folder(value: object, config: Config) -> Path | None:
    if value is False or value is None:
        return None
    if value is True:
        return config.output
    if isinstance(value, str) and value.strip():
        return config.root / value
    raise GatewayConfigError("gateway.docs must be true, false or the folder the docs were generated into")


def _flag(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise GatewayConfigError(f"{where} must be true or false")
    return value


def provider_settings(name: str, node: dict[str, Any]) -> ProviderGatewaySettings:
    where = f"providers.{name}.gateway"
    raw = _mapping(node, where)
    _reject_unknown(raw, _PROVIDER_KEYS, where)
    upstream = raw.get("upstream")
    single: str | None = None
    per_environment: list[tuple[str, str]] = []
    if isinstance(upstream, str):
        single = upstream_url(upstream, f"{where}.upstream")
    elif isinstance(upstream, dict):
        per_environment = [(str(env), upstream_url(url, f"{where}.upstream.{env}")) for env, url in upstream.items()]
    elif upstream is not None:
        raise GatewayConfigError(f"{where}.upstream must be a URL or a mapping of environment to URL")
    environment = raw.get("environment")
    if environment is not None and not isinstance(environment, str):
        raise GatewayConfigError(f"{where}.environment must be an environment name such as sandbox")
    allow_page = _flag(raw.get("allow_page_credentials", False), f"{where}.allow_page_credentials")
    environments = raw.get("environments")
    credentials = _mapping(raw.get("credentials"), f"{where}.credentials")
    return ProviderGatewaySettings(
        environment=environment,
        environments=None if environments is None else tuple(_strings(environments, f"{where}.environments")),
        upstream=single,
        upstreams=tuple(per_environment),
        allow_page_credentials=allow_page,
        credentials=tuple((str(k), str(v)) for k, v in credentials.items() if v is not None),
    )


def upstream_url(value: object, where: str) -> str:
    """An explicit upstream: an absolute http(s) URL without credentials, query or fragment."""
    text = str(value).strip() if isinstance(value, str) else ""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GatewayConfigError(f"{where} must be an absolute http(s) URL such as http://127.0.0.1:9000, not {text!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise GatewayConfigError(f"{where} must not carry user info, a query or a fragment")
    return text.rstrip("/")


def _origin(value: str) -> str:
    if value in ("*", "null"):
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise GatewayConfigError(f"gateway.cors_origins: {value!r} is not an origin such as http://127.0.0.1:8000")
    return f"{parts.scheme}://{parts.netloc}".lower()


def _mapping(value: object, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise GatewayConfigError(f"{where} must be a mapping")
    return value


def _strings(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GatewayConfigError(f"{where} must be a list of strings")
    return list(value)


def _positive(value: object, where: str, kind: type[int] | type[float]) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise GatewayConfigError(f"{where} must be a positive number, not {value!r}")
    return kind(value)


def _reject_unknown(raw: dict[str, Any], known: frozenset[str], where: str) -> None:
    unknown = sorted(str(k) for k in raw if k not in known)
    if unknown:
        raise GatewayConfigError(f"{where}: unknown setting {unknown[0]!r}; known: {', '.join(sorted(known))}")
