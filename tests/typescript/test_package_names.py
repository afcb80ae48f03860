"""A provider named `my-api` gives the package @utdk/my-api whose snippets compile under --strict and
run as written; multipart bodies without a file are still multipart."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.typescript.packages import APP_TSCONFIG, build, node, tsc
from tests.typescript.server import Answer, Loopback

SECRET = "token-1"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("my-api-out")
    done = run_cli("generate", str(REPO / "specs" / "kitchensink" / "openapi.yaml"), "--out", str(out), "--name", "my-api",
                   "--target", "typescript,snippets")
    assert done.returncode == 0, done.stderr
    root = tmp_path_factory.mktemp("my-api-app")
    package = root / "node_modules" / "@utdk" / "my-api"
    shutil.copytree(out / "my-api" / "typescript", package)
    build(package)
    (root / "package.json").write_text(json.dumps({"name": "my-app", "private": True, "type": "module"}))
    (root / "tsconfig.json").write_text(json.dumps(APP_TSCONFIG))
    (root / "src").mkdir()
    for name in ("createconversation", "addpetnote", "registermicrochip"):
        (root / "src" / f"{name}.ts").write_text((out / "my-api" / "snippets" / f"{name}.ts").read_text())
    return root


def test_snippets_of_a_hyphenated_provider_compile(app: Path) -> None:
    assert (app / "src" / "createconversation.ts").read_text().startswith("import myApi from '@utdk/my-api';\n")
    result, _ = tsc("-p", "tsconfig.json", cwd=app)
    assert result.returncode == 0, result.stdout + result.stderr


def test_snippets_of_a_hyphenated_provider_run_as_written(app: Path) -> None:
    tsc("-p", "tsconfig.json", cwd=app)
    with Loopback() as server:
        server.answer("POST /conversations", Answer(body={"id": "c1", "messages": []}))
        server.answer("POST /pets/0/notes", Answer(status=204))
        env = {"MY_API_BEARER_AUTH": SECRET, "MY_API_BASE_URL": server.url}
        for name in ("createconversation", "addpetnote"):
            done = node(app / "dist" / f"{name}.js", env=env, cwd=app)
            assert done.returncode == 0, done.stderr
        [conversation] = server.only("POST /conversations")
        [note] = server.only("POST /pets/0/notes")
    assert conversation.headers["authorization"] == f"Bearer {SECRET}"
    assert conversation.json() == {"model": "string", "messages": [{"role": "user", "content": "string"}]}
    assert note.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="text"' in note.body and b"filename=" not in note.body
