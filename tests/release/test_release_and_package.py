"""A release as a CI pipeline runs it: the spec changes, `release` bumps the version and writes the
changelogs, `package` builds the npm tarball, the wheel and the sdist, and each artifact installed
into a clean project runs the seed snippet against a loopback server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.python_sdk.server import Answer, Loopback

PROJECT_SNIPPETS = Path("generated") / "plaid" / "snippets"  # the seed snippets, as the docs show them
RESULT_JS = (
    "import plaid from '@utdk/plaid';\n\n"
    "const result = await plaid.identityrefresh({ access_token: 'access-sandbox-de3ce8ef' });\n"
    "console.log(result.request_id, result.refreshed_at);\n"
)
RESULT_PY = (
    "from utdk_plaid import plaid\n\n"
    "result = plaid.identity_refresh(access_token='access-sandbox-de3ce8ef')\n"
    "print(result.request_id, result.refreshed_at)\n"
)
CONFIG = """# providers released from this project
output: generated
providers:
  plaid:
    spec: specs/plaid/openapi.yaml
    targets: [typescript, python, snippets]
    repository: https://github.com/acme/plaid-sdk
    keywords: [plaid, banking]
"""
GIT = ["git", "-c", "user.name=Release", "-c", "user.email=release@example.com", "-c", "commit.gpgsign=false"]


def _git(project: Path, *args: str) -> None:
    subprocess.run([*GIT, "-C", str(project), *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project")
    (root / "specs" / "plaid").mkdir(parents=True)
    (root / "specs" / "plaid" / "openapi.yaml").write_bytes((REPO / "specs" / "plaid" / "openapi.yaml").read_bytes())
    (root / "generator.yaml").write_text(CONFIG)
    assert run_cli("generate", "--quiet", cwd=root).returncode == 0
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "first release")
    return root


def _edit_spec(project: Path, old: str, new: str) -> None:
    spec = project / "specs" / "plaid" / "openapi.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))


def test_release_bumps_versions_and_writes_changelogs(project: Path) -> None:
    # an optional response field: an addition, so 0.1.0 -> 0.2.0
    _edit_spec(project, "        request_id:\n          $ref: '#/components/schemas/RequestID'\n      required:",
               "        request_id:\n          $ref: '#/components/schemas/RequestID'\n"
               "        refreshed_at:\n          type: string\n          description: When the data was refreshed.\n      required:")
    result = run_cli("release", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("plaid: 0.1.0 -> 0.2.0 (minor; ")
    package = project / "generated" / "plaid"
    assert json.loads((package / "typescript" / "package.json").read_text())["version"] == "0.2.0"
    assert 'version = "0.2.0"' in (package / "python" / "pyproject.toml").read_text()
    config = (project / "generator.yaml").read_text()
    assert '    package_version: "0.2.0"\n    spec: specs/plaid/openapi.yaml\n' in config
    assert config.startswith("# providers released from this project\n")  # the rest as written
    ts_log = (package / "typescript" / "CHANGELOG.md").read_text()
    assert ts_log.startswith("# Changelog\n\n## 0.2.0\n\n### Added\n\n")
    assert "- response field IdentityRefreshResponse.refreshed_at was added (used by POST /identity/refresh 200)\n" in ts_log
    assert "- typescript field IdentityRefreshResponse.refreshed_at was added\n" in ts_log
    assert "python attribute" not in ts_log
    py_log = (package / "python" / "CHANGELOG.md").read_text()
    assert "- python attribute IdentityRefreshResponse.refreshed_at was added\n" in py_log
    assert run_cli("generate", "--check", cwd=project).returncode == 0
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "release 0.2.0")

    # nothing changed since: nothing to release, nothing written
    again = run_cli("release", cwd=project)
    assert again.returncode == 0 and "nothing to release" in again.stdout
    assert (package / "typescript" / "CHANGELOG.md").read_text() == ts_log

    # a field that may now be absent breaks readers: while 0.x, that is a minor bump
    _edit_spec(project, "      required:\n        - request_id\n    PlaidErrorType:", "    PlaidErrorType:")
    dated = run_cli("release", "--date", "2026-12-01", cwd=project)
    assert dated.returncode == 0, dated.stderr
    assert dated.stdout.startswith("plaid: 0.2.0 -> 0.3.0 (minor; ")
    ts_log = (package / "typescript" / "CHANGELOG.md").read_text()
    assert ts_log.startswith("# Changelog\n\n## 0.3.0 (2026-12-01)\n\n### Breaking\n\n- response field IdentityRefreshResponse.request_id became optional")
    assert "\n## 0.2.0\n" in ts_log  # the earlier entry stays, below
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "release 0.3.0")

    forced = run_cli("release", "--bump", "major", cwd=project)
    assert forced.returncode == 0 and forced.stdout.startswith("plaid: 0.3.0 -> 1.0.0 (major; 0 changes")
    assert "## 1.0.0\n\nNo changes to the API.\n" in (package / "python" / "CHANGELOG.md").read_text()


def test_package_builds_installable_artifacts_with_metadata(project: Path, tmp_path: Path) -> None:
    result = run_cli("package", "--out", "dist", cwd=project)
    assert result.returncode == 0, result.stderr
    dist = project / "dist"
    version = json.loads((project / "generated" / "plaid" / "typescript" / "package.json").read_text())["version"]
    tarball, wheel, sdist = dist / f"utdk-plaid-{version}.tgz", dist / f"utdk_plaid-{version}-py3-none-any.whl", dist / f"utdk_plaid-{version}.tar.gz"
    assert {p.name for p in dist.iterdir()} == {tarball.name, wheel.name, sdist.name}
    assert all(f"{p}  sha256:" in result.stdout for p in ("dist/" + tarball.name, "dist/" + wheel.name))
    assert not (project / "generated" / "plaid" / "typescript" / "dist").exists()  # built elsewhere

    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
        manifest = json.loads(tar.extractfile("package/package.json").read())  # type: ignore[union-attr]
    assert {"package/dist/index.js", "package/dist/index.d.ts", "package/README.md", "package/CHANGELOG.md"} <= names
    assert manifest["license"] == "Apache-2.0" and manifest["homepage"] == "https://plaid.com/docs"
    assert manifest["repository"] == {"type": "git", "url": "https://github.com/acme/plaid-sdk"}
    assert manifest["keywords"] == ["plaid", "banking"] and manifest["description"]
    with zipfile.ZipFile(wheel) as zipped:
        metadata = zipped.read(f"utdk_plaid-{version}.dist-info/METADATA").decode()
    for line in ("License-Expression: Apache-2.0", "Project-URL: Homepage, https://plaid.com/docs",
                 "Project-URL: Repository, https://github.com/acme/plaid-sdk", "Keywords: plaid,banking",
                 "Summary: Python SDK for The Plaid API", "Description-Content-Type: text/markdown"):
        assert line in metadata
    assert "# The Plaid API Python SDK" in metadata or "pip install utdk-plaid" in metadata  # the README

    seed_ts = (project / PROJECT_SNIPPETS / "identityrefresh.ts").read_text()
    seed_py = (project / PROJECT_SNIPPETS / "identityrefresh.py").read_text()
    assert seed_ts.startswith("import plaid from '@utdk/plaid';\n\nawait plaid.identityrefresh({")
    with Loopback() as server:
        env = {**os.environ, "PLAID_CLIENT_ID": "client-1", "PLAID_SECRET": "secret-1", "PLAID_BASE_URL": server.url}
        server.answer("POST", "/identity/refresh", Answer(body={"request_id": "seed"}), Answer(body={"request_id": "npm-1", "refreshed_at": "today"}))
        assert _run_npm_artifact(tarball, tmp_path / "app", env, seed_ts) == "npm-1 today"
        server.answer("POST", "/identity/refresh", Answer(body={"request_id": "seed"}), Answer(body={"request_id": "wheel-1", "refreshed_at": "now"}))
        assert _run_python_artifact(wheel, dist, tmp_path / "venv-wheel", env, seed_py) == "wheel-1 now"
        server.answer("POST", "/identity/refresh", Answer(body={"request_id": "seed"}), Answer(body={"request_id": "sdist-1", "refreshed_at": "soon"}))
        assert _run_python_artifact(sdist, dist, tmp_path / "venv-sdist", env, seed_py) == "sdist-1 soon"
        requests = list(server.requests)
    # per artifact: the seed snippet's request, then the program reading the new field
    assert [r.json()["access_token"] for r in requests] == [
        "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6", "access-sandbox-de3ce8ef"] * 3
    assert all(r.headers["plaid-client-id"] == "client-1" and r.headers["plaid-secret"] == "secret-1" for r in requests)


def _run_npm_artifact(tarball: Path, app: Path, env: dict[str, str], seed: str) -> str:
    app.mkdir()
    (app / "package.json").write_text(json.dumps({"name": "app", "private": True, "type": "module"}))
    install = subprocess.run(["npm", "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", str(tarball)],
                             cwd=app, capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    assert json.loads((app / "package.json").read_text())["dependencies"]["@utdk/plaid"].startswith("file:")
    (app / "seed.mjs").write_text(seed)  # the snippet is plain JavaScript too
    (app / "result.mjs").write_text(RESULT_JS)
    for script in ("seed.mjs", "result.mjs"):
        done = subprocess.run(["node", script], cwd=app, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _run_python_artifact(artifact: Path, dist: Path, venv: Path, env: dict[str, str], seed: str) -> str:
    """A fresh virtualenv that sees this test environment's site-packages (for httpx, offline)
    through a .pth file; the SDK comes only from the artifact."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "test-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run([str(python), "-m", "pip", "install", "--no-index", "--find-links", str(dist),
                              "--no-build-isolation", str(artifact)],
                             capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    where = subprocess.run([str(python), "-c", "import utdk_plaid; print(utdk_plaid.__file__)"], capture_output=True, text=True, env=env)
    assert where.stdout.startswith(site), where.stdout + where.stderr
    for program in (seed, RESULT_PY):
        done = subprocess.run([str(python), "-c", program], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
    return done.stdout.strip()
