"""The generated Python SDK against a real HTTP server on loopback, through the sync and the
async client: every auth kind, every body kind, parameter styles, models, retries, timeouts,
errors and configuration."""

from __future__ import annotations

import base64
import datetime
from urllib.parse import parse_qsl

import pytest

from tests.python_sdk.conftest import Driver
from tests.python_sdk.server import Answer, Loopback

SECRET = "s3cr3t-value-never-printed"
CAT = {"id": 1, "name": "Tom", "petType": "cat", "born_on": "2020-02-29", "indoor": True, "nickname": "T"}
DOG = {"id": 2, "name": "Rex", "petType": "dog", "bark_volume": 7, "class": "big"}


def test_bearer_auth_query_styles_header_cookie_and_discriminated_models(driver: Driver, server: Loopback) -> None:
    server.answer("GET", "/pets", Answer(body=[CAT, DOG]))
    pets = driver.run(
        "list_pets", {"bearer_auth": SECRET},
        limit=5, status=["available", "sold"], tags=["a", "b"], x_trace_id="trace-1", session_hint="warm",
    )
    (request,) = server.requests
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.query == [("limit", "5"), ("status", "available"), ("status", "sold"), ("tags", "a,b")]
    assert request.headers["x-trace-id"] == "trace-1"
    assert request.cookies == {"session_hint": "warm"}
    assert [type(p).__name__ for p in pets] == ["Cat", "Dog"]
    cat, dog = pets
    assert cat.born_on == datetime.date(2020, 2, 29)
    assert cat.indoor is True and cat.tag is None
    assert cat.model_extra == {"nickname": "T"}
    assert cat.to_dict() == CAT
    assert dog.class_ == "big" and dog.bark_volume == 7


def test_api_key_header_and_json_body_sends_only_given_fields(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/pets", Answer(201, DOG))
    pet = driver.run("create_pet", {"api_key_header": SECRET}, name="Rex", pet_type="dog", n_123_code="x1")
    (request,) = server.requests
    assert request.headers["x-api-key"] == SECRET
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"name": "Rex", "petType": "dog", "123-code": "x1"}
    assert type(pet).__name__ == "Dog"


def test_none_is_sent_as_null_and_not_given_is_left_out(driver: Driver, server: Loopback) -> None:
    server.answer("PATCH", "/pets/7", Answer(body=CAT), Answer(body=CAT))
    driver.run("update_pet", {"bearer_auth": SECRET}, pet_id=7, tag=None)
    driver.run("update_pet", {"bearer_auth": SECRET}, pet_id=7)
    first, second = server.requests
    assert first.path == "/pets/7"
    assert first.json() == {"tag": None}
    assert second.json() == {} and second.headers["content-type"] == "application/json"


def test_null_parameters_in_query_headers_and_cookies(driver: Driver, server: Loopback) -> None:
    server.answer("GET", "/pets", Answer(body=[]))
    driver.run("list_pets", {"bearer_auth": SECRET}, limit=None, x_trace_id=None, session_hint="a b;c")
    (request,) = server.requests
    assert request.raw_query == "limit="
    assert "x-trace-id" not in request.headers
    assert request.headers["cookie"] == "session_hint=a%20b%3Bc"


def test_basic_auth_and_empty_response(driver: Driver, server: Loopback) -> None:
    server.answer("DELETE", "/pets/3", Answer(204))
    result = driver.run("delete_pet", {"basic_auth_username": "ann", "basic_auth_password": SECRET}, pet_id=3)
    assert result is None
    (request,) = server.requests
    assert request.headers["authorization"] == "Basic " + base64.b64encode(f"ann:{SECRET}".encode()).decode()


def test_api_key_query_deep_object_and_pipe_delimited(driver: Driver, server: Loopback) -> None:
    server.answer("GET", "/search", Answer(body=[]))
    assert driver.run("search_pets", {"api_key_query": SECRET}, q="fluffy cat", filter={"name": "x", "min_age": 2}, ids=[1, 2]) == []
    (request,) = server.requests
    assert request.query == [
        ("api_key", SECRET), ("filter[name]", "x"), ("filter[min_age]", "2"), ("ids", "1|2"), ("q", "fluffy cat"),
    ]


def test_api_key_cookie_and_form_body(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/contact", Answer(204))
    driver.run("submit_contact_form", {"api_key_cookie": SECRET}, email="a@example.com", message="hi & bye", subscribe=True)
    (request,) = server.requests
    assert request.cookies == {"session": SECRET}
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.body.decode()) == [("email", "a@example.com"), ("message", "hi & bye"), ("subscribe", "true")]


def test_multipart_upload_and_binary_download(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/pets/5/photo", Answer(body={"url": "https://x.example/p.png", "size": 4}))
    server.answer("GET", "/pets/5/photo", Answer(body=b"\x89PNG", content_type="image/png"))
    uploaded = driver.run(
        "upload_pet_photo", {"bearer_auth": SECRET},
        pet_id=5, file=("p.png", b"\x89PNG", "image/png"), caption="Rex", labels=["a", "b"],
    )
    assert uploaded.url == "https://x.example/p.png" and uploaded.size == 4
    assert driver.run("download_pet_photo", {"bearer_auth": SECRET}, pet_id=5) == b"\x89PNG"
    upload = server.requests[0]
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="p.png"' in upload.body and b"\x89PNG" in upload.body
    assert b'name="caption"' in upload.body and upload.body.count(b'name="labels"') == 2


def test_oauth2_client_credentials_token_is_fetched_once(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/oauth/token", Answer(body={"access_token": "tok-1", "expires_in": 3600}))
    server.answer("GET", "/store/inventory", Answer(body={"available": 3}), Answer(body={"sold": 1}))
    options = {"oauth2_client_id": "cid", "oauth2_client_secret": SECRET}
    if driver.kind == "sync":
        with driver.client(**options) as client:
            results = [client.get_inventory(), client.get_inventory()]
    else:
        import asyncio

        async def both() -> list[object]:
            async with driver.client(**options) as client:
                return [await client.get_inventory(), await client.get_inventory()]

        results = asyncio.run(both())
    assert results == [{"available": 3}, {"sold": 1}]
    token, first, second = server.requests
    assert (token.method, token.path) == ("POST", "/oauth/token")
    form = dict(parse_qsl(token.body.decode()))
    assert form == {"grant_type": "client_credentials", "client_id": "cid", "client_secret": SECRET, "scope": "inventory:read"}
    assert first.headers["authorization"] == second.headers["authorization"] == "Bearer tok-1"


def test_retries_keep_one_idempotency_key_and_honour_retry_after(driver: Driver, server: Loopback) -> None:
    server.answer(
        "POST", "/orders",
        Answer(503, {"message": "busy"}, headers={"Retry-After": "0"}),
        Answer(429, {"message": "slow down"}, headers={"retry-after-ms": "10"}),
        Answer(201, {"id": "o-1", "item": "bone"}),
    )
    order = driver.run("create_order", {"max_retries": 2}, item="bone")
    assert order.id == "o-1"
    keys = {r.headers["idempotency-key"] for r in server.requests}
    assert len(server.requests) == 3 and len(keys) == 1


def test_no_retry_on_400_and_the_message_has_no_secret(driver: Driver, server: Loopback) -> None:
    import utdk_kitchensink

    server.answer("POST", "/pets", Answer(400, {"code": 400, "message": "name is too long"}, headers={"x-request-id": "req-9"}))
    with pytest.raises(utdk_kitchensink.BadRequestError) as caught:
        driver.run("create_pet", {"api_key_header": SECRET}, name="R" * 300, pet_type="dog")
    assert len(server.requests) == 1
    error = caught.value
    assert error.status_code == 400 and error.request_id == "req-9"
    assert error.body is not None and error.body.to_dict() == {"code": 400, "message": "name is too long"}
    assert "name is too long" in str(error) and SECRET not in str(error) and SECRET not in repr(error)


def test_retries_give_up_after_max_retries(driver: Driver, server: Loopback) -> None:
    import utdk_kitchensink

    server.answer("GET", "/status", *[Answer(500, {"message": "boom"}, headers={"Retry-After": "0"})] * 4)
    with pytest.raises(utdk_kitchensink.InternalServerError):
        driver.run("get_status", {"max_retries": 2})
    assert len(server.requests) == 3
    server.reset()
    server.answer("GET", "/status", Answer(500, {"message": "boom"}, headers={"Retry-After": "0"}))
    with pytest.raises(utdk_kitchensink.InternalServerError):
        driver.run("get_status", {"max_retries": 2}, max_retries=0)
    assert len(server.requests) == 1


def test_timeouts_raise_and_are_retried(driver: Driver, server: Loopback) -> None:
    import utdk_kitchensink

    server.answer("GET", "/status", Answer(body={"ok": True, "version": "1"}, delay=1.0), Answer(body={"ok": True, "version": "2"}, delay=1.0))
    with pytest.raises(utdk_kitchensink.APITimeoutError):
        driver.run("get_status", {"max_retries": 0}, timeout=0.2)
    server.reset()
    server.answer("GET", "/status", Answer(body={}, delay=1.0), Answer(body={"ok": True, "version": "3"}))
    status = driver.run("get_status", {"timeout": 0.2, "max_retries": 1})
    assert status.version == "3" and len(server.requests) == 2


@pytest.mark.parametrize(
    ("status", "error_class"),
    [(401, "AuthenticationError"), (403, "PermissionDeniedError"), (404, "NotFoundError"), (409, "ConflictError"),
     (422, "UnprocessableEntityError"), (429, "RateLimitError"), (502, "ServerError"), (503, "ServiceUnavailableError"), (418, "ClientError")],
)
def test_error_classes_by_status(driver: Driver, server: Loopback, status: int, error_class: str) -> None:
    import utdk_kitchensink

    server.answer("GET", "/pets/1", Answer(status, {"code": status, "message": "nope"}, headers={"x-request-id": "rid"}))
    with pytest.raises(utdk_kitchensink.APIStatusError) as caught:
        driver.run("get_pet", {"bearer_auth": SECRET, "max_retries": 0}, pet_id=1)
    assert type(caught.value).__name__ == error_class
    assert isinstance(caught.value, getattr(utdk_kitchensink, error_class))
    assert caught.value.request_id == "rid" and SECRET not in str(caught.value)


def test_connection_error(driver: Driver) -> None:
    import socket

    import utdk_kitchensink

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(utdk_kitchensink.APIConnectionError):
        driver.run("get_status", {"base_url": f"http://127.0.0.1:{port}", "max_retries": 0})


def test_environment_configuration(driver: Driver, server: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KITCHENSINK_BEARER_AUTH", SECRET)
    monkeypatch.setenv("KITCHENSINK_BASE_URL", server.url)
    server.answer("GET", "/pets/4", Answer(body=DOG), Answer(body=DOG))
    assert driver.cls().base_url == server.url
    driver.run("get_pet", {"base_url": None}, pet_id=4)
    assert server.requests[-1].headers["authorization"] == f"Bearer {SECRET}"
    scoped = driver.cls().with_options(bearer_auth="other", timeout=3.0)
    assert scoped.timeout == 3.0 and scoped.base_url == server.url and scoped.max_retries == 2
    driver.run("get_pet", {"base_url": None}, derive=lambda c: c.with_options(bearer_auth="other"), pet_id=4)
    assert server.requests[-1].headers["authorization"] == "Bearer other"
    monkeypatch.delenv("KITCHENSINK_BASE_URL")
    assert driver.cls().base_url == "https://us.api.kitchensink.example/v1"
    assert driver.cls(environment="sandbox").base_url == "https://sandbox.kitchensink.example/v1"
    assert driver.cls(environment="sandbox").with_options(environment="production").base_url == "https://us.api.kitchensink.example/v1"
    with pytest.raises(ValueError, match="production, sandbox"):
        driver.cls(environment="staging")


def test_missing_credentials_name_the_variables_and_send_nothing(driver: Driver, server: Loopback) -> None:
    import utdk_kitchensink

    with pytest.raises(utdk_kitchensink.MissingCredentialsError, match="KITCHENSINK_BEARER_AUTH"):
        driver.run("get_pet", pet_id=1)
    assert server.requests == []


def test_per_call_options(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/pets", Answer(201, CAT))
    driver.run(
        "create_pet", {"api_key_header": SECRET},
        name="Tom", pet_type="cat", extra_headers={"X-Extra": "1"}, extra_query={"debug": True},
        extra_body={"note": "hi"}, idempotency_key="fixed-key",
    )
    (request,) = server.requests
    assert request.headers["x-extra"] == "1" and request.headers["idempotency-key"] == "fixed-key"
    assert request.query == [("debug", "true")]
    assert request.json() == {"name": "Tom", "petType": "cat", "note": "hi"}


def test_recursive_models_and_undiscriminated_unions(driver: Driver, server: Loopback) -> None:
    tree = {"value": "root", "children": [{"value": "leaf", "parent": None}], "parent": None}
    server.answer("POST", "/trees", Answer(body=tree))
    server.answer("PUT", "/shapes/s1", Answer(body={"radius": 2.5}), Answer(body="plain"))
    node = driver.run("create_tree", {"bearer_auth": SECRET}, value="root", children=[{"value": "leaf", "parent": None}])
    assert server.requests[0].json() == {"value": "root", "children": [{"value": "leaf", "parent": None}]}
    assert type(node.children[0]).__name__ == "TreeNode" and node.children[0].value == "leaf"
    assert node.parent is None
    circle = driver.run("put_shape", {"bearer_auth": SECRET}, shape_id="s1", body={"radius": 2.5})
    assert type(circle).__name__ == "Circle" and circle.radius == 2.5
    assert driver.run("put_shape", {"bearer_auth": SECRET}, shape_id="s1", body="plain") == "plain"


def test_models_keep_the_wire_data_and_can_be_subclassed() -> None:
    from utdk_kitchensink.models import Dog

    class ShowDog(Dog):
        rosettes: int

    dog = ShowDog({"petType": "dog", "class": "big", "rosettes": 3, "born_on": "2021-05-01", "later": True})
    assert (dog.class_, dog.rosettes, dog.born_on) == ("big", 3, datetime.date(2021, 5, 1))
    assert dog.model_extra == {"later": True} and "rosettes" in dir(dog)
    assert Dog(name="Rex", pet_type="dog", class_="small").to_dict() == {"name": "Rex", "petType": "dog", "class": "small"}
    assert Dog({"id": 1}) == Dog({"id": 1}) and Dog({"id": 1}) != Dog({"id": 2})
