"""Webhooks: requests the API sends. Their payloads travel like responses (the API writes, the
receiver reads), so they are compared in that direction."""

from __future__ import annotations

from ..context import DiffContext
from ..findings import Level, Rule, Section
from .shapes import ShapeComparer

RULES = (
    Rule("webhook-removed", Level.BREAKING, Section.BREAKING, "webhook {subject} is no longer sent"),
    Rule("webhook-added", Level.NON_BREAKING, Section.ADDED, "webhook {subject} was added"),
)


def check(ctx: DiffContext, shapes: ShapeComparer) -> None:
    old = {(w.method, w.path): w for w in ctx.old.webhooks}
    new = {(w.method, w.path): w for w in ctx.new.webhooks}
    for key, webhook in old.items():
        if key not in new:
            ctx.report("webhook-removed", f"{webhook.path} ({webhook.method.upper()})", ctx.at_root("webhooks"))
    for key, webhook in new.items():
        before = old.get(key)
        subject = f"{webhook.path} ({webhook.method.upper()})"
        if before is None:
            ctx.report("webhook-added", subject, ctx.at_operation(webhook))
        elif before.request_body is not None and webhook.request_body is not None:
            where = ctx.at_operation(webhook, "requestBody")
            shapes.via = f"webhook {subject}"
            shapes.compare(before.request_body.type, webhook.request_body.type, "response", f"webhook {subject} payload", where)
