"""The release commands are listed and documented by --help."""

from __future__ import annotations

from tests.conftest import run_cli


def test_help_lists_the_release_commands_and_their_flags() -> None:
    top = run_cli("--help")
    assert top.returncode == 0
    for command in ("diff", "release", "package"):
        assert command in top.stdout
    flags = {
        "diff": ("--base-ref", "--format", "--fail-on", "--name"),
        "release": ("--bump", "--base-ref", "--old", "--date", "--config"),
        "package": ("--out", "--config"),
    }
    for command, expected in flags.items():
        text = run_cli(command, "--help").stdout
        assert all(flag in text for flag in expected), (command, text)
