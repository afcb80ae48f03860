"""Which named schemas a set of types reaches, following references and every nesting."""

from __future__ import annotations

from typing import Iterable

from .api import Api
from .types import RefType, TypeRef, children


def schemas_reached(api: Api, roots: Iterable[TypeRef]) -> set[str]:
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        t = pending.pop()
        if isinstance(t, RefType):
            if t.key not in seen:
                seen.add(t.key)
                pending.append(api.schema(t.key).type)  # itself perhaps a reference (an alias)
            continue
        pending.extend(children(t))
    return seen


def request_types(api: Api) -> list[TypeRef]:
    """What the client sends: every parameter and request body."""
    return [p.type for op in api.operations for p in op.parameters] + [
        op.request_body.type for op in api.operations if op.request_body is not None
    ]
