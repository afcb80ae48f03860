"""Functional tests on a small inline spec: generate a package into a temporary folder and run
it against the loopback server (auth kinds beyond the kitchensink, alternatives between
security requirements, optional bodies, server variables)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest

from generator.config import single_spec_config
from generator.output import changeset, write
from generator.pipeline import generate
from tests.python_sdk.server import Answer, Loopback

# Keys named like JavaScript's own properties: a body built on a plain object loses `__proto__`.
HOSTILE_BODY: dict[str, Any] = {
    "type": "object",
    "properties": {name: {"type": "string"} for name in ("__proto__", "constructor", "toString", "hasOwnProperty")},
}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Inline", "version": "2.0.0"},
    "servers": [{"url": "https://{tenant}.inline.example/api", "variables": {"tenant": {"default": "acme"}}}],
    "components": {
        "securitySchemes": {
            "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://id.example/.well-known/openid-configuration"},
            "token": {"type": "http", "scheme": "token"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        }
    },
    "security": [{"oidc": []}, {"key": []}],
    "paths": {
        "/blobs/{name}": {
            "put": {
                "operationId": "putBlob",
                "security": [],
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"204": {"description": "stored"}},
            },
            "post": {
                "operationId": "appendText",
                "security": [],
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"text/plain": {"schema": {"type": "string"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "integer"}}}}},
            },
        },
        "/notes": {
            "post": {
                "operationId": "addNote",
                "requestBody": {
                    "required": False,
                    "content": {"application/json": {"schema": {"type": "object", "properties": {"text": {"type": "string"}}}}},
                },
                "responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}},
            },
            "get": {
                "operationId": "listNotes",
                "security": [{"token": []}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                    "type": "array", "items": {"type": "string", "format": "date-time"}}}}}},
            },
        },
        "/hostile": {
            "post": {
                "operationId": "sendHostile",
                "security": [],
                "requestBody": {"required": True, "content": {"application/json": {"schema": HOSTILE_BODY}}},
                "responses": {"204": {"description": "ok"}},
            },
        },
    },
}


def _with_own_server(spec: dict[str, Any], url: str) -> dict[str, Any]:
    """Adds an operation whose path declares its own server (the loopback server, under /up)."""
    paths = dict(spec["paths"])
    paths["/uploads"] = {
        "servers": [{"url": url + "/up"}],
        "get": {"operationId": "listUploads", "security": [], "responses": {"204": {"description": "none"}}},
    }
    return dict(spec, paths=paths)


@pytest.fixture(scope="module")
def inline(tmp_path_factory: pytest.TempPathFactory, loopback: Loopback) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("inline")
    spec = root / "openapi.json"
    spec.write_text(json.dumps(_with_own_server(SPEC, loopback.url)), "utf-8")
    result = generate(single_spec_config(spec, root / "out", "inline", ("python",)), only_targets=("python",))
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    write(changeset(root / "out", result.files, result.scopes))
    src = str(root / "out" / "inline" / "python" / "src")
    sys.path.insert(0, src)
    try:
        yield importlib.import_module("utdk_inline")
    finally:
        sys.path.remove(src)


def test_server_variables_give_the_default_url(inline: ModuleType) -> None:
    assert inline.Inline().base_url == "https://acme.inline.example/api"


def test_openid_connect_is_a_bearer_token_and_requirements_are_alternatives(inline: ModuleType, server: Loopback) -> None:
    server.answer("POST", "/notes", Answer(body=b"saved", content_type="text/plain"), Answer(body=b"again", content_type="text/plain"))
    with inline.Inline(base_url=server.url, oidc_token="id-token") as client:
        assert client.add_note(text="hi") == "saved"
    with inline.Inline(base_url=server.url, key="k-1") as client:
        assert client.add_note() == "again"
    first, second = server.requests
    assert first.headers["authorization"] == "Bearer id-token" and first.json() == {"text": "hi"}
    assert "authorization" not in second.headers and second.headers["x-key"] == "k-1"
    assert second.body == b"" and "content-type" not in second.headers


def test_other_http_schemes_use_their_own_name(inline: ModuleType, server: Loopback) -> None:
    server.answer("GET", "/notes", Answer(body=["2024-01-02T03:04:05Z"]))
    with inline.Inline(base_url=server.url, token="t-1") as client:
        (stamp,) = client.list_notes()
    assert server.requests[0].headers["authorization"] == "Token t-1"
    assert stamp.year == 2024 and stamp.utcoffset() is not None


def test_missing_credentials_mention_the_alternatives(inline: ModuleType, server: Loopback) -> None:
    with inline.Inline(base_url=server.url) as client, pytest.raises(inline.MissingCredentialsError) as caught:
        client.add_note(text="x")
    assert "INLINE_OIDC_TOKEN" in str(caught.value) and "another security scheme" in str(caught.value)
    assert server.requests == []


def test_binary_and_text_request_bodies(inline: ModuleType, server: Loopback) -> None:
    server.answer("PUT", "/blobs/a b", Answer(204))
    server.answer("POST", "/blobs/a b", Answer(body=11))
    with inline.Inline(base_url=server.url) as client:
        assert client.put_blob(name="a b", body=b"\x00\x01binary") is None
        assert client.append_text(name="a b", body="héllo text") == 11
    blob, text = server.requests
    assert blob.headers["content-type"] == "application/octet-stream" and blob.body == b"\x00\x01binary"
    assert text.headers["content-type"] == "text/plain" and text.body == "héllo text".encode()


def test_an_operation_server_is_used_unless_base_url_is_explicit(inline: ModuleType, server: Loopback) -> None:
    server.answer("GET", "/up/uploads", Answer(204))
    server.answer("GET", "/uploads", Answer(204))
    with inline.Inline() as client:
        client.list_uploads()
        client.with_options(timeout=5.0).list_uploads()
    with inline.Inline(base_url=server.url) as client:
        client.list_uploads()
    assert [r.path for r in server.requests] == ["/up/uploads", "/up/uploads", "/uploads"]


def test_keys_named_like_javascript_own_properties_are_sent(inline: ModuleType, server: Loopback) -> None:
    import asyncio

    server.answer("POST", "/hostile", Answer(204), Answer(204))
    sent = {"__proto__": "p", "constructor": "c", "toString": "t", "hasOwnProperty": "h"}
    with inline.Inline(base_url=server.url) as client:
        client.send_hostile(proto="p", constructor="c", to_string="t", has_own_property="h")

    async def run() -> None:
        async with inline.AsyncInline(base_url=server.url) as aclient:
            await aclient.send_hostile(proto="p", constructor="c", to_string="t", has_own_property="h")

    asyncio.run(run())
    assert [r.json() for r in server.requests] == [sent, sent]
