"""Servers and security schemes: the parts of the model every SDK and the gateway configure from."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from ..diagnostics import Diagnostics
from ..load.refs import Located, SpecSet
from ..naming import CLIENT_OPTIONS_RESERVED, Scope, camel_case, python_identifier, screaming_snake_case, snake_case
from . import placement
from .api import Credential, OAuthFlow, SecurityRequirement, SecurityScheme, Server, ServerVariable
from .placement import SchemeFacts

_GENERIC_HOST_LABELS = {"api", "www", "rest", "app"}


def build_servers(node: Any, where: Located, diagnostics: Diagnostics) -> tuple[Server, ...]:
    if not isinstance(node, list) or not node:
        return ()
    scope = Scope()
    servers: list[Server] = []
    for i, raw in enumerate(node):
        if not isinstance(raw, dict) or not isinstance(raw.get("url"), str):
            diagnostics.warning(where.file, f"{where.pointer}/{i}", "server without a url is ignored", "server")
            continue
        variables = tuple(
            ServerVariable(
                name=str(name),
                default=str(var.get("default", "")),
                enum=tuple(str(v) for v in var.get("enum") or ()),
                description=var.get("description") if isinstance(var.get("description"), str) else None,
            )
            for name, var in (raw.get("variables") or {}).items()
            if isinstance(var, dict)
        )
        description = raw.get("description") if isinstance(raw.get("description"), str) else None
        name = scope.allocate(_environment_name(description, raw["url"], i), "_")
        servers.append(Server(url=raw["url"], environment=name, description=description, variables=variables))
    return tuple(servers)


def _environment_name(description: str | None, url: str, index: int) -> str:
    if description and len(description.split()) <= 3:
        name = snake_case(description)
        if name:
            return name
    host = urlsplit(url).hostname or ""
    labels = [label for label in host.split(".") if label and label not in _GENERIC_HOST_LABELS and "{" not in label]
    if len(labels) > 2:
        return snake_case(labels[0]) or f"server_{index + 1}"
    return "production" if index == 0 else f"server_{index + 1}"


def _env_name(prefix: str, *parts: str) -> str:
    stem = screaming_snake_case(" ".join(parts))
    return stem if stem == prefix or stem.startswith(prefix + "_") else f"{prefix}_{stem}"


class CredentialNamer:
    def __init__(self, env_prefix: str) -> None:
        self.prefix = env_prefix
        self.env = Scope()
        self.ts = Scope(CLIENT_OPTIONS_RESERVED)
        self.py = Scope(CLIENT_OPTIONS_RESERVED)

    def credential(self, scheme_key: str, label: str, *suffix: str, secret: bool = True) -> Credential:
        parts = (scheme_key, *suffix)
        return Credential(
            name=".".join(parts),
            label=label,
            env_var=self.env.allocate(_env_name(self.prefix, *parts), "_"),
            ts_option=self.ts.allocate(camel_case(" ".join(parts)) or "credential"),
            py_option=self.py.allocate(python_identifier(" ".join(parts), "credential"), "_"),
            secret=secret,
        )


def build_security_schemes(node: Located | None, specs: SpecSet, env_prefix: str) -> tuple[SecurityScheme, ...]:
    if node is None or not isinstance(node.value, dict):
        return ()
    namer = CredentialNamer(env_prefix)
    schemes: list[SecurityScheme] = []
    for key in node.value:
        located = specs.deref(node.child(key))
        if located is None or not isinstance(located.value, dict):
            continue
        schemes.append(_scheme(str(key), located.value, namer, specs.diagnostics, located))
    return tuple(schemes)


def _scheme(key: str, raw: dict[str, Any], namer: CredentialNamer, diagnostics: Diagnostics, where: Located) -> SecurityScheme:
    declared_kind = raw.get("type")
    kind = declared_kind if isinstance(declared_kind, str) else "unknown"
    description = raw.get("description") if isinstance(raw.get("description"), str) else None
    creds: tuple[Credential, ...]
    if kind == "apiKey":
        name = str(raw.get("name", key))
        facts = SchemeFacts(key, kind, location=str(raw.get("in", "header")), parameter_name=name)
        return _placed(SecurityScheme(key, kind, location=facts.location, parameter_name=name, description=description),
                       facts, (namer.credential(key, name),), namer)
    if kind == "http":
        http_scheme = str(raw.get("scheme", "bearer")).lower()
        if http_scheme == "basic":
            creds = (namer.credential(key, "Username", "username", secret=False), namer.credential(key, "Password", "password"))
        else:
            creds = (namer.credential(key, "Bearer token" if http_scheme == "bearer" else f"{http_scheme} credentials"),)
        return _placed(SecurityScheme(key, kind, http_scheme=http_scheme, bearer_format=raw.get("bearerFormat"), description=description),
                       SchemeFacts(key, kind, http_scheme=http_scheme), creds, namer)
    if kind == "oauth2":
        flows = tuple(
            OAuthFlow(
                kind=str(flow_kind),
                token_url=flow.get("tokenUrl"),
                authorization_url=flow.get("authorizationUrl"),
                scopes=tuple((str(s), str(d)) for s, d in (flow.get("scopes") or {}).items()),
            )
            for flow_kind, flow in (raw.get("flows") or {}).items()
            if isinstance(flow, dict)
        )
        exchange = next((f for f in flows if f.kind == "clientCredentials"), None)
        if exchange is not None:
            creds = (namer.credential(key, "Client ID", "client_id", secret=False), namer.credential(key, "Client secret", "client_secret"))
        else:
            creds = (namer.credential(key, "Access token", "token"),)
        facts = SchemeFacts(key, kind, exchanges=exchange is not None, token_url=exchange.token_url if exchange else None)
        return _placed(SecurityScheme(key, kind, description=description, flows=flows), facts, creds, namer)
    if kind == "openIdConnect":
        return _placed(SecurityScheme(key, kind, description=description, open_id_connect_url=raw.get("openIdConnectUrl")),
                       SchemeFacts(key, kind), (namer.credential(key, "Access token", "token"),), namer)
    if kind != "mutualTLS":
        diagnostics.warning(where.file, where.pointer, f"unknown security scheme type {kind!r}; it is not applied", "security")
    return SecurityScheme(key, kind, description=description)


def _placed(scheme: SecurityScheme, facts: SchemeFacts, credentials: tuple[Credential, ...], namer: CredentialNamer) -> SecurityScheme:
    return replace(scheme, placement=placement.placement_for(facts, credentials, namer.prefix))


def build_requirements(node: Located, known: set[str], diagnostics: Diagnostics) -> tuple[SecurityRequirement, ...]:
    raw = node.value
    if not isinstance(raw, list):
        return ()
    requirements: list[SecurityRequirement] = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            continue
        schemes: list[tuple[str, tuple[str, ...]]] = []
        for key, scopes in item.items():
            if key not in known:
                diagnostics.warning(node.file, f"{node.pointer}/{i}", f"security requirement names unknown scheme {key!r}", "security")
                continue
            schemes.append((str(key), tuple(str(s) for s in scopes or ())))
        requirements.append(SecurityRequirement(tuple(schemes)))
    return tuple(requirements)
