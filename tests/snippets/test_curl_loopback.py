"""Every curl snippet runs (real curl, real bash) against a loopback server, and the request the
server receives is the ExampleRequest: method, path, query, headers, cookies, body, credentials."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from generator.context import ApiContext
from generator.requests import ExampleRequest, build_request, request_plan
from generator.snippets import render_snippet

from .fixtures import HOSTILE, as_json, cases, api_for, operation, options_for
from .loopback import check_received, credential_values, loopback_server

FILE_CONTENT = b"\x89PNG\r\n\x1a\n file bytes \x00\xff"
CURL_CASES = [c for c in cases() if c.label in ("example", "empty", "hostile", "first-only")]


@pytest.fixture(scope="module")
def server():  # type: ignore[no-untyped-def]
    with loopback_server() as running:
        yield running


@pytest.fixture(scope="module")
def curl() -> str:
    found = shutil.which("curl")
    if found is None:
        pytest.skip("curl is not installed")
    return found


def _files(directory: Path, request: ExampleRequest) -> None:
    names = {p.value for p in request.body.parts if p.file} if request.body and request.body.kind == "multipart" else set()
    if request.body is not None and request.body.kind == "binary":
        names.add(request.body.text)
    for name in names:
        (directory / name).write_bytes(FILE_CONTENT)


@pytest.mark.parametrize("case", CURL_CASES, ids=lambda c: c.id)
def test_curl_snippet_sends_the_example_request(case, curl: str, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    api, op, options = api_for(case.provider), operation(case.provider, case.operation), options_for(case.provider)
    values = as_json(case.values)
    plan = request_plan(api, op)
    snippet = render_snippet(ApiContext(api, options), op, "curl", values)
    request = build_request(plan, values if values is not None else _example(case))
    assert "127.0.0.1" not in snippet and plan.base_url in snippet
    env = credential_values(request)
    for name in env:
        assert "$" + name in snippet or "${" + name + "}" in snippet, f"{name} is not read from the environment"
        assert env[name] not in snippet
    _files(tmp_path, request)
    origin, recorder = server
    recorder.requests.clear()
    base = urlsplit(plan.base_url)
    local = snippet.replace(plan.base_url, origin + base.path, 1)
    done = subprocess.run(["bash", "-c", local], cwd=tmp_path, env={**os.environ, **env}, capture_output=True, timeout=30)
    assert done.returncode == 0, done.stderr.decode()
    assert len(recorder.requests) == 1
    got = recorder.requests[0]
    check_received(got, request, env, base.path, FILE_CONTENT)


def _example(case):  # type: ignore[no-untyped-def]
    from generator.requests import example_values

    api, op = api_for(case.provider), operation(case.provider, case.operation)
    return example_values(api, op, request_plan(api, op))


def test_hostile_text_reaches_the_server_unchanged(curl: str, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The shell passes every byte through: a JSON body with quotes, $(...), backticks and !."""
    api, op, options = api_for("kitchensink"), operation("kitchensink", "createPet"), options_for("kitchensink")
    snippet = render_snippet(ApiContext(api, options), op, "curl", {"name": HOSTILE, "petType": "dog"})
    origin, recorder = server
    recorder.requests.clear()
    local = snippet.replace("https://us.api.kitchensink.example", origin, 1)
    done = subprocess.run(["bash", "-c", local], cwd=tmp_path, capture_output=True, timeout=30,
                          env={**os.environ, "KITCHENSINK_API_KEY_HEADER": "k"})
    assert done.returncode == 0, done.stderr.decode()
    assert recorder.requests[0].headers["x-api-key"] == "k"
    assert json.loads(recorder.requests[0].body) == {"name": HOSTILE, "petType": "dog"}
