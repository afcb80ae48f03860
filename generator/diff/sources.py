"""Where OLD and NEW come from: spec files, folders holding one, or a git revision of a file."""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

SPEC_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json")


class SourceError(Exception):
    pass


def spec_file(path: Path) -> Path:
    """A spec file, or the openapi.* file inside a folder."""
    if path.is_dir():
        for name in SPEC_NAMES:
            if (path / name).is_file():
                return path / name
        raise SourceError(f"{path}: no {', '.join(SPEC_NAMES)} in this folder")
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    return path


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SourceError(f"git {' '.join(args)}: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SourceError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout


def at_revision(spec: Path, ref: str, into: Path) -> Path:
    """The spec's folder as it was at `ref`, extracted under `into` (files its $refs reach
    beside it come along); returns the spec file's path there."""
    spec = spec.resolve()
    folder = spec.parent
    top = Path(_git(["rev-parse", "--show-toplevel"], folder).decode().strip())
    relative = folder.relative_to(top).as_posix() or "."
    archive = _git(["archive", "--format=tar", ref, "--", relative], top)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    found = into / folder.relative_to(top) / spec.name
    if not found.is_file():
        raise SourceError(f"{spec.name} does not exist at {ref}")
    return found


def temporary_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="utdk-diff-")
