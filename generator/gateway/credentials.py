"""Credentials: where each value comes from; each is placed where the model's Placement says.

Sources, first found wins per credential: the provider's `gateway.credentials` in generator.yaml, the
gateway's environment (the SDKs' variable names, e.g. PLAID_CLIENT_ID), then, only where the config
allows it, the page's `X-Gateway-Credential-<ENV-VAR-WITH-HYPHENS>` header.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model.api import Api, Credential, Operation, SecurityRequirement, SecurityScheme
from ..model.placement import gateway_credential_header, placed_value
from .errors import GatewayError
from .oauth import TokenCache
from .settings import GatewayConfigError

def page_header(credential: Credential) -> str:
    """The header a page sends a credential in, lowercase as the server reads header names."""
    return gateway_credential_header(credential.env_var).lower()


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
        placements = [s.placement for s in api.security_schemes if s.placement is not None]
        self.query_names = frozenset(p.name for p in placements if p.location == "query")
        self.cookie_names = frozenset(p.name for p in placements if p.location == "cookie")
        self.header_names = frozenset(p.name.lower() for p in placements if p.location == "header")

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
        placement = scheme.placement
        found = [values.get(c.env_var) for c in scheme.credentials]
        if placement is None or not all(found):
            return
        secrets = [value for value in found if value]
        if placement.token_url is not None:
            if not placement.token_url:
                raise GatewayError("upstream_unreachable", f"the OAuth2 scheme {scheme.key} declares no tokenUrl")
            secrets = [await self.tokens.token(placement.token_url, base_url, secrets[0], secrets[1], scopes)]
        text = placed_value(placement, secrets)
        if placement.location == "query":
            injection.query.append((placement.name, text))
        elif placement.location == "cookie":
            injection.cookies.append((placement.name, text))
        else:
            injection.headers[placement.name] = text
