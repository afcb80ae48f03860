"""Errors, logging, User-Agent, idempotency keys and request encoding of the generated Python SDK,
sync and async, against a loopback server: typed error bodies, the connection error's cause,
`x-should-retry`, `KITCHENSINK_LOG` output without secrets, the Idempotency-Key only where the
spec declares it, and bodies the spec's own schema accepts (base64 files in JSON, RFC 3339
timestamps, keys named like JavaScript's own properties)."""

from __future__ import annotations

import base64
import datetime
import json
import logging
import socket

import httpx
import pytest

from tests.conftest import REPO
from tests.python_sdk.conftest import Driver
from tests.python_sdk.server import Answer, Loopback
from tests.snippets.example_validity import recorded_body_problems

KITCHENSINK = REPO / "specs" / "kitchensink" / "openapi.yaml"
SECRETS = {"bearer_auth": "bearer-s3cret-1", "api_key_query": "query-s3cret-2", "api_key_header": "header-s3cret-3"}
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"


def test_error_body_is_the_declared_schema(driver: Driver, server: Loopback) -> None:
    import utdk_kitchensink
    from utdk_kitchensink.models import Error, OrderRefusal

    server.answer("POST", "/orders", Answer(422, {"error_code": "OUT_OF_STOCK", "message": "none left"}))
    with pytest.raises(utdk_kitchensink.UnprocessableEntityError) as refused:
        driver.run("create_order", {"max_retries": 0}, item="bone")
    assert isinstance(refused.value.body, OrderRefusal) and refused.value.body.error_code == "OUT_OF_STOCK"
    assert "none left" in str(refused.value)

    server.answer("POST", "/orders", Answer(404, {"code": 404, "message": "no such shop"}))
    with pytest.raises(utdk_kitchensink.NotFoundError) as missing:
        driver.run("create_order", {"max_retries": 0}, item="bone")
    assert isinstance(missing.value.body, Error) and missing.value.body.code == 404

    # getStatus declares no error body: none is handed out untyped, the bytes stay on the response
    server.answer("GET", "/status", Answer(503, {"message": "maintenance"}))
    with pytest.raises(utdk_kitchensink.ServiceUnavailableError) as down:
        driver.run("get_status", {"max_retries": 0})
    assert down.value.body is None and down.value.response.json() == {"message": "maintenance"}
    assert isinstance(down.value, utdk_kitchensink.ServerError)


def test_connection_error_keeps_its_cause(driver: Driver) -> None:
    import utdk_kitchensink

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with pytest.raises(utdk_kitchensink.APIConnectionError) as failed:
        driver.run("get_status", {"base_url": f"http://127.0.0.1:{port}", "max_retries": 0})
    assert isinstance(failed.value.__cause__, httpx.ConnectError)
    assert str(port) not in str(failed.value)


def test_x_should_retry_overrides_the_status_rule(driver: Driver, server: Loopback) -> None:
    import utdk_kitchensink

    server.answer("GET", "/status", Answer(500, {"message": "no"}, headers={"x-should-retry": "false"}))
    with pytest.raises(utdk_kitchensink.InternalServerError):
        driver.run("get_status", {"max_retries": 2})
    assert len(server.requests) == 1
    server.reset()
    server.answer(
        "GET", "/status",
        Answer(400, {"message": "try again"}, headers={"x-should-retry": "true", "retry-after-ms": "1"}),
        Answer(body={"ok": True, "version": "2"}),
    )
    assert driver.run("get_status", {"max_retries": 2}).version == "2"
    assert len(server.requests) == 2


def test_logs_name_each_attempt_and_no_secret(driver: Driver, server: Loopback, monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("KITCHENSINK_LOG", "debug")
    server.answer("GET", "/search", Answer(503, {"message": "busy"}, headers={"retry-after-ms": "1"}), Answer(body=[]))
    userinfo_url = server.url.replace("http://", "http://ann:userinfo-s3cret-4@")
    with caplog.at_level(logging.DEBUG, logger="utdk_kitchensink"):
        driver.run("search_pets", {**SECRETS, "base_url": userinfo_url, "max_retries": 1}, q="cat")
    lines = [r.getMessage() for r in caplog.records if r.name == "utdk_kitchensink"]
    text = "\n".join(lines)
    assert f"GET {server.url.replace('http://', 'http://<redacted>@')}/search?" in text
    assert "api_key=<redacted>" in text and "q=cat" in text and "-> 503 in " in text
    assert "-> 200" in text and "(retry 1)" in text and "retrying GET" in text
    assert "request headers:" in text and "'user-agent': 'utdk_kitchensink/" in text
    for secret in [*SECRETS.values(), "userinfo-s3cret-4"]:
        assert secret not in text
    assert ("api_key", SECRETS["api_key_query"]) in server.requests[0].query  # the secret was sent


def test_user_agent_names_package_version_and_runtime(driver: Driver, server: Loopback) -> None:
    import platform

    driver.run("get_status", {})
    agent = server.requests[0].headers["user-agent"]
    assert agent.startswith(f"utdk_kitchensink/1.2.0 Python/{platform.python_version()} ")
    assert f"httpx/{httpx.__version__}" in agent


def test_idempotency_key_only_where_the_spec_declares_it(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/orders", Answer(500, {}, headers={"retry-after-ms": "1"}), Answer(201, {"id": "o", "item": "x"}))
    driver.run("create_order", {"max_retries": 1}, item="x")
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert keys[0] and keys == [keys[0], keys[0]]
    server.reset()
    server.answer("POST", "/pets", Answer(201, {"id": 1, "name": "Rex", "petType": "dog"}))
    driver.run("create_pet", {"api_key_header": "k"}, name="Rex", pet_type="dog")
    assert "idempotency-key" not in server.requests[0].headers
    server.reset()
    driver.run("create_order", {}, item="x", idempotency_key="mine")
    assert server.requests[0].headers["idempotency-key"] == "mine"


def test_json_bodies_the_spec_accepts(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/orders", Answer(201, {"id": "o", "item": "x"}))
    placed = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    driver.run("create_order", {}, item="x", placed_at=placed, receipt=PDF, constructor="c", to_string="t")
    sent = server.requests[0].json()
    assert sent == {"item": "x", "placed_at": "2024-01-02T03:04:05+00:00", "receipt": base64.b64encode(PDF).decode(),
                    "constructor": "c", "toString": "t"}
    assert recorded_body_problems(KITCHENSINK, "kitchensink", "createOrder", sent) == []


def test_a_datetime_without_time_zone_is_refused_before_sending(driver: Driver, server: Loopback) -> None:
    with pytest.raises(ValueError, match=r"^placed_at: a datetime without a time zone"):
        driver.run("create_order", {}, item="x", placed_at=datetime.datetime(2024, 1, 2, 3, 4, 5))
    assert server.requests == []


def test_to_dict_is_a_copy_and_to_json_is_the_wire_form(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/orders", Answer(201, {"id": "o", "item": "x", "extra": {"n": 1}}))
    order = driver.run("create_order", {}, item="x")
    copy = order.to_dict()
    copy["item"] = "changed"
    copy["extra"]["n"] = 2
    assert order.item == "x" and order.to_dict()["extra"] == {"n": 1}
    assert json.loads(order.to_json()) == {"id": "o", "item": "x", "extra": {"n": 1}}
