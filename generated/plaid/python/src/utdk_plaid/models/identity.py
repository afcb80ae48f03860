"""Response models of The Plaid API used by the operations on /identity paths."""

from __future__ import annotations

import typing as _t

from .._models import Model as _Model

APIClientID: _t.TypeAlias = str
"""Your Plaid API `client_id`. The `client_id` is required and may be provided either in
the `PLAID-CLIENT-ID` header or as part of a request body."""


APISecret: _t.TypeAlias = str
"""Your Plaid API `secret`. The `secret` is required and may be provided either in the
`PLAID-SECRET` header or as part of a request body."""


AccessToken: _t.TypeAlias = str
"""The access token associated with the Item data is being requested for."""


RequestID: _t.TypeAlias = str
"""A unique identifier for the request, which can be used for troubleshooting. This
identifier, like all Plaid identifiers, is case sensitive."""


class IdentityRefreshRequest(_Model):
    """IdentityRefreshRequest defines the request schema for `/identity/refresh`"""

    client_id: APIClientID | None
    """Your Plaid API `client_id`. The `client_id` is required and may be provided
    either in the `PLAID-CLIENT-ID` header or as part of a request body."""
    access_token: AccessToken
    """The access token associated with the Item data is being requested for."""
    secret: APISecret | None
    """Your Plaid API `secret`. The `secret` is required and may be provided either in
    the `PLAID-SECRET` header or as part of a request body."""
    _required = ("access_token",)


class IdentityRefreshResponse(_Model):
    """IdentityRefreshResponse defines the response schema for `/identity/refresh`"""

    request_id: RequestID
    """A unique identifier for the request, which can be used for troubleshooting. This
    identifier, like all Plaid identifiers, is case sensitive."""
    _required = ("request_id",)


PlaidErrorType: _t.TypeAlias = _t.Literal[
    "INVALID_REQUEST",
    "INVALID_RESULT",
    "INVALID_INPUT",
    "INSTITUTION_ERROR",
    "RATE_LIMIT_EXCEEDED",
    "API_ERROR",
    "ITEM_ERROR",
]
"""A broad categorization of the error. Safe for programmatic use."""


class PlaidError(_Model):
    """Errors are identified by `error_code` and categorized by `error_type`. Use these
    in preference to HTTP status codes to identify and handle specific errors."""

    error_type: PlaidErrorType
    """A broad categorization of the error. Safe for programmatic use."""
    error_code: str
    """The particular error code. Safe for programmatic use."""
    error_message: str
    """A developer-friendly representation of the error code."""
    display_message: str | None
    """A user-friendly representation of the error code. `null` if the error is not
    related to user action."""
    request_id: str | None
    """A unique ID identifying the request, to be used for troubleshooting purposes."""
    documentation_url: str | None
    """The URL of a Plaid documentation page with more information about the error"""
    _required = ("error_type", "error_code", "error_message", "display_message")
