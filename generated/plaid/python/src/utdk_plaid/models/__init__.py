"""Models of The Plaid API, imported on first use."""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from ._m000 import (
        APIClientID as APIClientID,
        APISecret as APISecret,
        AccessToken as AccessToken,
        IdentityRefreshRequest as IdentityRefreshRequest,
        IdentityRefreshResponse as IdentityRefreshResponse,
        PlaidError as PlaidError,
        PlaidErrorType as PlaidErrorType,
        RequestID as RequestID,
    )

    pass

_MODULES: dict[str, str] = {
    "APIClientID": "_m000",
    "APISecret": "_m000",
    "AccessToken": "_m000",
    "RequestID": "_m000",
    "IdentityRefreshRequest": "_m000",
    "IdentityRefreshResponse": "_m000",
    "PlaidErrorType": "_m000",
    "PlaidError": "_m000",
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
