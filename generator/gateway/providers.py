"""Every provider of the config, loaded once at startup into what a request needs."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from ..config import ProviderConfig
from ..diagnostics import Level
from ..spec_to_api import load_api
from ..model.api import Api
from .credentials import Authorizer, CredentialSource
from .oauth import TokenCache
from .routing import Router
from .settings import GatewayConfigError, GatewaySettings, ProviderGatewaySettings
from .transport import UpstreamClient
from .upstream import Upstream


@dataclass(frozen=True)
class Provider:
    name: str
    api: Api
    router: Router
    upstream: Upstream
    credentials: CredentialSource
    authorizer: Authorizer


def load_providers(providers: tuple[ProviderConfig, ...], settings: GatewaySettings,
                   client: UpstreamClient, environ: Mapping[str, str] | None = None) -> dict[str, Provider]:
    environ = os.environ if environ is None else environ
    loaded: dict[str, Provider] = {}
    for config in providers:
        loaded[config.name] = provider(provider_api(config), settings.providers.get(config.name, ProviderGatewaySettings()),
                                       client, environ)
    return loaded


def provider_api(config: ProviderConfig) -> Api:
    # Validation is the generator's job; the gateway needs only the model.
    result = load_api(config.spec, config.name, validate=False)
    errors = [d for d in result.diagnostics if d.level is Level.ERROR]
    if not isinstance(result.api, Api) or errors:
        first = errors[0].render() if errors else f"{config.spec}: no API could be read"
        raise GatewayConfigError(f"provider {config.name}: {first}")
    return result.api


def provider(api: Api, settings: ProviderGatewaySettings, client: UpstreamClient,
             environ: Mapping[str, str]) -> Provider:
    return Provider(
        name=api.provider,
        api=api,
        router=Router(api.operations),
        upstream=Upstream.for_provider(api.provider, api.servers, settings),
        credentials=CredentialSource(api, dict(settings.credentials), environ, settings.allow_page_credentials),
        authorizer=Authorizer(api, TokenCache(client)),
    )
