"""Each SDK's public surface: the names and types a user's program touches, taken from the same
view data the SDK templates render (so the surface is what the packages export, with the same
identifiers and type expressions), without rendering or formatting any file.

Python: the client's methods with their keyword arguments (type, required) and return type, the
model classes with their attributes, type aliases, and the argument TypedDicts. TypeScript: the
client's methods (argument type, result type) and every exported type with its fields."""

from __future__ import annotations

from ast import literal_eval
from dataclasses import dataclass

from ..model import Api
from ..model.reach import argument_types, reachable_schemas
from ..targets.python.annotations import Annotator
from ..targets.python.modules import module_layout
from ..targets.python.models import model_files, param_files, param_type_names
from ..targets.python.operations import resource_views
from ..targets.typescript.client import TYPES, result_type
from ..targets.typescript.declarations import has_required_argument, type_declarations
from ..targets.typescript.typeexpr import TypeWriter


@dataclass(frozen=True)
class Symbol:
    kind: str  # method, argument, class, attribute, alias, typeddict, key | method, type, field
    name: str  # dotted: Plaid.identity_refresh, Plaid.identity_refresh(access_token), Item.item_id
    signature: str  # the type text a user's program depends on
    required: bool = True
    input: bool = False  # a value the user builds (arguments, argument types, request schemas)
    output: bool = True  # a value the SDK hands back (response schemas; schemas nothing uses, to be safe)
    schema: str | None = None  # the schema key it comes from, to locate it in the spec
    operation: str | None = None  # or the operationId


Surface = dict[str, Symbol]


def _squash(text: str) -> str:
    """Black's line breaks and parentheses do not change a type."""
    joined = " ".join(text.split())
    return joined.replace("( ", "(").replace(" )", ")").replace("[ ", "[").replace(" ]", "]").replace(", ]", "]").strip('"')


def directions(api: Api) -> dict[str, tuple[bool, bool]]:
    """schema key -> (reached from a request, reached from a response or from nothing)."""
    requests = reachable_schemas(api, (t for op in api.operations for t in argument_types(op)))
    responses = reachable_schemas(api, (r.type for op in api.operations for r in op.responses if r.type is not None))
    return {s.key: (s.key in requests, s.key in responses or s.key not in requests) for s in api.schemas}


def python_surface(api: Api) -> Surface:
    annotator = Annotator(api, param_type_names(api))
    layout = module_layout(api)
    surface: Surface = {}
    client = api.client_names.py
    by_method = {op.names.py: op.id for op in api.operations}
    for resource in resource_views(api, annotator, layout):
        for method in resource.methods:
            name = f"{client}.{method.name}"
            op = by_method.get(method.name)
            surface[name] = Symbol("method", name, f"-> {_squash(method.returns)}", operation=op)
            for argument in method.arguments:
                arg = f"{name}({argument.name})"
                surface[arg] = Symbol("argument", arg, _squash(argument.annotation), argument.required, True, False, operation=op)
    by_class = {s.names.py: s.key for s in api.schemas}
    used = directions(api)
    _, modules = model_files(api, annotator, layout)
    for _, module in modules:
        for declaration in module.declarations:
            key = by_class.get(declaration.name)
            into, out = used.get(key or "", (False, True))
            if not declaration.is_class:
                surface[declaration.name] = Symbol("alias", declaration.name, _squash(declaration.annotation), True, into, out, key)
                continue
            surface[declaration.name] = Symbol("class", declaration.name, "class", True, into, out, key)
            for field in declaration.fields:
                attribute = f"{declaration.name}.{field.name}"
                surface[attribute] = Symbol("attribute", attribute, _squash(field.annotation), True, into, out, key)
    by_typed_dict = {name: key for key, name in annotator.param_names.items()}
    _, param_modules = param_files(api, annotator, layout)
    for _, module in param_modules:
        for typed_dict in module.param_types:
            key = by_typed_dict.get(typed_dict.name)
            surface[typed_dict.name] = Symbol("typeddict", typed_dict.name, "TypedDict", True, True, False, key)
            for entry in typed_dict.fields:
                annotation = literal_eval(entry.annotation)
                required = annotation.startswith(_REQUIRED) and annotation.endswith("]")
                name = f"{typed_dict.name}[{entry.key}]"
                text = annotation[len(_REQUIRED):-1] if required else annotation
                surface[name] = Symbol("key", name, _squash(text), required, True, False, key)
    return surface


_REQUIRED = "_t.Required["


def typescript_surface(api: Api) -> Surface:
    declarations, _ = type_declarations(api)
    writer = TypeWriter(api, TYPES)
    surface: Surface = {}
    for operation in api.operations:
        # the method's signature as client.ts declares it (view data laid out for the page is not needed)
        name = f"{api.client_names.ts}.{operation.names.ts}"
        optional = "" if has_required_argument(operation) else "?"
        params = f"{TYPES}.{api.identifiers.operation(operation.id).ts_params}"
        signature = f"(params{optional}: {params}) => Promise<{result_type(operation, writer)}>"
        surface[name] = Symbol("method", name, signature, operation=operation.id)
    by_type = {s.names.ts: s.key for s in api.schemas}
    by_params = {names.ts_params: op_id for op_id, names in api.identifiers.operations}
    used = directions(api)
    for declaration in declarations:
        key = by_type.get(declaration.name)
        op = by_params.get(declaration.name)
        into, out = (True, False) if op is not None else used.get(key or "", (False, True))
        shape = declaration.alias or ("interface" + (" | null" if declaration.nullable else "") + (f" {declaration.index_signature}" if declaration.index_signature else ""))
        surface[declaration.name] = Symbol("type", declaration.name, _squash(shape), True, into, out, key, op)
        for member in declaration.members:
            field = f"{declaration.name}.{member.key}"
            surface[field] = Symbol("field", field, _squash(member.type), not member.optional, into, out, key, op)
    return surface


SURFACES = {"python": python_surface, "typescript": typescript_surface}
