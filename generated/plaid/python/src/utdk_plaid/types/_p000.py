"""Argument types of The Plaid API (part 000)."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    import datetime as _dt

    from ..models._m000 import APIClientID, APISecret, AccessToken
    from .._types import FileTypes as _FileTypes

IdentityRefreshRequestParam = _t.TypedDict(
    "IdentityRefreshRequestParam",
    {
        "client_id": "APIClientID",
        "access_token": "_t.Required[AccessToken]",
        "secret": "APISecret",
    },
    total=False,
)
"""IdentityRefreshRequest defines the request schema for `/identity/refresh`"""
