"""Which operations send an idempotency key, and in which header: decided once, here.

An operation sends one when its spec declares the header as a parameter (`Idempotency-Key`, or
the header generator.yaml names), or when generator.yaml names a header for it: per operation
(`idempotency_header: {createTransfer: Idempotency-Key}`) or for the whole provider
(`idempotency_header: Idempotency-Key`: every POST, PUT, PATCH and DELETE). Nothing else does:
a server that does not ask for the header may refuse one it does not know."""

from __future__ import annotations

from typing import Iterable, Mapping

from .api import Operation

DEFAULT_HEADER = "Idempotency-Key"
_UNSAFE_METHODS = frozenset({"post", "put", "patch", "delete"})


def idempotency_header(
    operation: Operation, provider_header: str | None = None, per_operation: Mapping[str, str] | None = None
) -> str | None:
    configured = (per_operation or {}).get(operation.id)
    if configured:
        return configured
    wanted = {DEFAULT_HEADER.lower(), (provider_header or DEFAULT_HEADER).lower()}
    for param in operation.parameters:
        if param.location == "header" and param.name.lower() in wanted:
            return param.name
    if provider_header and operation.method in _UNSAFE_METHODS:
        return provider_header
    return None


def idempotency_headers(
    operations: Iterable[Operation], provider_header: str | None, per_operation: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """Operation id -> the header its idempotency key goes in, for the operations that send one."""
    configured = dict(per_operation)
    chosen = {op.id: idempotency_header(op, provider_header, configured) for op in operations}
    return {key: header for key, header in chosen.items() if header}
