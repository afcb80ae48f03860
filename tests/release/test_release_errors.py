"""`release` on bad input: one clear line, exit 2, and generator.yaml and the packages untouched."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO, run_cli

SPEC = REPO / "specs" / "plaid" / "openapi.yaml"


def _project(tmp_path: Path) -> Path:
    (tmp_path / "openapi.yaml").write_bytes(SPEC.read_bytes())
    (tmp_path / "generator.yaml").write_text("output: out\nproviders:\n  plaid:\n    spec: openapi.yaml\n    targets: [typescript]\n")
    return tmp_path / "generator.yaml"


def test_without_generator_yaml(tmp_path: Path) -> None:
    result = run_cli("release", "--old", str(SPEC), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "generator.yaml:1:1: error: #: release records versions in generator.yaml: create one\n"


def test_unknown_provider_and_bad_spec_change_nothing(tmp_path: Path) -> None:
    config = _project(tmp_path)
    before = config.read_text()
    unknown = run_cli("release", "stripe", "--old", str(SPEC), cwd=tmp_path)
    assert unknown.returncode == 2 and "no provider 'stripe'; known: plaid" in unknown.stderr

    spec = tmp_path / "openapi.yaml"
    spec.write_text(spec.read_text().replace("#/components/schemas/IdentityRefreshResponse", "#/components/schemas/Nope"))
    broken = run_cli("release", "--old", str(SPEC), cwd=tmp_path)
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("openapi.yaml:") and "points to nothing" in broken.stderr
    assert config.read_text() == before and not (tmp_path / "out").exists()


def test_version_recorded_in_a_flow_mapping_is_refused_before_writing(tmp_path: Path) -> None:
    config = tmp_path / "generator.yaml"
    (tmp_path / "openapi.yaml").write_text(SPEC.read_text().replace("post:", "post:\n      deprecated: true", 1))
    config.write_text("output: out\nproviders:\n  plaid: {spec: openapi.yaml, targets: [typescript]}\n")
    result = run_cli("release", "--old", str(SPEC), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"utdk-gen: error: {config.name}: providers.plaid must be a block mapping to record package_version\n"
    assert not (tmp_path / "out").exists()
