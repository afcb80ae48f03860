"""View objects the docs templates render: every value already decided, HTML already made safe."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ...model.types import Bounds
from .field_tree import FieldNode, FieldTree, TypeLink
from .fields import Option
from .form import FormNode


@dataclass(frozen=True)
class CredentialInput:
    id: str
    label: str
    env_var: str
    scheme_note: str  # "API key sent in the PLAID-CLIENT-ID header"
    input_type: str  # password for secrets, so they are not shown while typed


@dataclass(frozen=True)
class EnvironmentChoice:
    name: str
    url: str


@dataclass(frozen=True)
class InputField:
    id: str
    name: str
    location: str  # path | query | header | cookie | body
    type_label: str
    type_links: tuple[TypeLink, ...]  # the same label, its schema names linking to their pages
    required: bool
    deprecated: bool
    description_html: Markup
    widget: str
    options: tuple[Option, ...]
    placeholder: str
    default_text: str  # the spec's default, as typed ("" when none)
    range_text: str  # "1 to 100" for bounded numbers ("" when none)
    bounds: Bounds | None  # the same range, for the console's check
    note: str  # a plain-words remark about how the console treats this field ("" when none)
    node: FormNode | None = None  # widget "tree": the nested fields of an object, array or union
    rules: str = ""  # text and number fields: JSON of what the console checks as it is typed
    constraints_text: str = ""  # those checks in words: "Length: at most 64 · Pattern: ^[a-z]+$"


@dataclass(frozen=True)
class SnippetTab:
    id: str
    language: str
    title: str
    code: str
    selected: str  # "true" for the first tab (aria-selected), else "false"
    tabindex: str  # "0" for the selected tab, "-1" for the others (arrow keys move between them)


@dataclass(frozen=True)
class ErrorEnum:
    name: str  # the field's path in the body: error_type, error.code
    values: tuple[str, ...]


@dataclass(frozen=True)
class ResponseDoc:
    id: str  # the section's anchor: response-200
    status: str
    status_class: str  # "2" success, "4"/"5" errors, "d" default: picks the colour
    is_error: bool
    open: bool  # shown expanded: the operation's success response
    description_html: Markup
    content_type: str
    media_types: tuple[str, ...]
    type_links: tuple[TypeLink, ...]
    headers: tuple[FieldNode, ...]
    body: FieldTree
    body_html: Markup  # the body's tree as rendered by _field_tree.html's tree_contents
    error_enums: tuple[ErrorEnum, ...]
    example_html: Markup  # indented JSON, escaped
    example_source: str  # "from the API description" or "made from the schema"


@dataclass(frozen=True)
class NavLink:
    href: str
    method: str
    label: str


@dataclass(frozen=True)
class Layout:
    """What every page of one provider shares."""

    provider: str
    api_title: str
    api_version: str
    npm_package: str
    python_package: str
    asset_prefix: str  # relative path from the page to the docs root ("" or "../")


@dataclass(frozen=True)
class OperationPage:
    layout: Layout
    href: str  # the page's own path from the docs root: the sidebar marks it as current
    anchor: str
    method: str  # POST
    method_class: str  # post
    path: str
    title: str
    deprecated: bool
    description_html: Markup
    external_docs_url: str
    credentials: tuple[CredentialInput, ...]
    auth_note: str  # "This operation uses PLAID-CLIENT-ID and PLAID-SECRET."
    environments: tuple[EnvironmentChoice, ...]
    fields: tuple[InputField, ...]
    body_summary: str  # "JSON body (application/json)" or ""
    snippets: tuple[SnippetTab, ...]
    responses: tuple[ResponseDoc, ...]
    stream_html: Markup  # the note on its event stream, empty when the operation does not stream
    console_data: dict[str, Any]
    snippet_data: dict[str, Any]
    previous: NavLink | None
    next: NavLink | None
    pagination_html: Markup = Markup("")  # how the SDKs page through this list; empty when it is no list


@dataclass(frozen=True)
class SchemaUse:
    """An operation that reaches a schema, and on which side."""

    href: str
    method: str
    method_class: str
    path: str
    title: str
    sides: str  # "request", "response" or "request and response"


@dataclass(frozen=True)
class SchemaPage:
    layout: Layout
    href: str  # this page, relative to the docs root, as the sidebar names pages
    heading: str  # Fields, Variants or Values
    name: str
    type_links: tuple[TypeLink, ...]  # what it is: object, string enum, a union of ...
    deprecated: bool
    description_html: Markup
    enum_values: tuple[str, ...]
    facts: tuple[str, ...]
    tree: FieldTree
    example_html: Markup  # indented JSON, escaped
    example_source: str
    uses: tuple[SchemaUse, ...]


@dataclass(frozen=True)
class IndexEntry:
    href: str
    method: str
    method_class: str
    path: str
    title: str
    deprecated: bool
    search_text: str  # lowercased words the filter box matches


@dataclass(frozen=True)
class IndexGroup:
    id: str
    name: str
    description_html: Markup
    entries: tuple[IndexEntry, ...]
    count: int


@dataclass(frozen=True)
class IndexPage:
    layout: Layout
    description_html: Markup
    servers: tuple[EnvironmentChoice, ...]
    groups: tuple[IndexGroup, ...]
    operation_count: int
    grouped_by: str  # "tag" | "path"
    has_group_nav: bool  # more than one group: list them beside the operations


@dataclass(frozen=True)
class SiteProvider:
    href: str
    title: str
    provider: str
    version: str
    summary: str
    operation_count: int
    count_label: str  # "12 operations"


@dataclass(frozen=True)
class SitePage:
    providers: tuple[SiteProvider, ...]
    stylesheet: Markup
