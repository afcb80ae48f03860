"""The naming pass: every identifier a target emits beyond the model's own declarations, settled
once per API while the model is built. Targets and snippets read these names; none of them settles
a collision of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.api import Identifiers, NamedSchema, Names, Operation, OperationIdentifiers
from ..model.types import ObjectType
from .words import Scope, python_identifier, ts_identifier, ts_type_name

WHOLE_BODY = "body"  # the argument holding a body that is not split into fields
# Python's fallbacks when a parameter already has the name; TypeScript prefixes `request` instead.
_PY_WHOLE_BODY = (WHOLE_BODY, "request_body", "body_")
# What src/index.ts declares beside the default client.
_TS_INDEX_NAMES = frozenset({"core", "lazyClient"})
# Attributes of the Python runtime's Model base class (templates/python/runtime/_models.py).
PY_MODEL_RESERVED = frozenset({"to_dict", "model_extra"})


def operation_stem(pascal: str, schema_names: set[str]) -> str:
    """The PascalCase stem of an operation's derived names, moved off a schema named like its Params type
    (the stem also names the operation's inline schemas, so it is settled before they are built)."""
    while pascal + "Params" in schema_names:
        pascal += "Op"
    return pascal


def settle(provider: str, client: Names, operations: Iterable[Operation], schemas: tuple[NamedSchema, ...]) -> Identifiers:
    ts_types = Scope({s.names.ts for s in schemas}, fold_case=True)
    by_operation = tuple(
        (op.id, OperationIdentifiers(
            ts_params=ts_types.allocate(ts_type_name(op.names.pascal + "Params")),
            ts_error_body=ts_types.allocate(ts_type_name(op.names.pascal + "ErrorBody")),
            body=whole_body_argument(op),
        ))
        for op in operations
    )
    return Identifiers(default_client_names(provider, client), by_operation, py_param_types(schemas), py_fields(schemas))


def default_client_names(provider: str, client: Names) -> Names:
    """The provider in each language's form (plaid), clear of what the package declares beside it."""
    ts = ts_identifier(provider, "client")
    py = python_identifier(provider, "client")
    return Names(
        original=provider,
        ts=ts + "Client" if ts in _TS_INDEX_NAMES | {client.ts} else ts,
        py=py + "_client" if py in {client.py, "Async" + client.py} else py,
        pascal=client.pascal,
    )


def whole_body_argument(op: Operation) -> Names | None:
    """`body` by the product's convention; a parameter already named so keeps its name."""
    body = op.request_body
    if body is None or body.fields:
        return None
    taken_ts = {p.names.ts for p in op.parameters}
    ts = WHOLE_BODY
    while ts in taken_ts:
        ts = "request" + ts[:1].upper() + ts[1:]
    taken_py = {p.names.py for p in op.parameters}
    py = next((n for n in _PY_WHOLE_BODY if n not in taken_py), None) or Scope(taken_py).allocate(WHOLE_BODY, "_")
    return Names(original=WHOLE_BODY, ts=ts, py=py, pascal="Body")


def py_param_types(schemas: tuple[NamedSchema, ...]) -> tuple[tuple[str, str], ...]:
    """The TypedDict an object schema takes as an argument: its class name + Param, unique among classes."""
    scope = Scope({s.names.py for s in schemas}, fold_case=True)
    return tuple((s.key, scope.allocate(s.names.py + "Param")) for s in schemas if isinstance(s.type, ObjectType))


def py_fields(schemas: tuple[NamedSchema, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Model attributes: each property's Python name, clear of the runtime's own and of the others
    (`to-dict` and `to_dict` are both `to_dict` at first)."""
    fields = []
    for schema in schemas:
        if isinstance(schema.type, ObjectType):
            scope = Scope(PY_MODEL_RESERVED)
            fields.append((schema.key, tuple(scope.allocate(python_identifier(p.name), "_") for p in schema.type.properties)))
    return tuple(fields)
