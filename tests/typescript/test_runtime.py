"""The generated runtime under node against a real HTTP server on loopback: auth per scheme, bodies
per kind, parameter serialization, retries, timeouts, errors and environment configuration."""

from __future__ import annotations

import base64
import json
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.typescript.packages import build, node, write_package
from tests.typescript.server import Answer, Loopback

CALL = Path(__file__).with_name("call.mjs")


@pytest.fixture(scope="module")
def modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("ts-runtime")
    built = {}
    for name in ("plaid", "kitchensink"):
        package = write_package(REPO / "specs" / name / "openapi.yaml", name, root / name)
        built[name] = build(package).as_uri()
    return built


def run(modules: dict[str, str], package: str, calls: list[dict[str, Any]], options: dict[str, Any] | None,
        env: dict[str, str] | None = None) -> dict[str, Any]:
    class_name = {"plaid": "Plaid", "kitchensink": "Kitchensink"}[package]
    plan = {"module": modules[package], "className": class_name, "options": options, "calls": calls}
    done = node(CALL, json.dumps(plan), env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def one(modules: dict[str, str], package: str, method: str, args: dict[str, Any], options: dict[str, Any] | None,
        call_options: dict[str, Any] | None = None, env: dict[str, str] | None = None) -> dict[str, Any]:
    out = run(modules, package, [{"method": method, "args": args, "options": call_options}], options, env)
    return out["results"][0]  # type: ignore[no-any-return]


def ks(api: Loopback, **extra: Any) -> dict[str, Any]:
    return {"baseURL": api.url, "maxRetries": 0, **extra}


# -- auth per scheme -------------------------------------------------------------------------------


def test_plaid_api_key_headers_json_body_and_request_id(modules: dict[str, str], api: Loopback) -> None:
    api.answer("POST /identity/refresh", Answer(body={"request_id": "body-id"}, headers={"X-Request-Id": "req-123"}))
    result = one(modules, "plaid", "identityrefresh", {"access_token": "access-sandbox-1", "client_id": None},
                 {"baseURL": api.url, "clientId": "id-1", "secret": "s3cret"})
    assert result["ok"], result
    assert result["value"] == {"request_id": "body-id"}
    assert result["requestId"] == "req-123"
    [request] = api.only("POST /identity/refresh")
    assert request.headers["plaid-client-id"] == "id-1"
    assert request.headers["plaid-secret"] == "s3cret"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"access_token": "access-sandbox-1", "client_id": None}


def test_bearer_and_query_header_cookie_parameters(modules: dict[str, str], api: Loopback) -> None:
    api.answer("GET /pets", Answer(body=[{"id": 1, "name": "Rex", "petType": "dog"}]))
    args = {"limit": 5, "status": ["available", "pending"], "tags": ["a b", "c"], "xTraceId": "trace-1", "sessionHint": "h 1"}
    result = one(modules, "kitchensink", "listpets", args, ks(api, bearerAuth="tok-1"))
    assert result["ok"], result
    assert result["value"] == [{"id": 1, "name": "Rex", "petType": "dog"}]
    [request] = api.only("GET /pets")
    assert request.headers["authorization"] == "Bearer tok-1"
    assert request.raw_query == "limit=5&status=available&status=pending&tags=a%20b,c"
    assert request.headers["x-trace-id"] == "trace-1"
    assert request.headers["cookie"] == "session_hint=h%201"
    assert request.headers["accept"] == "application/json"


def test_basic_auth_path_parameter_and_empty_answer(modules: dict[str, str], api: Loopback) -> None:
    api.answer("DELETE /pets/42", Answer(status=204))
    result = one(modules, "kitchensink", "deletepet", {"petId": 42}, ks(api, basicAuthUsername="ann", basicAuthPassword="pä:ss"))
    assert result == {**result, "ok": True, "value": None}
    [request] = api.only("DELETE /pets/42")
    assert request.headers["authorization"] == "Basic " + base64.b64encode("ann:pä:ss".encode()).decode()
    assert "idempotency-key" not in request.headers  # the spec does not ask for one here


def test_api_key_query_deep_object_and_pipe_delimited(modules: dict[str, str], api: Loopback) -> None:
    args = {"filter": {"name": "Rex", "min_age": 2}, "ids": [1, 2, 3], "q": "fluffy cat"}
    result = one(modules, "kitchensink", "searchpets", args, ks(api, apiKeyQuery="k&y"))
    assert result["ok"], result
    [request] = api.only("GET /search")
    assert request.query == [("filter[name]", "Rex"), ("filter[min_age]", "2"), ("ids", "1|2|3"), ("q", "fluffy cat"), ("api_key", "k&y")]


def test_api_key_cookie_and_form_body(modules: dict[str, str], api: Loopback) -> None:
    api.answer("POST /contact", Answer(status=204))
    args = {"email": "a@example.com", "message": "hi & bye", "subscribe": True}
    result = one(modules, "kitchensink", "submitcontactform", args, ks(api, apiKeyCookie="c00kie"))
    assert result["ok"], result
    [request] = api.only("POST /contact")
    assert request.headers["cookie"] == "session=c00kie"
    assert request.headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert request.body == b"email=a%40example.com&message=hi+%26+bye&subscribe=true"


def test_api_key_header_on_an_operation_that_overrides_security(modules: dict[str, str], api: Loopback) -> None:
    api.answer("POST /pets", Answer(status=201, body={"id": 7, "name": "Rex", "petType": "dog"}))
    result = one(modules, "kitchensink", "createpet", {"name": "Rex", "petType": "dog", "123-code": "x"}, ks(api, apiKeyHeader="hk", bearerAuth="unused"))
    assert result["ok"], result
    [request] = api.only("POST /pets")
    assert request.headers["x-api-key"] == "hk"
    assert "authorization" not in request.headers
    assert request.json() == {"name": "Rex", "petType": "dog", "123-code": "x"}


def test_oauth2_client_credentials_token_is_fetched_once_and_reused(modules: dict[str, str], api: Loopback) -> None:
    api.answer("POST /oauth/token", Answer(body={"access_token": "at-1", "token_type": "bearer", "expires_in": 3600}))
    api.answer("GET /store/inventory", Answer(body={"available": 3}), Answer(body={"available": 4}))
    calls = [{"method": "getinventory"}, {"method": "getinventory"}]
    out = run(modules, "kitchensink", calls, ks(api, oauth2ClientId="cid", oauth2ClientSecret="csecret"))
    assert [r["value"] for r in out["results"]] == [{"available": 3}, {"available": 4}]
    [token] = api.only("POST /oauth/token")
    assert token.headers["authorization"] == "Basic " + base64.b64encode(b"cid:csecret").decode()
    assert dict(__import__("urllib.parse").parse.parse_qsl(token.body.decode())) == {"grant_type": "client_credentials", "scope": "inventory:read"}
    assert [r.headers["authorization"] for r in api.only("GET /store/inventory")] == ["Bearer at-1", "Bearer at-1"]


def test_anonymous_operation_sends_no_credentials(modules: dict[str, str], api: Loopback) -> None:
    api.answer("GET /status", Answer(body={"ok": True, "version": "1"}))
    result = one(modules, "kitchensink", "getstatus", {}, ks(api))
    assert result["ok"] and result["value"] == {"ok": True, "version": "1"}
    assert "authorization" not in api.only("GET /status")[0].headers


# -- bodies ----------------------------------------------------------------------------------------


def test_multipart_upload_with_a_file(modules: dict[str, str], api: Loopback) -> None:
    api.answer("POST /pets/9/photo", Answer(body={"url": "https://x/9.png", "size": 4}))
    args = {"petId": 9, "file": {"$file": "\x89PNG", "name": "rex.png", "type": "image/png"}, "caption": "Rex", "labels": ["a", "b"]}
    result = one(modules, "kitchensink", "uploadpetphoto", args, ks(api, bearerAuth="t"))
    assert result["ok"], result
    [request] = api.only("POST /pets/9/photo")
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + request.body)
    parts = [(p.get_param("name", header="content-disposition"), p.get_filename(), p.get_payload(decode=True)) for p in message.iter_parts()]
    assert parts == [("file", "rex.png", "\x89PNG".encode()), ("caption", None, b"Rex"), ("labels", None, b"a"), ("labels", None, b"b")]


def test_whole_json_body_argument(modules: dict[str, str], api: Loopback) -> None:
    api.answer("PUT /shapes/s%201", Answer(body={"radius": 2}))
    result = one(modules, "kitchensink", "putshape", {"shapeId": "s 1", "body": {"radius": 2}}, ks(api, bearerAuth="t"))
    assert result["ok"] and result["value"] == {"radius": 2}, result
    [request] = api.only("PUT /shapes/s%201")
    assert request.json() == {"radius": 2}


def test_binary_response_is_a_blob(modules: dict[str, str], api: Loopback) -> None:
    api.answer("GET /pets/3/photo", Answer(body=b"PNGDATA", content_type="image/png"))
    result = one(modules, "kitchensink", "downloadpetphoto", {"petId": 3}, ks(api, bearerAuth="t"))
    assert result["ok"] and result["value"] == {"$blob": "PNGDATA", "type": "image/png"}, result


# -- retries, timeouts, errors ---------------------------------------------------------------------


def test_retries_5xx_with_backoff_and_one_idempotency_key(modules: dict[str, str], api: Loopback) -> None:
    api.answer("POST /orders", Answer(status=503, body={"code": 1, "message": "busy"}), Answer(status=500, body={}), Answer(status=201, body={"id": "1", "item": "bone"}))
    result = one(modules, "kitchensink", "createorder", {"item": "bone"}, ks(api, maxRetries=2))
    assert result["ok"], result
    requests = api.only("POST /orders")
    assert len(requests) == 3
    keys = {r.headers["idempotency-key"] for r in requests}
    assert len(keys) == 1 and keys != {""}
    gaps = [b.at - a.at for a, b in zip(requests, requests[1:])]
    # exponential backoff with up to 25% jitter: about 0.5 s, then about 1 s
    assert 0.35 <= gaps[0] <= 1.5 and 0.7 <= gaps[1] <= 2.5 and gaps[1] > gaps[0], gaps


def test_retry_after_is_honoured_on_429(modules: dict[str, str], api: Loopback) -> None:
    api.answer("GET /status", Answer(status=429, body={"message": "slow down"}, headers={"Retry-After": "2"}), Answer(body={"ok": True, "version": "1"}))
    result = one(modules, "kitchensink", "getstatus", {}, ks(api, maxRetries=1))
    assert result["ok"], result
    first, second = api.only("GET /status")
    assert 1.9 <= second.at - first.at <= 3.0


def test_no_retry_on_400_and_the_error_carries_status_body_and_request_id(modules: dict[str, str], api: Loopback) -> None:
    api.answer("GET /status", Answer(status=400, body={"code": 400, "message": "bad filter"}, headers={"X-Request-Id": "r-400"}))
    result = one(modules, "kitchensink", "getstatus", {}, ks(api, maxRetries=3))
    assert not result["ok"]
    error = result["error"]
    assert error["classes"][:5] == ["BadRequestError", "ClientError", "APIStatusError", "APIError", "SDKError"]
    assert error["status"] == 400 and error["requestId"] == "r-400"
    assert error["body"] is None  # getStatus declares no error body: none is handed out untyped
    assert error["message"] == "400 bad filter"
    assert len(api.only("GET /status")) == 1


@pytest.mark.parametrize(
    ("status", "classes"),
    [
        (401, ["AuthenticationError", "ClientError"]),
        (403, ["PermissionDeniedError", "ClientError"]),
        (404, ["NotFoundError", "ClientError"]),
        (409, ["ConflictError", "ClientError"]),
        (418, ["ClientError", "APIStatusError"]),
        (422, ["UnprocessableEntityError", "ClientError"]),
        (429, ["RateLimitError", "ClientError"]),
        (500, ["InternalServerError", "ServerError"]),
        (502, ["ServerError", "APIStatusError"]),
        (503, ["ServiceUnavailableError", "ServerError"]),
    ],
)
def test_each_status_family_has_its_error_class(modules: dict[str, str], api: Loopback, status: int, classes: list[str]) -> None:
    api.answer("GET /status", Answer(status=status, body={"message": f"status {status}"}))
    result = one(modules, "kitchensink", "getstatus", {}, ks(api))
    assert result["error"]["classes"][:2] == classes
    assert result["error"]["status"] == status


@pytest.mark.parametrize(("client_timeout", "call_timeout"), [(5000, 300), (300, None)], ids=["per-call", "per-client"])
def test_timeout_raises_api_timeout_error(modules: dict[str, str], api: Loopback, client_timeout: int, call_timeout: int | None) -> None:
    api.answer("GET /status", Answer(delay=2.0, body={"ok": True, "version": "1"}))
    call_options = {"timeout": call_timeout} if call_timeout else None
    result = one(modules, "kitchensink", "getstatus", {}, ks(api, timeout=client_timeout), call_options=call_options)
    assert result["error"]["classes"][:3] == ["APITimeoutError", "APIConnectionError", "APIError"]
    assert result["elapsedMs"] < 1500


def test_connection_error_is_retried_then_raised_without_secrets(modules: dict[str, str], api: Loopback) -> None:
    closed = Loopback()
    url = closed.url
    closed._server.server_close()
    result = one(modules, "kitchensink", "searchpets", {"q": "x"}, {"baseURL": url, "apiKeyQuery": "TOPSECRET", "maxRetries": 1})
    error = result["error"]
    assert error["classes"][:2] == ["APIConnectionError", "APIError"]
    assert "TOPSECRET" not in error["text"]
    assert result["elapsedMs"] >= 300  # one backoff before the retry


def test_user_abort_signal_is_not_retried(modules: dict[str, str], api: Loopback) -> None:
    api.answer("GET /status", Answer(delay=2.0, body={}), Answer(delay=2.0, body={}))
    out = node(CALL.with_name("abort.mjs"), modules["kitchensink"], api.url)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"classes": ["APIUserAbortError", "APIError", "SDKError", "Error"]}
    assert len(api.only("GET /status")) <= 1  # none when the abort came first on a loaded machine


# -- configuration ---------------------------------------------------------------------------------


def test_default_export_reads_the_environment_on_first_use(modules: dict[str, str], api: Loopback) -> None:
    api.answer("POST /identity/refresh", Answer(body={"request_id": "r"}))
    env = {"PLAID_CLIENT_ID": "env-id", "PLAID_SECRET": "env-secret", "PLAID_BASE_URL": api.url}
    result = one(modules, "plaid", "identityrefresh", {"access_token": "t"}, None, env=env)
    assert result["ok"], result
    [request] = api.only("POST /identity/refresh")
    assert (request.headers["plaid-client-id"], request.headers["plaid-secret"]) == ("env-id", "env-secret")


def test_explicit_options_win_over_the_environment(modules: dict[str, str], api: Loopback) -> None:
    env = {"PLAID_CLIENT_ID": "env-id", "PLAID_SECRET": "env-secret", "PLAID_BASE_URL": "http://127.0.0.1:9"}
    result = one(modules, "plaid", "identityrefresh", {"access_token": "t"}, {"baseURL": api.url, "clientId": "opt-id"}, env=env)
    assert result["ok"], result
    [request] = api.only("POST /identity/refresh")
    assert (request.headers["plaid-client-id"], request.headers["plaid-secret"]) == ("opt-id", "env-secret")


def test_missing_credentials_name_the_option_and_the_variable(modules: dict[str, str], api: Loopback) -> None:
    result = one(modules, "plaid", "identityrefresh", {"access_token": "t"}, {"baseURL": api.url, "secret": "s"})
    error = result["error"]
    assert error["classes"][0] == "MissingCredentialsError"
    assert "`clientId`" in error["message"] and "PLAID_CLIENT_ID" in error["message"]
    assert "PLAID_SECRET" not in error["message"]
    assert api.requests == []


def test_environment_option_picks_a_server_and_unknown_ones_fail(modules: dict[str, str]) -> None:
    out = run(modules, "plaid", [], {"environment": "staging"})
    assert out["construct"]["classes"][0] == "ConfigurationError"
    assert "production, sandbox" in out["construct"]["message"]


# -- parameter styles (OpenAPI's style/explode table) ----------------------------------------------

STYLE_CASES = [
    ({"name": "id", "in": "path"}, 5, "/x/5"),
    ({"name": "id", "in": "path"}, [3, 4, 5], "/x/3,4,5"),
    ({"name": "id", "in": "path"}, {"role": "admin", "first": "A b"}, "/x/role,admin,first,A%20b"),
    ({"name": "id", "in": "path", "explode": True}, {"role": "admin", "n": 1}, "/x/role=admin,n=1"),
    ({"name": "id", "in": "path", "style": "label"}, [3, 4], "/x/.3,4"),
    ({"name": "id", "in": "path", "style": "label", "explode": True}, [3, 4], "/x/.3.4"),
    ({"name": "id", "in": "path", "style": "matrix"}, 5, "/x/;id=5"),
    ({"name": "id", "in": "path", "style": "matrix", "explode": True}, [3, 4], "/x/;id=3;id=4"),
    ({"name": "id", "in": "path", "style": "matrix"}, {"a": 1, "b": 2}, "/x/;id=a,1,b,2"),
    ({"name": "id", "in": "path"}, "a/b?c", "/x/a%2Fb%3Fc"),
    ({"name": "q", "in": "query"}, {"a": 1, "b": "x y"}, "a=1&b=x%20y"),
    ({"name": "q", "in": "query", "explode": False}, {"a": 1, "b": 2}, "q=a,1,b,2"),
    ({"name": "q", "in": "query", "style": "spaceDelimited", "explode": False}, [1, 2], "q=1%202"),
    ({"name": "q", "in": "query", "style": "deepObject", "explode": True}, {"a": {"b": 1}, "c": [1, 2]}, "q[a][b]=1&q[c]=1&q[c]=2"),
    ({"name": "q", "in": "query"}, None, "q="),
    ({"name": "q", "in": "query", "json": True}, {"a": [1]}, "q=%7B%22a%22%3A%5B1%5D%7D"),
    ({"name": "q", "in": "query"}, True, "q=true"),
    ({"name": "X-Ids", "in": "header"}, [1, 2], "X-Ids: 1,2"),
    ({"name": "X-Obj", "in": "header", "explode": True}, {"a": 1, "b": 2}, "X-Obj: a=1,b=2"),
    ({"name": "c", "in": "cookie"}, "a b;c", "c=a%20b%3Bc"),
]


def test_parameter_styles_serialize_as_openapi_specifies(modules: dict[str, str]) -> None:
    serialize = modules["kitchensink"].replace("/dist/index.js", "/dist/core/serialize.js")
    cases = [[spec, value] for spec, value, _ in STYLE_CASES]
    done = node(CALL.with_name("serialize.mjs"), serialize, json.dumps(cases))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [expected for _, _, expected in STYLE_CASES]


BODY_CASES = [
    ({"kind": "json", "contentType": "application/json", "fields": ["a"]}, {}, ["{}", "application/json"]),
    ({"kind": "json", "contentType": "application/json", "fields": ["a"], "optional": True}, {}, [None, None]),
    ({"kind": "json", "contentType": "application/vnd.x+json", "fields": [["aKey", "a-wire"]]}, {"aKey": None}, ['{"a-wire":null}', "application/vnd.x+json"]),
    ({"kind": "json", "contentType": "application/json", "key": "body"}, {"body": [1, "x"]}, ['[1,"x"]', "application/json"]),
    ({"kind": "form", "contentType": "application/x-www-form-urlencoded", "fields": ["a", "b"]}, {"a": [1, 2], "b": {"c": 1}},
     ["a=1&a=2&b=%7B%22c%22%3A1%7D", "application/x-www-form-urlencoded"]),
    ({"kind": "text", "contentType": "text/plain", "key": "body"}, {"body": "hi */"}, ["hi */", "text/plain"]),
    ({"kind": "binary", "contentType": "application/octet-stream", "key": "body"}, {"bytes": [1, 2, 3]}, ["blob:3", "application/octet-stream"]),
]


def test_body_kinds_encode_as_their_media_type_says(modules: dict[str, str]) -> None:
    serialize = modules["kitchensink"].replace("/dist/index.js", "/dist/core/serialize.js")
    done = node(CALL.with_name("bodies.mjs"), serialize, json.dumps([[spec, args] for spec, args, _ in BODY_CASES]))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [expected for _, _, expected in BODY_CASES]
