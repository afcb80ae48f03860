"""Text only readers see (titles, summaries, descriptions, examples) and deprecation of schemas
and fields: compared by name, wherever the schema is used."""

from __future__ import annotations

from typing import Iterator

from ...model import NamedSchema
from ...model.types import ObjectType, Property
from ..context import DiffContext, operation_label
from ..findings import Level, Rule, Section

D, N = Level.DOCUMENTATION, Level.NON_BREAKING

RULES = (
    Rule("api-description-changed", D, Section.DOCS, "the {subject} changed"),
    Rule("operation-description-changed", D, Section.DOCS, "the {field} of {subject} changed"),
    Rule("parameter-description-changed", D, Section.DOCS, "the description of {subject} changed"),
    Rule("request-body-description-changed", D, Section.DOCS, "the description of the request body of {subject} changed"),
    Rule("response-description-changed", D, Section.DOCS, "the description of the {status} answer of {subject} changed"),
    Rule("schema-description-changed", D, Section.DOCS, "the description of schema {subject} changed"),
    Rule("property-description-changed", D, Section.DOCS, "the description of field {subject} changed"),
    Rule("example-changed", D, Section.DOCS, "the example of {subject} changed"),
    Rule("schema-deprecated", N, Section.DEPRECATED, "schema {subject} is deprecated"),
    Rule("property-deprecated", N, Section.DEPRECATED, "field {subject} is deprecated"),
)


def _api_text(ctx: DiffContext) -> Iterator[tuple[str, object, object, tuple[str, str]]]:
    yield "API title", ctx.old.title, ctx.new.title, ctx.at_root("info", "title")
    yield "API description", ctx.old.description, ctx.new.description, ctx.at_root("info", "description")
    old_tags = {t.name: t.description for t in ctx.old.tags}
    for tag in ctx.new.tags:
        if tag.name in old_tags:
            yield f"description of tag {tag.name}", old_tags[tag.name], tag.description, ctx.at_root("tags")
    old_servers = {s.environment: s.description for s in ctx.old.servers}
    for server in ctx.new.servers:
        if server.environment in old_servers:
            yield f"description of the {server.environment} server", old_servers[server.environment], server.description, ctx.at_root("servers")


def _operations(ctx: DiffContext) -> None:
    for old, new in ctx.pairs:
        label = operation_label(new)
        for field in ("summary", "description", "tags", "external_docs_url"):
            if getattr(old, field) != getattr(new, field):
                ctx.report("operation-description-changed", label, ctx.at_operation(new, field.split("_")[0]), field=field.replace("_", " "))
        old_params = {(p.location, p.name): p for p in old.parameters}
        for param in new.parameters:
            before = old_params.get((param.location, param.name))
            if before is None:
                continue
            subject = f"{label} {param.location} parameter {param.name}"
            if before.description != param.description:
                ctx.report("parameter-description-changed", subject, ctx.at_parameter(new, param))
            if (before.example, before.has_example) != (param.example, param.has_example):
                ctx.report("example-changed", subject, ctx.at_parameter(new, param))
        if old.request_body is not None and new.request_body is not None:
            where = ctx.at_operation(new, "requestBody")
            if old.request_body.description != new.request_body.description:
                ctx.report("request-body-description-changed", label, where)
            if old.request_body.example != new.request_body.example:
                ctx.report("example-changed", f"the request body of {label}", where)
        old_responses = {r.status: r for r in old.responses}
        for response in new.responses:
            was = old_responses.get(response.status)
            if was is None:
                continue
            where = ctx.at_operation(new, "responses", response.status)
            if was.description != response.description:
                ctx.report("response-description-changed", label, where, status=response.status)
            if was.example != response.example:
                ctx.report("example-changed", f"the {response.status} answer of {label}", where)


def _properties(schema: NamedSchema) -> dict[str, Property]:
    return {p.name: p for p in schema.type.properties} if isinstance(schema.type, ObjectType) else {}


def _schemas(ctx: DiffContext) -> None:
    old_schemas = {s.key: s for s in ctx.old.schemas}
    for schema in ctx.new.schemas:
        before = old_schemas.get(schema.key)
        if before is None:
            continue
        if (before.description, before.title) != (schema.description, schema.title):
            ctx.report("schema-description-changed", schema.key, ctx.at_schema(schema.key, "description"))
        if before.example != schema.example:
            ctx.report("example-changed", f"schema {schema.key}", ctx.at_schema(schema.key))
        if schema.deprecated and not before.deprecated:
            ctx.report("schema-deprecated", schema.key, ctx.at_schema(schema.key, "deprecated"))
        old_props = _properties(before)
        for name, prop in _properties(schema).items():
            was = old_props.get(name)
            if was is None:
                continue
            subject = f"{schema.key}.{name}"
            where = ctx.at_schema(schema.key, "properties", name)
            if was.description != prop.description:
                ctx.report("property-description-changed", subject, where)
            if (was.example, was.has_example) != (prop.example, prop.has_example):
                ctx.report("example-changed", f"field {subject}", where)
            if prop.deprecated and not was.deprecated:
                ctx.report("property-deprecated", subject, where)


def check(ctx: DiffContext) -> None:
    for subject, old, new, where in _api_text(ctx):
        if old != new:
            ctx.report("api-description-changed", subject, where)
    _operations(ctx)
    _schemas(ctx)
