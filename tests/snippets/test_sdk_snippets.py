"""The SDK snippets work against the generated SDKs: every TypeScript snippet type-checks with the
real tsc against the generated @utdk/<provider> package and runs with node, every Python snippet
runs with the generated utdk_<provider> package; each sends its operation's ExampleRequest (the
same request the curl snippet sends) to a loopback server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest

from generator.context import ApiContext
from generator.model import Api
from generator.requests import ExampleRequest, example_request
from generator.snippets import render_snippet

from .fixtures import REPO, SDK_PROVIDERS, api_for, options_for
from .loopback import Recorder, check_received, credential_values, loopback_server

pytestmark = pytest.mark.slow

TSC = REPO / "node_modules" / ".bin" / "tsc"
FILE_CONTENT = b"\x89PNG\r\n\x1a\n file bytes \x00\xff"
LOOPBACK_TOKEN = "token-from-loopback"
APP_TSCONFIG = {
    "compilerOptions": {
        "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": True,
        "outDir": "dist", "rootDir": "src", "lib": ["ES2022", "DOM"], "skipLibCheck": False,
    },
    "include": ["src"],
}
# The test tooling installs no @types/node; this is the one node API the snippets use (Node 19.8+).
NODE_FS_DECLARATION = "declare module 'node:fs' {\n  export function openAsBlob(path: string): Promise<Blob>;\n}\n"


@dataclass(frozen=True)
class Snippet:
    provider: str
    name: str  # file stem: <provider>_<operation>
    request: ExampleRequest


def _snippets() -> list[Snippet]:
    out = []
    for provider in SDK_PROVIDERS:
        api = api_for(provider)
        for op in api.operations:
            out.append(Snippet(provider, f"{provider}_{op.names.ts}", example_request(api, op)))
    return out


def _write(files: list, root: Path) -> None:  # type: ignore[type-arg]
    for f in files:
        target = root / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f.content)


def _sdk_env(api: Api, origin: str, request: ExampleRequest) -> tuple[dict[str, str], dict[str, str]]:
    """(environment for the SDK process, the credential values its request must carry)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(tuple(p.upper() + "_" for p in SDK_PROVIDERS))}
    for credential in api.credentials:
        env[credential.env_var] = f"value-of-{credential.env_var.lower()}"
    env[f"{api.env_prefix}_BASE_URL"] = origin + urlsplit(request.plan.base_url).path
    expected = credential_values(request)
    for scheme in api.security_schemes:
        if scheme.placement is not None and scheme.placement.token_env_var:
            expected[scheme.placement.token_env_var] = LOOPBACK_TOKEN  # the SDK fetched it
    return env, expected


def _upload_files(directory: Path) -> None:
    for name in ("file.bin", "file.png", "file.jpg", "file.pdf", "file.txt", "file.csv", "file.json", "file.zip"):
        (directory / name).write_bytes(FILE_CONTENT)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Recorder]]:
    with loopback_server() as running:
        yield running


@pytest.fixture(scope="module")
def typescript_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An application with every provider's @utdk package installed, and every snippet in src/."""
    try:
        from generator.targets.typescript import emit
    except ImportError:
        pytest.skip("the TypeScript SDK target (generator/targets/typescript) is not built yet")
    if not TSC.is_file():
        pytest.fail(f"{TSC} is missing: run `npm ci` at the repository root")
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH")
    root = tmp_path_factory.mktemp("snippet-app")
    for provider in SDK_PROVIDERS:
        package = root / "node_modules" / "@utdk" / provider
        _write(emit(ApiContext(api_for(provider), options_for(provider))), package)
        built = subprocess.run([str(TSC), "-p", "tsconfig.json"], cwd=package, capture_output=True, text=True, timeout=600)
        assert built.returncode == 0, built.stdout + built.stderr
    (root / "package.json").write_text(json.dumps({"name": "snippet-app", "private": True, "type": "module"}))
    (root / "tsconfig.json").write_text(json.dumps(APP_TSCONFIG))
    src = root / "src"
    src.mkdir()
    (src / "node-fs.d.ts").write_text(NODE_FS_DECLARATION)
    for snippet in _snippets():
        api, op = api_for(snippet.provider), next(o for o in api_for(snippet.provider).operations if o.id == snippet.request.plan.operation)
        (src / f"{snippet.name}.ts").write_text(render_snippet(ApiContext(api, options_for(snippet.provider)), op, "typescript") + "\n")
    _upload_files(root)
    return root


def test_every_typescript_snippet_type_checks_against_the_sdk(typescript_app: Path) -> None:
    done = subprocess.run([str(TSC), "-p", "tsconfig.json"], cwd=typescript_app, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((typescript_app / "dist").glob("*.js"))) == len(_snippets())


@pytest.mark.parametrize("snippet", _snippets(), ids=lambda s: s.name)
def test_typescript_snippet_sends_the_example_request(snippet: Snippet, typescript_app: Path, server: tuple[str, Recorder]) -> None:
    script = typescript_app / "dist" / f"{snippet.name}.js"
    if not script.is_file():
        subprocess.run([str(TSC), "-p", "tsconfig.json"], cwd=typescript_app, capture_output=True, timeout=600)
    origin, recorder = server
    recorder.requests.clear()
    env, expected = _sdk_env(api_for(snippet.provider), origin, snippet.request)
    done = subprocess.run(["node", str(script)], cwd=typescript_app, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(recorder.requests) == 1
    check_received(recorder.requests[0], snippet.request, expected, urlsplit(snippet.request.plan.base_url).path, FILE_CONTENT, exact=False)


@pytest.fixture(scope="module")
def python_sdks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every provider's generated Python package; returns a directory holding their src/ folders."""
    try:
        from generator.targets.python import emit
    except ImportError:
        pytest.skip("the Python SDK target (generator/targets/python) is not built yet")
    root = tmp_path_factory.mktemp("python-sdks")
    for provider in SDK_PROVIDERS:
        _write(emit(ApiContext(api_for(provider), options_for(provider))), root / provider)
    _upload_files(root)
    return root


@pytest.mark.parametrize("snippet", _snippets(), ids=lambda s: s.name)
def test_python_snippet_runs_and_sends_the_example_request(snippet: Snippet, python_sdks: Path, server: tuple[str, Recorder]) -> None:
    api = api_for(snippet.provider)
    op = next(o for o in api.operations if o.id == snippet.request.plan.operation)
    source = render_snippet(ApiContext(api, options_for(snippet.provider)), op, "python") + "\n"
    (python_sdks / f"{snippet.name}.py").write_text(source)
    origin, recorder = server
    recorder.requests.clear()
    env, expected = _sdk_env(api, origin, snippet.request)
    env["PYTHONPATH"] = str(python_sdks / snippet.provider / "src")
    done = subprocess.run([sys.executable, f"{snippet.name}.py"], cwd=python_sdks, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(recorder.requests) == 1
    check_received(recorder.requests[0], snippet.request, expected, urlsplit(snippet.request.plan.base_url).path, FILE_CONTENT, exact=False)
