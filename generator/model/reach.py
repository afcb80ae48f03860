"""Which named schemas a type reaches, directly or through other schemas: the Python SDK's module
layout, the diff's request and response sides and the docs' "used by" lists all ask this."""

from __future__ import annotations

import weakref
from typing import Iterable, Iterator

from .api import Api, Operation
from .graph import components
from .types import RefType, TypeRef, UnionType, children


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
    return reach_index(api).of(types)


def references(t: TypeRef) -> tuple[list[str], list[str]]:
    """The schemas t names (direct_refs' order, each once), and those its discriminators map to."""
    named: dict[str, None] = {}
    mapped: list[str] = []
    pending = [t]
    while pending:
        current = pending.pop()
        if type(current) is RefType:
            named[current.key] = None
            continue
        if type(current) is UnionType and current.discriminator is not None:
            mapped.extend(key for _, key in current.discriminator.mapping)
        pending.extend(reversed(children(current)))
    return list(named), mapped


class Reach:
    """Every schema's closure, made once for the model: a bit set over api.schemas' order, each
    component's from those of the components it reaches. Each schema's references (`references`)
    are found once for it and for the model's digests."""

    def __init__(self, api: Api) -> None:
        self._keys = [s.key for s in api.schemas]
        self._bit = {key: 1 << i for i, key in enumerate(self._keys)}
        self.references = {s.key: references(s.type) for s in api.schemas}
        edges = {key: named for key, (named, _) in self.references.items()}
        self._closure: dict[str, int] = {}
        for members in components(edges):
            reached = 0
            for member in members:
                reached |= self._bit[member]
                for target in edges[member]:
                    reached |= self._closure.get(target, 0)
            for member in members:
                self._closure[member] = reached

    def of(self, types: Iterable[TypeRef]) -> set[str]:
        reached = 0
        for t in types:
            for key in direct_refs(t):
                reached |= self._closure[key]
        found: set[str] = set()
        while reached:
            lowest = reached & -reached
            found.add(self._keys[lowest.bit_length() - 1])
            reached ^= lowest
        return found


# the model asked about last (not kept alive by this) and its closures
_LAST: list[tuple[weakref.ref[Api], Reach]] = []


def reach_index(api: Api) -> Reach:
    """The model's closures, made on first use (made before forking, a process forked afterwards shares them)."""
    if not _LAST or _LAST[0][0]() is not api:
        _LAST[:] = [(weakref.ref(api), Reach(api))]
    return _LAST[0][1]
