"""The responses of an operation page: each status with its description, media types, headers,
body as a field tree, the error types and codes an error body declares, and an example (the
spec's, else one made from the schema)."""

from __future__ import annotations

import html
import json

from markupsafe import Markup

from ...examples import Examples
from ...model import Api, Operation, Response
from ...model.types import LiteralType, ObjectType, Property, TypeRef
from .field_tree import FieldTree, FieldTrees, remembered
from .fields import example_text
from .views import ErrorEnum, ResponseDoc

_EXAMPLE_KINDS = ("json", "text")


class SchemaExamples:
    """Examples made from schemas, as the escaped JSON a page shows, made once per type: a schema's
    page and every response of that type show the same one."""

    def __init__(self, examples: Examples) -> None:
        self.examples = examples
        self._made: dict[TypeRef, Markup] = {}

    def markup(self, t: TypeRef) -> Markup:
        return remembered(self._made, t, lambda shown: example_json(self.examples.for_type(shown)))


def response_docs(
    api: Api, operation: Operation, trees: FieldTrees, examples: Examples, made: SchemaExamples | None = None,
) -> tuple[ResponseDoc, ...]:
    success = operation.success_response
    made = made or SchemaExamples(examples)
    return tuple(_response(api, r, trees, made, r is success) for r in operation.responses)


def _response(api: Api, r: Response, trees: FieldTrees, examples: SchemaExamples, is_success: bool) -> ResponseDoc:
    example_html, source = _example(r, examples)
    body, body_html = trees.body(r.type) if r.type is not None else (FieldTree(), Markup(""))
    return ResponseDoc(
        id=f"response-{r.status.lower()}",
        status=r.status,
        status_class=r.status[:1].lower(),
        is_error=r.is_error,
        open=is_success,
        description_html=trees.markdown(r.description),
        content_type=r.content_type or "",
        media_types=r.content_types or ((r.content_type,) if r.content_type else ()),
        type_links=trees.type_links(r.type) if r.type is not None else (),
        headers=trees.headers(r.headers),
        body=body,
        body_html=body_html,
        error_enums=error_enums(api, r.type) if r.is_error and r.type is not None else (),
        example_html=example_html,
        example_source=source,
    )


def _example(r: Response, examples: SchemaExamples) -> tuple[Markup, str]:
    if r.kind not in _EXAMPLE_KINDS:
        return Markup(""), ""
    if r.has_example:
        return example_json(r.example), "from the API description"
    if r.type is None:
        return Markup(""), ""
    return examples.markup(r.type), "made from the schema"


def example_json(value: object) -> Markup:
    """An example as indented JSON (a text example as it is), escaped for an element's content:
    only <, > and & need it there, and leaving quotes alone keeps JSON-heavy pages small."""
    text = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
    return Markup(html.escape(text, quote=False))


def error_enums(api: Api, t: TypeRef) -> tuple[ErrorEnum, ...]:
    """The enum fields of an error body and of the objects directly inside it (Plaid's
    error_type, a nested error.code): what a program can tell errors apart by."""
    found: list[ErrorEnum] = []
    for prop in _properties(api, t):
        values = _enum_values(api, prop.type)
        if values:
            found.append(ErrorEnum(prop.name, values))
            continue
        for inner in _properties(api, prop.type):
            inner_values = _enum_values(api, inner.type)
            if inner_values:
                found.append(ErrorEnum(f"{prop.name}.{inner.name}", inner_values))
    return tuple(found)


def _properties(api: Api, t: TypeRef) -> tuple[Property, ...]:
    shape = api.resolve(t)
    return shape.properties if isinstance(shape, ObjectType) else ()


def _enum_values(api: Api, t: TypeRef) -> tuple[str, ...]:
    shape = api.resolve(t)
    if isinstance(shape, LiteralType) and len(shape.values) > 1:
        return tuple(example_text(v) for v in shape.values)
    return ()
