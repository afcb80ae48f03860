"""`utdk-gen package`: what a registry takes, built from the generated packages into dist/:
the npm tarball of the compiled TypeScript package (`npm pack`: JavaScript and declarations),
and the Python wheel and sdist (`python -m build`). Publishing stays with the user's CI.

The packages are copied to a scratch folder first, so building leaves no dist/ or node_modules/
in the output folder (which `generate --check` compares with the spec)."""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .config import CONFIG_FILE, Config, ConfigError, ProviderConfig, chosen_providers, load_config

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class PackagingError(Exception):
    pass


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    cmd = sub.add_parser(
        "package", help="build the npm tarball and the Python wheel and sdist of each provider into dist/",
        description="Compiles each generated TypeScript package with tsc and packs it with `npm pack`; builds each "
        "generated Python package's wheel and sdist with `python -m build`. Run `generate` first.")
    cmd.add_argument("providers", nargs="*", metavar="PROVIDER", help="only these providers (default: every one)")
    cmd.add_argument("--out", default="dist", metavar="DIR", help="where the artifacts go (default: dist)")
    cmd.add_argument("--config", default=CONFIG_FILE, metavar="FILE", help=f"config file (default: {CONFIG_FILE})")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(Path(args.config))
        chosen = chosen_providers(config, args.providers, args.config)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for provider in chosen:
            for warning in _metadata_gaps(provider):
                sys.stderr.write(f"utdk-gen: warning: {provider.name}: {warning}\n")
            for artifact in package_provider(config, provider, out):
                digest = hashlib.sha256(artifact.read_bytes()).hexdigest()
                sys.stdout.write(f"{artifact}  sha256:{digest}\n")
    except ConfigError as exc:
        sys.stderr.write(exc.line_text + "\n")
        return EXIT_BAD_INPUT
    except PackagingError as exc:
        sys.stderr.write(f"utdk-gen: error: {exc}\n")
        return EXIT_BAD_INPUT
    return EXIT_OK


def _metadata_gaps(provider: ProviderConfig) -> list[str]:
    return [] if provider.repository else ["no `repository` in generator.yaml: registries will show no source link"]


def package_provider(config: Config, provider: ProviderConfig, out: Path) -> list[Path]:
    artifacts: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="utdk-package-") as scratch:
        if "typescript" in provider.targets:
            source = _generated(config, provider, "typescript", "package.json")
            artifacts.append(npm_tarball(source, Path(scratch) / "typescript", out, config.root))
        if "python" in provider.targets:
            source = _generated(config, provider, "python", "pyproject.toml")
            artifacts.extend(python_distributions(source, Path(scratch) / "python", out))
    return artifacts


def _generated(config: Config, provider: ProviderConfig, target: str, marker: str) -> Path:
    folder = config.output / provider.out_dir(target)
    if not (folder / marker).is_file():
        raise PackagingError(f"{folder} has no {marker}: run `utdk-gen generate` first")
    return folder


def _run(command: list[str], cwd: Path, what: str, env: dict[str, str] | None = None) -> str:
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PackagingError(f"{what}: {exc}") from None
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-15:]
        raise PackagingError(f"{what} failed:\n" + "\n".join(tail))
    return done.stdout


def typescript_compiler(start: Path) -> str:
    """The pinned compiler: $UTDK_TSC, else node_modules/.bin/tsc in the project or a folder
    above it, else tsc on PATH."""
    if os.environ.get("UTDK_TSC"):
        return os.environ["UTDK_TSC"]
    for folder in (start.resolve(), *start.resolve().parents, Path(__file__).resolve().parents[1]):
        candidate = folder / "node_modules" / ".bin" / "tsc"
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("tsc")
    if found is None:
        raise PackagingError("no TypeScript compiler: run `npm ci` (or `npm install -D typescript`) or set UTDK_TSC")
    return found


def npm_tarball(source: Path, build: Path, out: Path, project: Path) -> Path:
    shutil.copytree(source, build)
    _run([typescript_compiler(project), "-p", "tsconfig.json"], build, f"tsc in {source}")
    # scripts off: the package is already compiled, and `prepare` would look for tsc again
    listing = _run(["npm", "pack", "--ignore-scripts", "--pack-destination", str(out.resolve())], build, f"npm pack in {source}")
    return out / listing.strip().splitlines()[-1]


def python_distributions(source: Path, build: Path, out: Path) -> list[Path]:
    shutil.copytree(source, build)
    before = set(out.iterdir())
    # no isolation: the build backend installed beside the generator builds it, so packaging
    # works offline; an sdist first, then the wheel built from that sdist
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out.resolve()), str(build)], build, f"python -m build in {source}")
    return sorted(set(out.iterdir()) - before)
