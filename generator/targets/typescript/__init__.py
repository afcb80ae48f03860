"""The TypeScript SDK: one npm package per provider (package.json, tsconfig.json, README.md, src/).

src/core/ is a static runtime copied verbatim; the other files are rendered from view objects
built here once per spec, src/types.ts and src/client.ts kept between runs in groups of their
declarations and methods (kept.py), so that a run after an edit makes again only the
declarations, methods and README examples the edit changed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from ...context import ApiContext
from ...output import OutputFile, text_file
from ...prose import wrap_markdown
from ...render import read_static_tree, render
from ..base import TargetFunctions
from ...model.sdk_errors import STATUS_ERROR_CLASSES
from .client import client_view, method_views
from .errors import errors_view
from .kept import client_file, types_file
from .typeexpr import TypeWriter
from .layout import LINE_WIDTH
from .readme import readme_view
from .webhooks import webhooks_view

# The compiler the package builds with (a devDependency; the package has no runtime dependencies).
TYPESCRIPT_VERSION = "5.9.3"
RUNTIME = "typescript/runtime"


@dataclass(frozen=True)
class PackageView:
    name: str
    version: str
    description: str
    typescript: str
    license: str
    homepage: str | None
    repository: str | None
    keywords: tuple[str, ...]


def runtime_files() -> list[OutputFile]:
    return [OutputFile(path, content) for path, content in read_static_tree(RUNTIME)]


def index_header(package: str, env_vars: list[str]) -> list[str]:
    """src/index.ts's opening comment, wrapped after its `// `."""
    text = f"{package}: the default export is a client configured from the environment ({', '.join(env_vars)}) on first use."
    return wrap_markdown([text], LINE_WIDTH - 3)


def emit(context: ApiContext) -> list[OutputFile]:
    api, options = context.api, context.options
    webhooks = webhooks_view(api)
    errors = errors_view(api)  # for src/errors.ts and the README's table
    methods = method_views(api, options.docs_url, context.paginations, context.idempotency_headers)
    client = partial(client_view, api, has_webhooks=webhooks is not None, sdk=(options.npm_package, options.package_version))
    package = PackageView(
        name=options.npm_package,
        version=options.package_version,
        description=f"TypeScript client for {api.title}",
        typescript=TYPESCRIPT_VERSION,
        license=options.license,
        homepage=options.homepage,
        repository=options.repository,
        keywords=options.keywords,
    )
    files = runtime_files()
    files.append(text_file("package.json", render("typescript/package.json.j2", p=package)))
    files.append(text_file("README.md", render("typescript/README.md.j2", r=readme_view(context, errors))))
    files.append(OutputFile("src/types.ts", types_file(context, TypeWriter(api))))
    files.append(OutputFile("src/client.ts", client_file(context, methods, webhooks is not None, client)))
    if webhooks is not None:
        files.append(text_file("src/webhooks.ts", render("typescript/src/webhooks.ts.j2", w=webhooks)))
    files.append(text_file("src/errors.ts", render("typescript/src/errors.ts.j2", e=errors)))
    files.append(
        text_file(
            "src/index.ts",
            render(
                "typescript/src/index.ts.j2",
                header=index_header(options.npm_package, [c.env_var for c in api.credentials] + [f"{api.env_prefix}_BASE_URL"]),
                class_name=api.client_names.ts,
                default_name=api.identifiers.default_client.ts,
                webhooks=webhooks,
                error_classes=sorted(c.name for c in STATUS_ERROR_CLASSES),
            ),
        )
    )
    return files


TARGET = TargetFunctions("typescript", emit)
