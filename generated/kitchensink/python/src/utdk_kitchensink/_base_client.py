"""What every client shares: configuration from arguments or the environment, authentication,
request building and response handling. The sync and async clients differ only in how they run
the actions of one call (see _retry.py): send a request, or sleep."""

from __future__ import annotations

import asyncio
import base64
import importlib
import os
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generator, Mapping, TypeVar, Union
from urllib.parse import quote

import httpx

from ._errors import (
    APIError,
    ErrorClasses,
    ErrorDecoders,
    MissingCredentialsError,
    status_error,
)
from ._logging import RequestLog, package_logger, user_agent
from ._models import Decoder, decode, to_wire
from ._retry import Action, Outcome, Send, Sleep, connection_error, send_with_retries
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

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
_REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-correlation-id",
)

Call = Generator[Action, Union[Outcome, None], Any]
ClientT = TypeVar("ClientT", bound="BaseClient")


@dataclass(frozen=True)
class Placement:
    """Where a security scheme's value goes: `prefix` + the first credential, or + base64 of the
    two joined by ":" (encoding "basic"), or + the access token the two are exchanged for at
    `token_url`. `credentials` are client option names, in the model's order."""

    location: str  # header | query | cookie
    name: str
    credentials: tuple[str, ...]
    prefix: str = ""
    encoding: str = "plain"  # plain | basic
    token_url: str | None = None


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    params: tuple[Param, ...] = ()
    # Any one requirement: (scheme key, scopes) pairs, all needed; () as a requirement: anonymous.
    security: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = ()
    body_kind: str | None = None  # json | form | multipart | binary | text
    content_type: str | None = None
    # A body made of argument fields is left out when no field was given, unless it is a
    # required JSON body (then it is `{}`).
    omit_empty_body: bool = False
    response_kind: str = "json"  # json | binary | text | empty | stream
    # A server the operation declares for itself: used unless base_url was set explicitly.
    server: str | None = None
    response_decoder: Decoder = None
    error_decoders: ErrorDecoders = ()
    # The header the spec (or generator.yaml) asks an idempotency key in; None: send none
    # unless the caller passes idempotency_key.
    idempotency_header: str | None = None


class BaseClient:
    _ENVIRONMENTS: ClassVar[dict[str, str]] = {}
    _CREDENTIAL_ENV: ClassVar[dict[str, str]] = {}
    _SCHEMES: ClassVar[dict[str, Placement]] = {}
    _ENV_PREFIX: ClassVar[str] = ""
    _METHOD_MODULES: ClassVar[dict[str, str]] = {}
    _METHODS_CLASS: ClassVar[str] = ""
    _ERRORS: ClassVar[ErrorClasses]
    _SDK: ClassVar[tuple[str, str]] = ("", "")  # package name, version

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        credentials: Mapping[str, str | None],
        environment: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        self._credentials = {
            option: value if value is not None else os.environ.get(env_var)
            for option, env_var in self._CREDENTIAL_ENV.items()
            for value in (credentials.get(option),)
        }
        self.environment = environment
        self._explicit_base_url = bool(
            base_url or os.environ.get(f"{self._ENV_PREFIX}_BASE_URL")
        )
        self.base_url = self._resolve_base_url(environment, base_url)
        self.timeout: Timeout = (
            DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        )
        self.max_retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        self.default_headers = dict(default_headers or {})
        self._tokens: dict[str, tuple[str, float]] = {}
        self._log = RequestLog(
            package_logger(self._SDK[0] or __name__, self._ENV_PREFIX),
            lambda: [
                *self._credentials.values(),
                *(t for t, _ in self._tokens.values()),
            ],
            [p.name for p in self._SCHEMES.values() if p.location == "query"],
            [p.name for p in self._SCHEMES.values() if p.location == "header"],
        )

    def _resolve_base_url(self, environment: str | None, base_url: str | None) -> str:
        if base_url is None:
            base_url = os.environ.get(f"{self._ENV_PREFIX}_BASE_URL") or None
        if base_url is not None:
            return base_url.rstrip("/")
        if environment is not None:
            if environment not in self._ENVIRONMENTS:
                choices = ", ".join(sorted(self._ENVIRONMENTS))
                raise ValueError(
                    f"unknown environment {environment!r}; choose one of: {choices}"
                )
            return self._ENVIRONMENTS[environment].rstrip("/")
        if self._ENVIRONMENTS:
            return next(iter(self._ENVIRONMENTS.values())).rstrip("/")
        return ""

    def _options(self, overrides: dict[str, Any]) -> dict[str, Any]:
        """Constructor arguments reproducing this client, with `overrides` (NOT_GIVEN: keep)."""
        current: dict[str, Any] = dict(self._credentials)
        current.update(
            environment=self.environment,
            base_url=self.base_url if self._explicit_base_url else None,
            timeout=self.timeout,
            max_retries=self.max_retries,
            default_headers=self.default_headers,
            http_client=self._http,
        )
        if overrides.get("environment") not in (None, NOT_GIVEN) and isinstance(
            overrides.get("base_url"), NotGiven
        ):
            current["base_url"] = None
        current.update(
            {k: v for k, v in overrides.items() if not isinstance(v, NotGiven)}
        )
        return current

    # -- lazy methods ------------------------------------------------------------------------

    if not TYPE_CHECKING:
        # Operation methods live in _resources/ and are imported on first use; type checkers
        # see them through the generated client's bases instead.
        def __getattr__(self, name: str) -> Any:
            module_name = self._METHOD_MODULES.get(name)
            if module_name is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            module = importlib.import_module(f"{__package__}._resources.{module_name}")
            methods = getattr(module, self._METHODS_CLASS)
            for attr, value in vars(methods).items():
                if not attr.startswith("__"):
                    setattr(type(self), attr, value)
            return getattr(self, name)

    # -- one call ----------------------------------------------------------------------------

    def _call(
        self,
        endpoint: Endpoint,
        params: Mapping[str, object],
        body: object,
        *,
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        max_retries: int | NotGiven,
        idempotency_key: str | NotGiven,
    ) -> Call:
        auth_headers, auth_query, auth_cookies = yield from self._authenticate(endpoint)
        path = endpoint.path
        query: list[tuple[str, str]] = list(auth_query)
        headers: dict[str, str] = {
            "User-Agent": user_agent(*self._SDK),
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
            # One key for every attempt of this call, so a retry is not done twice.
            headers.setdefault(key_header, str(uuid.uuid4()))
        content, data, files = self._encode_body(endpoint, body, extra_body, headers)
        headers.update(extra_headers or {})
        request = self._http.build_request(
            endpoint.method.upper(),
            self._server(endpoint) + path,
            params=tuple(query),
            headers=headers,
            content=content,
            data=data,
            files=files,
            timeout=self._timeout(timeout),
        )
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        response = yield from send_with_retries(request, retries)
        return self._result(endpoint, response)

    def _server(self, endpoint: Endpoint) -> str:
        base = (
            endpoint.server.rstrip("/")
            if endpoint.server and not self._explicit_base_url
            else self.base_url
        )
        if not base.startswith(("http://", "https://")):
            raise APIError(
                f"The server URL {base!r} is not absolute: pass base_url= or set {self._ENV_PREFIX}_BASE_URL."
            )
        return base

    def _timeout(self, timeout: Timeout | NotGiven) -> httpx.Timeout:
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
            return str(httpx.QueryParams(tuple(form_fields(body)))).encode(), None, None
        if kind == "binary":
            return body, None, None
        if kind == "text":
            return str(body).encode(), None, None
        return json_body(body), None, None

    # -- authentication ----------------------------------------------------------------------

    def _authenticate(self, endpoint: Endpoint) -> Generator[
        Action,
        Union[Outcome, None],
        tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str]]],
    ]:
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: list[tuple[str, str]] = []
        if not endpoint.security:
            return headers, query, cookies
        requirement = next(
            (
                r
                for r in endpoint.security
                if all(self._has_credentials(key) for key, _ in r)
            ),
            None,
        )
        if requirement is None:
            raise MissingCredentialsError(self._describe_missing(endpoint))
        for key, scopes in requirement:
            placement = self._SCHEMES.get(key)
            if placement is None:
                continue
            values = [
                self._credentials.get(option) or "" for option in placement.credentials
            ]
            if placement.token_url is not None:
                secret = yield from self._client_credentials_token(
                    key, placement, scopes, values
                )
            elif placement.encoding == "basic":
                secret = base64.b64encode(f"{values[0]}:{values[1]}".encode()).decode()
            else:
                secret = values[0]
            text = placement.prefix + secret
            if placement.location == "query":
                query.append((placement.name, text))
            elif placement.location == "cookie":
                cookies.append((placement.name, text))
            else:
                headers[placement.name] = text
        return headers, query, cookies

    def _describe_missing(self, endpoint: Endpoint) -> str:
        wanted = [
            option
            for key, _ in endpoint.security[0]
            if key in self._SCHEMES
            for option in self._SCHEMES[key].credentials
            if not self._credentials.get(option)
        ]
        parts = [
            f"the `{o}` client option or the {self._CREDENTIAL_ENV[o]} environment variable"
            for o in wanted
        ]
        more = (
            " (or the credentials of another security scheme this operation accepts)"
            if len(endpoint.security) > 1
            else ""
        )
        return f"Missing credentials: set {', and '.join(parts)}{more}."

    def _has_credentials(self, key: str) -> bool:
        placement = self._SCHEMES.get(key)
        return placement is None or all(
            self._credentials.get(option) for option in placement.credentials
        )

    def _client_credentials_token(
        self, key: str, placement: Placement, scopes: tuple[str, ...], values: list[str]
    ) -> Generator[Action, Union[Outcome, None], str]:
        cache_key = " ".join([key, *sorted(scopes)])
        cached = self._tokens.get(cache_key)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        url = placement.token_url or ""
        if not url.startswith(("http://", "https://")):
            url = self.base_url + "/" + url.lstrip("/")
        form = [
            ("grant_type", "client_credentials"),
            ("client_id", values[0]),
            ("client_secret", values[1]),
        ]
        if scopes:
            form.append(("scope", " ".join(scopes)))
        request = self._http.build_request(
            "POST",
            url,
            data=dict(form),
            headers={"Accept": "application/json"},
            timeout=self._timeout(NOT_GIVEN),
        )
        response = yield from send_with_retries(request, self.max_retries)
        body = self._body(response)
        if (
            response.status_code >= 400
            or not isinstance(body, dict)
            or "access_token" not in body
        ):
            raise status_error(
                response, body, self._request_id(response, body), self._ERRORS
            )
        lifetime = float(body.get("expires_in") or 3600)
        self._tokens[cache_key] = (
            str(body["access_token"]),
            time.monotonic() + max(lifetime - 30, 0),
        )
        return str(body["access_token"])

    # -- responses ---------------------------------------------------------------------------

    @staticmethod
    def _body(response: httpx.Response) -> Any:
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            return response.text

    @staticmethod
    def _request_id(response: httpx.Response, body: Any) -> str | None:
        for name in _REQUEST_ID_HEADERS:
            if name in response.headers:
                return response.headers[name]
        if isinstance(body, dict) and isinstance(body.get("request_id"), str):
            return str(body["request_id"])
        return None

    def _result(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        if response.status_code >= 300:
            body = self._body(response)
            raise status_error(
                response,
                body,
                self._request_id(response, body),
                self._ERRORS,
                endpoint.error_decoders,
            )
        if endpoint.response_kind == "binary":
            return response.content
        if endpoint.response_kind in ("text", "stream"):
            return response.text
        if endpoint.response_kind == "empty":
            return None
        return decode(endpoint.response_decoder, self._body(response))

    def _answered(
        self, action: Send, response: httpx.Response, started: float
    ) -> Outcome:
        elapsed = time.monotonic() - started
        self._log.answered(action.request, response, elapsed, action.retries_done)
        return Outcome(response=response)

    def _failed(
        self, action: Send, exc: httpx.TransportError, started: float
    ) -> Outcome:
        elapsed = time.monotonic() - started
        self._log.failed(action.request, exc, elapsed, action.retries_done)
        return Outcome(error=connection_error(exc))


class SyncAPIClient(BaseClient):
    _http: httpx.Client
    _METHODS_CLASS = "SyncMethods"

    def __init__(self, *, http_client: httpx.Client | None, **options: Any) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.Client(follow_redirects=True)

    def _request(
        self,
        endpoint: Endpoint,
        params: Mapping[str, object],
        body: object,
        **options: Any,
    ) -> Any:
        call = self._call(endpoint, params, body, **options)
        action = next(call)
        while True:
            try:
                if isinstance(action, Sleep):
                    self._log.retrying(action.request, action.seconds)
                    time.sleep(action.seconds)
                    action = call.send(None)
                else:
                    action = call.send(self._send(action))
            except StopIteration as finished:
                return finished.value

    def _send(self, action: Send) -> Outcome:
        started = time.monotonic()
        try:
            response = self._http.send(action.request)
        except httpx.TransportError as exc:
            return self._failed(action, exc, started)
        return self._answered(action, response, started)

    def close(self) -> None:
        self._http.close()

    def __enter__(self: ClientT) -> ClientT:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    _http: httpx.AsyncClient
    _METHODS_CLASS = "AsyncMethods"

    def __init__(
        self, *, http_client: httpx.AsyncClient | None, **options: Any
    ) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.AsyncClient(follow_redirects=True)

    async def _request(
        self,
        endpoint: Endpoint,
        params: Mapping[str, object],
        body: object,
        **options: Any,
    ) -> Any:
        call = self._call(endpoint, params, body, **options)
        action = next(call)
        while True:
            try:
                if isinstance(action, Sleep):
                    self._log.retrying(action.request, action.seconds)
                    await asyncio.sleep(action.seconds)
                    action = call.send(None)
                else:
                    action = call.send(await self._send(action))
            except StopIteration as finished:
                return finished.value

    async def _send(self, action: Send) -> Outcome:
        started = time.monotonic()
        try:
            response = await self._http.send(action.request)
        except httpx.TransportError as exc:
            return self._failed(action, exc, started)
        return self._answered(action, response, started)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: ClientT) -> ClientT:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


__all__ = [
    "AsyncAPIClient",
    "BaseClient",
    "Endpoint",
    "Param",
    "Placement",
    "SyncAPIClient",
]
