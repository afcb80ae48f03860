"""Parameters of paired operations, matched by location and wire name."""

from __future__ import annotations

from ...model import Parameter
from ..context import DiffContext, operation_label
from ..findings import Level, Rule, Section
from .shapes import ShapeComparer, report_default

B, N = Level.BREAKING, Level.NON_BREAKING

RULES = (
    Rule("request-parameter-removed", B, Section.BREAKING, "{subject} was removed"),
    Rule("request-parameter-added-required", B, Section.BREAKING, "{subject} was added as required"),
    Rule("request-parameter-added-optional", N, Section.ADDED, "optional {subject} was added"),
    Rule("request-parameter-location-changed", B, Section.BREAKING, "{subject} moved from the {old} to the {new}"),
    Rule("request-parameter-became-required", B, Section.BREAKING, "{subject} became required"),
    Rule("request-parameter-became-optional", N, Section.CHANGED, "{subject} became optional"),
    Rule("request-parameter-serialization-changed", B, Section.BREAKING, "{subject} is serialised differently: {old} became {new}"),
    Rule("request-parameter-deprecated", N, Section.DEPRECATED, "{subject} is deprecated"),
)


def _key(param: Parameter) -> tuple[str, str]:
    # header names are case-insensitive on the wire
    return param.location, param.name.lower() if param.location == "header" else param.name


def _subject(op_label: str, param: Parameter) -> str:
    return f"{op_label} {param.location} parameter {param.name}"


def check(ctx: DiffContext, shapes: ShapeComparer) -> None:
    for old_op, new_op in ctx.pairs:
        label = operation_label(new_op)
        old_params = {_key(p): p for p in old_op.parameters}
        new_params = {_key(p): p for p in new_op.parameters}
        new_by_name = {p.name: p for p in new_op.parameters}
        for key, param in old_params.items():
            twin = new_params.get(key)
            if twin is None:
                moved = new_by_name.get(param.name)
                if moved is not None and (moved.location, moved.name) not in old_params:
                    ctx.report("request-parameter-location-changed", _subject(label, moved), ctx.at_parameter(new_op, moved),
                               old=param.location, new=moved.location)
                else:
                    ctx.report("request-parameter-removed", _subject(label, param), ctx.at_operation(new_op, "parameters"))
                continue
            subject = _subject(label, twin)
            where = ctx.at_parameter(new_op, twin)
            if twin.required and not param.required:
                ctx.report("request-parameter-became-required", subject, where)
            elif param.required and not twin.required:
                ctx.report("request-parameter-became-optional", subject, where)
            if (param.style, param.explode) != (twin.style, twin.explode):
                ctx.report("request-parameter-serialization-changed", subject, where,
                           old=f"style={param.style}, explode={param.explode}", new=f"style={twin.style}, explode={twin.explode}")
            if twin.deprecated and not param.deprecated:
                ctx.report("request-parameter-deprecated", subject, where)
            report_default(ctx, (param.has_default, param.default), (twin.has_default, twin.default), subject, where)
            shapes.via = label
            shapes.compare(param.type, twin.type, "request", subject, where)
        for key, param in new_params.items():
            if key in old_params or any(p.name == param.name and _key(p) not in new_params for p in old_op.parameters):
                continue
            rule = "request-parameter-added-required" if param.required else "request-parameter-added-optional"
            ctx.report(rule, _subject(label, param), ctx.at_parameter(new_op, param))
