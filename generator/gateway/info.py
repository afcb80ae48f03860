"""What the gateway will do for a provider, for the Try-it page to show truthfully: the environments
it sends requests to (with their URLs), its default, and which credentials it holds, by name only."""

from __future__ import annotations

from typing import Any

from .. import __version__
from .providers import Provider

INFO_PATH = "/_gateway/providers/"


def provider_info(provider: Provider) -> dict[str, Any]:
    upstream = provider.upstream
    known = [*upstream.servers, *(e for e in upstream.overrides if e not in upstream.servers)]
    environments = [{"name": name, "url": upstream.url_of(name)} for name in known if upstream.allows(name)]
    held = sorted(provider.credentials.own)
    return {
        "gateway": f"utdk-gateway/{__version__}",
        "provider": provider.name,
        "environments": environments,
        "default": upstream.default_environment,
        "credentials": {
            "held": held,  # names only: the values never leave the gateway
            "from_page": sorted(c.env_var for c in provider.api.credentials
                                if provider.credentials.allow_page and c.env_var not in provider.credentials.own),
        },
    }
