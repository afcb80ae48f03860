"""What every client shares: configuration from arguments or the environment, and the flow of
one call (build the request, send it with retries, process the response). The sync and async
clients differ only in how they run the actions of that flow (see _retry.py): send a request,
or sleep. Request building is in _request.py, authentication in _auth.py, responses in
_response.py.

Importing the package loads only what a plain call needs, and not httpx: httpx (with its logging,
ssl and email machinery) is loaded when the first client is made, and streams, pagination and
webhooks when first used, so a program that only imports the package does not pay for them. The
records built at import (Endpoint, Param, Placement) are NamedTuples for the same reason: the
dataclasses module loads inspect."""

from __future__ import annotations

import copy
import datetime
import functools
import importlib
import os
import time
from typing import TYPE_CHECKING, Any, ClassVar, Generator, Mapping, TypeVar, Union

from ._auth import Placement
from ._errors import status_error
from ._request import Endpoint, RequestBuilding
from ._response import (
    APIResponse,
    AsyncAPIResponse,
    BaseAPIResponse,
    ResponseMethods,
    body_of,
    request_id_of,
)
from ._retry import Action, Outcome, Send, Sleep, connection_error, send_with_retries
from ._serialize import Param
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    import httpx

    from ._logging import RequestLog

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
# Marks the request of a streamed call, whose success body is read only as the caller asks.
STREAM_EXTENSION = "utdk_stream"

Call = Generator[Action, Union[Outcome, None], Any]
ClientT = TypeVar("ClientT", bound="BaseClient")


class BaseClient(RequestBuilding):
    _ENVIRONMENTS: ClassVar[dict[str, str]] = {}
    _ENV_PREFIX: ClassVar[str] = ""
    _METHOD_MODULES: ClassVar[dict[str, str]] = {}
    _METHODS_CLASS: ClassVar[str] = ""
    _IS_ASYNC: ClassVar[bool] = False
    _SDK: ClassVar[tuple[str, str]] = ("", "")  # package name, version: the User-Agent
    # What a method answers: "parse" (its result), "raw" (the APIResponse, body read) or
    # "stream" (the APIResponse, body unread).
    _response_mode: str = "parse"

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
        from ._logging import RequestLog, package_logger, user_agent

        self._user_agent = user_agent(*self._SDK)
        self._log: RequestLog = RequestLog(
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

    def _with_response_mode(self: ClientT, mode: str) -> ClientT:
        """This client answering in `mode`; it shares the connection pool and token cache."""
        view = copy.copy(self)
        view._response_mode = mode
        return view

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

        @property
        def with_raw_response(self) -> ResponseMethods:
            """Each method, answering with its APIResponse (status, headers, request id)."""
            return ResponseMethods(self, "raw", self._IS_ASYNC)

        @property
        def with_streaming_response(self) -> ResponseMethods:
            """Each method as a context manager whose response body is read as it arrives."""
            return ResponseMethods(self, "stream", self._IS_ASYNC)

    # -- one call ----------------------------------------------------------------------------

    def _call(
        self,
        endpoint: Endpoint,
        params: Mapping[str, object],
        body: object,
        *,
        max_retries: int | NotGiven,
        **request_options: Any,
    ) -> Call:
        request = yield from self._build_request(
            endpoint, params, body, **request_options
        )
        events = endpoint.streams_events(body)
        if events:
            request.headers["Accept"] = "text/event-stream"
        if self._response_mode == "stream" or events:
            request.extensions[STREAM_EXTENSION] = True
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        response = yield from send_with_retries(request, retries)
        if not events or response.status_code >= 300:
            return self._process_response(endpoint, response)
        from ._streaming import AsyncStream, Stream

        request_id = request_id_of(response.headers, None)
        stream = functools.partial(
            AsyncStream if self._IS_ASYNC else Stream,
            response,
            endpoint.event_decoder,
            request_id,
        )
        if self._response_mode == "parse":
            return stream()
        api_response = self._process_response(endpoint, response)
        api_response._events = stream
        return api_response

    def _process_response(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        """The one place an answer becomes what a method returns: an error raised, else the
        parsed result, or the response itself in the raw and streaming modes."""
        if response.status_code >= 300:
            body = body_of(response.content)
            raise status_error(
                response,
                body,
                request_id_of(response.headers, body),
                self._ERRORS,
                endpoint.error_decoders,
            )
        cls: type[BaseAPIResponse[Any]] = (
            AsyncAPIResponse if self._IS_ASYNC else APIResponse
        )
        api_response = cls(
            response,
            response_kind=endpoint.response_kind,
            decoder=endpoint.response_decoder,
            declared_headers=endpoint.response_headers,
        )
        if self._response_mode != "parse":
            return api_response
        # The body was read on arrival (only streamed calls leave it unread).
        return api_response._parse(response.content)

    @staticmethod
    def _leave_unread(response: httpx.Response) -> bool:
        """A streamed call's success body is left for the caller to read as it arrives."""
        return (
            bool(response.request.extensions.get(STREAM_EXTENSION))
            and response.status_code < 300
        )

    @staticmethod
    def _time_headers(response: httpx.Response, started: float) -> None:
        # httpx sets `elapsed` when a streamed body is closed; until then it is the time
        # the headers took.
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)

    def _failed(
        self, action: Send, exc: httpx.TransportError, started: float
    ) -> Outcome:
        elapsed = time.perf_counter() - started
        self._log.failed(action.request, exc, elapsed, action.retries_done)
        return Outcome(error=connection_error(exc))

    def _answered(self, action: Send, response: httpx.Response) -> Outcome:
        self._log.answered(
            action.request,
            response,
            response.elapsed.total_seconds(),
            action.retries_done,
        )
        return Outcome(response=response)


class SyncAPIClient(BaseClient):
    _http: httpx.Client
    _METHODS_CLASS = "SyncMethods"

    def __init__(self, *, http_client: httpx.Client | None, **options: Any) -> None:
        import httpx

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
        """The one place a request goes out."""
        import httpx

        started = time.perf_counter()
        try:
            response = self._http.send(action.request, stream=True)
        except httpx.TransportError as exc:
            return self._failed(action, exc, started)
        self._time_headers(response, started)
        if not self._leave_unread(response):
            try:
                response.read()
            except httpx.TransportError as exc:
                return self._failed(action, exc, started)
            finally:
                response.close()
        return self._answered(action, response)

    def close(self) -> None:
        self._http.close()

    def __enter__(self: ClientT) -> ClientT:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    _http: httpx.AsyncClient
    _METHODS_CLASS = "AsyncMethods"
    _IS_ASYNC = True

    def __init__(
        self, *, http_client: httpx.AsyncClient | None, **options: Any
    ) -> None:
        import httpx

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
                    await _sleep(action.seconds)
                    action = call.send(None)
                else:
                    action = call.send(await self._send(action))
            except StopIteration as finished:
                return finished.value

    async def _send(self, action: Send) -> Outcome:
        """The one place a request goes out."""
        import httpx

        started = time.perf_counter()
        try:
            response = await self._http.send(action.request, stream=True)
        except httpx.TransportError as exc:
            return self._failed(action, exc, started)
        self._time_headers(response, started)
        if not self._leave_unread(response):
            try:
                await response.aread()
            except httpx.TransportError as exc:
                return self._failed(action, exc, started)
            finally:
                await response.aclose()
        return self._answered(action, response)

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


async def _sleep(seconds: float) -> None:
    # Imported here: a program that uses only the sync client never pays for loading asyncio.
    import asyncio

    await asyncio.sleep(seconds)
