"""The Python SDK target: the package `utdk_<provider>` (src layout), formatted with black.

A static runtime (templates/python/runtime/) is copied as is; thin generated modules describe
the client, the operations and the schemas (model and argument-type modules), in modules named
after the API's tags or paths (modules.py), all imported on first use so large APIs import quickly."""

from __future__ import annotations

from functools import partial

from ...context import ApiContext
from ...model.digests import digest
from ...output import OutputFile, text_file
from ...render import read_static, render, render_made_from
from ...template_files import templates_dir
from ..base import TargetFunctions
from .annotations import Annotator
from .exceptions import exceptions_view
from .models import SchemaModules, param_type_names
from .modules import module_layout
from .operations import resource_view
from .package import (
    client_view,
    method_list_view,
    method_routes,
    paginated_operations,
    readme_view,
)
from .webhooks import webhooks_view

RUNTIME = "python/runtime"


def runtime_files(src: str) -> list[OutputFile]:
    """Every module of the static runtime, copied as is (a new runtime module needs no listing)."""
    names = sorted(p.name for p in (templates_dir() / RUNTIME).glob("*.py"))
    return [OutputFile(f"{src}/{name}", read_static(f"{RUNTIME}/{name}")) for name in names]


def emit(context: ApiContext) -> list[OutputFile]:
    api, options = context.api, context.options
    annotator = Annotator(api, param_type_names(api))
    layout = module_layout(api)
    modules = SchemaModules(api, annotator, layout)
    # what places every name in a module: each module's text is kept under it and the digests of what the module holds
    placed = digest(context.outline, modules.models, modules.params, annotator.param_names, layout.schema_docs)
    src = f"src/{options.python_package}"
    files = runtime_files(src)
    files.append(OutputFile(f"{src}/py.typed", b""))

    files += _schema_module_files(context, modules, placed, src)
    files += _resource_files(context, modules, placed, src)

    webhooks = webhooks_view(api, annotator, modules.models)
    if webhooks is not None:
        files.append(text_file(f"{src}/webhooks.py", render("python/webhooks.py.j2", webhooks=webhooks)))
    exceptions = exceptions_view(api, annotator, modules.models)
    files.append(text_file(f"{src}/_exceptions.py", render("python/exceptions.py.j2", exceptions=exceptions)))
    client = client_view(api, options, layout, context.paginations, webhooks is not None)
    files.append(text_file(f"{src}/_client.py", render("python/client.py.j2", client=client)))
    files.append(text_file(f"{src}/__init__.py", render("python/package_init.py.j2", client=client, exceptions=exceptions)))
    files.append(text_file("pyproject.toml", render("python/pyproject.toml.j2", client=client)))
    readme = readme_view(context, client, exceptions)
    files.append(text_file("README.md", render("python/README.md.j2", readme=readme)))
    files.append(text_file("api.md", _method_list(context, modules, placed)))
    return files


def _schema_module_files(context: ApiContext, modules: SchemaModules, placed: bytes, src: str) -> list[OutputFile]:
    """The model and argument-type modules. Each is found, without making its view, under the
    digests of its schemas (and those they reach) and of what places every name in a module."""
    digests = context.digests
    # an index lists where each name is: what `placed` covers
    models_index = render_made_from((placed, "models"), "python/index.py.j2", "index", modules.models_index)
    files = [text_file(f"{src}/models/__init__.py", models_index)]
    for module, schemas in modules.model_groups():
        made_from = (placed, tuple(digests.schema(s.key) for s in schemas))
        text = render_made_from(made_from, "python/models.py.j2", "module", partial(modules.model_view, module, schemas))
        files.append(text_file(f"{src}/models/{module}.py", text))
    params_index = render_made_from((placed, "types"), "python/index.py.j2", "index", modules.params_index)
    files.append(text_file(f"{src}/types/__init__.py", params_index))
    for module, schemas in modules.param_groups():
        made_from = (placed, tuple(digests.schema(s.key) for s in schemas))
        text = render_made_from(made_from, "python/params.py.j2", "module", partial(modules.param_view, module, schemas))
        files.append(text_file(f"{src}/types/{module}.py", text))
    return files


def _resource_files(context: ApiContext, modules: SchemaModules, placed: bytes, src: str) -> list[OutputFile]:
    """The operation modules. Each is found, without making its view (its methods' views were most
    of an edit's run), under the digests of its operations (and the schemas they reach) and of
    what places every name in a module."""
    files = [text_file(f"{src}/_resources/__init__.py", '"""Operation methods, imported on first use."""\n')]
    for resource in modules.layout.resources:
        made_from = (placed, resource.module, resource.doc, tuple(context.made_from(op) for op in resource.operations))
        view = partial(resource_view, resource, modules.annotator, modules.models, modules.params, context.paginations,
                       context.idempotency_headers)
        text = render_made_from(made_from, "python/resource.py.j2", "resource", view)
        files.append(text_file(f"{src}/_resources/{resource.module}.py", text))
    return files


def _method_list(context: ApiContext, modules: SchemaModules, placed: bytes) -> str:
    """api.md, found under what it shows of every method and the digests of the paginated ones
    (whose pages' types it shows), so that it is made again only when one of those changes."""
    layout, paginations = modules.layout, context.paginations
    paged = tuple((op.names.py, context.made_from(op)) for op in paginated_operations(layout, paginations))
    made_from = (placed, method_routes(layout), paged)
    view = partial(method_list_view, context.api, modules.annotator, layout, paginations)
    return render_made_from(made_from, "python/api.md.j2", "methods", view)


# The pipeline formats this target's .py files with black (generator/format.py), in worker
# processes that run while the other targets render.
TARGET = TargetFunctions("python", emit, formatter="black")
