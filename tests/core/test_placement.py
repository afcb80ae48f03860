"""Where a credential goes is decided once, in generator/model/placement.py: change the rule for one
scheme kind (an API key in a header moves to another header, behind a prefix) and every output follows:
both SDKs (run against a loopback server, sync and async for Python), the curl snippet, the docs
page's Try-it data and the gateway (injecting into a real upstream)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from generator.config import single_spec_config
from generator.gateway import create_app
from generator.spec_to_api import load_api
from generator.model import placement as rule
from generator.model.api import Credential
from generator.model.placement import Placement, SchemeFacts
from generator.pipeline import generate
from tests.conftest import REPO
from tests.gateway.support import Upstream, config, serve, upstream_app
from tests.typescript.packages import build, node
from tests.typescript.server import Loopback

SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"
MOVED_HEADER = "X-Moved-Key"
PREFIX = "Key "
SECRET = "hk-31f0"
CALL = REPO / "tests" / "typescript" / "call.mjs"


@contextmanager
def moved_rule() -> Iterator[None]:
    """An API key meant for a header goes to X-Moved-Key, after `Key `; other kinds stay as they are."""
    original = rule.api_key_placement

    def moved(facts: SchemeFacts, credentials: tuple[Credential, ...]) -> Placement:
        placement = original(facts, credentials)
        return replace(placement, name=MOVED_HEADER, prefix=PREFIX) if placement.location == "header" else placement

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rule, "api_key_placement", moved)
        yield


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("moved") / "out"
    targets = ("typescript", "python", "docs", "snippets")
    with moved_rule():
        result = generate(single_spec_config(SPEC, out, "kitchensink", targets), use_cache=False)
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    for file in result.files:
        (out / file.path).parent.mkdir(parents=True, exist_ok=True)
        (out / file.path).write_bytes(file.content)
    return out / "kitchensink"


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with Loopback() as running:
        yield running


def _sent_key(server: Loopback) -> list[tuple[str | None, str | None]]:
    return [(r.headers.get(MOVED_HEADER.lower()), r.headers.get("x-api-key")) for r in server.only("POST /pets")]


PYTHON_PROGRAM = """
import asyncio, sys
from utdk_kitchensink import AsyncKitchensink, Kitchensink

with Kitchensink(base_url=sys.argv[1], api_key_header="hk-31f0", max_retries=0) as client:
    client.create_pet(name="Rex", pet_type="dog")


async def main() -> None:
    async with AsyncKitchensink(base_url=sys.argv[1], api_key_header="hk-31f0", max_retries=0) as client:
        await client.create_pet(name="Rex", pet_type="dog")

asyncio.run(main())
"""


def test_the_python_sdk_follows(output: Path, server: Loopback) -> None:
    server.reset()
    done = subprocess.run([sys.executable, "-c", PYTHON_PROGRAM, server.url], env={"PYTHONPATH": str(output / "python" / "src")},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _sent_key(server) == [(PREFIX + SECRET, None)] * 2


def test_the_typescript_sdk_follows(output: Path, server: Loopback) -> None:
    server.reset()
    module = build(output / "typescript").as_uri()
    call = {"module": module, "className": "Kitchensink", "options": {"baseURL": server.url, "maxRetries": 0, "apiKeyHeader": SECRET},
            "calls": [{"method": "createpet", "args": {"name": "Rex", "petType": "dog"}}]}
    done = node(CALL, json.dumps(call))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"][0]["ok"], done.stdout
    assert _sent_key(server) == [(PREFIX + SECRET, None)]


def test_the_curl_snippet_follows(output: Path) -> None:
    curl = (output / "snippets" / "createpet.sh").read_text()
    assert f'-H "{MOVED_HEADER}: {PREFIX}$KITCHENSINK_API_KEY_HEADER"' in curl
    assert "X-API-Key" not in curl


def test_the_docs_try_it_data_follows(output: Path) -> None:
    page = (output / "docs" / "operations" / "createpet.html").read_text()
    found = re.search(r'<script type="application/json" id="snippet-data">(.*?)</script>', page, re.S)
    assert found is not None
    auth = json.loads(found.group(1))["request"]["auth"]
    assert auth == [{"location": "header", "name": MOVED_HEADER, "parts": [["text", PREFIX], ["env", "KITCHENSINK_API_KEY_HEADER"]]}]
    assert f"API key sent in the {MOVED_HEADER} header" in page


def test_the_gateway_follows() -> None:
    record = Upstream()
    with serve(upstream_app(record)) as upstream:
        cfg = config({"kitchensink": {"upstream": upstream.url + "/v1", "credentials": {"KITCHENSINK_API_KEY_HEADER": SECRET}}})
        with moved_rule():
            app = create_app(cfg, environ={})
        with serve(app) as gw:
            response = httpx.post(f"{gw.url}/kitchensink/pets", json={"name": "Rex", "petType": "dog"},
                                  headers={MOVED_HEADER: "from-the-page"})
    assert response.status_code == 200
    seen = record.last()
    assert seen.headers[MOVED_HEADER.lower()] == PREFIX + SECRET
    assert "x-api-key" not in seen.headers


def test_other_kinds_keep_their_placement() -> None:
    """The rule moved only what it was asked to: the query key and bearer still go where they went."""
    with moved_rule():
        api = load_api(SPEC, "kitchensink", validate=False).api
    assert api is not None
    placed = {s.key: (s.placement.location, s.placement.name, s.placement.prefix) for s in api.security_schemes if s.placement}
    assert placed["apiKeyHeader"] == ("header", MOVED_HEADER, PREFIX)
    assert placed["apiKeyQuery"] == ("query", "api_key", "")
    assert placed["bearerAuth"] == ("header", "Authorization", "Bearer ")
    assert placed["basicAuth"] == ("header", "Authorization", "Basic ")


def test_one_placement_per_kind() -> None:
    """The rule itself, as the SDKs, snippets, docs and gateway receive it."""
    user, password = (Credential(n, n, n.upper(), n, n) for n in ("user", "password"))
    basic = rule.placement_for(SchemeFacts("b", "http", http_scheme="basic"), (user, password), "ACME")
    assert basic is not None and (basic.location, basic.name, basic.prefix, basic.encoding) == ("header", "Authorization", "Basic ", "basic")
    assert rule.placed_value(basic, ["Aladdin", "open sesame"]) == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    token = rule.placement_for(SchemeFacts("t", "http", http_scheme="token"), (user,), "ACME")
    assert token is not None and rule.placed_value(token, ["abc"]) == "Token abc"
    odd = rule.placement_for(SchemeFacts("k", "apiKey", location="body", parameter_name="key"), (user,), "ACME")
    assert odd is not None and (odd.location, odd.name, odd.prefix) == ("header", "key", "")
    oauth = rule.placement_for(SchemeFacts("oauth", "oauth2", exchanges=True, token_url="/token"), (user, password), "ACME")
    assert oauth is not None and (oauth.token_url, oauth.token_env_var, oauth.prefix) == ("/token", "ACME_OAUTH_ACCESS_TOKEN", "Bearer ")
    assert rule.placed_value(oauth, ["the-token"]) == "Bearer the-token"
    assert rule.placement_for(SchemeFacts("m", "mutualTLS"), (), "ACME") is None
