"""Where a security scheme puts its credential: the one rule both SDK runtimes, the snippets, the
docs and the gateway read.

A Placement names the part of the request (header, query or cookie) and its name, the text before the
value (`Bearer `, `Basic `), how the value is made from the scheme's credentials (the first one as
given, or `username:password` in base64), and, for OAuth2 client credentials, the token endpoint the
two credentials are exchanged at first: then the access token is the value placed. The runtimes
receive placements as data and apply them with one generic routine each.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass

from ..naming import screaming_snake_case
from .api import Credential, Placement

__all__ = ["Placement", "gateway_credential_header", "placement_for", "placed_value", "token_variable"]

_LOCATIONS = ("header", "query", "cookie")
AUTHORIZATION = "Authorization"
GATEWAY_CREDENTIAL_PREFIX = "X-Gateway-Credential-"


def gateway_credential_header(env_var: str) -> str:
    """The header a Try-it page hands a credential to the gateway in: the credential's SDK environment
    variable with hyphens (X-Gateway-Credential-PLAID-CLIENT-ID); the page and the gateway both read this."""
    return GATEWAY_CREDENTIAL_PREFIX + env_var.replace("_", "-")


@dataclass(frozen=True)
class SchemeFacts:
    """What the spec says about a scheme that decides its placement."""

    key: str
    kind: str  # apiKey | http | oauth2 | openIdConnect | mutualTLS
    location: str | None = None  # apiKey: in
    parameter_name: str | None = None  # apiKey: name
    http_scheme: str | None = None  # http: scheme, lowercase
    token_url: str | None = None  # oauth2 client credentials: tokenUrl ("" when the flow names none)
    exchanges: bool = False  # oauth2 with a client credentials flow


def placement_for(facts: SchemeFacts, credentials: tuple[Credential, ...], env_prefix: str) -> Placement | None:
    """None: the scheme sends nothing an SDK can configure (mutualTLS, unknown types)."""
    if not credentials:
        return None
    if facts.kind == "apiKey":
        return api_key_placement(facts, credentials)
    if facts.kind == "http" and facts.http_scheme == "basic" and len(credentials) == 2:
        return Placement("header", AUTHORIZATION, credentials, prefix="Basic ", encoding="basic")
    if facts.kind == "http":
        # The scheme's own name, capitalised as RFC 9110 registers it: Bearer, Token, Digest.
        return Placement("header", AUTHORIZATION, credentials[:1], prefix=(facts.http_scheme or "bearer").capitalize() + " ")
    if facts.kind == "oauth2" and facts.exchanges and len(credentials) == 2:
        return Placement("header", AUTHORIZATION, credentials, prefix="Bearer ", token_url=facts.token_url or "",
                         token_env_var=token_variable(facts.key, env_prefix))
    if facts.kind in ("oauth2", "openIdConnect"):
        return Placement("header", AUTHORIZATION, credentials[:1], prefix="Bearer ")
    return None


def api_key_placement(facts: SchemeFacts, credentials: tuple[Credential, ...]) -> Placement:
    location = facts.location if facts.location in _LOCATIONS else "header"
    return Placement(location, facts.parameter_name or facts.key, credentials[:1])


def token_variable(scheme_key: str, env_prefix: str) -> str:
    """The variable a shell snippet reads an exchanged access token from (the SDKs fetch it themselves)."""
    stem = screaming_snake_case(scheme_key) or "OAUTH"
    base = stem if stem == env_prefix or stem.startswith(env_prefix + "_") else f"{env_prefix}_{stem}"
    return base + "_ACCESS_TOKEN"


def placed_value(placement: Placement, values: Sequence[str]) -> str:
    """The text placed for credential values given in the placement's order (an exchanged token is
    passed as the only value)."""
    if placement.encoding == "basic" and placement.token_url is None:
        secret = base64.b64encode(f"{values[0]}:{values[1]}".encode()).decode("ascii")
    else:
        secret = values[0]
    return placement.prefix + secret
