"""Operations: removed, added, moved to another method or path, renamed, deprecated."""

from __future__ import annotations

from ..context import DiffContext, operation_label
from ..findings import Level, Rule, Section

B, N = Level.BREAKING, Level.NON_BREAKING

RULES = (
    Rule("operation-removed", B, Section.BREAKING, "operation {subject} was removed"),
    Rule("operation-added", N, Section.ADDED, "operation {subject} was added"),
    Rule("operation-method-changed", B, Section.BREAKING, "operation {subject} moved from {old} to {new}"),
    Rule("operation-path-changed", B, Section.BREAKING, "operation {subject} moved from {old} to {new}"),
    Rule("operation-id-changed", N, Section.CHANGED, "operation {subject} changed its operationId from {old} to {new}"),
    Rule("operation-deprecated", N, Section.DEPRECATED, "operation {subject} is deprecated"),
    Rule("operation-undeprecated", N, Section.CHANGED, "operation {subject} is no longer deprecated"),
)


def check(ctx: DiffContext) -> None:
    for op in ctx.removed:
        ctx.report("operation-removed", operation_label(op), ctx.at_root("paths"))
    for op in ctx.added:
        ctx.report("operation-added", operation_label(op), ctx.at_operation(op))
    for old, new in ctx.moved:
        rule = "operation-method-changed" if old.method != new.method else "operation-path-changed"
        ctx.report(rule, new.id, ctx.at_operation(new), old=operation_label(old), new=operation_label(new))
    moved = {id(new) for _, new in ctx.moved}
    for old, new in ctx.pairs:
        subject = operation_label(new)
        if old.id != new.id and id(new) not in moved:
            ctx.report("operation-id-changed", subject, ctx.at_operation(new, "operationId"), old=old.id, new=new.id)
        if new.deprecated and not old.deprecated:
            ctx.report("operation-deprecated", subject, ctx.at_operation(new, "deprecated"))
        elif old.deprecated and not new.deprecated:
            ctx.report("operation-undeprecated", subject, ctx.at_operation(new))
