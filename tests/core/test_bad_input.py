"""Bad input: one line per problem naming file:line:col and pointer.

Where nothing sound can be built (unreadable YAML or JSON, a root that is not a mapping, an unknown
version, a path no SDK could call as written) it is an error: exit 2, nothing on disk changed.
Everything else is a warning the generator builds around, and an error under --strict."""

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

SWAGGER_HEAD = """swagger: '2.0'
info: {title: T, version: 1.0.0}
"""

# name: (files, message, pointer, (line, col)); refused with or without --strict
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
    "missing_version": (
        {"openapi.yaml": "info: {title: T, version: '1'}\npaths: {}\n"},
        "unsupported OpenAPI version None",
        "",
        (1, 1),
    ),
    "unknown_swagger_version": (
        {"openapi.yaml": "swagger: '1.2'\ninfo: {title: T, version: '1'}\npaths: {}\n"},
        "unsupported Swagger version '1.2'",
        "/swagger",
        (1, 1),
    ),
    "swagger_2_invalid_yaml": (
        {"openapi.yaml": SWAGGER_HEAD + "paths:\n  /a:\n    get: {responses: [\n"},
        "invalid YAML",
        "",
        (6, 1),
    ),
    "path_with_newline": (
        {"openapi.yaml": VALID_HEAD + 'paths:\n  "/foo\\ninjected":\n    get:\n      responses: {"200": {description: ok}}\n'},
        "contains U+000A",
        "/paths/~1foo%0Ainjected",
        (4, 3),
    ),
    "swagger_2_path_with_space": (
        {"openapi.yaml": SWAGGER_HEAD + 'paths:\n  "/foo bar":\n    get:\n      responses: {"200": {description: ok}}\n'},
        "contains U+0020",
        "/paths/~1foo%20bar",
        (4, 3),
    ),
}

# the same shape; a warning (the rest of the API generates), refused under --strict
STRICT_CASES = {
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
        "operationId 'same' is already used by GET /a (#/paths/~1a/get): this operation is named 'getB'",
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
    "lowercase_status_range": (
        {"openapi.yaml": VALID_HEAD + "paths:\n  /a:\n    get:\n      responses: {4xx: {description: no}}\n"},
        "status range '4xx' is read as '4XX'",
        "/paths/~1a/get/responses/4xx",
        (6, 19),
    ),
    "swagger_2_dangling_ref": (
        {
            "openapi.yaml": SWAGGER_HEAD
            + "paths:\n  /a:\n    post:\n      parameters:\n        - name: body\n          in: body\n"
            "          schema: {$ref: '#/definitions/Missing'}\n      responses: {'200': {description: ok}}\n"
        },
        "$ref '#/definitions/Missing' points to nothing",
        "/paths/~1a/post/parameters/0/schema/$ref",
        (9, 20),
    ),
    "swagger_2_unknown_parameter_location": (
        {
            "openapi.yaml": SWAGGER_HEAD
            + "paths:\n  /a:\n    get:\n      parameters:\n        - {name: s, in: cookie, type: string}\n"
            "      responses: {'200': {description: ok}}\n"
        },
        "parameter location 'cookie' is not path, query, header, body or formData",
        "/paths/~1a/get/parameters/0/in",
        (7, 21),
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


def _write(files: dict[str, str], spec_dir: Path) -> Path:
    for name, text in files.items():
        (spec_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (spec_dir / name).write_text(text)
    return spec_dir / "openapi.yaml"


def _assert_located(lines: list[str], level: str, expected_message: str, expected_pointer: str, line: int, col: int) -> None:
    found = [LINE.match(l) for l in lines if f": {level}: " in l]
    assert found and all(found), lines
    match = next((m for m in found if m and expected_message in m["message"]), None)
    assert match is not None, lines
    assert match["file"].endswith("openapi.yaml")
    assert match["pointer"] == expected_pointer
    assert (int(match["line"]), int(match["col"])) == (line, col)


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_exits_2_with_one_located_line_and_leaves_output_alone(case: str, tmp_path: Path, previous_output: Path) -> None:
    files, expected_message, expected_pointer, (line, col) = CASES[case]
    spec = _write(files, tmp_path / "spec")
    before = _snapshot(previous_output)

    result = run_cli("generate", str(spec), "--out", str(previous_output), "--name", "t", cwd=tmp_path)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    _assert_located(result.stderr.splitlines(), "error", expected_message, expected_pointer, line, col)
    assert "nothing was written" in result.stderr
    assert _snapshot(previous_output) == before


@pytest.mark.parametrize("case", sorted(STRICT_CASES))
def test_repairable_input_warns_and_generates_and_strict_refuses_it(case: str, tmp_path: Path, previous_output: Path) -> None:
    files, expected_message, expected_pointer, (line, col) = STRICT_CASES[case]
    spec = _write(files, tmp_path / "spec")
    before = _snapshot(previous_output)

    strict = run_cli("generate", str(spec), "--out", str(previous_output), "--name", "t", "--strict", cwd=tmp_path)

    assert strict.returncode == 2, strict.stderr
    assert "Traceback" not in strict.stderr
    _assert_located(strict.stderr.splitlines(), "error", expected_message, expected_pointer, line, col)
    assert "nothing was written" in strict.stderr
    assert _snapshot(previous_output) == before

    out = tmp_path / "relaxed"
    relaxed = run_cli("generate", str(spec), "--out", str(out), "--name", "t", "--target", "typescript", "--target", "python", cwd=tmp_path)

    assert relaxed.returncode == 0, relaxed.stderr
    _assert_located(relaxed.stderr.splitlines(), "warning", expected_message, expected_pointer, line, col)
    assert (out / "t" / "typescript").is_dir() and (out / "t" / "python").is_dir()


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        VALID_HEAD
        + "paths:\n  /a/{x}:\n    get:\n      operationId: one\n      responses:\n        '200':\n"
        "          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Nope'}\n"
        "  /b:\n    get:\n      operationId: one\n      responses: {'200': {description: ok}}\n"
        "  \"/c\\td\":\n    get:\n      responses: {'200': {description: ok}}\n"
    )
    result = run_cli("validate", "--no-validate", str(spec), cwd=tmp_path)
    assert result.returncode == 2
    errors = [l for l in result.stdout.splitlines() if ": error: " in l]
    warnings = [l for l in result.stdout.splitlines() if ": warning: " in l]
    assert len(errors) == 1 and "contains U+0009" in errors[0], result.stdout
    assert len(warnings) == 3, result.stdout
    assert any("points to nothing" in m for m in warnings)
    assert any("already used" in m for m in warnings)
    assert any("{x}" in m for m in warnings)


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
