"""Request bodies of paired operations: presence, media type, and the shape of what is sent."""

from __future__ import annotations

from ..context import DiffContext, operation_label
from ..findings import Level, Rule, Section
from .shapes import ShapeComparer

B, N = Level.BREAKING, Level.NON_BREAKING

RULES = (
    Rule("request-body-added-required", B, Section.BREAKING, "{subject} now requires a request body"),
    Rule("request-body-added-optional", N, Section.ADDED, "{subject} now takes an optional request body"),
    Rule("request-body-removed", B, Section.BREAKING, "{subject} no longer takes a request body"),
    Rule("request-body-became-required", B, Section.BREAKING, "the request body of {subject} became required"),
    Rule("request-body-became-optional", N, Section.CHANGED, "the request body of {subject} became optional"),
    Rule("request-body-media-type-changed", B, Section.BREAKING, "{subject} no longer accepts {old}; it takes {new}"),
)


def check(ctx: DiffContext, shapes: ShapeComparer) -> None:
    for old_op, new_op in ctx.pairs:
        old, new = old_op.request_body, new_op.request_body
        label = operation_label(new_op)
        where = ctx.at_operation(new_op, "requestBody")
        if old is None and new is None:
            continue
        if old is None:
            assert new is not None
            ctx.report("request-body-added-required" if new.required else "request-body-added-optional", label, where)
            continue
        if new is None:
            ctx.report("request-body-removed", label, ctx.at_operation(new_op))
            continue
        if new.required and not old.required:
            ctx.report("request-body-became-required", label, where)
        elif old.required and not new.required:
            ctx.report("request-body-became-optional", label, where)
        if old.content_type not in (new.content_types or (new.content_type,)):
            ctx.report("request-body-media-type-changed", label, where, old=old.content_type, new=new.content_type)
            continue
        shapes.via = label
        shapes.compare(old.type, new.type, "request", f"{label} request body", where)
