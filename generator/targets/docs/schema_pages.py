"""One page per named schema: what it is, its field tree, its example, and the operations that
use it, directly or through other schemas."""

from __future__ import annotations

from ...model import Api, NamedSchema, Operation
from ...model.reach import argument_types, reachable_schemas, response_types
from ...model.types import LiteralType, RefType
from .field_tree import FieldTrees, schema_facts
from .fields import example_text
from .index import operation_href
from .responses import SchemaExamples, example_json
from .views import Layout, SchemaPage, SchemaUse

_SIDES = {(True, False): "request", (False, True): "response", (True, True): "request and response"}


def schema_uses(api: Api, operations: list[Operation]) -> dict[str, tuple[SchemaUse, ...]]:
    """For each schema key, the operations whose inputs or responses reach it, in page order."""
    order = {s.key: i for i, s in enumerate(api.schemas)}
    uses: dict[str, list[SchemaUse]] = {}
    for op in operations:
        sent = reachable_schemas(api, argument_types(op))
        received = reachable_schemas(api, response_types(op))
        for key in sorted(sent | received, key=order.__getitem__):
            uses.setdefault(key, []).append(
                SchemaUse(
                    href="../" + operation_href(op),
                    method=op.method.upper(),
                    method_class=op.method.lower(),
                    path=op.path,
                    title=op.summary or op.id,
                    sides=_SIDES[(key in sent, key in received)],
                )
            )
    return {key: tuple(found) for key, found in uses.items()}


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
