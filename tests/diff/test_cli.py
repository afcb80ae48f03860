"""`utdk-gen diff` as a CI step runs it: formats, --fail-on, --base-ref, locations, bad input."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import run_cli

from .support import split_fixture


def test_text_report_names_the_change_and_its_line_in_new(tmp_path: Path) -> None:
    _, old, new = split_fixture("response-property-removed", tmp_path)
    result = run_cli("diff", str(old), str(new), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    line = next(l for l in result.stdout.splitlines() if "response-property-removed" in l)
    # the schema that lost the field, where it is in NEW
    schema_line = new.read_text().splitlines().index("    Pet:") + 1
    assert line == f"new/openapi.yaml:{schema_line}:5: breaking: [api] response-property-removed: response field Pet.tag was removed (used by GET /pets/{{id}} 200)"
    assert result.stdout.splitlines()[-1].endswith(": 3 changes: 3 breaking, 0 non-breaking, 0 documentation-only")


def test_fail_on_breaking_exits_1_only_when_something_breaks(tmp_path: Path) -> None:
    _, old, new = split_fixture("operation-removed", tmp_path / "a")
    assert run_cli("diff", str(old), str(new), "--fail-on", "breaking").returncode == 1
    _, old, new = split_fixture("operation-added", tmp_path / "b")
    assert run_cli("diff", str(old), str(new), "--fail-on", "breaking").returncode == 0
    assert run_cli("diff", str(old), str(new), "--fail-on", "non-breaking").returncode == 1


def test_folders_and_json(tmp_path: Path) -> None:
    _, old, new = split_fixture("request-parameter-added-required", tmp_path)
    result = run_cli("diff", "old", "new", "--format", "json", cwd=tmp_path)
    data = json.loads(result.stdout)
    assert data["summary"]["breaking"] == {"api": 1, "python": 1, "typescript": 1}
    finding = next(f for f in data["findings"] if f["id"] == "request-parameter-added-required")
    assert finding["subject"] == "GET /pets/{id} query parameter fields"
    # the parameter's own entry in NEW
    line = next(i for i, text in enumerate(new.read_text().splitlines(), 1) if "name: fields" in text)
    assert finding["level"] == "breaking" and finding["file"] == "new/openapi.yaml" and finding["line"] == line


def test_markdown_is_a_pull_request_comment_and_escapes_spec_text(tmp_path: Path) -> None:
    _, old, new = split_fixture("request-enum-value-removed", tmp_path)
    old.write_text(old.read_text().replace("bird", "'b|i<r>d`'"))
    result = run_cli("diff", str(old), str(new), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert "| HTTP API | 1 | 0 | 0 |" in result.stdout
    assert "### Breaking" in result.stdout and "`request-enum-value-removed`" in result.stdout
    assert "<r>" not in result.stdout and "no longer accepts 'b\\|i&lt;r>d\\`' (used by POST /pets) |" in result.stdout


def test_base_ref_takes_old_from_git(tmp_path: Path) -> None:
    _, old, new = split_fixture("operation-removed", tmp_path / "pair")
    repo = tmp_path / "repo"
    spec = repo / "api" / "openapi.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_bytes(old.read_bytes())
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "-C", str(repo), "add", "."], check=True)
    subprocess.run([*git, "-C", str(repo), "commit", "-qm", "v1"], check=True)
    spec.write_bytes(new.read_bytes())
    result = run_cli("diff", "api", "--base-ref", "HEAD", "--fail-on", "breaking", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert "operation-removed: operation DELETE /pets/{id} was removed" in result.stdout
    missing = run_cli("diff", "api", "--base-ref", "no-such-ref", cwd=repo)
    assert missing.returncode == 2 and missing.stderr.startswith("utdk-gen: error: git archive")


def test_bad_input_is_one_line_each_and_exit_2(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n")
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a: {get: {responses: {'200': {$ref: '#/nope'}}}}\n")
    result = run_cli("diff", "good.yaml", "broken.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith("broken.yaml:4:")
    assert run_cli("diff", str(good)).returncode == 2
    assert run_cli("diff", str(good), str(tmp_path / "absent.yaml")).returncode == 2


def test_text_report_keeps_each_finding_on_one_line(tmp_path: Path) -> None:
    _, old, new = split_fixture("response-header-removed", tmp_path)
    for path in (old, new):
        path.write_text(path.read_text().replace("X-Next-Page", '"X-Next\\nPage\\u001b[31m"'))
    result = run_cli("diff", "old/openapi.yaml", "new/openapi.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [line] = [l for l in result.stdout.splitlines() if "response-header-removed" in l]
    assert line.endswith("no longer has the X-Next\\x0aPage\\x1b[31m header")
    assert "\x1b" not in result.stdout


def test_reports_are_byte_identical_under_any_hash_seed(tmp_path: Path) -> None:
    _, old, new = split_fixture("alias-added-and-removed", tmp_path)
    outputs = {
        run_cli("diff", "old", "new", "--format", fmt, cwd=tmp_path, env={"PYTHONHASHSEED": seed}).stdout
        for fmt in ("json",) for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1 and '"findings": [' in outputs.pop()
