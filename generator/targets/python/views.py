"""The finished values the Python templates print. Templates compute nothing; every string in
here is already an annotation, an identifier or a literal rendered through literals.py."""

from __future__ import annotations

from dataclasses import dataclass

from ...format import LINE_LENGTH
from ...literals import py_docstring, py_string
from ...prose import wrap_markdown
from .annotations import decoder_literal
from .layout import annotated, collection, import_from, nested_tuple

ARGS_INDENT = 10  # an argument's line under `Args:` in a method's docstring


@dataclass(frozen=True)
class TypeImport:
    """One `from module import names` statement."""

    module: str  # relative, e.g. ".transfer" or "..models.shared"
    names: tuple[str, ...]

    @property
    def statement(self) -> str:
        """The import as black writes it inside an `if TYPE_CHECKING:` block."""
        return import_from(self.module, self.names, indent=4)

    @property
    def reexport_statement(self) -> str:
        """`from module import A as A, ...`: names a type checker treats as re-exported."""
        return import_from(self.module, [f"{name} as {name}" for name in self.names], indent=4)


@dataclass(frozen=True)
class FieldView:
    """One field of a model class: its annotation, docstring and how it is read from and written to JSON."""

    name: str
    annotation: str
    doc: str
    wire: str  # py_string literal
    decoder: object  # the runtime decoder (_models.Decoder) as nested tuples, None when the value is plain
    listed: bool  # in _fields: the wire name differs or the value needs decoding

    @property
    def attribute(self) -> str:
        """`name: annotation` in the class body, as black writes it."""
        return annotated(self.name, self.annotation, "", indent=4)

    @property
    def field_entry(self) -> str:
        """`"name": (wire, decoder),` inside the class's _fields dict, laid out as black does."""
        opening = f"{py_string(self.name)}: ("
        flat = collection(opening, (self.wire, decoder_literal(self.decoder)), "),", indent=8)
        if "\n" not in flat:
            return flat
        return collection(opening, (self.wire, nested_tuple("", self.decoder, "", indent=12)), "),", indent=8)


@dataclass(frozen=True)
class DeclarationView:
    """A model class (fields set) or a type alias (annotation set)."""

    name: str
    doc: str
    is_class: bool
    fields: tuple[FieldView, ...] = ()
    required: str = "()"  # tuple literal of wire names
    annotation: str = ""  # py_string literal of the alias target


@dataclass(frozen=True)
class ParamFieldView:
    """One key of an argument TypedDict."""

    key: str  # py_string literal of the wire name
    annotation: str  # py_string literal of the annotation


@dataclass(frozen=True)
class ParamTypeView:
    """One argument TypedDict (the shape a method's nested argument takes)."""

    name: str
    name_literal: str
    doc: str
    fields: tuple[ParamFieldView, ...]


@dataclass(frozen=True)
class ModuleView:
    """One module of models/ or types/: its declarations and the imports they need."""

    doc: str
    imports: tuple[TypeImport, ...]
    uses_builtins: bool
    uses_dates: bool
    declarations: tuple[DeclarationView, ...] = ()
    param_types: tuple[ParamTypeView, ...] = ()
    uses_file_types: bool = False
    uses_typing: bool = True

    @property
    def has_classes(self) -> bool:
        return any(d.is_class for d in self.declarations)


@dataclass(frozen=True)
class IndexView:
    """models/__init__.py or types/__init__.py: names re-exported for type checkers, loaded lazily."""

    doc: str
    imports: tuple[TypeImport, ...]
    lookup: tuple[tuple[str, str], ...]  # (name literal, module literal)


@dataclass(frozen=True)
class ArgumentView:
    """One keyword argument of a method."""

    name: str
    annotation: str
    required: bool
    doc: str

    @property
    def doc_entry(self) -> str:
        """`name: doc` under the docstring's `Args:`, continuation lines indented under it."""
        lines = wrap_markdown([f"{self.name}: {py_docstring(self.doc)}"], LINE_LENGTH - ARGS_INDENT - 4)
        return f"\n{' ' * (ARGS_INDENT + 4)}".join(line.strip() for line in lines)

    @property
    def parameter(self) -> str:
        """The keyword-only parameter as black writes it in the method's signature."""
        if self.required:
            return annotated(self.name, self.annotation, ",", indent=8)
        return annotated(self.name, f"{self.annotation} | _NotGiven", " = _NOT_GIVEN,", indent=8)


@dataclass(frozen=True)
class EndpointView:
    """How a method's request is sent and its response read: the constants the runtime takes."""

    constant: str
    method: str  # literal
    path: str  # literal
    params: tuple[str, ...]  # _Param(...) source
    security: str  # tuple literal
    body_kind: str  # literal or None
    content_type: str
    omit_empty_body: bool
    response_kind: str
    response_decoder: str  # `response_decoder=...,` as black writes it in the constructor call
    error_decoders: str  # `error_decoders=(...),` likewise, or ""
    idempotency_header: str  # literal of the header, or ""
    server: str  # literal of the operation's own server, or ""
    stream_flag: str = ""  # literal of the body field asking for an event stream, or ""
    event_decoder: str = ""  # `event_decoder=...,` for an event-stream operation, or ""
    response_headers: str = ""  # `response_headers=(...),` as black writes it, or ""

    @property
    def params_argument(self) -> str:
        """`params=(...),` in the endpoint's constructor call, as black writes it."""
        return collection("params=(", self.params, "),", indent=4)


@dataclass(frozen=True)
class PageView:
    """A paginated method: the page it returns and how that page asks for the next one."""

    constant: str  # the module constant holding `source`
    source: str  # `CONSTANT = _Pagination(...)`, laid out as black writes it
    sync_class: str  # _SyncPage | _SyncDataPage
    async_class: str  # _AsyncPage | _AsyncDataPage
    sync_returns: str  # annotations
    async_returns: str
    sync_returns_literal: str
    async_returns_literal: str
    sync_signature_returns: str  # the annotations as a signature's last line lays them out
    async_signature_returns: str
    item: str  # the item annotation
    public_returns: str  # sync_returns as the package exports the page class (SyncPage[...])
    sync_call: str  # the page class's method that asks for the first page
    async_call: str
    kind: str  # cursor | cursor_header | offset | page | link


@dataclass(frozen=True)
class OverloadView:
    """One `@overload` signature of a method whose result depends on an argument's value."""

    arguments: tuple[ArgumentView, ...]
    returns: str
    async_returns: str


@dataclass(frozen=True)
class MethodView:
    """One method of a resource: its signature, docstring and endpoint."""

    name: str
    summary: str
    description: str
    deprecated: bool
    arguments: tuple[ArgumentView, ...]
    params_dict: tuple[tuple[str, str], ...]  # (wire literal, argument name)
    body_fields: tuple[tuple[str, str], ...]  # (wire literal, argument name)
    whole_body: bool
    body_argument: str  # the argument holding the whole body, when whole_body
    has_body: bool
    returns: str  # annotation
    returns_literal: str  # the annotation as a string literal for typing.cast
    endpoint: EndpointView
    http_route: str
    page: PageView | None = None
    async_returns: str = ""  # the async method's annotation where it differs (a stream)
    async_returns_literal: str = ""
    overloads: tuple[OverloadView, ...] = ()
    headers_type: str = ""  # the TypedDict of the success response's declared headers, if any
    headers_fields: tuple[tuple[str, str], ...] = ()  # (header name literal, annotation)

    @property
    def documented_arguments(self) -> tuple[ArgumentView, ...]:
        return tuple(a for a in self.arguments if a.doc)


@dataclass(frozen=True)
class ResourceView:
    """One module of _resources/: its methods and the imports they need."""

    module: str
    doc: str
    imports: tuple[TypeImport, ...]
    methods: tuple[MethodView, ...]
    uses_file_types: bool
    uses_dates: bool
    uses_params: bool
    page_imports: tuple[str, ...] = ()  # names from _pagination, each imported as _Name
    uses_streams: bool = False
    # The classes `with_raw_response` / `with_streaming_response` are typed by: (class name,
    # one `method = _Wrapper(Methods.method[, Headers])` statement per method, as black writes it).
    response_wrappers: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class CredentialView:
    """One credential the client takes, as an argument or from the environment."""

    option: str
    env_var: str
    env_var_literal: str
    option_literal: str
    label: str


@dataclass(frozen=True)
class SchemeView:
    """One security scheme, as the runtime places its credentials."""

    key: str  # literal
    source: str  # _Placement(...) source


@dataclass(frozen=True)
class ClientView:
    """The client classes, the package's metadata and what the package exports."""

    package: str
    distribution: str
    version: str
    license: str
    urls: tuple[tuple[str, str], ...]  # [project.urls]: (label, url)
    keywords: tuple[str, ...]
    title: str
    description: str
    client: str
    async_client: str
    default_name: str
    env_prefix: str
    env_prefix_literal: str
    credentials: tuple[CredentialView, ...]
    environments: tuple[tuple[str, str], ...]  # (name literal, url literal)
    environment_names: tuple[str, ...]
    environment_type: str
    schemes: tuple[SchemeView, ...]
    resource_modules: tuple[str, ...]  # the modules of _resources/, in the layout's order
    method_modules: tuple[tuple[str, str], ...]  # (method literal, module literal)
    paginated: tuple[str, ...]  # the methods that return pages, in api.md's order
    first_environment: str
    environment_doc: str  # the variables every argument falls back to
    package_doc: str  # the package's docstring
    has_webhooks: bool = False  # the client has `webhooks` (webhooks.py)


@dataclass(frozen=True)
class PagedMethodView:
    """A method that pages, as api.md lists it."""

    name: str
    item: str  # the item annotation
    page: str  # the page annotation as the package exports the page class (SyncPage[...])


@dataclass(frozen=True)
class MethodListView:
    """api.md: every method with its HTTP route, then the paginated ones with their items and pages."""

    title: str
    client: str
    async_client: str
    routes: tuple[tuple[str, str], ...]  # (method, HTTP route), in the resource modules' order
    paginated: tuple[PagedMethodView, ...]


@dataclass(frozen=True)
class ExampleView:
    """One operation's example in the README."""

    method: str
    route: str
    summary: str
    code: str


@dataclass(frozen=True)
class TagView:
    """The README's examples for one group of operations."""

    name: str
    examples: tuple[ExampleView, ...]


@dataclass(frozen=True)
class ReadmeView:
    """The README: the client, the examples and the sections on errors, raw responses and streams."""

    client: ClientView
    intro_example: str
    tags: tuple[str, ...]  # each tag's examples, rendered (_readme_tag.md.j2)
    async_call: str  # method(arguments) for the async example
    error_rows: tuple[tuple[str, str, str], ...]  # class, statuses, body type
    error_call: str  # the first operation's call, indented to sit inside `try:`
    idempotent: tuple[tuple[str, str], ...]  # (method, header) of the methods that send a key
    raw_call: str  # the first operation's call on `client.with_raw_response`
    streamed_call: str  # the same on `client.with_streaming_response`
    # An operation that declares response headers: its call on `client.with_raw_response`, how one
    # header is read from parse_headers() (`["Name"]` or `.get("Name")`) and its Python type; ""
    # when no operation declares any
    headers_call: str = ""
    headers_read: str = ""
    headers_type: str = ""
    stream_example: str = ""  # the first streaming operation read event by event, or ""
    webhook_example: str = ""  # a received webhook unwrapped, or ""

    @property
    def paginated_names(self) -> str:
        return ", ".join(f"`{name}`" for name in self.client.paginated)
