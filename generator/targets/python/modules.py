"""Which module holds each method, model and argument type, named after what is inside.

Operations come in the groups of model/groups.py (tags, or first path segments), one module per
group in `_resources/`. A schema's model (in `models/`) and argument type (in `types/`) live in
the module of the one group whose operations reach it; schemas that several groups reach live in
`shared`, schemas no operation reaches in `unreferenced`. Every module is imported on first use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ...model import Api, Operation
from ...model.groups import Grouping, group_operations
from ...model.reach import argument_types, reachable_schemas
from ...model.types import TypeRef
from ...naming import Scope, python_identifier

# Names a package's __init__ binds itself (`from __future__ import annotations`), which a
# submodule of the same name would replace once imported.
RESERVED_MODULES = frozenset({"annotations"})
SHARED = "shared"
UNREFERENCED = "unreferenced"


@dataclass(frozen=True)
class ResourceModule:
    """One module of _resources/: the operations of one group."""

    module: str
    doc: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class ModuleLayout:
    """Which module each operation and schema of the Python package is written in."""

    resources: tuple[ResourceModule, ...]
    schema_modules: dict[str, str]  # schema key -> module in models/ (and types/ for its TypedDict)
    schema_docs: dict[str, str]  # module -> what its schemas have in common, for module docstrings


def _operation_types(operation: Operation) -> Iterator[TypeRef]:
    yield from argument_types(operation)
    yield from (r.type for r in operation.responses if r.type is not None)


def _group_doc(grouping: Grouping, name: str) -> str:
    return f"tagged {name}" if grouping.by == "tag" else f"on /{name} paths"


def module_layout(api: Api) -> ModuleLayout:
    grouping = group_operations(api.operations, api.tags)
    scope = Scope(RESERVED_MODULES)
    resources = []
    reached_by: dict[str, list[str]] = {}
    docs: dict[str, str] = {}
    for group in grouping.groups:
        module = scope.allocate(python_identifier(group.name, "root"), "_")
        resources.append(ResourceModule(module, f"Operations {_group_doc(grouping, group.name)}.", group.operations))
        docs[module] = f"used by the operations {_group_doc(grouping, group.name)}"
        for key in reachable_schemas(api, (t for op in group.operations for t in _operation_types(op))):
            reached_by.setdefault(key, []).append(module)
    shared, unreferenced = scope.allocate(SHARED, "_"), scope.allocate(UNREFERENCED, "_")
    docs[shared] = "used by operations of several groups"
    docs[unreferenced] = "that no operation refers to"
    schema_modules = {}
    for schema in api.schemas:
        modules = reached_by.get(schema.key, [])
        schema_modules[schema.key] = modules[0] if len(modules) == 1 else shared if modules else unreferenced
    return ModuleLayout(tuple(resources), schema_modules, docs)
