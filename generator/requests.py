"""ExampleRequest: one normalised HTTP request per operation, read by every snippet and the docs.

Two halves. A RequestPlan is everything about an operation's request that does not depend on
the values (method, the real server, the path template, each argument with its serialisation
style, where each credential goes, the body kind); it is built once per operation and is what
the docs page embeds as JSON. `build_request(plan, values)` turns a plan and argument values
into the wire request: path and query encoded per style, headers, cookies and the body.
templates/snippets/live.js implements `build_request` again for the browser, step for step, so
keep the two in the same order when changing either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping
from urllib.parse import quote

from .examples import Examples, file_placeholder, required_names
from .jsonvalues import plain_json
from .literals import js_number, py_comment, snippet_json
from .model import Api, ArrayType, Operation, Primitive, SecurityScheme, TypeRef
from .naming import python_identifier

_LOCAL_BASE = "http://localhost"

# Percent-encoding, shared with live.js: COMPONENT is exactly encodeURIComponent.
_COMPONENT_SAFE = "-_.!~*'()"
_RESERVED_SAFE = _COMPONENT_SAFE + ":/?@$+,;"
_PATH_LITERAL_SAFE = "-._~!$&'()*+,;=:@/%"


def encode(text: str, safe: str = _COMPONENT_SAFE) -> str:
    return quote(text, safe=safe)


@dataclass(frozen=True)
class Argument:
    """One argument of the SDK method, i.e. one field of the docs form."""

    key: str  # key in `values`: the wire name, prefixed with its location when two share one
    name: str  # on the wire
    location: str  # path | query | header | cookie | field (body property) | body (whole body)
    ts_name: str
    py_name: str
    style: str  # simple | label | matrix | form | spaceDelimited | pipeDelimited | deepObject | content
    explode: bool
    allow_reserved: bool
    file: str  # "" | "one" | "many": the value is a file name (or a list of them) to upload
    required: bool


@dataclass(frozen=True)
class AuthPlacement:
    """Where one security scheme puts its credentials; parts are ("text", s) or ("env", VAR)."""

    location: str  # header | query | cookie | basic
    name: str  # header, query or cookie name ("" for basic)
    parts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RequestPlan:
    """How one operation's request is made from its arguments: what every client (SDK, snippet, Try-it) sends."""

    operation: str  # operationId
    method: str  # upper case
    base_url: str  # the API's real server (never a gateway)
    path: str  # template as written
    arguments: tuple[Argument, ...]
    auth: tuple[AuthPlacement, ...]
    body_kind: str | None  # json | form | multipart | binary | text
    content_type: str | None
    body_required: bool
    notes: tuple[str, ...] = ()  # plain words about credentials a snippet cannot name (oauth tokens)

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": self.method,
            "baseUrl": self.base_url,
            "path": self.path,
            "arguments": [
                {
                    "key": a.key, "name": a.name, "location": a.location, "ts": a.ts_name, "py": a.py_name,
                    "style": a.style, "explode": a.explode, "allowReserved": a.allow_reserved,
                    "file": a.file, "required": a.required,
                }
                for a in self.arguments
            ],
            "auth": [{"location": a.location, "name": a.name, "parts": [list(p) for p in a.parts]} for a in self.auth],
            "body": {"kind": self.body_kind, "contentType": self.content_type, "required": self.body_required},
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Part:
    """One part of a multipart body."""

    name: str
    value: str  # text, or the file name when file is True
    file: bool


@dataclass(frozen=True)
class Body:
    """A request body as sent, in the form its media type takes."""

    kind: str  # json | form | multipart | binary | text
    content_type: str
    json: Any = None  # json: the document
    pairs: tuple[tuple[str, str], ...] = ()  # form
    parts: tuple[Part, ...] = ()  # multipart
    text: str = ""  # text: the body; binary: the file name


@dataclass(frozen=True)
class ExampleRequest:
    """An operation's request filled with example values: what the snippets show and the docs send."""

    plan: RequestPlan
    values: tuple[tuple[Argument, Any], ...]  # the filled arguments, in argument order
    method: str
    base_url: str
    path: str  # encoded, without the server's base path
    query: tuple[tuple[str, str], ...]  # decoded pairs, parameters only (credentials are in plan.auth)
    headers: tuple[tuple[str, str], ...]
    cookies: tuple[tuple[str, str], ...]
    body: Body | None

    @property
    def url(self) -> str:
        """Base URL, path and parameter query string (no credentials)."""
        return self.base_url + self.path + query_string(self.query, self.plan, ())


# -- plans ----------------------------------------------------------------------------------------


def request_plan(api: Api, operation: Operation) -> RequestPlan:
    arguments: list[Argument] = []
    wire_counts: dict[str, int] = {}
    for param in operation.parameters:
        wire_counts[param.name] = wire_counts.get(param.name, 0) + 1
    body = operation.request_body
    field_names = {f.property.name for f in body.fields} if body else set()
    for param in operation.parameters:
        shared = wire_counts[param.name] > 1 or param.name in field_names
        arguments.append(
            Argument(
                key=f"{param.location}:{param.name}" if shared else param.name,
                name=param.name,
                location=param.location,
                ts_name=param.names.ts,
                py_name=param.names.py,
                style="content" if param.content_type else param.style,
                explode=param.explode,
                allow_reserved=param.allow_reserved,
                file="",
                required=param.required,
            )
        )
    if body is not None:
        if body.fields:
            for field in body.fields:
                arguments.append(
                    Argument(field.property.name, field.property.name, "field", field.names.ts, field.names.py,
                             "form", True, False, _file_kind(api, field.property.type), field.property.required)
                )
        else:
            whole = api.identifiers.operation(operation.id).body
            assert whole is not None
            ts_name, py_name = whole.ts, whole.py
            file = "one" if body.kind == "binary" else ""
            key = ts_name if ts_name not in {a.key for a in arguments} else f"body:{ts_name}"
            arguments.append(Argument(key, ts_name, "body", ts_name, py_name, "form", True, False, file, body.required))
    auth, notes = _auth(api, operation)
    return RequestPlan(
        operation=operation.id,
        method=operation.method.upper(),
        base_url=_base_url(api, operation),
        path=operation.path,
        arguments=tuple(arguments),
        auth=auth,
        body_kind=body.kind if body else None,
        content_type=body.content_type if body else None,
        body_required=bool(body and body.required),
        notes=notes,
    )


def _base_url(api: Api, operation: Operation) -> str:
    servers = operation.servers or api.servers
    url = servers[0].default_url if servers else "/"
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", url):
        url = _LOCAL_BASE + ("" if url.startswith("/") else "/") + url
    return url.rstrip("/")


def _file_kind(api: Api, t: TypeRef) -> str:
    t = api.resolve(t)
    if isinstance(t, Primitive) and t.is_binary:
        return "one"
    if isinstance(t, ArrayType):
        items = api.resolve(t.items)
        if isinstance(items, Primitive) and items.is_binary:
            return "many"
    return ""


def _auth(api: Api, operation: Operation) -> tuple[tuple[AuthPlacement, ...], tuple[str, ...]]:
    """Credentials of the operation's first security requirement (any one satisfies it)."""
    if not operation.security:
        return (), ()
    placements: list[AuthPlacement] = []
    notes: list[str] = []
    for key, _scopes in operation.security[0].schemes:
        scheme = api.scheme(key)
        placement, note = _placement(scheme)
        if placement is not None:
            placements.append(placement)
        if note:
            notes.append(note)
    return tuple(placements), tuple(notes)


def _placement(scheme: SecurityScheme) -> tuple[AuthPlacement | None, str]:
    """The model's placement with $VARIABLES for the values; curl's -u does the basic encoding."""
    placement = scheme.placement
    if placement is None:
        return None, ""
    note = ""
    if placement.token_url is not None and placement.token_env_var:
        # one line of plain text: it is printed after a # in shell snippets
        note = py_comment(f"{placement.token_env_var}: an access token from {placement.token_url or 'the token endpoint'} "
                          "(OAuth 2.0 client credentials)")
        value: tuple[tuple[str, str], ...] = (("env", placement.token_env_var),)
    elif placement.encoding == "basic":
        user, password = placement.credentials
        return AuthPlacement("basic", "", (("env", user.env_var), ("text", ":"), ("env", password.env_var))), ""
    else:
        value = (("env", placement.credentials[0].env_var),)
    name = header_name(placement.name) if placement.location == "header" else placement.name
    return AuthPlacement(placement.location, name, (("text", placement.prefix), *value) if placement.prefix else value), note


# -- example values -------------------------------------------------------------------------------


def example_values(api: Api, operation: Operation, plan: RequestPlan, examples: Examples | None = None) -> dict[str, Any]:
    """The values of the operation's example request: required arguments, and optional ones the
    spec gives an example for. Keys are Argument.key."""
    examples = examples or Examples(api)
    values: dict[str, Any] = {}
    params = {(p.location, p.name): p for p in operation.parameters}
    body = operation.request_body
    body_example = plain_json(body.example) if body is not None and body.has_example else None
    fields = {f.property.name: f.property for f in body.fields} if body else {}
    required = required_names(api.resolve(body.type)) if body else set()
    credentials = _credential_like(api)
    for arg in plan.arguments:
        credential = credentials.get(python_identifier(arg.name)) or credentials.get(arg.name.lower())
        if credential is not None:  # the SDKs send it from their configuration: never a value here,
            if arg.location == "field" and arg.name in required:  # but a body requiring a copy gets a placeholder
                values[arg.key] = f"YOUR_{credential}"
            continue
        if arg.location in ("path", "query", "header", "cookie"):
            param = params[(arg.location, arg.name)]
            if param.has_example:
                values[arg.key] = plain_json(param.example)
            elif param.required:
                values[arg.key] = plain_json(param.default) if param.has_default else examples.for_type(param.type)
        elif arg.location == "field":
            prop = fields[arg.name]
            if isinstance(body_example, dict) and arg.name in body_example:
                values[arg.key] = body_example[arg.name]
            elif arg.name in required or prop.has_example:
                values[arg.key] = examples.for_property(prop)
            if arg.file and arg.key in values:
                values[arg.key] = _as_files(values[arg.key], arg.file)
        elif arg.location == "body" and body is not None:
            if arg.file:
                values[arg.key] = file_placeholder(body.content_type)
            elif body_example is not None:
                values[arg.key] = body_example
            elif body.required:
                values[arg.key] = examples.for_type(body.type)
    return values


def _credential_like(api: Api) -> dict[str, str]:
    """Argument names that carry a credential (Plaid's body `client_id` and `secret` repeat the
    PLAID-CLIENT-ID and PLAID-SECRET headers), with the environment variable that holds it."""
    names = {c.py_option: c.env_var for c in api.credentials}
    for scheme in api.security_schemes:
        if scheme.kind == "apiKey" and scheme.placement is not None:
            names.setdefault(scheme.placement.name.lower(), scheme.placement.credentials[0].env_var)
    return names


def _as_files(value: Any, kind: str) -> Any:
    if kind == "many":
        return [file_placeholder()] if not isinstance(value, list) or not value else [file_placeholder() for _ in value]
    return file_placeholder()


def example_request(api: Api, operation: Operation, examples: Examples | None = None) -> ExampleRequest:
    plan = request_plan(api, operation)
    return build_request(plan, example_values(api, operation, plan, examples))


# -- building the wire request --------------------------------------------------------------------


def build_request(plan: RequestPlan, values: Mapping[str, Any]) -> ExampleRequest:
    """The request the SDKs send for these values (None and absent keys are left out)."""
    filled = tuple((a, js_order(values[a.key])) for a in plan.arguments if a.key in values and values[a.key] is not None)
    by_location: dict[str, list[tuple[Argument, Any]]] = {}
    for arg, value in filled:
        by_location.setdefault(arg.location, []).append((arg, value))
    path_values = {a.name: v for a, v in by_location.get("path", [])}
    path = _expand_path(plan, path_values)
    query: list[tuple[str, str]] = []
    for arg, value in by_location.get("query", []):
        query.extend(_query_pairs(arg, value))
    headers = tuple((header_name(arg.name), _header_value(arg, value)) for arg, value in by_location.get("header", []))
    cookies = tuple((arg.name, _joined(arg, value)) for arg, value in by_location.get("cookie", []))
    return ExampleRequest(
        plan=plan,
        values=filled,
        method=plan.method,
        base_url=plan.base_url,
        path=path,
        query=tuple(query),
        headers=headers,
        cookies=cookies,
        body=_body(plan, by_location.get("field", []), by_location.get("body", [])),
    )


def text_of(value: Any) -> str:
    """A scalar as it goes into a URL, header or form field; structures as compact JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return js_number(value)
    return snippet_json(value)


def _expand_path(plan: RequestPlan, values: Mapping[str, Any]) -> str:
    args = {a.name: a for a in plan.arguments if a.location == "path"}
    out: list[str] = []
    for piece in re.split(r"(\{[^{}]+\})", plan.path):
        name = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
        if name is None:
            out.append(encode(piece, _PATH_LITERAL_SAFE))
        elif name in values and name in args:
            out.append(_path_value(args[name], values[name]))
        else:
            out.append(encode(piece, _PATH_LITERAL_SAFE))
    return "".join(out)


def _path_value(arg: Argument, value: Any) -> str:
    style, explode = arg.style, arg.explode
    if style == "content":
        return encode(snippet_json(value))
    if isinstance(value, list):
        items = [encode(text_of(v)) for v in value]
        if style == "label":
            return "." + ("." if explode else ",").join(items)
        if style == "matrix":
            name = encode(arg.name)
            return "".join(f";{name}={i}" for i in items) if explode else f";{name}=" + ",".join(items)
        return ",".join(items)
    if isinstance(value, dict):
        pairs = [(encode(str(k)), encode(text_of(v))) for k, v in value.items()]
        flat = [f"{k}={v}" for k, v in pairs] if explode else [f"{k},{v}" for k, v in pairs]
        if style == "label":
            return "." + ("." if explode else ",").join(flat)
        if style == "matrix":
            return "".join(f";{p}" for p in flat) if explode else f";{encode(arg.name)}=" + ",".join(flat)
        return ",".join(flat)
    text = encode(text_of(value))
    if style == "label":
        return "." + text
    if style == "matrix":
        return f";{encode(arg.name)}={text}"
    return text


def _query_pairs(arg: Argument, value: Any) -> list[tuple[str, str]]:
    if arg.style == "content":
        return [(arg.name, snippet_json(value))]
    if isinstance(value, list):
        if arg.style == "form" and arg.explode:
            return [(arg.name, text_of(v)) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(arg.style, ",")
        return [(arg.name, separator.join(text_of(v) for v in value))]
    if isinstance(value, dict):
        if arg.style == "deepObject":
            return [(f"{arg.name}[{k}]", text_of(v)) for k, v in value.items()]
        if arg.explode:
            return [(str(k), text_of(v)) for k, v in value.items()]
        return [(arg.name, ",".join(f"{k},{text_of(v)}" for k, v in value.items()))]
    return [(arg.name, text_of(value))]


def _joined(arg: Argument, value: Any) -> str:
    if arg.style == "content":
        return snippet_json(value)
    if isinstance(value, list):
        return ",".join(text_of(v) for v in value)
    if isinstance(value, dict):
        return ",".join(f"{k}={text_of(v)}" if arg.explode else f"{k},{text_of(v)}" for k, v in value.items())
    return text_of(value)


def _header_value(arg: Argument, value: Any) -> str:
    return _one_line(_joined(arg, value))


def _one_line(text: str) -> str:
    """A line break in a header value would start a new header."""
    return re.sub(r"[\r\n]+", " ", text)


def header_name(name: str) -> str:
    """An HTTP token: anything else in a spec's header name (space, colon, line break) becomes -."""
    return re.sub(r"[^A-Za-z0-9!#$%&'*+\-.^_`|~]", "-", name) or "-"


def query_string(pairs: tuple[tuple[str, str], ...], plan: RequestPlan, extra: tuple[str, ...]) -> str:
    """`?a=1&b=2` with each name and value percent-encoded; extra items are appended as given."""
    reserved = {a.name for a in plan.arguments if a.location == "query" and a.allow_reserved}
    items = [
        encode(name) + "=" + encode(value, _RESERVED_SAFE if name in reserved else _COMPONENT_SAFE)
        for name, value in pairs
    ] + list(extra)
    return "?" + "&".join(items) if items else ""


def _body(plan: RequestPlan, fields: list[tuple[Argument, Any]], whole: list[tuple[Argument, Any]]) -> Body | None:
    kind, content_type = plan.body_kind, plan.content_type
    if kind is None or content_type is None:
        return None
    if whole:
        value = whole[0][1]
        if kind == "json":
            return Body(kind, content_type, json=value)
        if kind == "form" and isinstance(value, dict):
            return Body(kind, content_type, pairs=tuple((str(k), text_of(v)) for k, v in value.items()))
        if kind == "multipart" and isinstance(value, dict):
            return Body(kind, content_type, parts=tuple(Part(str(k), text_of(v), False) for k, v in value.items()))
        return Body("binary" if kind == "binary" else "text", content_type, text=text_of(value))
    if not fields and (not plan.body_required or any(a.location == "body" for a in plan.arguments)):
        return None  # nothing to send: an optional body, or a whole-body argument left empty
    if kind == "form":
        pairs: list[tuple[str, str]] = []
        for arg, value in fields:
            items = value if isinstance(value, list) else [value]
            pairs.extend((arg.name, text_of(v)) for v in items)
        return Body(kind, content_type, pairs=tuple(pairs))
    if kind == "multipart":
        parts: list[Part] = []
        for arg, value in fields:
            items = value if isinstance(value, list) and (arg.file == "many" or not arg.file) else [value]
            parts.extend(Part(arg.name, text_of(v), bool(arg.file)) for v in items)
        return Body(kind, content_type, parts=tuple(parts))
    return Body("json" if kind == "json" else kind, content_type, json=js_order({arg.name: value for arg, value in fields}))


_ARRAY_INDEX = re.compile(r"^(0|[1-9][0-9]*)$")


def js_order(value: Any) -> Any:
    """Objects with their keys in the order a JavaScript object keeps them (array-index keys
    first, ascending), so the browser renders the same text from the same JSON."""
    if isinstance(value, list):
        return [js_order(v) for v in value]
    if not isinstance(value, dict):
        return value
    index_keys = sorted((k for k in value if _ARRAY_INDEX.match(str(k)) and int(k) < 2**32 - 1), key=int)
    ordered = {k: js_order(value[k]) for k in index_keys}
    ordered.update((k, js_order(v)) for k, v in value.items() if k not in ordered)
    return ordered

