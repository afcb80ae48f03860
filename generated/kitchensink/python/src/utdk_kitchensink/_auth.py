"""Authentication: which of an operation's security requirements the client's credentials
meet, and where each scheme's value goes (Placement). OAuth2 client-credentials tokens are
fetched through the same retry flow as calls and cached until shortly before they expire.
"""

from __future__ import annotations

import base64
import time
from typing import TYPE_CHECKING, ClassVar, Generator, NamedTuple, Union

from ._errors import ErrorClasses, MissingCredentialsError, status_error
from ._response import body_of, request_id_of
from ._retry import Action, Outcome, send_with_retries
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    import httpx

# Any one requirement: (scheme key, scopes) pairs, all needed; () as a requirement: anonymous.
Security = tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]
AuthParts = tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str]]]


class Placement(NamedTuple):
    """Where a security scheme's value goes: `prefix` + the first credential, or + base64 of the
    two joined by ":" (encoding "basic"), or + the access token the two are exchanged for at
    `token_url`. `credentials` are client option names, in the model's order."""

    location: str  # header | query | cookie
    name: str
    credentials: tuple[str, ...]
    prefix: str = ""
    encoding: str = "plain"  # plain | basic
    token_url: str | None = None


class Authenticating:
    """The client's credentials applied to one request (headers, query pairs, cookies)."""

    _SCHEMES: ClassVar[dict[str, Placement]] = {}
    _CREDENTIAL_ENV: ClassVar[dict[str, str]] = {}
    _ERRORS: ClassVar[ErrorClasses]  # the package's status table (_exceptions.py)
    _credentials: dict[str, str | None]
    _tokens: dict[str, tuple[str, float]]
    _http: httpx.Client | httpx.AsyncClient
    base_url: str
    max_retries: int

    if TYPE_CHECKING:

        def _timeout(self, timeout: Timeout | NotGiven) -> httpx.Timeout: ...

    def _authenticate(
        self, security: Security
    ) -> Generator[Action, Union[Outcome, None], AuthParts]:
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: list[tuple[str, str]] = []
        if not security:
            return headers, query, cookies
        requirement = next(
            (r for r in security if all(self._has_credentials(key) for key, _ in r)),
            None,
        )
        if requirement is None:
            raise MissingCredentialsError(self._describe_missing(security))
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

    def _describe_missing(self, security: Security) -> str:
        wanted = [
            option
            for key, _ in security[0]
            if key in self._SCHEMES
            for option in self._SCHEMES[key].credentials
            if not self._credentials.get(option)
        ]
        parts = [
            f"the `{o}` client option or the "
            f"{self._CREDENTIAL_ENV[o]} environment variable"
            for o in wanted
        ]
        more = (
            " (or the credentials of another security scheme this operation accepts)"
            if len(security) > 1
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
        body = body_of(response.content)
        if (
            response.status_code >= 400
            or not isinstance(body, dict)
            or "access_token" not in body
        ):
            raise status_error(
                response, body, request_id_of(response.headers, body), self._ERRORS
            )
        lifetime = float(body.get("expires_in") or 3600)
        self._tokens[cache_key] = (
            str(body["access_token"]),
            time.monotonic() + max(lifetime - 30, 0),
        )
        return str(body["access_token"])
