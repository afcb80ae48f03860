"""The headers an operation's success response declares, as both SDKs type and decode them.

A header's value is text on the wire; its schema says what it decodes to. Only the kinds a header
can sensibly carry are told apart (an object or a union stays text), so the SDK runtimes decode
each kind with one small rule of their own and the targets map each kind to one type."""

from __future__ import annotations

from dataclasses import dataclass

from .api import Api, Operation
from .types import ArrayType, Primitive

HEADER_KINDS = ("string", "integer", "number", "boolean", "array")
# The media type is the body's business, not a declared header (OpenAPI ignores it there too).
_IGNORED = frozenset({"content-type"})


@dataclass(frozen=True)
class DeclaredHeader:
    """A header a success response declares, as the SDKs type it."""

    name: str  # as the spec spells it
    kind: str  # one of HEADER_KINDS
    required: bool
    description: str | None


def is_declared_header(name: str) -> bool:
    return name.lower() not in _IGNORED


def declared_headers(api: Api, operation: Operation) -> tuple[DeclaredHeader, ...]:
    response = operation.success_response
    if response is None:
        return ()
    headers = []
    for header in response.headers:
        if not is_declared_header(header.name):
            continue
        shape = api.resolve(header.type)
        if isinstance(shape, ArrayType):
            kind = "array"
        elif isinstance(shape, Primitive) and shape.kind in HEADER_KINDS:
            kind = shape.kind
        else:
            kind = "string"
        headers.append(DeclaredHeader(header.name, kind, header.required, header.description))
    return tuple(headers)
