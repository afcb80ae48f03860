"""What importing a generated package loads, read from `sys.modules` of a fresh process: the
package alone loads neither httpx (nor, through it, httpx's command-line client and what that
pulls in) nor the streaming, pagination, webhook, logging or resource modules; a plain call loads
the transport and its one resource but still no streams, pages or webhooks; the lazily loaded
names are the same objects as in their modules. Speed itself is measured by
benchmarks/python_sdk.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.python_sdk.packages import KITCHENSINK_SRC, PLAID_SRC
from tests.python_sdk.server import Answer, Loopback

# Modules a bare import must not load: the transport, httpx's CLI and its dependencies, and the
# package's own modules that only some calls need.
NOT_AT_IMPORT = (
    "httpx",
    "httpx._main",
    "click",
    "pygments",
    "rich",
    "logging",
    "asyncio",
    "dataclasses",
    "email.utils",
    "uuid",
    "{package}._streaming",
    "{package}._pagination",
    "{package}._webhooks",
    "{package}.webhooks",
    "{package}._logging",
    "{package}._resources",
    "{package}.models",
    "{package}.types",
)
# Modules a plain (not paginated, not streamed) call must still not load.
NOT_FOR_A_PLAIN_CALL = (
    "{package}._streaming",
    "{package}._pagination",
    "{package}._webhooks",
    "{package}.webhooks",
    "asyncio",
)

REPORT = """
import json, sys
def loaded(names):
    return sorted(n for n in names if n in sys.modules or any(m.startswith(n + ".") for m in sys.modules))
"""


def _run(program: str, src: Path, env: dict[str, str] | None = None) -> dict[str, list[str]]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("KITCHENSINK_", "PLAID_"))}
    clean.update(env or {}, PYTHONPATH=str(src))
    done = subprocess.run(
        [sys.executable, "-c", REPORT + program], check=False, env=clean, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[str]] = json.loads(done.stdout.splitlines()[-1])
    return result


def _names(names: tuple[str, ...], package: str) -> list[str]:
    return [n.format(package=package) for n in names]


def test_importing_the_package_loads_no_transport_and_no_optional_module() -> None:
    for package, src in (("utdk_kitchensink", KITCHENSINK_SRC), ("utdk_plaid", PLAID_SRC)):
        watched = _names(NOT_AT_IMPORT, package)
        result = _run(f"import {package}\nprint(json.dumps({{'loaded': loaded({watched!r})}}))", src)
        assert result["loaded"] == [], package


def test_a_plain_call_loads_no_stream_page_or_webhook_module() -> None:
    watched = _names(NOT_FOR_A_PLAIN_CALL, "utdk_kitchensink")
    program = f"""
from utdk_kitchensink import Kitchensink
with Kitchensink(bearer_auth="secret") as client:
    pets = client.list_pets(limit=1)
print(json.dumps({{
    "names": [type(p).__name__ for p in pets],
    "loaded": loaded({watched!r}),
    "transport": loaded(["httpx", "utdk_kitchensink._resources.pets"]),
}}))
"""
    with Loopback() as server:
        server.answer("GET", "/pets", Answer(body=[{"id": 1, "name": "Tom", "petType": "cat"}]))
        result = _run(program, KITCHENSINK_SRC, {"KITCHENSINK_BASE_URL": server.url})
        assert [r.path for r in server.requests] == ["/pets"]
    assert result["names"] == ["Cat"]
    assert result["loaded"] == []
    assert result["transport"] == ["httpx", "utdk_kitchensink._resources.pets"]


def test_lazily_loaded_names_are_the_classes_of_their_modules() -> None:
    program = """
import utdk_kitchensink as sdk
from utdk_kitchensink import _pagination, _streaming, _webhooks
from utdk_kitchensink import *
lazy = {
    "Stream": _streaming, "AsyncStream": _streaming, "APIStreamError": _streaming,
    "SyncPage": _pagination, "AsyncPage": _pagination, "SyncDataPage": _pagination,
    "AsyncDataPage": _pagination, "AsyncPaginator": _pagination,
    "InvalidWebhookPayloadError": _webhooks,
}
try:
    sdk.NoSuchName
    missing = "no error"
except AttributeError as error:
    missing = str(error)
print(json.dumps({
    "same": {name: getattr(sdk, name) is getattr(module, name) and globals()[name] is getattr(module, name)
             for name, module in lazy.items()},
    "in_dir": sorted(set(lazy) - set(dir(sdk))),
    "all_resolve": [name for name in sdk.__all__ if name != "kitchensink" and getattr(sdk, name, None) is None],
    "missing": missing,
}))
"""
    result = _run(program, KITCHENSINK_SRC)
    assert result["same"] == {name: True for name in result["same"]} and len(result["same"]) == 9
    assert result["in_dir"] == []
    assert result["all_resolve"] == []
    assert result["missing"] == "module 'utdk_kitchensink' has no attribute 'NoSuchName'"
