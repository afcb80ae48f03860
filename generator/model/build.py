"""A loaded document becomes an Api. Problems are collected as diagnostics, never raised."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics
from ..load.refs import Located, SpecSet
from ..naming import Scope, camel_case, pascal_case, python_class_name, python_identifier, screaming_snake_case, ts_method_name, ts_type_name
from ..naming.identifiers import Identifier, OperationFacts, SchemaFacts, operation_stem, settle
from .api import Api, NamedSchema, Names, Operation, SecurityRequirement, Server, Tag
from .operations import HTTP_METHODS, OperationParts, path_template_names, settle_argument_names, undeclared_path_parameter
from .repairs import path_is_sound
from .response_headers import is_declared_header
from .schema_check import Verdicts
from .schemas import SchemaBuilder
from .security import build_requirements, build_security_schemes, build_servers
from .streams import stream_plan, webhook_events
from .types import ObjectType

SUPPORTED = ("3.0.", "3.1.", "3.2.")


def check_version(root: Located, diagnostics: Diagnostics) -> str | None:
    """The version, or None when nothing sound can be built (a root that is not a mapping, an
    unknown version); structural gaps are warnings and the model is built around them."""
    doc = root.value
    if not isinstance(doc, dict):
        kind = "an array" if isinstance(doc, list) else "empty" if doc is None else f"a {type(doc).__name__}"
        diagnostics.error(root.file, "", f"the document root must be a mapping (an OpenAPI object), not {kind}", "root")
        return None
    version = doc.get("openapi")
    if not isinstance(version, str) or not version.startswith(SUPPORTED):
        diagnostics.error(root.file, "/openapi" if "openapi" in doc else "", f"unsupported OpenAPI version {version!r}: Swagger 2.0, OpenAPI 3.0.x and 3.1.x are supported", "version")
        return None
    info = doc.get("info")
    if not isinstance(info, dict) or not all(isinstance(info.get(k), (str, int, float)) for k in ("title", "version")):
        where = "/info" if isinstance(info, dict) else ""
        diagnostics.warning(root.file, where, "`info` needs a `title` and a `version`: the generated packages are named after the provider and versioned 0.0.0", "structure")
    if version.startswith("3.2."):
        diagnostics.warning(root.file, "/openapi", f"OpenAPI {version} is read as 3.1 (3.2 is backwards compatible)", "version")
    if version.startswith("3.0.") and not isinstance(doc.get("paths"), dict):
        diagnostics.warning(root.file, "", "OpenAPI 3.0 requires `paths`", "structure")
    elif not any(isinstance(doc.get(k), dict) for k in ("paths", "components", "webhooks")):
        diagnostics.warning(root.file, "", "the document has none of `paths`, `components` or `webhooks`", "structure")
    return version


class ApiBuilder:
    def __init__(self, specs: SpecSet, provider: str, diagnostics: Diagnostics) -> None:
        self.specs = specs
        self.provider = provider
        self.diagnostics = diagnostics
        self.schemas = SchemaBuilder(specs, diagnostics)
        self.parts = OperationParts(specs, self.schemas, diagnostics)
        self.env_prefix = screaming_snake_case(provider) or "API"

    def build(self, root: Located, openapi_version: str, code: str | None = None) -> Api:
        """With `code` (the generator's code digest), what checking the examples found is kept for the next run."""
        doc: dict[str, Any] = root.value
        self.schemas.example_fit.start(openapi_version, Verdicts(self.provider, code) if code is not None else None)
        info = _mapping(doc, "info")
        components = root.child("components") if isinstance(doc.get("components"), dict) else None
        client_ts = ts_type_name(self.provider)
        client_py = python_class_name(self.provider)
        self.schemas.reserve_type_name(client_ts)
        self.schemas.reserve_type_name("Async" + client_py)
        if components is not None and isinstance(components.get("schemas"), dict):
            self.schemas.register_components(components.child("schemas"))
        schemes_node = components.child("securitySchemes") if components is not None and "securitySchemes" in components.value else None
        schemes = build_security_schemes(schemes_node, self.specs, self.env_prefix)
        known = {s.key for s in schemes}
        self.scheme_keys = known
        security = build_requirements(root.child("security"), known, self.diagnostics) if "security" in doc else ()
        servers = build_servers(doc.get("servers"), root.child("servers") if "servers" in doc else root, self.diagnostics)
        if not servers:
            servers = (Server(url="/", environment="production"),)
        operations, webhooks = self._operations(root, security, servers)
        self.schemas.example_fit.finish()
        tags = _tags(doc, operations)
        client = Names(original=self.provider, ts=client_ts, py=client_py, pascal=pascal_case(self.provider) or "Api")
        taken = {n for s in self.schemas.schemas for n in (s.names.ts, s.names.py)} | {client_ts, client_py}
        by_key = {s.key: s for s in self.schemas.schemas}
        external = _mapping(doc, "externalDocs")
        return Api(
            provider=self.provider,
            title=_scalar_text(info.get("title")) or self.provider,
            version=_scalar_text(info.get("version")) or "0.0.0",
            openapi_version=openapi_version,
            description=info.get("description") if isinstance(info.get("description"), str) else None,
            servers=servers,
            security_schemes=schemes,
            security=security,
            operations=operations,
            webhooks=webhooks,
            webhook_events=webhook_events(webhooks, by_key.__getitem__, taken),
            schemas=self.schemas.schemas,
            tags=tags,
            client_names=client,
            env_prefix=self.env_prefix,
            identifiers=settle(self.provider, Identifier(client_ts, client_py), tuple(map(_operation_facts, operations)),
                               tuple(map(_schema_facts, self.schemas.schemas))),
            docs_url=external.get("url") if isinstance(external.get("url"), str) else None,
            source_file=self.specs.root_file,
        )

    def _operations(self, root: Located, security: tuple[SecurityRequirement, ...],
                    servers: tuple[Server, ...]) -> tuple[tuple[Operation, ...], tuple[Operation, ...]]:
        """Path operations, and webhook operations (requests the API sends, keyed by name)."""
        found: list[tuple[Located, Located, str, str]] = []
        webhook_count = 0
        for container in ("paths", "webhooks"):
            entries = root.get(container)
            if not isinstance(entries, dict):
                continue
            for key in entries:
                if container == "paths" and not path_is_sound(str(key), root.child(container, key), self.diagnostics):
                    continue
                item = self.specs.deref(root.child(container, key))
                if item is None or not isinstance(item.value, dict):
                    continue
                for method in item.value:
                    if method not in HTTP_METHODS:
                        continue
                    op = self.specs.deref(item.child(method))
                    if op is not None and isinstance(op.value, dict):
                        found.append((item, op, str(key), method))
                        webhook_count += container == "webhooks"
        names = self._operation_names(found)
        built = [
            self._operation(item, op, path, method, op_names, security, servers, webhook=i >= len(found) - webhook_count)
            for i, ((item, op, path, method), op_names) in enumerate(zip(found, names))
        ]
        split = len(built) - webhook_count
        return tuple(built[:split]), tuple(built[split:])

    def _operation_names(self, found: list[tuple[Located, Located, str, str]]) -> list[Names]:
        """A repeated operationId names the later operations after their method and path (with a
        warning naming both places); identifiers are then settled per language."""
        seen: dict[str, tuple[str, Located]] = {}
        ts_scope, py_scope, pascal_scope = Scope(), Scope(), Scope(fold_case=True)
        schema_names = {s.names.ts for s in self.schemas.schemas} | {s.names.py for s in self.schemas.schemas}
        names: list[Names] = []
        for _, op, path, method in found:
            op_id = op.value.get("operationId")
            derived = camel_case(method + " " + " ".join(w for w in path.replace("{", " by ").split("/") if w))
            if isinstance(op_id, str) and op_id and op_id in seen:
                first, where = seen[op_id]
                self.diagnostics.warning(
                    op.file, op.pointer + "/operationId",
                    f"operationId {op_id!r} is already used by {first} (#{where.pointer}): this operation is named {derived!r}", "operation")
                op_id = derived
            elif isinstance(op_id, str) and op_id:
                seen[op_id] = (f"{method.upper()} {path}", op)
            else:
                op_id = derived
            ts = ts_scope.allocate(ts_method_name(op_id) or method)
            py = py_scope.allocate(python_identifier(op_id, method), "_")
            pascal = operation_stem(pascal_case(op_id) or pascal_case(method), schema_names)
            names.append(Names(original=op_id, ts=ts, py=py, pascal=pascal_scope.allocate(pascal)))
        return names

    def _operation(self, item: Located, op: Located, path: str, method: str, names: Names,
                   security: tuple[SecurityRequirement, ...], servers: tuple[Server, ...], webhook: bool = False) -> Operation:
        raw = op.value
        parameters = self.parts.parameters(item, op, names)
        declared = {p.name for p in parameters if p.location == "path"}
        undeclared = list(dict.fromkeys(p for p in (() if webhook else path_template_names(path)) if p not in declared))
        for placeholder in undeclared:
            self.diagnostics.warning(op.file, op.pointer, f"path parameter {{{placeholder}}} of {path} is not declared: read as a required string", "parameter")
        parameters = tuple(undeclared_path_parameter(p) for p in undeclared) + parameters
        body = self.parts.request_body(op, names)
        parameters, body = settle_argument_names(parameters, body, self.schemas)
        op_security = security
        if "security" in raw:
            op_security = build_requirements(op.child("security"), self.scheme_keys, self.diagnostics)
        op_servers = servers
        for owner in (op, item):
            if isinstance(owner.get("servers"), list) and owner.get("servers"):
                op_servers = build_servers(owner.get("servers"), owner.child("servers"), self.diagnostics) or servers
                break
        external = raw.get("externalDocs") if isinstance(raw.get("externalDocs"), dict) else {}
        responses = self.parts.responses(op, names)
        tags = tuple(str(t) for t in raw.get("tags") or () if isinstance(t, (str, int)))
        return Operation(
            id=names.original,
            names=names,
            method=method,
            path=path,
            summary=raw.get("summary") if isinstance(raw.get("summary"), str) else None,
            description=raw.get("description") if isinstance(raw.get("description"), str) else None,
            tags=tags,
            parameters=parameters,
            request_body=body,
            responses=responses,
            security=op_security,
            servers=op_servers,
            deprecated=raw.get("deprecated") is True,
            hidden=raw.get("x-hidden-from-docs") is True or item.get("x-hidden-from-docs") is True,
            external_docs_url=external.get("url") if isinstance(external.get("url"), str) else None,
            pointer=op.pointer,
            stream=stream_plan(responses, body, self.schemas.declared_type),
        )


def _scalar_text(value: Any) -> str:
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


def _mapping(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key)
    return value if isinstance(value, dict) else {}


def _tags(doc: dict[str, Any], operations: tuple[Operation, ...]) -> tuple[Tag, ...]:
    tags: dict[str, Tag] = {}
    for raw in doc.get("tags") or ():
        if isinstance(raw, dict) and isinstance(raw.get("name"), str):
            desc = raw.get("description")
            tags.setdefault(raw["name"], Tag(raw["name"], desc if isinstance(desc, str) else None))
    for op in operations:
        for tag in op.tags:
            tags.setdefault(tag, Tag(tag))
    return tuple(tags.values())


def build_api(specs: SpecSet, provider: str, code: str | None = None) -> tuple[Api | None, str | None]:
    """Returns the Api (None when the document cannot be read as OpenAPI 3) and the version."""
    root = specs.root()
    if root is None:
        return None, None
    version = check_version(root, specs.diagnostics)
    if version is None:
        return None, None
    api = ApiBuilder(specs, provider, specs.diagnostics).build(root, version, code)
    return api, version


def _operation_facts(op: Operation) -> OperationFacts:
    whole_body = op.request_body is not None and not op.request_body.fields
    success = op.success_response
    declares_headers = success is not None and any(is_declared_header(h.name) for h in success.headers)
    return OperationFacts(op.id, op.names.pascal, tuple(Identifier(p.names.ts, p.names.py) for p in op.parameters), whole_body,
                          declares_headers)


def _schema_facts(schema: NamedSchema) -> SchemaFacts:
    properties = tuple(p.name for p in schema.type.properties) if isinstance(schema.type, ObjectType) else None
    return SchemaFacts(schema.key, Identifier(schema.names.ts, schema.names.py), properties)
