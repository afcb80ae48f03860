"""Responses of paired operations: status codes, media types and the shape of what comes back."""

from __future__ import annotations

from ..context import DiffContext, operation_label
from ..findings import Level, Rule, Section
from .shapes import ShapeComparer

B, N = Level.BREAKING, Level.NON_BREAKING

RULES = (
    Rule("response-success-status-removed", B, Section.BREAKING, "{subject} no longer answers {status}"),
    Rule("response-error-status-removed", N, Section.CHANGED, "{subject} no longer documents the {status} answer"),
    Rule("response-status-added", N, Section.ADDED, "{subject} may now answer {status}"),
    Rule("response-media-type-changed", B, Section.BREAKING, "the {status} answer of {subject} is {new} instead of {old}"),
    Rule("response-body-removed", B, Section.BREAKING, "the {status} answer of {subject} no longer has a body"),
    Rule("response-body-added", N, Section.ADDED, "the {status} answer of {subject} now has a body"),
    Rule("response-header-removed", B, Section.BREAKING, "the {status} answer of {subject} no longer has the {header} header"),
    Rule("response-header-added", N, Section.ADDED, "the {status} answer of {subject} has a new {header} header"),
)


def check(ctx: DiffContext, shapes: ShapeComparer) -> None:
    for old_op, new_op in ctx.pairs:
        label = operation_label(new_op)
        new_by_status = {r.status: r for r in new_op.responses}
        old_statuses = {r.status for r in old_op.responses}
        for old in old_op.responses:
            new = new_by_status.get(old.status)
            if new is None:
                rule = "response-success-status-removed" if old.is_success else "response-error-status-removed"
                ctx.report(rule, label, ctx.at_operation(new_op, "responses"), status=old.status)
                continue
            where = ctx.at_operation(new_op, "responses", new.status)
            old_headers, new_headers = {h.name.lower() for h in old.headers}, {h.name.lower(): h.name for h in new.headers}
            for header in sorted({h.name for h in old.headers if h.name.lower() not in new_headers}):
                ctx.report("response-header-removed", label, where, status=new.status, header=header)
            for key, header in sorted(new_headers.items()):
                if key not in old_headers:
                    ctx.report("response-header-added", label, where, status=new.status, header=header)
            if old.type is not None and new.type is None:
                ctx.report("response-body-removed", label, where, status=new.status)
            elif old.type is None and new.type is not None:
                ctx.report("response-body-added", label, where, status=new.status)
            elif old.content_type != new.content_type:
                ctx.report("response-media-type-changed", label, where, status=new.status, old=old.content_type, new=new.content_type)
            elif old.type is not None and new.type is not None:
                shapes.via = f"{label} {new.status}"
                shapes.compare(old.type, new.type, "response", f"{label} {new.status} answer", where)
        for new in new_op.responses:
            if new.status not in old_statuses:
                ctx.report("response-status-added", label, ctx.at_operation(new_op, "responses", new.status), status=new.status)
