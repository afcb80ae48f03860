"""A provider named as people name things (`--name my-api`) gives an importable package whose
snippets run as written, and multipart bodies stay multipart with or without a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.python_sdk.conftest import Driver
from tests.python_sdk.server import Answer, Loopback

SECRET = "token-1"


@pytest.fixture(scope="module")
def my_api(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("my-api")
    done = run_cli("generate", str(REPO / "specs" / "kitchensink" / "openapi.yaml"), "--out", str(out), "--name", "my-api",
                   "--target", "python,snippets")
    assert done.returncode == 0, done.stderr
    return out / "my-api"


def test_multipart_without_a_file_is_sent_as_multipart(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/pets/3/notes", Answer(204), Answer(204))
    driver.run("add_pet_note", {"bearer_auth": SECRET}, pet_id=3, text="hello", labels=["a", "b"])
    driver.run("add_pet_note", {"bearer_auth": SECRET}, pet_id=3, text="with file", attachment=("n.txt", b"note", "text/plain"))
    plain, with_file = server.requests
    for request in (plain, with_file):
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="text"\r\n\r\nhello' in plain.body and plain.body.count(b'name="labels"') == 2
    assert b"filename=" not in plain.body
    assert b'name="attachment"; filename="n.txt"' in with_file.body and b'name="text"\r\n\r\nwith file' in with_file.body


def test_a_hyphenated_provider_name_makes_an_importable_package(my_api: Path) -> None:
    assert sorted(p.name for p in (my_api / "python" / "src").iterdir()) == ["utdk_my_api"]
    pyproject = (my_api / "python" / "pyproject.toml").read_text()
    assert 'name = "utdk-my-api"' in pyproject


def test_snippets_of_a_hyphenated_provider_run_as_written(my_api: Path) -> None:
    snippet = (my_api / "snippets" / "createconversation.py").read_text()
    assert snippet.startswith("from utdk_my_api import my_api\n")
    reply = {"id": "c1", "messages": [{"role": "user", "content": "string"}]}
    with Loopback() as server:
        server.answer("POST", "/conversations", Answer(body=reply))
        env = dict(os.environ, PYTHONPATH=str(my_api / "python" / "src"), MY_API_BEARER_AUTH=SECRET, MY_API_BASE_URL=server.url)
        done = subprocess.run([sys.executable, "-c", snippet], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        (request,) = server.requests
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.json() == {"model": "string", "messages": [{"role": "user", "content": "string"}]}


def test_snippets_of_a_hyphenated_provider_type_check(my_api: Path, tmp_path: Path) -> None:
    for name in ("createconversation", "addpetnote", "registermicrochip"):
        (tmp_path / f"{name}.py").write_text((my_api / "snippets" / f"{name}.py").read_text())
    env = dict(os.environ, MYPYPATH=str(my_api / "python" / "src"))
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "."],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout
