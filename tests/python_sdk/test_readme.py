"""The README and the docs snippet run as written, with the default client configured from the
environment, against a loopback server; importing stays lazy."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from generator.config import ProviderConfig, target_options
from generator.context import ApiContext
from generator.snippets import render_snippet
from generator.spec_to_api import load_api
from tests.conftest import REPO
from tests.python_sdk.packages import PLAID_SRC
from tests.python_sdk.server import Answer, Loopback

README = REPO / "generated" / "plaid" / "python" / "README.md"


def _plaid_env(server: Loopback) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAID_")}
    env.update(PYTHONPATH=str(PLAID_SRC), PLAID_BASE_URL=server.url, PLAID_CLIENT_ID="cid-1", PLAID_SECRET="sec-1")
    return env


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def _python_blocks(markdown: str, after_heading: str) -> str:
    section = markdown.split(after_heading, 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]


def test_docs_snippet_runs_with_the_default_client(server: Loopback) -> None:
    api = load_api(REPO / "specs" / "plaid" / "openapi.yaml", "plaid").api
    assert api is not None
    options = target_options(ProviderConfig("plaid", Path("specs/plaid/openapi.yaml")), api.version, api.docs_url)
    snippet = render_snippet(ApiContext(api, options), api.operations[0], "python")
    assert snippet.startswith("from utdk_plaid import plaid\n\nplaid.identity_refresh(access_token=")
    assert snippet in README.read_text("utf-8")
    server.answer("POST", "/identity/refresh", Answer(body={"request_id": "r1", "extra": 1}))
    done = _run(snippet, _plaid_env(server))
    assert done.returncode == 0, done.stderr
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/identity/refresh")
    assert request.headers["plaid-client-id"] == "cid-1" and request.headers["plaid-secret"] == "sec-1"
    assert request.json() == {"access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"}


def test_readme_async_example_runs(server: Loopback) -> None:
    server.answer("POST", "/identity/refresh", Answer(body={"request_id": "r2"}))
    code = _python_blocks(README.read_text("utf-8"), "## Async")
    done = _run(code, _plaid_env(server))
    assert done.returncode == 0, done.stderr
    assert "IdentityRefreshResponse" in done.stdout and "r2" in done.stdout
    # the README's async example sends the operation's example request, as the snippets do
    assert server.requests[0].json() == {"access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"}


LAZY_PROBE = """
import json, sys
def loaded():
    return sorted(m for m in sys.modules if m.startswith("utdk_plaid."))
import utdk_plaid
stages = {"import": loaded()}
from utdk_plaid import plaid
method = plaid.identity_refresh
stages["method"] = loaded()
result = method(access_token="t")
stages["call"] = loaded()
stages["type"] = type(result).__name__
stages["request_id"] = result.request_id
print(json.dumps(stages))
"""


def test_models_and_operations_are_imported_on_first_use(server: Loopback) -> None:
    server.answer("POST", "/identity/refresh", Answer(body={"request_id": "r3"}))
    done = _run(LAZY_PROBE, _plaid_env(server))
    assert done.returncode == 0, done.stderr
    stages = json.loads(done.stdout)
    assert not any(".models" in m or "._resources" in m for m in stages["import"])
    assert "utdk_plaid._resources.identity" in stages["method"]
    assert not any(".models." in m for m in stages["method"])
    assert stages["type"] == "IdentityRefreshResponse" and stages["request_id"] == "r3"
    assert [m for m in stages["call"] if m.startswith("utdk_plaid.models.")] == ["utdk_plaid.models.identity"]
