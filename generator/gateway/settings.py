"""The gateway's settings from generator.yaml, checked once at startup.

    gateway:                       # top level: the server
      cors_origins: [http://127.0.0.1:8000]   # origins of the docs; "*" only when written explicitly
      allowed_hosts: [docs.example.com]       # Host names the gateway answers to (loopback is always allowed)
      max_body_bytes: 10485760
      timeout_seconds: 60
    providers:
      plaid:
        spec: specs/plaid/openapi.yaml
        gateway:                   # per provider: where requests go and with which credentials
          environment: sandbox     # default server, by its model name
          upstream: http://127.0.0.1:9000        # one URL for every environment, or
          # upstream: {staging: https://staging.example.com}  # URLs per environment (adds or replaces)
          allow_page_credentials: false
          credentials: {PLAID_CLIENT_ID: ..., PLAID_SECRET: ...}  # else the process environment
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..config import Config

DEFAULT_TIMEOUT_SECONDS = 60.0  # the seed's endpoint can take "up to 30 seconds or more"
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

_SERVER_KEYS = frozenset({"cors_origins", "allowed_hosts", "max_body_bytes", "timeout_seconds"})
_PROVIDER_KEYS = frozenset({"environment", "upstream", "allow_page_credentials", "credentials"})


class GatewayConfigError(Exception):
    """A gateway setting that cannot work; the message names the setting."""


@dataclass(frozen=True)
class ProviderGatewaySettings:
    environment: str | None = None
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

    def origin_allowed(self, origin: str) -> bool:
        return "*" in self.cors_origins or origin in self.cors_origins

    def host_allowed(self, host: str) -> bool:
        return "*" in self.allowed_hosts or host.lower() in self.allowed_hosts


def gateway_settings(config: Config, extra_hosts: tuple[str, ...] = ()) -> GatewaySettings:
    raw = _mapping(config.gateway, "gateway")
    _reject_unknown(raw, _SERVER_KEYS, "gateway")
    hosts = [*LOOPBACK_HOSTS, *extra_hosts, *_strings(raw.get("allowed_hosts"), "gateway.allowed_hosts")]
    return GatewaySettings(
        cors_origins=tuple(_origin(o) for o in _strings(raw.get("cors_origins"), "gateway.cors_origins")),
        allowed_hosts=tuple(dict.fromkeys(h.lower().strip("[]") for h in hosts)),
        max_body_bytes=int(_positive(raw.get("max_body_bytes", DEFAULT_MAX_BODY_BYTES), "gateway.max_body_bytes", int)),
        timeout_seconds=float(_positive(raw.get("timeout_seconds", DEFAULT_TIMEOUT_SECONDS), "gateway.timeout_seconds", float)),
        providers={p.name: provider_settings(p.name, p.gateway) for p in config.providers},
    )


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
    allow_page = raw.get("allow_page_credentials", False)
    if not isinstance(allow_page, bool):
        raise GatewayConfigError(f"{where}.allow_page_credentials must be true or false")
    credentials = _mapping(raw.get("credentials"), f"{where}.credentials")
    return ProviderGatewaySettings(
        environment=environment,
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
