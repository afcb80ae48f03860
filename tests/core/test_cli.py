"""The command line as a release pipeline uses it: --check, exit codes, help, one-spec mode."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO, run_cli

SPEC = REPO / "specs" / "plaid" / "openapi.yaml"


def test_help_documents_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("generate", "validate", "gateway"):
        assert command in result.stdout
    gen = run_cli("generate", "--help").stdout
    for flag in ("--out", "--name", "--target", "--check", "--strict", "--quiet", "--config"):
        assert flag in gen


def test_check_reports_drift_then_passes_after_generate(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("generate", str(SPEC), "--out", str(out), "--name", "plaid", "--target", "snippets")
    missing = run_cli(*args, "--check", cwd=tmp_path)
    assert missing.returncode == 1
    assert "missing: plaid/snippets/" in missing.stdout
    assert "To accept: python -m generator generate" in missing.stdout
    assert not out.exists()

    written = run_cli(*args, cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert run_cli(*args, "--check", cwd=tmp_path).returncode == 0

    victim = next((out / "plaid" / "snippets").iterdir())
    victim.write_text(victim.read_text() + "edited by hand\n")
    changed = run_cli(*args, "--check", cwd=tmp_path)
    assert changed.returncode == 1
    assert f"changed: plaid/snippets/{victim.name}" in changed.stdout
    assert "+edited by hand" not in changed.stdout and "-edited by hand" in changed.stdout


def test_quiet_run_prints_nothing_on_success(tmp_path: Path) -> None:
    result = run_cli("generate", str(SPEC), "--out", str(tmp_path / "o"), "--target", "snippets", "--quiet", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""


def test_one_summary_line_when_not_a_terminal(tmp_path: Path) -> None:
    result = run_cli("generate", str(SPEC), "--out", str(tmp_path / "o"), "--target", "snippets", cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("utdk-gen: ") and " files in " in lines[0]


def test_provider_name_defaults_from_the_spec_folder(tmp_path: Path) -> None:
    result = run_cli("generate", str(SPEC), "--out", str(tmp_path / "o"), "--target", "snippets", cwd=tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "o" / "plaid" / "snippets").is_dir()


def test_validate_prints_a_summary() -> None:
    result = run_cli("validate", str(REPO / "specs" / "kitchensink" / "openapi.yaml"))
    assert result.returncode == 0
    assert "OpenAPI 3.1.0, 29 operations" in result.stdout
