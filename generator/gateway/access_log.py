"""One access-log line per request, whatever answered it (the gateway, CORS, or the upstream).

    method=POST provider=plaid operation=identityRefresh status=200 duration_ms=812.4 request_id=req-123

Only names from the model, numbers and the upstream's request id (cleaned) are written: never a path,
query, header or body, which is where credentials travel.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ERROR_HEADER, Redactor
from .metrics import Metrics

ACCESS_LOGGER = logging.getLogger("utdk.gateway.access")
FIELDS_KEY = "utdk.gateway.access"
_UNSAFE = re.compile(r"[^A-Za-z0-9._:@/+=-]")
_ERROR_HEADER = ERROR_HEADER.lower().encode()


@dataclass
class AccessFields:
    """Filled in by the endpoint as it learns them."""

    provider: str = "-"
    operation: str = "-"
    request_id: str | None = None
    note: str | None = None
    secrets: list[str] = field(default_factory=list)  # what this request's page sent, to redact


def fields_of(scope: Scope) -> AccessFields:
    fields = scope.get(FIELDS_KEY)
    return fields if isinstance(fields, AccessFields) else AccessFields()


class AccessLog:
    def __init__(self, app: ASGIApp, redact: Redactor, metrics: Metrics | None = None) -> None:
        self.app = app
        self.redact = redact
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fields = AccessFields()
        scope[FIELDS_KEY] = fields
        status = 0
        error_kind: str | None = None
        start = time.perf_counter()

        async def capture(message: Message) -> None:
            nonlocal status, error_kind
            if message["type"] == "http.response.start":
                status = int(message["status"])
                error_kind = next((v.decode("latin-1") for k, v in message.get("headers", ()) if k == _ERROR_HEADER), None)
            await send(message)

        try:
            await self.app(scope, receive, capture)
        except BaseException as exc:
            fields.note = fields.note or f"error={type(exc).__name__}"
            raise
        finally:
            seconds = time.perf_counter() - start
            duration_ms = seconds * 1000
            if self.metrics is not None and (fields.provider != "-" or error_kind):
                self.metrics.observe(fields.provider, fields.operation, status, seconds, error_kind)
            line = (f"method={log_token(scope.get('method', '-'))} provider={log_token(fields.provider)} "
                    f"operation={log_token(fields.operation)} status={status or '-'} duration_ms={duration_ms:.1f}")
            if fields.request_id:
                line += f" request_id={log_token(fields.request_id)}"
            if fields.note:
                line += f" {fields.note}"
            ACCESS_LOGGER.info(self.redact.with_secrets(fields.secrets)(line))


def log_token(value: str) -> str:
    """One token, so a value from upstream cannot forge a second log line or field."""
    return _UNSAFE.sub("_", value)[:128] or "-"
