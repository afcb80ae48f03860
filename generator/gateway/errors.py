"""Errors the gateway itself makes: one JSON shape and one header, secrets redacted.

    {"error": {"type": "<kind>", "message": "<plain words>"}}   X-Gateway-Error: <kind>
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from starlette.responses import JSONResponse

ERROR_HEADER = "X-Gateway-Error"
STATUS_BY_KIND = {
    "bad_request": 400,
    "forbidden": 403,
    "not_found": 404,
    "method_not_allowed": 405,
    "payload_too_large": 413,
    "rate_limited": 429,
    "upstream_unreachable": 502,
    "busy": 503,
    "upstream_timeout": 504,
}
UPSTREAM_FAILURES = frozenset({"upstream_unreachable", "upstream_timeout"})
REDACTED = "[redacted]"


class GatewayError(Exception):
    def __init__(self, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
        assert kind in STATUS_BY_KIND, kind
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.headers = headers or {}

    @property
    def status(self) -> int:
        return STATUS_BY_KIND[self.kind]


class Redactor:
    """Replaces every known secret in a text; longest first so a secret containing another goes whole."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def with_secrets(self, secrets: Collection[str]) -> "Redactor":
        return Redactor([*self.secrets, *secrets]) if secrets else self

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text


def error_response(error: GatewayError, redact: Redactor) -> JSONResponse:
    body = {"error": {"type": error.kind, "message": redact(error.message)}}
    headers = {**error.headers, ERROR_HEADER: error.kind, "Cache-Control": "no-store"}
    return JSONResponse(body, status_code=error.status, headers=headers)
