"""Credentials: where each value comes from, and where each security scheme puts it.

Sources, first found wins per credential: the provider's `gateway.credentials` in generator.yaml, the
gateway's environment (the SDKs' variable names, e.g. PLAID_CLIENT_ID), then, only where the config
allows it, the page's `X-Gateway-Credential-<ENV-VAR-WITH-HYPHENS>` header.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model.api import Api, Credential, Operation, SecurityRequirement, SecurityScheme
from .errors import GatewayError
from .oauth import TokenCache
from .settings import GatewayConfigError

PAGE_CREDENTIAL_PREFIX = "x-gateway-credential-"


def page_header(credential: Credential) -> str:
    """The header a page sends a credential in: X-Gateway-Credential-PLAID-CLIENT-ID (lowercase here)."""
    return PAGE_CREDENTIAL_PREFIX + credential.env_var.replace("_", "-").lower()


@dataclass
class Injection:
    """What one request gets: headers set, query parameters and cookies added."""

    headers: dict[str, str] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    cookies: list[tuple[str, str]] = field(default_factory=list)
    used: list[str] = field(default_factory=list)  # the credentials' names, never their values


class CredentialSource:
    """One provider's credential values; the gateway's own are read once, at startup."""

    def __init__(self, api: Api, configured: Mapping[str, str], environ: Mapping[str, str], allow_page: bool) -> None:
        known = {c.env_var for c in api.credentials}
        unknown = sorted(set(configured) - known)
        if unknown:
            choices = ", ".join(sorted(known)) or "none: the spec declares no security scheme"
            raise GatewayConfigError(f"providers.{api.provider}.gateway.credentials: {unknown[0]} is not a credential "
                                     f"of {api.provider}; known: {choices}")
        self.credentials = api.credentials
        self.own: dict[str, str] = {}
        for credential in api.credentials:
            value = configured.get(credential.env_var) or environ.get(credential.env_var)
            if value:
                self.own[credential.env_var] = value
        self.allow_page = allow_page

    def values(self, request_headers: Mapping[str, str]) -> dict[str, str]:
        """Every credential value this request can use, by env var name."""
        values = dict(self.own)
        if self.allow_page:
            for credential in self.credentials:
                sent = request_headers.get(page_header(credential))
                if sent and credential.env_var not in values:
                    values[credential.env_var] = sent
        return values

    def page_values(self, request_headers: Mapping[str, str]) -> list[str]:
        """What the page sent, used or not: to be redacted like the gateway's own."""
        return [v for c in self.credentials if (v := request_headers.get(page_header(c)))]


class Authorizer:
    """Applies an operation's security requirement to an upstream request."""

    def __init__(self, api: Api, tokens: TokenCache) -> None:
        self.api = api
        self.schemes = {s.key: s for s in api.security_schemes}
        self.tokens = tokens
        # Names a page might use to slip its own credential past the gateway (query or cookie).
        self.query_names = frozenset(s.parameter_name for s in api.security_schemes
                                     if s.kind == "apiKey" and s.location == "query" and s.parameter_name)
        self.cookie_names = frozenset(s.parameter_name for s in api.security_schemes
                                      if s.kind == "apiKey" and s.location == "cookie" and s.parameter_name)
        self.header_names = frozenset(
            [s.parameter_name.lower() for s in api.security_schemes
             if s.kind == "apiKey" and s.location == "header" and s.parameter_name]
            + (["authorization"] if any(s.kind in ("http", "oauth2", "openIdConnect") for s in api.security_schemes) else []))

    def requirement(self, operation: Operation, values: Mapping[str, str]) -> SecurityRequirement | None:
        """The first requirement every credential of which is at hand; else anonymous when the operation
        allows it; else the first one, filled as far as possible, so the upstream explains what is missing."""
        if not operation.security:
            return None
        for requirement in operation.security:
            if all(c.env_var in values for key, _ in requirement.schemes for c in self.schemes[key].credentials):
                return requirement
        if any(not r.schemes for r in operation.security):
            return None
        return operation.security[0]

    async def inject(self, operation: Operation, values: Mapping[str, str], base_url: str) -> Injection:
        injection = Injection()
        requirement = self.requirement(operation, values)
        for key, scopes in requirement.schemes if requirement else ():
            await self._apply(self.schemes[key], scopes, values, base_url, injection)
            injection.used += [c.env_var for c in self.schemes[key].credentials if values.get(c.env_var)]
        return injection

    async def _apply(self, scheme: SecurityScheme, scopes: tuple[str, ...], values: Mapping[str, str],
                     base_url: str, injection: Injection) -> None:
        found = [values.get(c.env_var) for c in scheme.credentials]
        if scheme.kind == "apiKey" and found[0] and scheme.parameter_name:
            if scheme.location == "query":
                injection.query.append((scheme.parameter_name, found[0]))
            elif scheme.location == "cookie":
                injection.cookies.append((scheme.parameter_name, found[0]))
            else:
                injection.headers[scheme.parameter_name] = found[0]
        elif scheme.kind == "http" and scheme.http_scheme == "basic" and found[0] is not None and found[1]:
            pair = base64.b64encode(f"{found[0]}:{found[1]}".encode()).decode("ascii")
            injection.headers["Authorization"] = f"Basic {pair}"
        elif scheme.kind == "http" and found[0]:
            word = "Bearer" if scheme.http_scheme == "bearer" else (scheme.http_scheme or "Bearer").capitalize()
            injection.headers["Authorization"] = f"{word} {found[0]}"
        elif scheme.kind == "oauth2" and scheme.client_credentials_flow is not None and found[0] and found[1]:
            flow = scheme.client_credentials_flow
            if not flow.token_url:
                raise GatewayError("upstream_unreachable", f"the OAuth2 scheme {scheme.key} declares no tokenUrl")
            token = await self.tokens.token(flow.token_url, base_url, found[0], found[1], scopes)
            injection.headers["Authorization"] = f"Bearer {token}"
        elif scheme.kind in ("oauth2", "openIdConnect") and found and found[0]:
            injection.headers["Authorization"] = f"Bearer {found[0]}"
