"""Bad input: one line per problem naming file:line:col and pointer, exit 2, nothing on disk changed."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.conftest import run_cli

LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning): #(?P<pointer>\S*): (?P<message>.+)$")

VALID_HEAD = """openapi: 3.0.3
info: {title: T, version: 1.0.0}
"""

CASES = {
    "invalid_yaml": (
        {"openapi.yaml": VALID_HEAD + "paths:\n  /a:\n    get: [unclosed\n"},
        "invalid YAML",
        "",
        (6, 1),
    ),
    "not_a_mapping": (
        {"openapi.yaml": "- just\n- a list\n"},
        "must be a mapping",
        "",
        (1, 1),
    ),
    "dangling_ref": (
        {
            "openapi.yaml": VALID_HEAD
            + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
            "          content:\n            application/json:\n              schema:\n"
            "                $ref: '#/components/schemas/Missing'\n"
        },
        "points to nothing",
        "/paths/~1a/get/responses/200/content/application~1json/schema/$ref",
        (12, 17),
    ),
    "missing_external_file": (
        {
            "openapi.yaml": VALID_HEAD
            + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'responses/ok.yaml'\n"
        },
        "file cannot be read",
        "/paths/~1a/get/responses/200/$ref",
        (8, 11),
    ),
    "duplicate_operation_id": (
        {
            "openapi.yaml": VALID_HEAD
            + "paths:\n  /a:\n    get:\n      operationId: same\n      responses: {'200': {description: ok}}\n"
            "  /b:\n    get:\n      operationId: same\n      responses: {'200': {description: ok}}\n"
        },
        "operationId 'same' is already used by GET /a",
        "/paths/~1b/get/operationId",
        (10, 7),
    ),
    "unresolved_path_parameter": (
        {
            "openapi.yaml": VALID_HEAD
            + "paths:\n  /users/{id}:\n    get:\n      responses: {'200': {description: ok}}\n"
        },
        "path parameter {id} of /users/{id} is not declared",
        "/paths/~1users~1{id}/get",
        (5, 5),
    ),
    "swagger_2": (
        {"openapi.yaml": "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n"},
        "Swagger 2.0 is not supported",
        "/swagger",
        (1, 1),
    ),
}


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def previous_output(tmp_path: Path) -> Path:
    """An output folder holding earlier output and a file the user put there."""
    out = tmp_path / "out"
    (out / "old").mkdir(parents=True)
    (out / "old" / "kept.txt").write_text("earlier output\n")
    (out / "mine.txt").write_text("not the generator's\n")
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_exits_2_with_one_located_line_and_leaves_output_alone(case: str, tmp_path: Path, previous_output: Path) -> None:
    files, expected_message, expected_pointer, (line, col) = CASES[case]
    spec_dir = tmp_path / "spec"
    for name, text in files.items():
        (spec_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (spec_dir / name).write_text(text)
    before = _snapshot(previous_output)

    result = run_cli("generate", str(spec_dir / "openapi.yaml"), "--out", str(previous_output), "--name", "t", cwd=tmp_path)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    errors = [LINE.match(l) for l in result.stderr.splitlines() if ": error: " in l]
    assert errors and all(errors), result.stderr
    match = next(m for m in errors if m and expected_message in m["message"])
    assert match["file"].endswith("openapi.yaml")
    assert match["pointer"] == expected_pointer
    assert int(match["line"]) == line
    if col is not None:
        assert int(match["col"]) == col
    assert "nothing was written" in result.stderr
    assert _snapshot(previous_output) == before


def test_all_errors_are_reported_together(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        VALID_HEAD
        + "paths:\n  /a/{x}:\n    get:\n      operationId: one\n      responses:\n        '200':\n"
        "          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Nope'}\n"
        "  /b:\n    get:\n      operationId: one\n      responses: {'200': {description: ok}}\n"
    )
    result = run_cli("validate", str(spec), cwd=tmp_path)
    assert result.returncode == 2
    messages = [l for l in result.stdout.splitlines() if ": error: " in l]
    assert len(messages) == 3, result.stdout
    assert any("points to nothing" in m for m in messages)
    assert any("already used" in m for m in messages)
    assert any("{x}" in m for m in messages)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("generate", "spec.yaml", cwd=tmp_path).returncode == 2  # SPEC without --out
    assert run_cli("generate", "--target", "cobol", cwd=tmp_path).returncode == 2
    assert run_cli("frobnicate", cwd=tmp_path).returncode == 2


def test_validator_findings_are_warnings_unless_strict(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    # a response without its required description: the model is fine, the validator objects
    spec.write_text(VALID_HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200': {}\n")
    relaxed = run_cli("validate", str(spec), cwd=tmp_path)
    assert relaxed.returncode == 0, relaxed.stdout
    assert ": warning: #/paths/~1a/get/responses/200" in relaxed.stdout
    strict = run_cli("validate", "--strict", str(spec), cwd=tmp_path)
    assert strict.returncode == 2
    assert ": error: #/paths/~1a/get/responses/200" in strict.stdout
