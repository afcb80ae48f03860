"""Request building: an operation's description (Endpoint) and the arguments of one call become
one httpx.Request (path, query, headers, cookies, body, credentials)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generator, Mapping, NamedTuple, Union
from urllib.parse import quote

from ._auth import Authenticating, Security
from ._errors import APIError, ErrorDecoders
from ._models import Decoder, to_wire
from ._retry import Action, Outcome
from ._serialize import (
    Param,
    form_fields,
    json_body,
    multipart,
    path_segment,
    query_pairs,
    scalar_text,
    simple_text,
)
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    import httpx


class Endpoint(NamedTuple):
    method: str
    path: str
    params: tuple[Param, ...] = ()
    security: Security = ()
    body_kind: str | None = None  # json | form | multipart | binary | text
    content_type: str | None = None
    # A body made of argument fields is left out when no field was given, unless it is a
    # required JSON body (then it is `{}`).
    omit_empty_body: bool = False
    response_kind: str = "json"  # json | binary | text | empty | stream
    # A server the operation declares for itself: used unless base_url was set explicitly.
    server: str | None = None
    response_decoder: Decoder = None
    # The success response's declared headers: (name as the spec spells it, schema type).
    response_headers: tuple[tuple[str, str], ...] = ()
    # Event streams: the body field that asks for one (response_kind "sse": every call streams).
    stream_flag: str | None = None
    event_decoder: Decoder = None
    error_decoders: ErrorDecoders = ()
    # The header the spec (or generator.yaml) asks an idempotency key in; None: send none
    # unless the caller passes idempotency_key.
    idempotency_header: str | None = None

    def streams_events(self, body: object) -> bool:
        """Always for an event-stream operation; else when the body's flag field is true."""
        if self.response_kind == "sse":
            return True
        flag = self.stream_flag
        return flag is not None and isinstance(body, Mapping) and body.get(flag) is True


class RequestBuilding(Authenticating):
    timeout: Timeout
    default_headers: dict[str, str]
    _user_agent: str
    _explicit_base_url: bool
    _ENV_PREFIX: ClassVar[str]

    def _build_request(
        self,
        endpoint: Endpoint,
        params: Mapping[str, object],
        body: object,
        *,
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        idempotency_key: str | NotGiven,
    ) -> Generator[Action, Union[Outcome, None], httpx.Request]:
        auth_headers, auth_query, auth_cookies = yield from self._authenticate(
            endpoint.security
        )
        path = endpoint.path
        query: list[tuple[str, str]] = list(auth_query)
        headers: dict[str, str] = {
            "User-Agent": self._user_agent,
            **self.default_headers,
        }
        cookies: list[tuple[str, str]] = list(auth_cookies)
        for param in endpoint.params:
            value = params.get(param.name, NOT_GIVEN)
            if isinstance(value, NotGiven):
                continue
            if value is None:
                # null has no form outside a query string: `name=` there, nothing elsewhere.
                if param.location == "query":
                    query.append((param.name, ""))
                continue
            if param.location == "path":
                path = path.replace("{" + param.name + "}", path_segment(param, value))
            elif param.location == "query":
                query.extend(query_pairs(param, value))
            elif param.location == "header":
                headers[param.name] = simple_text(value, param.explode)
            elif param.location == "cookie":
                cookies.append((param.name, simple_text(value, param.explode)))
        for key, item in (extra_query or {}).items():
            query.append((key, scalar_text(to_wire(item))))
        headers.update(auth_headers)
        if cookies:
            headers["Cookie"] = "; ".join(
                f"{k}={quote(v, safe='')}" for k, v in cookies
            )
        key_header = endpoint.idempotency_header or "Idempotency-Key"
        if isinstance(idempotency_key, str):
            headers[key_header] = idempotency_key
        elif endpoint.idempotency_header is not None:
            import uuid

            # One key for every attempt of this call, so a retry is not done twice.
            headers.setdefault(key_header, str(uuid.uuid4()))
        content, data, files = self._encode_body(endpoint, body, extra_body, headers)
        headers.update(extra_headers or {})
        return self._http.build_request(
            endpoint.method.upper(),
            self._server(endpoint) + path,
            params=tuple(query),
            headers=headers,
            content=content,
            data=data,
            files=files,
            timeout=self._timeout(timeout),
        )

    def _server(self, endpoint: Endpoint) -> str:
        base = (
            endpoint.server.rstrip("/")
            if endpoint.server and not self._explicit_base_url
            else self.base_url
        )
        if not base.startswith(("http://", "https://")):
            raise APIError(
                f"The server URL {base!r} is not absolute: pass base_url= "
                f"or set {self._ENV_PREFIX}_BASE_URL."
            )
        return base

    def _timeout(self, timeout: Timeout | NotGiven) -> httpx.Timeout:
        import httpx

        chosen = self.timeout if isinstance(timeout, NotGiven) else timeout
        return chosen if isinstance(chosen, httpx.Timeout) else httpx.Timeout(chosen)

    def _encode_body(
        self,
        endpoint: Endpoint,
        body: object,
        extra_body: Mapping[str, object] | None,
        headers: dict[str, str],
    ) -> tuple[Any, Any, Any]:
        if endpoint.omit_empty_body and isinstance(body, Mapping):
            if all(isinstance(v, NotGiven) for v in body.values()):
                body = NOT_GIVEN
        if isinstance(body, NotGiven) or endpoint.body_kind is None:
            if not extra_body:
                return None, None, None
            body = {}
        if isinstance(body, Mapping) and extra_body:
            body = {**body, **extra_body}
        kind = endpoint.body_kind or "json"
        if kind == "multipart" and isinstance(body, Mapping):
            data, files = multipart(body)
            return None, data, files or None
        if endpoint.content_type:
            headers["Content-Type"] = endpoint.content_type
        if kind == "form" and isinstance(body, Mapping):
            import httpx

            return str(httpx.QueryParams(tuple(form_fields(body)))).encode(), None, None
        if kind == "binary":
            return body, None, None
        if kind == "text":
            return str(body).encode(), None, None
        return json_body(body), None, None
