"""Security: the schemes an API declares and what each operation requires.

An operation accepts any one of its requirements; a client keeps working as long as the
alternative it uses is still accepted, so a requirement lost or tightened is breaking and a new
alternative is not."""

from __future__ import annotations

from ...model import Operation, SecurityRequirement, SecurityScheme
from ..context import DiffContext, operation_label
from ..findings import Level, Rule, Section

B, N = Level.BREAKING, Level.NON_BREAKING

RULES = (
    Rule("security-requirement-removed", B, Section.BREAKING, "{subject} no longer accepts {requirement}"),
    Rule("security-requirement-added", N, Section.ADDED, "{subject} also accepts {requirement}"),
    Rule("security-scheme-removed", B, Section.BREAKING, "security scheme {subject} was removed"),
    Rule("security-scheme-changed", B, Section.BREAKING, "security scheme {subject} changed: {old} became {new}"),
    Rule("security-scheme-added", N, Section.ADDED, "security scheme {subject} was added"),
)


def _describe(requirement: SecurityRequirement) -> str:
    if not requirement.schemes:
        return "anonymous access"
    return " + ".join(f"{key}" + (f" (scopes {', '.join(scopes)})" if scopes else "") for key, scopes in requirement.schemes)


def _alternatives(requirements: tuple[SecurityRequirement, ...]) -> dict[frozenset[tuple[str, frozenset[str]]], SecurityRequirement]:
    return {frozenset((key, frozenset(scopes)) for key, scopes in r.schemes): r for r in requirements}


def _compare(ctx: DiffContext, old: tuple[SecurityRequirement, ...], new: tuple[SecurityRequirement, ...],
             subject: str, where: tuple[str, str]) -> None:
    old_alternatives, new_alternatives = _alternatives(old or (SecurityRequirement(()),)), _alternatives(new or (SecurityRequirement(()),))
    for key, requirement in old_alternatives.items():
        if key not in new_alternatives:
            ctx.report("security-requirement-removed", subject, where, requirement=_describe(requirement))
    for key, requirement in new_alternatives.items():
        if key not in old_alternatives:
            ctx.report("security-requirement-added", subject, where, requirement=_describe(requirement))


def _inherits(op: Operation, api_security: tuple[SecurityRequirement, ...]) -> bool:
    return op.security == api_security


def _scheme_shape(scheme: SecurityScheme) -> str:
    parts = [scheme.kind]
    if scheme.location:
        parts.append(f"in {scheme.location} {scheme.parameter_name}")
    if scheme.http_scheme:
        parts.append(scheme.http_scheme)
    parts.extend(f"{f.kind} flow at {f.token_url or f.authorization_url}" for f in scheme.flows)
    return " ".join(parts)


def check(ctx: DiffContext) -> None:
    old_schemes = {s.key: s for s in ctx.old.security_schemes}
    new_schemes = {s.key: s for s in ctx.new.security_schemes}
    for key, scheme in old_schemes.items():
        twin = new_schemes.get(key)
        if twin is None:
            ctx.report("security-scheme-removed", key, ctx.at_root("components", "securitySchemes"))
        elif _scheme_shape(scheme) != _scheme_shape(twin):
            ctx.report("security-scheme-changed", key, ctx.at_root("components", "securitySchemes", key),
                       old=_scheme_shape(scheme), new=_scheme_shape(twin))
    for key in new_schemes.keys() - old_schemes.keys():
        ctx.report("security-scheme-added", key, ctx.at_root("components", "securitySchemes", key))
    _compare(ctx, ctx.old.security, ctx.new.security, "the API", ctx.at_root("security"))
    for old_op, new_op in ctx.pairs:
        if _inherits(old_op, ctx.old.security) and _inherits(new_op, ctx.new.security):
            continue  # reported once for the API
        _compare(ctx, old_op.security, new_op.security, operation_label(new_op), ctx.at_operation(new_op, "security"))
