"""A Swagger 2.0 description and its OpenAPI 3.0 form, converted by hand, make the same output."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

SAME_API = Path(__file__).resolve().parent / "same_api"


def _generate(spec: Path, out: Path, cwd: Path) -> dict[str, bytes]:
    result = run_cli("generate", str(spec), "--out", str(out), "--name", "petshop", "--strict", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_swagger_and_hand_converted_openapi_generate_identical_sdks_docs_and_snippets(tmp_path: Path) -> None:
    from_swagger = _generate(SAME_API / "swagger.yaml", tmp_path / "swagger", tmp_path)
    from_openapi = _generate(SAME_API / "openapi.yaml", tmp_path / "openapi", tmp_path)
    assert any(name.startswith("petshop/typescript/") for name in from_swagger)
    assert any(name.startswith("petshop/python/") for name in from_swagger)
    assert any(name.startswith("petshop/docs/") for name in from_swagger)
    assert sorted(from_swagger) == sorted(from_openapi)
    different = [name for name in from_swagger if from_swagger[name] != from_openapi[name]]
    assert not different, different
