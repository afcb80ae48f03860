"""The table of rules: every check has an id, a level and a message, in one place each.

API checks compare two built models; SDK checks (sdk.py) compare the two public surfaces each
SDK generates from them."""

from __future__ import annotations

from ..context import DiffContext
from ..findings import Rule
from . import bodies, docs, operations, parameters, responses, sdk, security, servers, shapes, webhooks

_MODULES = (operations, parameters, bodies, responses, shapes, webhooks, security, servers, docs, sdk)
RULES: dict[str, Rule] = {rule.id: rule for module in _MODULES for rule in module.RULES}
assert len(RULES) == sum(len(module.RULES) for module in _MODULES), "rule ids must be unique"


def check_api(ctx: DiffContext) -> None:
    comparer = shapes.ShapeComparer(ctx)
    operations.check(ctx)
    parameters.check(ctx, comparer)
    bodies.check(ctx, comparer)
    responses.check(ctx, comparer)
    webhooks.check(ctx, comparer)
    security.check(ctx)
    servers.check(ctx)
    docs.check(ctx)
