"""Argument types of The Plaid API used by the operations on /identity paths."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    from ..models.identity import APIClientID, APISecret, AccessToken

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
