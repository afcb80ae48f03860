"""The TypeScript SDK: one npm package per provider (package.json, tsconfig.json, README.md, src/).

src/core/ is a static runtime copied verbatim; src/types.ts, src/client.ts and src/index.ts are
rendered from view objects built here once per spec."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

from ...context import ApiContext
from ...output import OutputFile, text_file
from ...prose import wrap_markdown
from ...model import NamedSchema, Operation
from ...render import read_static, remembered_rendering, render, template_macro
from ...template_files import templates_dir
from ..base import TargetFunctions
from ...model.sdk_errors import STATUS_ERROR_CLASSES
from .client import Method, client_view
from .errors import errors_view
from .declarations import error_bodies, operation_declarations, schema_declaration
from .typeexpr import TypeWriter
from .layout import LINE_WIDTH
from .readme import readme_view
from .webhooks import webhooks_view

# The compiler the package builds with (a devDependency; the package has no runtime dependencies).
TYPESCRIPT_VERSION = "5.9.3"
RUNTIME = "typescript/runtime"
_DECLARATION = "typescript/src/_declaration.ts.j2"
_METHOD = "typescript/src/_method.ts.j2"


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
    root = templates_dir() / RUNTIME
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    return [OutputFile(path, read_static(f"{RUNTIME}/{path}")) for path in files]


def index_header(package: str, env_vars: list[str]) -> list[str]:
    """src/index.ts's opening comment, wrapped after its `// `."""
    text = f"{package}: the default export is a client configured from the environment ({', '.join(env_vars)}) on first use."
    return wrap_markdown([text], LINE_WIDTH - 3)


def emit(context: ApiContext) -> list[OutputFile]:
    api, options = context.api, context.options
    writer = TypeWriter(api)
    webhooks = webhooks_view(api)
    idempotency = context.idempotency_headers
    bodies = error_bodies(api)

    def method_text(op: Operation, view: Callable[[], Method]) -> str:
        # found under the operation's digest (what it reads of the model) without making its view
        made_from = ("ts method", context.outline, context.made_from(op), op.id in bodies)
        return remembered_rendering(made_from, lambda: str(template_macro(_METHOD, "method")(view())))

    client = client_view(api, bodies, options.docs_url, method_text, context.paginations, webhooks is not None, idempotency,
                         (options.npm_package, options.package_version))
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
    files.append(text_file("README.md", render("typescript/README.md.j2", r=readme_view(context))))
    files.append(text_file("src/types.ts", render("typescript/src/types.ts.j2", title=api.title, declarations=_declared(context, writer))))
    files.append(text_file("src/client.ts", render("typescript/src/client.ts.j2", c=client)))
    if webhooks is not None:
        files.append(text_file("src/webhooks.ts", render("typescript/src/webhooks.ts.j2", w=webhooks)))
    files.append(text_file("src/errors.ts", render("typescript/src/errors.ts.j2", e=errors_view(api))))
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


def _declared(context: ApiContext, writer: TypeWriter) -> tuple[str, ...]:
    """src/types.ts's declarations as text: each schema's, then each operation's. Each is found,
    without making its view, under the digest of the schema (or operation) and every schema it
    reaches, so that an edit makes again only what it changed."""
    api, digests = context.api, context.digests

    def declaration(d: Any) -> str:  # Jinja is loaded only when a declaration is made
        return str(template_macro(_DECLARATION, "declaration")(d))

    def schema(s: NamedSchema) -> str:
        return declaration(schema_declaration(s, writer))

    def operation(op: Operation) -> str:
        return "\n".join(declaration(d) for d in operation_declarations(api, op, writer))

    return tuple(
        remembered_rendering(("ts schema", context.outline, digests.schema(s.key)), partial(schema, s)) for s in api.schemas
    ) + tuple(
        remembered_rendering(("ts operation", context.outline, context.made_from(op)), partial(operation, op)) for op in api.operations
    )


TARGET = TargetFunctions("typescript", emit)
