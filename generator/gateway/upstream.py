"""The upstream side: which server a request goes to, what is forwarded, what comes back.

Only what the operation declares crosses the gateway: its header and cookie parameters, the body with
its content type, and the query string. Everything else the browser adds (Origin, Referer, cookies,
Host, forwarding headers) stays behind, so a page cannot steer the request anywhere but the server
the model names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import quote, unquote_plus, urlsplit

from ..model.api import Operation, Server
from .credentials import Injection
from .errors import GatewayError
from .settings import GatewayConfigError, ProviderGatewaySettings

ENVIRONMENT_HEADER = "x-gateway-environment"
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-request-id", "x-correlation-id")
# Not the operation's to declare, yet what a Try-it request needs to mean the same thing upstream.
_CONTENT_HEADERS = ("accept", "accept-encoding", "accept-language", "content-type", "content-encoding")
_HOP_BY_HOP = frozenset({b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"proxy-connection",
                         b"te", b"trailer", b"trailers", b"transfer-encoding", b"upgrade"})


@dataclass(frozen=True)
class Upstream:
    """The servers one provider's requests may go to, by environment name."""

    provider: str
    servers: Mapping[str, str]  # the spec's environments -> base URL, in spec order
    overrides: Mapping[str, str]  # the config's environments -> URL (added or replacing the spec's)
    default: str | None  # the config's environment
    single: str | None  # the config's one upstream for every environment
    allowed: tuple[str, ...] | None  # where requests may go, the operator's choice (None: any of the spec's)

    @classmethod
    def for_provider(cls, provider: str, api_servers: tuple[Server, ...], settings: ProviderGatewaySettings) -> "Upstream":
        servers = {s.environment: s.default_url.rstrip("/") for s in api_servers}
        overrides = dict(settings.upstreams)
        known = [*servers, *(env for env in overrides if env not in servers)]
        if settings.environment is not None and settings.environment not in known:
            raise GatewayConfigError(f"providers.{provider}.gateway.environment: {settings.environment!r} is not an "
                                     f"environment of {provider}; known: {', '.join(known) or 'none'}")
        where = f"providers.{provider}.gateway.environments"
        for name in settings.environments or ():
            if name not in known:
                raise GatewayConfigError(f"{where}: {name!r} is not an environment of {provider}; known: {', '.join(known) or 'none'}")
        if settings.environments is not None and settings.environment is not None and settings.environment not in settings.environments:
            raise GatewayConfigError(f"{where} must include the default, {settings.environment!r}")
        allowed = settings.environments if settings.environments is not None else (
            (settings.environment,) if settings.environment is not None else None)
        return cls(provider, servers, overrides, settings.environment, settings.upstream, allowed)

    @property
    def default_environment(self) -> str | None:
        """Where a request that names no environment goes."""
        known = [*self.servers, *self.overrides]
        return self.default if self.default is not None else next((e for e in known if self.allows(e)), None)

    def allows(self, environment: str) -> bool:
        return self.allowed is None or environment in self.allowed

    def url_of(self, environment: str, operation: Operation | None = None) -> str | None:
        if self.single is not None:
            return self.single
        servers = self.environments(operation) if operation is not None else {**self.servers, **self.overrides}
        return servers.get(environment)

    def environments(self, operation: Operation) -> dict[str, str]:
        # An operation may declare its own servers; the config's URLs still apply by environment name.
        servers = {s.environment: s.default_url.rstrip("/") for s in operation.servers} if operation.servers else dict(self.servers)
        servers.update(self.overrides)
        return servers

    def base_url(self, operation: Operation, requested: str | None) -> str:
        servers = self.environments(operation)
        if requested is not None and requested not in servers:
            raise GatewayError("bad_request", f"unknown environment {requested!r} for {self.provider}; "
                                              f"choose from {', '.join(servers) or 'none'}")
        default = self.default_environment
        name = requested or (default if default in servers else None) or next((e for e in servers if self.allows(e)), None)
        if name is not None and not self.allows(name):
            raise GatewayError("forbidden", f"this gateway sends {self.provider} requests only to "
                                            f"{', '.join(self.allowed or ())}, not {name!r}")
        if self.single is not None:
            return self.single
        url = servers.get(name) if name else None
        if not url or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise GatewayError("upstream_unreachable",
                               f"{self.provider} has no absolute server URL for environment {name or '(none)'}: "
                               f"set providers.{self.provider}.gateway.upstream in generator.yaml")
        return url


def upstream_url(base_url: str, path: str, raw_query: str, injection: Injection, strip_query: frozenset[str]) -> str:
    """The base URL + the validated path + the page's query (minus credential names) + injected ones."""
    credential_names = {_as_read_upstream(name) for name in strip_query}
    kept = [pair for pair in raw_query.split("&")
            if pair and _as_read_upstream(pair.partition("=")[0]) not in credential_names]
    kept += [f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in injection.query]
    query = "&".join(kept)
    return f"{base_url}{path}" + (f"?{query}" if query else "")


def _as_read_upstream(name: str) -> str:
    """A query name as the most lenient server would read it: percent-decoded (twice decoded too, for
    servers behind a decoding proxy), cut at a NUL (C strings), without `[]` (PHP arrays), spaces and
    case, so `API_KEY=`, `api_key%00=` or `api%255Fkey=` cannot ride next to the injected `api_key=`."""
    for _ in range(3):
        decoded = unquote_plus(name)
        if decoded == name:
            break
        name = decoded
    return name.split("\0", 1)[0].split("[", 1)[0].strip().casefold()


def request_headers(incoming: Mapping[str, str], operation: Operation, injection: Injection,
                    drop: frozenset[str], user_agent: str) -> dict[str, str]:
    """The declared header parameters and content headers, the declared cookies, then the credentials."""
    wanted = [*_CONTENT_HEADERS, *(p.name.lower() for p in operation.parameters if p.location == "header")]
    headers = {name: incoming[name] for name in wanted if name in incoming and name not in drop}
    headers["user-agent"] = user_agent
    cookies = _declared_cookies(incoming.get("cookie", ""), operation, drop) + injection.cookies
    if cookies:
        headers["cookie"] = "; ".join(f"{name}={value}" for name, value in cookies)
    headers.update({name.lower(): value for name, value in injection.headers.items()})
    return headers


def _declared_cookies(header: str, operation: Operation, drop: frozenset[str]) -> list[tuple[str, str]]:
    declared = {p.name for p in operation.parameters if p.location == "cookie"} - drop
    if not header or not declared:
        return []
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed Cookie header carries nothing we forward
        return []
    return [(name, morsel.coded_value) for name, morsel in jar.items() if name in declared]


def response_headers(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The upstream's headers, names in lowercase as ASGI has them, minus hop-by-hop ones (and those its
    Connection header names) and CORS, which is the gateway's to answer for its own origin."""
    pairs = [(name.lower(), value) for name, value in raw]
    named = {token.strip().lower() for name, value in pairs if name == b"connection" for token in value.split(b",")}
    return [(name, value) for name, value in pairs
            if name not in _HOP_BY_HOP and name not in named and not name.startswith(b"access-control-")]


def request_id(headers: Mapping[str, str]) -> str | None:
    """The upstream's request id (`headers` looks names up case-insensitively, as aiohttp's do)."""
    return next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)
