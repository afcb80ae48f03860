"""Models of The Plaid API, imported on first use."""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .identity import (
        APIClientID as APIClientID,
        APISecret as APISecret,
        AccessToken as AccessToken,
        IdentityRefreshRequest as IdentityRefreshRequest,
        IdentityRefreshResponse as IdentityRefreshResponse,
        PlaidError as PlaidError,
        PlaidErrorType as PlaidErrorType,
        RequestID as RequestID,
    )

_MODULES: dict[str, str] = {
    "APIClientID": "identity",
    "APISecret": "identity",
    "AccessToken": "identity",
    "RequestID": "identity",
    "IdentityRefreshRequest": "identity",
    "IdentityRefreshResponse": "identity",
    "PlaidErrorType": "identity",
    "PlaidError": "identity",
}

if not _t.TYPE_CHECKING:

    def __getattr__(name: str) -> _t.Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
