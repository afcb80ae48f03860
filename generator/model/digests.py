"""Content digests of the model, so that a target can tell, before it builds anything, whether
what one piece of its output reads is what it was at the last run.

A schema's digest covers the schema and every schema it reaches (a Merkle digest over the
strongly connected components of the reference graph: schemas that reach each other share one);
an operation's covers the operation and every schema it reaches; the outline covers everything
of the Api outside its operations and schemas. Equal digests mean equal model values, so a piece
of output made only from the values a digest covers is the same whenever the digest is. The
model is frozen dataclasses holding schemas by key, so pickling a value gives its content
exactly (no sets: the bytes do not depend on the hash seed; generator/fingerprint.py)."""

from __future__ import annotations

import dataclasses
import weakref
from functools import cached_property
from typing import Any

from ..fingerprint import fingerprint

from .api import Api, NamedSchema, Operation
from .graph import components
from .reach import argument_types, reach_index, references, response_types
from .types import Discriminator, RefType, TypeRef


def digest(*values: Any) -> bytes:
    return fingerprint(values)


def referenced_keys(value: Any) -> list[str]:
    """Every schema key a model value names anywhere inside it (references and discriminator
    mappings), in order, with repeats."""
    found: list[str] = []
    _collect(value, found)
    return found


_ATOMS = frozenset({str, int, float, bool, type(None), bytes})
_FIELDS: dict[type, tuple[str, ...]] = {}


def _collect(value: Any, found: list[str]) -> None:
    cls = type(value)
    if cls in _ATOMS:
        return
    if cls is RefType:
        found.append(value.key)
        return
    if cls is tuple:
        for item in value:
            _collect(item, found)
        return
    if cls is dict or cls is list:
        return  # JSON values (examples, defaults): the model's own sequences are tuples
    if cls is Discriminator:
        found.extend(key for _, key in value.mapping)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()
    for name in names:
        _collect(getattr(value, name), found)


# Where a piece is written, kept for messages (diagnostics, the diff): no target reads these
# (tests/core/test_architecture.py), so a spec moved to another folder changes no digest.
WHERE_WRITTEN = {NamedSchema: ("pointer", "file"), Operation: ("pointer",), Api: ("source_file",)}


_KEPT_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls) if f.name not in left_out) for cls, left_out in WHERE_WRITTEN.items()
}


def _content(value: NamedSchema | Operation | Api) -> tuple[Any, ...]:
    """The value's fields but where it is written."""
    return (type(value).__name__, *(getattr(value, name) for name in _KEPT_FIELDS[type(value)]))


def _own_digest(value: NamedSchema | Operation) -> bytes:
    """A schema's or an operation's own content (not that of the schemas it names)."""
    return digest(_content(value))


# Own digests made where a model was written out (model/kept.py), by the id of each model still
# alive (a run may hold several providers' models), each by the id of its schemas and operations.
_KNOWN: dict[int, tuple[weakref.ref[Api], dict[int, bytes]]] = {}


def know_own_digests(api: Api, own: dict[int, bytes]) -> None:
    """Own digests of every schema and operation of `api`, made by whoever wrote its content out
    anyway: any digest that changes whenever the value's own content does serves (as
    _own_digest's), and ModelDigests then takes these instead of making them."""
    for key in [key for key, (ref, _) in _KNOWN.items() if ref() is None]:
        del _KNOWN[key]
    _KNOWN[id(api)] = (weakref.ref(api), own)


def _own_digests_known(api: Api) -> dict[int, bytes]:
    found = _KNOWN.get(id(api))
    return found[1] if found is not None and found[0]() is api else {}


class ModelDigests:
    def __init__(self, api: Api) -> None:
        self.api = api
        self._known = _own_digests_known(api)

    def _own(self, value: NamedSchema | Operation) -> bytes:
        return self._known.get(id(value)) or _own_digest(value)

    @cached_property
    def outline(self) -> bytes:
        """Everything of the Api but its operations' and schemas' contents (their keys and order included)."""
        left_out = ("operations", "schemas", *WHERE_WRITTEN[Api])
        fields = {f.name: getattr(self.api, f.name) for f in dataclasses.fields(Api) if f.name not in left_out}
        return digest(fields, tuple(op.id for op in self.api.operations), tuple(s.key for s in self.api.schemas))

    @cached_property
    def _schemas(self) -> dict[str, bytes]:
        return _closure_digests(self.api, {s.key: self._own(s) for s in self.api.schemas})

    def settle(self) -> None:
        """Makes every schema's digest now: a process forked afterwards shares them."""
        self._schemas  # noqa: B018 - made on first use

    def schema(self, key: str) -> bytes:
        """The schema's content and that of every schema it reaches."""
        return self._schemas[key]

    def operation(self, operation: Operation, *beside: Any) -> bytes:
        """The operation's content, that of every schema it reaches, and `beside` (what a target
        settles about the operation elsewhere, such as how it pages) with the schemas it reaches."""
        keys = sorted(operation_keys(operation) | set(referenced_keys(beside)))
        return digest(self._own(operation), beside, [(key, self._schemas.get(key, b"")) for key in keys])


def operation_keys(operation: Operation) -> set[str]:
    """The schema keys an operation names (what referenced_keys finds in it, from its types only)."""
    types: list[TypeRef] = [*argument_types(operation), *response_types(operation)]
    if operation.request_body is not None:
        types += [f.property.type for f in operation.request_body.fields]
    types += [r.event_stream.events for r in operation.responses if r.event_stream is not None and r.event_stream.events is not None]
    if operation.stream is not None:
        types += [operation.stream.events] if operation.stream.events is not None else []
        types += [operation.stream.flag.property.type] if operation.stream.flag is not None else []
    found: set[str] = set()
    for t in types:
        named, mapped = references(t)
        found.update(named, mapped)
    return found


def _closure_digests(api: Api, own: dict[str, bytes]) -> dict[str, bytes]:
    """A component's digest is made after those of every component it reaches."""
    references = reach_index(api).references
    # (set.intersection would walk all of `references` for each schema)
    edges = {key: sorted(k for k in {*named, *mapped} if k in references) for key, (named, mapped) in references.items()}
    found: dict[str, bytes] = {}
    for members in components(edges):
        inside = set(members)
        outside = sorted({found[s] for m in members for s in edges[m] if s not in inside})
        value = digest([(m, own[m]) for m in members], outside)
        for m in members:
            found[m] = value
    return found
