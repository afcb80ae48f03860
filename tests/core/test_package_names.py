"""Provider and package names: normalised per package manager, or refused with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ProviderConfig, target_options
from tests.conftest import REPO, run_cli

SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"


@pytest.mark.parametrize(
    ("name", "python", "distribution", "npm"),
    [
        ("my-api", "utdk_my_api", "utdk-my-api", "@utdk/my-api"),
        ("Acme.Pay", "utdk_acme_pay", "utdk-acme-pay", "@utdk/acme-pay"),
        ("plaid", "utdk_plaid", "utdk-plaid", "@utdk/plaid"),
        ("3d-secure", "utdk_3d_secure", "utdk-3d-secure", "@utdk/3d-secure"),
    ],
)
def test_provider_names_become_valid_package_names(name: str, python: str, distribution: str, npm: str) -> None:
    options = target_options(ProviderConfig(name, SPEC), "1.0.0", None)
    assert (options.python_package, options.python_distribution, options.npm_package) == (python, distribution, npm)
    assert options.python_package.isidentifier()


@pytest.mark.parametrize("name", ["../escape", "my api", "_x", "!!"])
def test_a_provider_name_that_cannot_name_a_folder_is_refused(tmp_path: Path, name: str) -> None:
    done = run_cli("generate", str(SPEC), "--out", str(tmp_path / "out"), "--name", name, "--target", "snippets")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"--name:1:1: error: #: provider name {name!r} must start with a letter or digit and use only letters, digits, '-', '_' and '.'"
    ]
    assert not (tmp_path / "out").exists() and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("python_package", "my-sdk", "python_package 'my-sdk' is not a Python import name; write it like 'my_sdk'"),
        ("python_package", "acme.class", "python_package 'acme.class' is not a Python import name; write it like 'acme_class'"),
        ("npm_package", "@Acme/SDK", "npm_package '@Acme/SDK' is not a valid npm package name (lower case, URL-safe, at most 214 characters)"),
        ("python_distribution", "acme sdk", "python_distribution 'acme sdk' is not a valid Python distribution name"),
    ],
)
def test_explicit_package_names_a_package_manager_refuses_are_errors(tmp_path: Path, field: str, value: str, message: str) -> None:
    config = tmp_path / "generator.yaml"
    config.write_text(f"providers:\n  acme:\n    spec: {SPEC}\n    {field}: '{value}'\n")
    done = run_cli("generate", "--config", str(config), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"{config}:1:1: error: #/providers/acme/{field}: {message}"]
    assert not (tmp_path / "out").exists()
