"""The Python SDK target: the package `utdk_<provider>` (src layout), formatted with black.

A static runtime (templates/python/runtime/) is copied as is; thin generated modules describe
the client, the operations and the schemas (model and argument-type modules), in modules named
after the API's tags or paths (modules.py), all imported on first use so large APIs import quickly."""

from __future__ import annotations

from functools import partial

from ...context import ApiContext
from ...output import OutputFile, text_file
from ...model.digests import digest
from ...render import read_static, render, render_made_from
from ...template_files import templates_dir
from ..base import TargetFunctions
from .annotations import Annotator
from .exceptions import exceptions_view
from .models import SchemaModules, param_type_names
from .modules import module_layout
from .operations import resource_views
from .package import client_view, readme_view
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
    src = f"src/{options.python_package}"
    files = runtime_files(src)
    files.append(OutputFile(f"{src}/py.typed", b""))

    files += _schema_module_files(context, SchemaModules(api, annotator, layout), src)

    resources = resource_views(api, annotator, layout, context.paginations, context.idempotency_headers)
    files.append(text_file(f"{src}/_resources/__init__.py", '"""Operation methods, imported on first use."""\n'))
    for resource in resources:
        files.append(text_file(f"{src}/_resources/{resource.module}.py", render("python/resource.py.j2", resource=resource)))

    webhooks = webhooks_view(api, annotator, layout)
    if webhooks is not None:
        files.append(text_file(f"{src}/webhooks.py", render("python/webhooks.py.j2", webhooks=webhooks)))
    exceptions = exceptions_view(api, annotator, layout)
    files.append(text_file(f"{src}/_exceptions.py", render("python/exceptions.py.j2", exceptions=exceptions)))
    client = client_view(api, options, resources, webhooks is not None)
    files.append(text_file(f"{src}/_client.py", render("python/client.py.j2", client=client)))
    files.append(text_file(f"{src}/__init__.py", render("python/package_init.py.j2", client=client, exceptions=exceptions)))
    files.append(text_file("pyproject.toml", render("python/pyproject.toml.j2", client=client)))
    readme = readme_view(context, client, exceptions)
    files.append(text_file("README.md", render("python/README.md.j2", readme=readme)))
    files.append(text_file("api.md", render("python/api.md.j2", client=client)))
    return files


def _schema_module_files(context: ApiContext, modules: SchemaModules, src: str) -> list[OutputFile]:
    """The model and argument-type modules. Each is found, without making its view, under the
    digests of its schemas (and those they reach) and of what places every name in a module."""
    digests = context.digests
    placed = digest(context.outline, modules.models, modules.params, modules.annotator.param_names, modules.layout.schema_docs)
    files = [text_file(f"{src}/models/__init__.py", render("python/index.py.j2", index=modules.models_index()))]
    for module, schemas in modules.model_groups():
        made_from = (placed, tuple(digests.schema(s.key) for s in schemas))
        text = render_made_from(made_from, "python/models.py.j2", "module", partial(modules.model_view, module, schemas))
        files.append(text_file(f"{src}/models/{module}.py", text))
    files.append(text_file(f"{src}/types/__init__.py", render("python/index.py.j2", index=modules.params_index())))
    for module, schemas in modules.param_groups():
        made_from = (placed, tuple(digests.schema(s.key) for s in schemas))
        text = render_made_from(made_from, "python/params.py.j2", "module", partial(modules.param_view, module, schemas))
        files.append(text_file(f"{src}/types/{module}.py", text))
    return files


# The pipeline formats this target's .py files with black (generator/format.py), in worker
# processes that run while the other targets render.
TARGET = TargetFunctions("python", emit, formatter="black")
