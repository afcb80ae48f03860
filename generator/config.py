"""generator.yaml: which providers to generate, with defaults derived from each spec.

    output: generated            # output root, relative to this file
    providers:
      plaid:
        spec: specs/plaid/openapi.yaml
        npm_package: "@utdk/plaid"      # default @utdk/<provider>
        python_package: utdk_plaid      # default utdk_<provider> (import name)
        python_distribution: utdk-plaid # default utdk-<provider>
        package_version: 0.1.0          # default: info.version when it is x.y.z, else 0.1.0
        targets: [typescript, python, docs, snippets]
        docs_url: https://plaid.com/docs  # resolves relative links in the spec
        license: Apache-2.0             # SPDX expression of the generated packages (default Apache-2.0)
        repository: https://github.com/acme/plaid-sdk   # the packages' source repository
        homepage: https://plaid.com/docs  # default: docs_url, else the spec's externalDocs
        keywords: [plaid, banking]      # default: the provider's name, api, sdk, openapi
        pagination: {transactionsSync: {items: added}}  # see pagination_settings.py; false: none
        out: {typescript: plaid/typescript}  # per target, relative to output
        idempotency_header: Idempotency-Key  # or {operationId: header}; see model/idempotency.py
    templates: my-templates          # optional: files here replace built-in templates of the same path
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import package_names
from .naming import snake_case
from .pagination_settings import PaginationSettings, SettingError, provider_node, read_pagination

TARGETS = ("typescript", "python", "docs", "snippets")
CONFIG_FILE = "generator.yaml"
_GENERIC_STEMS = {"openapi", "swagger", "api", "spec", "schema", "index", "main", "root"}
_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")


class ConfigError(Exception):
    def __init__(self, file: str, line: int, col: int, pointer: str, message: str) -> None:
        super().__init__(message)
        self.line_text = f"{file}:{line}:{col}: error: #{pointer}: {message}"


@dataclass(frozen=True)
class ProviderConfig:
    """One provider of generator.yaml: its spec, targets, package names and settings."""

    name: str
    spec: Path
    targets: tuple[str, ...] = TARGETS
    npm_package: str | None = None
    python_package: str | None = None
    python_distribution: str | None = None
    package_version: str | None = None
    docs_url: str | None = None
    out: dict[str, str] = field(default_factory=dict)
    gateway: dict[str, Any] = field(default_factory=dict)
    license: str | None = None
    repository: str | None = None
    homepage: str | None = None
    keywords: tuple[str, ...] = ()
    pagination: PaginationSettings = field(default_factory=PaginationSettings)
    # a header name for every unsafe operation, or {operationId: header name}
    idempotency_header: str | dict[str, str] | None = None

    def out_dir(self, target: str) -> str:
        return self.out.get(target, f"{self.name}/{target}")


@dataclass(frozen=True)
class TargetOptions:
    """Everything a target needs besides the Api, defaults settled."""

    provider: str
    npm_package: str
    python_package: str
    python_distribution: str
    package_version: str
    docs_url: str | None
    # registry metadata of the packages
    license: str = "Apache-2.0"
    repository: str | None = None
    homepage: str | None = None
    keywords: tuple[str, ...] = ()
    pagination: PaginationSettings = field(default_factory=PaginationSettings)
    # generator.yaml's idempotency_header (model/idempotency.py applies it)
    idempotency_header: str | None = None
    idempotency_headers: tuple[tuple[str, str], ...] = ()  # (operationId, header)


@dataclass(frozen=True)
class Config:
    """generator.yaml as read: the providers and where their output goes."""

    root: Path  # directory the relative paths are resolved against
    output: Path
    providers: tuple[ProviderConfig, ...]
    gateway: dict[str, Any] = field(default_factory=dict)
    templates: Path | None = None  # the `templates:` folder: replacements for built-in templates


def provider_name_for(spec: Path) -> str:
    stem = spec.stem.lower()
    base = spec.parent.name if stem in _GENERIC_STEMS and spec.parent.name else spec.stem
    return snake_case(base) or "api"


def target_options(provider: ProviderConfig, api_version: str, api_docs_url: str | None) -> TargetOptions:
    name = provider.name
    version = provider.package_version or (api_version if _SEMVER.match(api_version or "") else "0.1.0")
    return TargetOptions(
        provider=name,
        npm_package=provider.npm_package or package_names.npm_package(name),
        python_package=provider.python_package or package_names.python_package(name),
        python_distribution=provider.python_distribution or package_names.python_distribution(name),
        package_version=version,
        docs_url=provider.docs_url or api_docs_url,
        license=provider.license or "Apache-2.0",
        repository=provider.repository,
        homepage=provider.homepage or provider.docs_url or api_docs_url,
        keywords=provider.keywords or (name.replace("_", "-"), "api", "sdk", "openapi"),
        pagination=provider.pagination,
        idempotency_header=provider.idempotency_header if isinstance(provider.idempotency_header, str) else None,
        idempotency_headers=tuple(sorted((provider.idempotency_header or {}).items()))
        if isinstance(provider.idempotency_header, dict) else (),
    )


def chosen_providers(config: Config, names: list[str], display: str) -> list[ProviderConfig]:
    """The providers named on a command line, in that order; all of them when none is named."""
    known = {p.name: p for p in config.providers}
    for name in names:
        if name not in known:
            raise ConfigError(display, 1, 1, "/providers", f"no provider {name!r}; known: {', '.join(known)}")
    return [known[n] for n in names] if names else list(config.providers)


def single_spec_config(spec: Path, out: Path, name: str | None, targets: tuple[str, ...]) -> Config:
    problem = package_names.provider_problem(name) if name is not None else None
    if problem:
        raise ConfigError("--name", 1, 1, "", problem)
    provider = ProviderConfig(name=name or provider_name_for(spec), spec=spec, targets=targets)
    return Config(root=Path.cwd(), output=out, providers=(provider,))


def load_config(path: Path) -> Config:
    """Read generator.yaml; when absent, every specs/<name>/openapi.* beside it is a provider."""
    root = path.parent
    if not path.is_file():
        found = sorted(p for p in (root / "specs").glob("*/openapi.*") if p.suffix in (".yaml", ".yml", ".json"))
        return Config(root=root, output=root / "generated", providers=tuple(ProviderConfig(p.parent.name, p) for p in found))
    display = str(path)
    text = path.read_text("utf-8")
    try:
        raw = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise ConfigError(display, (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1, "", f"invalid YAML: {exc.problem}") from None
    if not isinstance(raw, dict):
        raise ConfigError(display, 1, 1, "", "generator.yaml must be a mapping")
    providers_raw = raw.get("providers") or {}
    if not isinstance(providers_raw, dict):
        raise ConfigError(display, 1, 1, "/providers", "providers must be a mapping of name to settings")
    providers = []
    for name, settings in providers_raw.items():
        settings = settings or {}
        pointer = f"/providers/{name}"
        if not isinstance(settings, dict) or not isinstance(settings.get("spec"), str):
            raise ConfigError(display, 1, 1, pointer, "each provider needs `spec: path/to/openapi.yaml`")
        problem = package_names.provider_problem(str(name))
        for field_name in ("npm_package", "python_package", "python_distribution"):
            if problem is None and field_name in settings:
                problem = package_names.explicit_name_problem(field_name, settings[field_name])
                pointer = f"/providers/{name}/{field_name}" if problem else pointer
        if problem:
            raise ConfigError(display, 1, 1, pointer, problem)
        targets = tuple(settings.get("targets") or TARGETS)
        unknown = [t for t in targets if t not in TARGETS]
        if unknown:
            raise ConfigError(display, 1, 1, pointer + "/targets", f"unknown target {unknown[0]!r}; known: {', '.join(TARGETS)}")
        try:
            node = provider_node(yaml.compose(text), str(name)) if "pagination" in settings else None
            pagination = read_pagination(settings.get("pagination"), node, display, pointer + "/pagination")
        except SettingError as exc:
            raise ConfigError(display, exc.position[0], exc.position[1], exc.pointer, str(exc)) from None
        providers.append(
            ProviderConfig(
                name=str(name),
                spec=root / settings["spec"],
                targets=targets,
                npm_package=settings.get("npm_package"),
                python_package=settings.get("python_package"),
                python_distribution=settings.get("python_distribution"),
                package_version=str(settings["package_version"]) if "package_version" in settings else None,
                docs_url=settings.get("docs_url"),
                out={str(k): str(v) for k, v in (settings.get("out") or {}).items()},
                gateway=dict(settings.get("gateway") or {}),
                license=_optional_text(settings, "license"),
                repository=_optional_text(settings, "repository"),
                homepage=_optional_text(settings, "homepage"),
                keywords=tuple(str(k) for k in settings.get("keywords") or ()),
                pagination=pagination,
                idempotency_header=_idempotency_setting(display, pointer, settings.get("idempotency_header")),
            )
        )
    return Config(
        root=root,
        output=root / str(raw.get("output", "generated")),
        providers=tuple(providers),
        gateway=dict(raw.get("gateway") or {}),
        templates=_template_folder(display, root, raw.get("templates")),
    )


def _idempotency_setting(display: str, pointer: str, value: object) -> str | dict[str, str] | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return dict(value)
    raise ConfigError(display, 1, 1, pointer + "/idempotency_header",
                      "idempotency_header is a header name or a mapping of operationId to header name")


def _optional_text(settings: dict[str, Any], key: str) -> str | None:
    value = settings.get(key)
    return None if value is None else str(value)


def _template_folder(display: str, root: Path, value: object) -> Path | None:
    """The `templates:` folder, checked now: a file there that replaces no built-in template is
    a typo that would otherwise be silently ignored."""
    from .template_files import templates_dir

    if value is None:
        return None
    folder = root / str(value)
    if not folder.is_dir():
        raise ConfigError(display, 1, 1, "/templates", f"templates folder {folder} does not exist")
    builtin = templates_dir()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if not (builtin / relative).is_file():
            raise ConfigError(display, 1, 1, "/templates", f"{relative} replaces no built-in template (see templates/ for their paths)")
    return folder
