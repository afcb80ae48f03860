"""Schemas as model modules (responses) and TypedDict modules (arguments), in the modules that
modules.py names; each is imported on first use."""

from __future__ import annotations

from ...format import LINE_LENGTH
from ...literals import one_line, py_string, py_string_preferred
from ...model import Api, NamedSchema
from ...model.reach import argument_types, reachable_schemas
from ...model.types import ObjectType
from .annotations import BUILTIN_TYPES, Annotator, Refs
from .layout import collection, literal_layout
from .modules import ModuleLayout
from .views import (
    DeclarationView,
    FieldView,
    IndexView,
    ModuleView,
    ParamFieldView,
    ParamTypeView,
    TypeImport,
)



def model_modules(api: Api, layout: ModuleLayout) -> dict[str, str]:
    """Model class name -> its module in models/."""
    return {s.names.py: layout.schema_modules[s.key] for s in api.schemas}


def param_modules(param_names: dict[str, str], layout: ModuleLayout) -> dict[str, str]:
    """TypedDict name -> its module in types/ (the module of the schema it describes)."""
    return {name: layout.schema_modules[key] for key, name in param_names.items()}


def param_type_names(api: Api) -> dict[str, str]:
    """A TypedDict name for every object schema an argument can reach."""
    reached = reachable_schemas(api, (t for op in api.operations for t in argument_types(op)))
    reachable = [key for key in reached if isinstance(api.schema(key).type, ObjectType)]
    order = {s.key: i for i, s in enumerate(api.schemas)}
    return {key: api.identifiers.py_param_type(key) for key in sorted(reachable, key=order.__getitem__)}


def _imports(refs: Refs, own_module: str, model_modules: dict[str, str], param_modules: dict[str, str],
             models_prefix: str, params_prefix: str) -> tuple[TypeImport, ...]:
    by_module: dict[str, set[str]] = {}
    for name in refs.models:
        module = models_prefix + model_modules[name]
        if module != own_module:
            by_module.setdefault(module, set()).add(name)
    for name in refs.params:
        module = params_prefix + param_modules[name]
        if module != own_module:
            by_module.setdefault(module, set()).add(name)
    return tuple(TypeImport(m, tuple(sorted(n))) for m, n in sorted(by_module.items()))


def _declaration(schema: NamedSchema, annotator: Annotator, refs: Refs) -> DeclarationView:
    doc = schema.description or schema.title or ""
    t = schema.type
    if not isinstance(t, ObjectType):
        alias_refs = Refs()
        annotation = annotator.out(t, alias_refs)
        refs.models |= alias_refs.models
        # Aliases that name no other declaration are real values at runtime (usable in
        # isinstance-free checks such as typing.get_args); the others stay forward references.
        if alias_refs.models:
            annotation = py_string(annotation)
            if len(f"{schema.names.py}: _t.TypeAlias = {annotation}") > LINE_LENGTH and 4 + len(annotation) <= LINE_LENGTH:
                annotation = f"(\n    {annotation}\n)"  # black's parentheses around a long value
        else:
            prefix = f"{schema.names.py}: _t.TypeAlias = "
            laid_out = literal_layout(prefix, annotation, "", indent=0)
            annotation = laid_out.removeprefix(prefix) if laid_out is not None else annotation
        return DeclarationView(schema.names.py, doc, False, annotation=annotation)
    names = annotator.api.identifiers.py_field_names(schema.key)
    qualify = any(n in BUILTIN_TYPES for n in names)
    fields = []
    for name, prop in zip(names, t.properties):
        annotation = annotator.out(prop.type, refs, qualify)
        if not prop.required and not annotation.endswith(" | None") and annotation not in ("_t.Any", "None"):
            annotation += " | None"
        decoder = annotator.decoder(prop.type)
        listed = name != prop.name or decoder is not None
        fields.append(FieldView(name, annotation, prop.description or "", py_string(prop.name), decoder, listed))
    required = tuple(py_string(p.name) for p in t.properties if p.required)
    required_literal = collection("_required = (", required, ")", indent=4).removeprefix("_required = ")
    return DeclarationView(schema.names.py, doc, True, tuple(fields), required_literal)


class SchemaModules:
    """The model modules (models/) and argument-type modules (types/) of one API: which schemas
    each holds, and each module's view, made one module at a time."""

    def __init__(self, api: Api, annotator: Annotator, layout: ModuleLayout) -> None:
        self.api, self.annotator, self.layout = api, annotator, layout
        self.models = model_modules(api, layout)
        self.params = param_modules(annotator.param_names, layout)

    def model_groups(self) -> list[tuple[str, tuple[NamedSchema, ...]]]:
        grouped: dict[str, list[NamedSchema]] = {}
        for schema in self.api.schemas:
            grouped.setdefault(self.models[schema.names.py], []).append(schema)
        return [(module, tuple(schemas)) for module, schemas in sorted(grouped.items())]

    def model_view(self, module: str, schemas: tuple[NamedSchema, ...]) -> ModuleView:
        refs = Refs()
        declarations = [_declaration(schema, self.annotator, refs) for schema in schemas]
        imports = _imports(refs, "." + module, self.models, self.params, ".", "..types.")
        doc = f"Response models of {one_line(self.api.title)} {self.layout.schema_docs[module]}."
        annotations = [d.annotation for d in declarations] + [f.annotation for d in declarations for f in d.fields]
        uses_dates = any("_dt." in a for a in annotations)
        # a class with a field named like a builtin qualifies the builtin, when an annotation uses it
        uses_builtins = any("_b." in a for a in annotations)
        # aliases and annotations use typing, and so does a TYPE_CHECKING block for the imports
        uses_typing = bool(imports) or any("_t." in a for a in annotations) or not all(d.is_class for d in declarations)
        return ModuleView(doc, imports, uses_builtins, uses_dates, tuple(declarations), uses_typing=uses_typing)

    def models_index(self) -> IndexView:
        return IndexView(
            f"Models of {one_line(self.api.title)}, imported on first use.",
            _index_imports(self.models),
            tuple((py_string(name), py_string(module)) for name, module in self.models.items()),
        )

    def param_groups(self) -> list[tuple[str, tuple[NamedSchema, ...]]]:
        grouped: dict[str, list[NamedSchema]] = {}
        for key, name in self.annotator.param_names.items():
            grouped.setdefault(self.params[name], []).append(self.api.schema(key))
        return [(module, tuple(schemas)) for module, schemas in sorted(grouped.items())]

    def param_view(self, module: str, schemas: tuple[NamedSchema, ...]) -> ModuleView:
        refs = Refs()
        views = []
        for schema in schemas:
            assert isinstance(schema.type, ObjectType)
            fields = []
            for prop in schema.type.properties:
                if prop.read_only:
                    continue
                annotation = self.annotator.inp(prop.type, refs)
                if prop.required:
                    annotation = f"_t.Required[{annotation}]"
                fields.append(ParamFieldView(py_string(prop.name), py_string_preferred(annotation)))
            name = self.annotator.param_names[schema.key]
            views.append(ParamTypeView(name, py_string(name), schema.description or "", tuple(fields)))
        imports = _imports(refs, "." + module, self.models, self.params, "..models.", ".")
        doc = f"Argument types of {one_line(self.api.title)} {self.layout.schema_docs[module]}."
        uses_dates = any("_dt." in f.annotation for v in views for f in v.fields)
        uses_files = any("_FileTypes" in f.annotation for v in views for f in v.fields)
        return ModuleView(doc, imports, False, uses_dates, param_types=tuple(views), uses_file_types=uses_files)

    def params_index(self) -> IndexView:
        return IndexView(
            f"Argument types of {one_line(self.api.title)}, imported on first use.",
            _index_imports(self.params),
            tuple((py_string(name), py_string(module)) for name, module in self.params.items()),
        )


def model_files(api: Api, annotator: Annotator, layout: ModuleLayout) -> tuple[IndexView, list[tuple[str, ModuleView]]]:
    modules = SchemaModules(api, annotator, layout)
    return modules.models_index(), [(m, modules.model_view(m, schemas)) for m, schemas in modules.model_groups()]


def param_files(api: Api, annotator: Annotator, layout: ModuleLayout) -> tuple[IndexView, list[tuple[str, ModuleView]]]:
    modules = SchemaModules(api, annotator, layout)
    return modules.params_index(), [(m, modules.param_view(m, schemas)) for m, schemas in modules.param_groups()]


def _index_imports(modules: dict[str, str]) -> tuple[TypeImport, ...]:
    by_module: dict[str, list[str]] = {}
    for name, module in modules.items():
        by_module.setdefault("." + module, []).append(name)
    return tuple(TypeImport(m, tuple(sorted(n))) for m, n in sorted(by_module.items()))
