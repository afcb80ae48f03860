"""One page per named schema: what it is, its field tree, its example, and the operations that
use it, directly or through other schemas."""

from __future__ import annotations

from ...model import Api, NamedSchema, Operation
from ...model.reach import argument_types, reachable_schemas, response_types
from ...model.types import LiteralType, RefType
from ...render_memo import remembered
from .field_tree import FieldTrees, schema_facts, schema_page_paths
from .fields import example_text
from .index import operation_href
from .responses import SchemaExamples, example_json
from .views import Layout, SchemaPage, SchemaUse


def kept_page_paths(api: Api) -> dict[str, str]:
    """schema_page_paths, or the paths kept at the last run for the same names: the paths are
    made from the schemas' names alone, in order."""
    names = tuple([schema.names.ts for schema in api.schemas])
    kept = remembered(("docs schema page paths", names), lambda: "\n".join(schema_page_paths(api).values()))
    return dict(zip([schema.key for schema in api.schemas], kept.split("\n")))


_REQUEST, _RESPONSE, _BOTH = "request", "response", "request and response"


def schema_uses(api: Api, operations: list[Operation]) -> dict[str, tuple[SchemaUse, ...]]:
    """For each schema key, the operations whose inputs or responses reach it, in page order."""
    uses: dict[str, list[SchemaUse]] = {}
    for op in operations:
        sent = reachable_schemas(api, argument_types(op))
        received = reachable_schemas(api, response_types(op))
        for keys, sides in ((sent - received, _REQUEST), (received - sent, _RESPONSE), (sent & received, _BOTH)):
            if keys:
                use = _use(op, sides)  # one use, shared by every schema the operation reaches on that side
                for key in keys:
                    uses.setdefault(key, []).append(use)
    return {s.key: tuple(uses[s.key]) for s in api.schemas if s.key in uses}


def _use(op: Operation, sides: str) -> SchemaUse:
    return SchemaUse(href="../" + operation_href(op), method=op.method.upper(), method_class=op.method.lower(), path=op.path,
                     title=op.summary or op.id, sides=sides)


def schema_page(
    schema: NamedSchema, href: str, layout: Layout, trees: FieldTrees, examples: SchemaExamples,
    uses: tuple[SchemaUse, ...],
) -> SchemaPage:
    api = trees.api
    shape = api.resolve(schema.type)

    tree = trees.schema_fields(schema.key)
    heading = "Variants" if tree.branch_note else "Values" if isinstance(shape, LiteralType) else "Fields"
    return SchemaPage(
        layout=layout,
        href=href,
        heading=heading,
        name=schema.names.ts,
        type_links=trees.type_links(schema.type),
        deprecated=schema.deprecated,
        description_html=trees.markdown(schema.description),
        enum_values=tuple(example_text(v) for v in shape.values) if isinstance(shape, LiteralType) else (),
        facts=schema_facts(shape),
        tree=tree,
        example_html=example_json(schema.example) if schema.has_example else examples.markup(RefType(schema.key)),
        example_source="from the API description" if schema.has_example else "made from the schema",
        uses=uses,
    )
