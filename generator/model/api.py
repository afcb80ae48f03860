"""The intermediate model: what every target reads. It knows no target language beyond the
identifiers computed once by naming/ (Names, Identifiers)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..fingerprint import FieldsPickled
from ..naming.identifiers import Identifiers, OperationIdentifiers
from .types import Discriminator, Property, RefType, TypeRef, UnionType, follow_references

UNION_NAME = "UnwrapWebhookEvent"  # the webhooks' union type, unless a schema has the name


@dataclass(frozen=True)
class Names:
    """Identifiers for one declaration, computed once and unique in their scope."""

    original: str
    ts: str  # TypeScript identifier (method: lowercased alnum; type: PascalCase)
    py: str  # Python identifier (method/argument: snake_case; class: PascalCase)
    pascal: str  # PascalCase stem for derived type names (IdentityRefresh)


@dataclass(frozen=True)
class ServerVariable:
    """A {name} in a server URL template: its default and, if declared, its allowed values."""

    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Server:
    """A base URL the API is served from, named as an environment the SDKs can select."""

    url: str  # template as written, e.g. https://{region}.example.com/v1
    environment: str  # unique lowercase name: production, sandbox, ...
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()

    @property
    def default_url(self) -> str:
        url = self.url
        for var in self.variables:
            url = url.replace("{" + var.name + "}", var.default)
        return url


@dataclass(frozen=True)
class OAuthFlow:
    """One OAuth 2 flow of a scheme: where tokens are obtained and the scopes it grants."""

    kind: str  # clientCredentials | authorizationCode | implicit | password
    token_url: str | None = None
    authorization_url: str | None = None
    scopes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Credential:
    """One value a user supplies for a scheme (basic has two: username and password)."""

    name: str  # stable id within the api: clientId, basicAuth.username
    label: str  # human label: "PLAID-CLIENT-ID", "Username"
    env_var: str  # PLAID_CLIENT_ID
    ts_option: str  # clientId (camelCase client option)
    py_option: str  # client_id (snake_case client argument)
    secret: bool = True


@dataclass(frozen=True)
class Placement:
    """Where a scheme's credential goes on the wire; decided in placement.py, read by every target."""

    location: str  # header | query | cookie
    name: str  # Authorization, X-API-Key, api_key
    credentials: tuple[Credential, ...]  # what feeds the value, in order
    prefix: str = ""  # text before the value: "Bearer ", "Basic "
    encoding: str = "plain"  # plain: the first credential | basic: base64 of "username:password"
    token_url: str | None = None  # set: the credentials are exchanged here for the access token placed
    token_env_var: str | None = None  # the variable a shell snippet reads that exchanged token from


@dataclass(frozen=True)
class SecurityScheme:
    """A declared way of authenticating, and where an SDK places its credentials (placement)."""

    key: str  # components.securitySchemes key
    kind: str  # apiKey | http | oauth2 | openIdConnect | mutualTLS
    location: str | None = None  # apiKey: header | query | cookie
    parameter_name: str | None = None  # apiKey: header/query/cookie name
    http_scheme: str | None = None  # http: bearer | basic | other
    bearer_format: str | None = None
    description: str | None = None
    flows: tuple[OAuthFlow, ...] = ()
    open_id_connect_url: str | None = None
    placement: Placement | None = None  # None: nothing an SDK sends (mutualTLS, unknown types)

    @property
    def credentials(self) -> tuple[Credential, ...]:
        return self.placement.credentials if self.placement is not None else ()

    @property
    def client_credentials_flow(self) -> OAuthFlow | None:
        return next((f for f in self.flows if f.kind == "clientCredentials"), None)


@dataclass(frozen=True)
class SecurityRequirement:
    """All of these schemes together (AND). An operation accepts any one requirement (OR);
    an empty requirement means anonymous access is allowed."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...]  # (scheme key, scopes)


@dataclass(frozen=True)
class Parameter:
    """An operation's path, query, header or cookie parameter, as the SDKs take and send it."""

    name: str  # on the wire
    location: str  # path | query | header | cookie
    names: Names  # ts: object key (wire name), py: keyword argument
    type: TypeRef
    required: bool
    style: str
    explode: bool
    description: str | None = None
    deprecated: bool = False
    allow_reserved: bool = False
    hidden: bool = False  # x-hidden-from-docs
    example: object = None
    has_example: bool = False
    default: object = None
    has_default: bool = False
    content_type: str | None = None  # parameters declared with `content` instead of `schema`


@dataclass(frozen=True)
class BodyField:
    """A top-level property of an object request body, exposed as an argument of the method."""

    property: Property
    names: Names  # ts: object key (wire name), py: keyword argument (deduplicated against params)


@dataclass(frozen=True)
class RequestBody:
    """What an operation sends as its body: the chosen media type, its type and, for objects, its fields."""

    content_type: str  # the chosen media type
    kind: str  # json | form | multipart | binary | text
    type: TypeRef
    required: bool
    description: str | None = None
    content_types: tuple[str, ...] = ()  # every media type offered, in spec order
    fields: tuple[BodyField, ...] = ()  # when the body is an object: its properties as arguments
    example: object = None
    has_example: bool = False


@dataclass(frozen=True)
class Header:
    """A header a response declares."""

    name: str
    type: TypeRef
    description: str | None = None
    required: bool = False


@dataclass(frozen=True)
class EventStream:
    """A response's `text/event-stream` media type: what each event's data decodes to."""

    content_type: str
    events: TypeRef | None  # None: the events' data is untyped JSON


@dataclass(frozen=True)
class StreamPlan:
    """How an operation streams: always, or when the request's boolean `flag` field is true."""

    events: TypeRef | None
    flag: BodyField | None = None  # None: every call streams

    @property
    def always(self) -> bool:
        return self.flag is None


@dataclass(frozen=True)
class Response:
    """One declared response of an operation: its status, media type, type, headers and event stream."""

    status: str  # "200", "2XX", "default"
    description: str | None
    content_type: str | None  # None: no body
    kind: str  # json | binary | text | empty | stream
    type: TypeRef | None
    headers: tuple[Header, ...] = ()
    example: object = None
    has_example: bool = False
    content_types: tuple[str, ...] = ()  # every media type offered, in spec order
    event_stream: EventStream | None = None  # offered as text/event-stream too (or only)

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def is_error(self) -> bool:
        return self.status == "default" or self.status[:1] in ("4", "5")


@dataclass(frozen=True)
class Operation:
    """One request the API accepts (or, among Api.webhooks, one it sends): everything the targets need of it."""

    id: str  # operationId as written, or derived from method + path
    names: Names  # ts: identityrefresh, py: identity_refresh, pascal: IdentityRefresh
    method: str  # lowercase http method
    path: str  # path template as written
    summary: str | None
    description: str | None
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[SecurityRequirement, ...]
    servers: tuple[Server, ...]  # effective servers (operation > path > root)
    deprecated: bool = False
    hidden: bool = False  # x-hidden-from-docs
    external_docs_url: str | None = None
    pointer: str = ""  # JSON pointer of the operation in its file
    stream: StreamPlan | None = None  # returns a stream of events (always, or chosen by a body flag)

    @property
    def success_response(self) -> Response | None:
        """The response an SDK returns: the lowest 2xx, else 2XX, else default."""
        ok = sorted((r for r in self.responses if r.is_success), key=lambda r: r.status)
        if ok:
            return ok[0]
        return next((r for r in self.responses if r.status == "default"), None)

    @property
    def error_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_error and r is not self.success_response)


@dataclass(frozen=True)
class NamedSchema:
    """A schema the targets declare by name (a component, or a named inline shape)."""

    key: str  # unique key (the component name where there is one)
    names: Names  # ts/py: type or class names, unique among schemas
    type: TypeRef  # ObjectType for objects, anything else for aliases, enums and unions
    description: str | None = None
    title: str | None = None
    deprecated: bool = False
    example: object = None
    has_example: bool = False
    pointer: str = ""
    file: str = ""


@dataclass(frozen=True)
class Tag:
    """A tag of the document, with its description for the docs' group pages."""

    name: str
    description: str | None = None


@dataclass(frozen=True)
class WebhookEvent:
    """One webhook's JSON payload, a member of the webhooks' union."""

    name: str  # the webhook's key in `webhooks`
    payload: TypeRef
    tag: str | None = None  # the discriminator's value for this payload


@dataclass(frozen=True)
class WebhookEvents:
    """Every webhook payload as one union a receiver unwraps."""

    events: tuple[WebhookEvent, ...]
    discriminator: str | None  # the property whose value names the payload, when all have one
    type_name: str = UNION_NAME  # the union's type name in both SDKs, unique among the schemas'

    @property
    def union(self) -> UnionType:
        """The payloads as a union type, discriminated when every payload has its own tag."""
        mapping = tuple((e.tag, e.payload.key) for e in self.events if e.tag is not None and isinstance(e.payload, RefType))
        discriminator = Discriminator(self.discriminator, mapping) if self.discriminator is not None else None
        return UnionType(tuple(e.payload for e in self.events), discriminator)


@dataclass(frozen=True)
class Api(FieldsPickled):
    """The whole API as the targets read it: built from the documents, never from a target's point of view."""

    provider: str  # config name: plaid
    title: str  # info.title
    version: str  # info.version
    openapi_version: str
    description: str | None
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    security: tuple[SecurityRequirement, ...]
    operations: tuple[Operation, ...]
    schemas: tuple[NamedSchema, ...]
    tags: tuple[Tag, ...]
    client_names: Names  # ts/py: client class (Plaid), original: provider
    env_prefix: str  # PLAID
    identifiers: Identifiers  # the default client, per-operation types and arguments, TypedDicts
    webhooks: tuple[Operation, ...] = ()  # requests the API sends; path is the webhook's name
    webhook_events: WebhookEvents | None = None  # the webhooks' JSON payloads as one union
    docs_url: str | None = None  # externalDocs.url or a site derived from info; resolves relative links
    source_file: str = ""

    @cached_property
    def _schemas_by_key(self) -> dict[str, NamedSchema]:
        return {s.key: s for s in self.schemas}

    def schema(self, key: str) -> NamedSchema:
        return self._schemas_by_key[key]

    def resolve(self, t: TypeRef) -> TypeRef:
        """The shape behind a chain of references (an alias of an alias of a string is a string);
        a reference that leads back to itself stays a reference."""
        return follow_references(t, lambda key: self.schema(key).type)

    def scheme(self, key: str) -> SecurityScheme:
        return next(s for s in self.security_schemes if s.key == key)

    @property
    def credentials(self) -> tuple[Credential, ...]:
        return tuple(c for s in self.security_schemes for c in s.credentials)
