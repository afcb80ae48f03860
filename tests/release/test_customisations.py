"""Hand-made changes that survive regeneration: the output folder's ignore file, and a
`templates:` folder whose files replace built-in templates."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import REPO, run_cli

SPEC = REPO / "specs" / "kitchensink" / "openapi.yaml"


def _config(tmp_path: Path, extra: str = "") -> Path:
    (tmp_path / "generator.yaml").write_text(
        f"output: out\n{extra}providers:\n  pets:\n    spec: {SPEC}\n    targets: [typescript]\n", "utf-8"
    )
    return tmp_path / "generator.yaml"


def test_ignored_files_are_never_overwritten_or_deleted(tmp_path: Path) -> None:
    _config(tmp_path)
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    package = tmp_path / "out" / "pets" / "typescript"
    readme, tsconfig = package / "README.md", package / "tsconfig.json"
    readme.write_text("# Our own README\n")
    tsconfig.unlink()
    drift = run_cli("generate", "--check", cwd=tmp_path)
    assert drift.returncode == 1 and "changed: pets/typescript/README.md" in drift.stdout

    (tmp_path / "out" / ".utdkignore").write_text("# kept by hand\npets/typescript/README.md\npets/typescript/tsconfig.json\n")
    check = run_cli("generate", "--check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert readme.read_text() == "# Our own README\n" and not tsconfig.exists()



def test_ignored_files_the_generator_no_longer_makes_are_kept(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text("utf-8"))
    (tmp_path / "v1.yaml").write_text(yaml.safe_dump(spec), "utf-8")
    for methods in spec["paths"].values():
        for method, operation in list(methods.items()):
            if isinstance(operation, dict) and operation.get("operationId") == "getPet":
                del methods[method]
    (tmp_path / "v2.yaml").write_text(yaml.safe_dump(spec), "utf-8")
    args = ("generate", "--out", "out", "--name", "pets", "--target", "snippets")
    assert run_cli(*args[:1], "v1.yaml", *args[1:], cwd=tmp_path).returncode == 0
    snippets = tmp_path / "out" / "pets" / "snippets"
    assert (snippets / "getpet.ts").is_file() and (snippets / "getpet.py").is_file()
    (tmp_path / "out" / ".utdkignore").write_text("pets/snippets/getpet.ts\n")
    assert run_cli(*args[:1], "v2.yaml", *args[1:], cwd=tmp_path).returncode == 0
    assert (snippets / "getpet.ts").is_file()  # listed: kept
    assert not (snippets / "getpet.py").exists()  # not listed: removed as before
    assert run_cli(*args[:1], "v2.yaml", *args[1:], "--check", cwd=tmp_path).returncode == 0


def test_template_folder_replaces_a_builtin_template(tmp_path: Path) -> None:
    override = tmp_path / "my-templates" / "typescript" / "README.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text("# {{ r.package }} for {{ r.title }}\n\nSupported by the platform team.\n")
    _config(tmp_path, "templates: my-templates\n")
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    readme = tmp_path / "out" / "pets" / "typescript" / "README.md"
    assert readme.read_text() == "# @utdk/pets for Kitchen Sink Pet Store\n\nSupported by the platform team.\n"
    assert run_cli("generate", "--check", cwd=tmp_path).returncode == 0

    override.write_text(override.read_text() + "Edited.\n")  # a template edit is drift until regenerated
    drift = run_cli("generate", "--check", cwd=tmp_path)
    assert drift.returncode == 1 and "changed: pets/typescript/README.md" in drift.stdout
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert readme.read_text().endswith("Edited.\n")


def test_template_mistakes_are_loud_and_write_nothing(tmp_path: Path) -> None:
    override = tmp_path / "t" / "typescript" / "README.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text("# {{ r.package }}\n\n{{ r.no_such_field }}\n")
    _config(tmp_path, "templates: t\n")
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    first = next(line for line in result.stderr.splitlines() if line)
    assert first.startswith(f"{override.resolve()}:3:1: error: UndefinedError:") and "no_such_field" in first
    assert not (tmp_path / "out").exists()

    override.rename(override.with_name("READNE.md.j2"))
    typo = run_cli("generate", cwd=tmp_path)
    assert typo.returncode == 2
    assert "typescript/READNE.md.j2 replaces no built-in template" in typo.stderr


def test_template_folder_replaces_a_runtime_file_copied_verbatim(tmp_path: Path) -> None:
    builtin = REPO / "templates" / "typescript" / "runtime" / "src" / "core" / "lazy.ts"
    override = tmp_path / "mine" / "typescript" / "runtime" / "src" / "core" / "lazy.ts"
    override.parent.mkdir(parents=True)
    override.write_text(builtin.read_text() + "// reviewed by the platform team\n")
    _config(tmp_path, "templates: mine\n")
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    written = tmp_path / "out" / "pets" / "typescript" / "src" / "core" / "lazy.ts"
    assert written.read_text().endswith("// reviewed by the platform team\n")
    assert (tmp_path / "out" / "pets" / "typescript" / "src" / "core" / "client.ts").read_bytes() == (
        REPO / "templates" / "typescript" / "runtime" / "src" / "core" / "client.ts").read_bytes()
