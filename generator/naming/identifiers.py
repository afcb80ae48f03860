"""The naming pass: every identifier a target emits beyond the model's own declarations, settled
once per API while the model is built. Targets and snippets read these names; none of them settles
a collision of its own.

The pass sits below the model: the model hands it what it declared (OperationFacts, SchemaFacts) and
keeps the Identifiers it returns in `Api.identifiers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..fingerprint import FieldsPickled
from .words import Scope, python_class_name, python_identifier, ts_identifier, ts_type_name

WHOLE_BODY = "body"  # the argument holding a body that is not split into fields
# Python's fallbacks when a parameter already has the name; TypeScript prefixes `request` instead.
_PY_WHOLE_BODY = (WHOLE_BODY, "request_body", "body_")
# What src/index.ts declares beside the default client.
_TS_INDEX_NAMES = frozenset({"core", "lazyClient"})
# Attributes of the Python runtime's Model base class (templates/python/runtime/_models.py).
PY_MODEL_RESERVED = frozenset({"to_dict", "model_extra"})


@dataclass(frozen=True)
class Identifier:
    """One name in each SDK language."""

    ts: str
    py: str


@dataclass(frozen=True)
class OperationIdentifiers:
    """The names the SDKs give the types derived from one operation."""

    ts_params: str  # IdentityRefreshParams: the TypeScript type of the method's argument
    ts_error_body: str  # IdentityRefreshErrorBody: the TypeScript type of its error answers
    body: Identifier | None  # ts: key, py: keyword of the argument holding the whole body (None: no such argument)
    # IdentityRefreshResponseHeaders: the type of its success response's declared headers (both languages)
    response_headers: Identifier | None = None


@dataclass(frozen=True)
class Identifiers(FieldsPickled):
    """Every name a target emits beyond the declarations' own Names."""

    default_client: Identifier  # the default client's name in the package and in user programs: plaid
    operations: tuple[tuple[str, OperationIdentifiers], ...]  # by operationId
    py_param_types: tuple[tuple[str, str], ...]  # object schema key -> its TypedDict (PetParam)
    py_fields: tuple[tuple[str, tuple[str, ...]], ...]  # object schema key -> its model's attribute per property

    @cached_property
    def _by_operation(self) -> dict[str, OperationIdentifiers]:
        return dict(self.operations)

    @cached_property
    def _param_types(self) -> dict[str, str]:
        return dict(self.py_param_types)

    @cached_property
    def _fields(self) -> dict[str, tuple[str, ...]]:
        return dict(self.py_fields)

    def operation(self, operation_id: str) -> OperationIdentifiers:
        return self._by_operation[operation_id]

    def py_param_type(self, schema_key: str) -> str:
        return self._param_types[schema_key]

    def py_field_names(self, schema_key: str) -> tuple[str, ...]:
        return self._fields[schema_key]


@dataclass(frozen=True)
class OperationFacts:
    """What the pass needs of an operation."""

    id: str
    stem: str  # PascalCase stem of its derived names (IdentityRefresh)
    parameters: tuple[Identifier, ...]  # its parameters' argument names
    whole_body: bool  # its body is one argument (not split into fields)
    declares_headers: bool = False  # its success response declares headers


@dataclass(frozen=True)
class SchemaFacts:
    """What the pass needs of a named schema."""

    key: str
    names: Identifier  # its type (TypeScript) and class (Python) names
    properties: tuple[str, ...] | None  # an object's property names as on the wire; None: not an object


def operation_stem(pascal: str, schema_names: set[str]) -> str:
    """The PascalCase stem of an operation's derived names, moved off a schema named like its Params type
    (the stem also names the operation's inline schemas, so it is settled before they are built)."""
    while pascal + "Params" in schema_names:
        pascal += "Op"
    return pascal


def settle(provider: str, client: Identifier, operations: tuple[OperationFacts, ...], schemas: tuple[SchemaFacts, ...]) -> Identifiers:
    ts_types = Scope({s.names.ts for s in schemas}, fold_case=True)
    param_types = py_param_types(schemas)
    py_classes = Scope({s.names.py for s in schemas} | {name for _, name in param_types}, fold_case=True)
    by_operation = tuple(
        (op.id, OperationIdentifiers(
            ts_params=ts_types.allocate(ts_type_name(op.stem + "Params")),
            ts_error_body=ts_types.allocate(ts_type_name(op.stem + "ErrorBody")),
            body=whole_body_argument(op.parameters) if op.whole_body else None,
            response_headers=Identifier(
                ts=ts_types.allocate(ts_type_name(op.stem + "ResponseHeaders")),
                py=py_classes.allocate(python_class_name(op.stem + "ResponseHeaders")),
            ) if op.declares_headers else None,
        ))
        for op in operations
    )
    return Identifiers(default_client_names(provider, client), by_operation, param_types, py_fields(schemas))


def default_client_names(provider: str, client: Identifier) -> Identifier:
    """The provider in each language's form (plaid), clear of what the package declares beside it."""
    ts = ts_identifier(provider, "client")
    py = python_identifier(provider, "client")
    return Identifier(
        ts=ts + "Client" if ts in _TS_INDEX_NAMES | {client.ts} else ts,
        py=py + "_client" if py in {client.py, "Async" + client.py} else py,
    )


def whole_body_argument(parameters: tuple[Identifier, ...]) -> Identifier:
    """`body` by the product's convention; a parameter already named so keeps its name."""
    taken_ts = {p.ts for p in parameters}
    ts = WHOLE_BODY
    while ts in taken_ts:
        ts = "request" + ts[:1].upper() + ts[1:]
    taken_py = {p.py for p in parameters}
    py = next((n for n in _PY_WHOLE_BODY if n not in taken_py), None) or Scope(taken_py).allocate(WHOLE_BODY, "_")
    return Identifier(ts=ts, py=py)


def py_param_types(schemas: tuple[SchemaFacts, ...]) -> tuple[tuple[str, str], ...]:
    """The TypedDict an object schema takes as an argument: its class name + Param, unique among classes."""
    scope = Scope({s.names.py for s in schemas}, fold_case=True)
    return tuple((s.key, scope.allocate(s.names.py + "Param")) for s in schemas if s.properties is not None)


def py_fields(schemas: tuple[SchemaFacts, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Model attributes: each property's Python name, clear of the runtime's own and of the others
    (`to-dict` and `to_dict` are both `to_dict` at first)."""
    fields = []
    for schema in schemas:
        if schema.properties is not None:
            scope = Scope(PY_MODEL_RESERVED)
            fields.append((schema.key, tuple(scope.allocate(python_identifier(name), "_") for name in schema.properties)))
    return tuple(fields)
