"""The docs page's snippet, exactly as written, compiles against the generated package and runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.typescript.packages import APP_TSCONFIG, build, node, tsc, write_package
from tests.typescript.server import Answer, Loopback

SEED_SNIPPET = "import plaid from '@utdk/plaid';\n\nawait plaid.identityrefresh({ access_token: 'access-sandbox-de3ce8ef' })\n"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An application with @utdk/plaid installed in its node_modules, as npm would lay it out."""
    root = tmp_path_factory.mktemp("seed-app")
    package = write_package(REPO / "specs" / "plaid" / "openapi.yaml", "plaid", root / "node_modules" / "@utdk" / "plaid")
    build(package)
    (root / "package.json").write_text(json.dumps({"name": "seed-app", "private": True, "type": "module"}))
    (root / "tsconfig.json").write_text(json.dumps(APP_TSCONFIG))
    (root / "src").mkdir()
    return root


def compile_app(app: Path, source: str) -> tuple[int, str]:
    for old in (app / "src").glob("*.ts"):
        old.unlink()
    (app / "src" / "snippet.ts").write_text(source)
    result, _ = tsc("-p", "tsconfig.json", cwd=app)
    return result.returncode, result.stdout + result.stderr


def test_seed_snippet_compiles_and_calls_the_api(app: Path) -> None:
    code, output = compile_app(app, SEED_SNIPPET)
    assert code == 0, output
    with Loopback() as server:
        server.answer("POST /identity/refresh", Answer(body={"request_id": "1vwmF5TBQwiqfwP"}))
        env = {"PLAID_CLIENT_ID": "client-1", "PLAID_SECRET": "secret-1", "PLAID_BASE_URL": server.url}
        done = node(app / "dist" / "snippet.js", env=env, cwd=app)
        assert done.returncode == 0, done.stderr
        [request] = server.only("POST /identity/refresh")
    assert request.json() == {"access_token": "access-sandbox-de3ce8ef"}
    assert request.headers["plaid-client-id"] == "client-1"
    assert request.headers["plaid-secret"] == "secret-1"


def test_readme_example_is_the_seed_snippet_shape_and_compiles(app: Path) -> None:
    readme = (app / "node_modules" / "@utdk" / "plaid" / "README.md").read_text()
    example = readme.split("```ts\n", 1)[1].split("\n```", 1)[0]
    assert example.startswith("import plaid from '@utdk/plaid';\n\nawait plaid.identityrefresh({")
    code, output = compile_app(app, example + "\n")
    assert code == 0, output


def test_a_missing_required_argument_does_not_compile(app: Path) -> None:
    code, output = compile_app(app, "import plaid from '@utdk/plaid';\n\nawait plaid.identityrefresh({});\n")
    assert code != 0 and "access_token" in output, output


def test_results_and_errors_are_typed_from_the_spec(app: Path) -> None:
    source = (
        "import plaid, { APIError, type IdentityRefreshErrorBody } from '@utdk/plaid';\n\n"
        "try {\n"
        "  const result = await plaid.identityrefresh({ access_token: 't' });\n"
        "  const id: string = result.request_id;\n"
        "  const fromHeader: string | null | undefined = result._request_id;\n"
        "  console.log(id, fromHeader);\n"
        "} catch (error) {\n"
        "  if (error instanceof APIError) {\n"
        "    const body = error.body as IdentityRefreshErrorBody;\n"
        "    console.log(error.status, body?.error_code);\n"
        "  }\n"
        "}\n"
        "// @ts-expect-error request_id is a string, not a number\n"
        "const wrong: number = (await plaid.identityrefresh({ access_token: 't' })).request_id;\n"
        "console.log(wrong);\n"
    )
    code, output = compile_app(app, source)
    assert code == 0, output
