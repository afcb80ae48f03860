"""Which named schemas a type reaches, directly or through other schemas: the Python SDK's module
layout, the diff's request and response sides and the docs' "used by" lists all ask this."""

from __future__ import annotations

from typing import Iterable, Iterator

from .api import Api, Operation
from .types import RefType, TypeRef, children


def direct_refs(t: TypeRef) -> Iterator[str]:
    """The schemas t names, without following them."""
    if isinstance(t, RefType):
        yield t.key
    for child in children(t):
        yield from direct_refs(child)


def argument_types(operation: Operation) -> Iterator[TypeRef]:
    yield from (p.type for p in operation.parameters)
    if operation.request_body is not None:
        yield operation.request_body.type


def response_types(operation: Operation) -> Iterator[TypeRef]:
    for response in operation.responses:
        if response.type is not None:
            yield response.type
        yield from (h.type for h in response.headers)


def reachable_schemas(api: Api, types: Iterable[TypeRef]) -> set[str]:
    """The keys of every schema the types refer to, directly or through other schemas."""
    seen: set[str] = set()
    pending = [key for t in types for key in direct_refs(t)]
    while pending:
        key = pending.pop()
        if key not in seen:
            seen.add(key)
            pending.extend(direct_refs(api.schema(key).type))
    return seen
