"""Servers, paired by environment name: the SDKs' default base URL and their environments."""

from __future__ import annotations

from ..context import DiffContext
from ..findings import Level, Rule, Section

B, N = Level.BREAKING, Level.NON_BREAKING

RULES = (
    Rule("server-url-changed", B, Section.BREAKING, "the {subject} server moved from {old} to {new}"),
    Rule("server-removed", B, Section.BREAKING, "the {subject} server ({old}) was removed"),
    Rule("server-added", N, Section.ADDED, "a {subject} server was added ({new})"),
    Rule("default-server-changed", B, Section.BREAKING, "the default server changed from {old} to {new}"),
)


def check(ctx: DiffContext) -> None:
    old = {s.environment: s for s in ctx.old.servers}
    new = {s.environment: s for s in ctx.new.servers}
    where = ctx.at_root("servers")
    for name, server in old.items():
        twin = new.get(name)
        if twin is None:
            ctx.report("server-removed", name, where, old=server.url)
        elif twin.default_url != server.default_url:
            ctx.report("server-url-changed", name, where, old=server.default_url, new=twin.default_url)
    for name, server in new.items():
        if name not in old:
            ctx.report("server-added", name, where, new=server.url)
    if ctx.old.servers and ctx.new.servers:
        first_old, first_new = ctx.old.servers[0], ctx.new.servers[0]
        if first_old.environment != first_new.environment and first_old.default_url != first_new.default_url:
            ctx.report("default-server-changed", "API", where, old=first_old.default_url, new=first_new.default_url)
