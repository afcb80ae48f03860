"""Every gateway setting of generator.yaml, described once: `gateway --help` prints this table,
`gateway --init` writes it as comments, and the settings reader accepts these keys and no others."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    name: str
    example: str  # YAML, as `gateway --init` writes it
    meaning: str


SERVER_KEYS = (
    Key("docs", "true", "serve the generated docs at /docs/ (same origin: no CORS needed); false: don't; or a folder"),
    Key("cors_origins", "[]", "other origins whose pages may call the gateway, e.g. [https://docs.example.com]"),
    Key("allow_insecure_origins", "false", 'true: accept "null" (sandboxed frames, files from disk) and "*" in '
        "cors_origins; any such page can then spend the gateway's credentials"),
    Key("allowed_hosts", "[]", "Host names answered besides 127.0.0.1, localhost, ::1 and --host"),
    Key("max_body_bytes", "10485760", "a larger request body is refused (413)"),
    Key("max_body_memory_bytes", "67108864", "memory for request bodies, all clients together (a body counts twice: "
        "as received and joined); beyond: 503"),
    Key("timeout_seconds", "60", "an upstream silent this long: 504"),
    Key("header_timeout_seconds", "10", "a client must send a request's headers within this time, else it is closed"),
    Key("idle_timeout_seconds", "30", "an idle keep-alive connection is closed after this time"),
    Key("max_connections", "512", "open connections per process; more are closed at once"),
    Key("rate_limit_per_second", "20", "requests per second per client address (0: no limit); beyond: 429"),
    Key("rate_limit_burst", "60", "requests a client may send at once before the rate applies"),
    Key("client_address_header", "null", "behind a load balancer: the header holding the client's address "
        "(its last entry is used), e.g. X-Forwarded-For"),
    Key("metrics", "true", "Prometheus metrics at /metrics"),
)

PROVIDER_KEYS = (
    Key("environment", "null", "default server by its environment name (sandbox, production, ...)"),
    Key("environments", "null", "environments a page may choose; default: only `environment` when set, else all"),
    Key("upstream", "null", "one URL for every request (a staging or loopback host), or {environment: URL}"),
    Key("allow_page_credentials", "false", "true: use credentials the page sends for those the gateway does not hold"),
    Key("credentials", "{}", "credential values by the SDK's variable names; else the process environment"),
)


def help_text() -> str:
    """The settings, as `gateway --help` prints them."""
    width = max(len(k.name) for k in (*SERVER_KEYS, *PROVIDER_KEYS)) + 2
    lines = ["settings in generator.yaml, top level `gateway:` (defaults shown):"]
    lines += [f"  {k.name + ':':<{width}} {k.example:<9} {k.meaning}" for k in SERVER_KEYS]
    lines += ["", "per provider, `providers.<name>.gateway:`:"]
    lines += [f"  {k.name + ':':<{width}} {k.example:<9} {k.meaning}" for k in PROVIDER_KEYS]
    return "\n".join(lines)
