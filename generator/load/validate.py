"""openapi-spec-validator on the whole document, its findings as warnings, cached by content.

Published specs often fail strict validation while still describing a usable API, so a finding
here is a warning unless --strict; what prevents a correct model is reported by the builder.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.metadata import version
from pathlib import Path
from typing import Any, Iterable

from ..diagnostics import Diagnostic, Level, join_pointer
from .refs import SpecSet

_MAX_FINDINGS = 50


def cache_dir() -> Path:
    configured = os.environ.get("UTDK_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "utdk"


def _content_key(specs: SpecSet) -> str:
    digest = hashlib.sha256()
    digest.update(("openapi-spec-validator " + version("openapi-spec-validator")).encode())
    for src in specs.loaded_files:
        digest.update(b"\0" + str(src.path.name).encode() + b"\0" + src.text.encode())
    return digest.hexdigest()


def _validator_for(openapi_version: str) -> Any:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    return OpenAPIV30SpecValidator if openapi_version.startswith("3.0") else OpenAPIV31SpecValidator


def _findings(document: dict[str, Any], openapi_version: str, root: Path) -> list[tuple[str, str]]:
    if openapi_version.startswith("3.2"):
        # Read as 3.1 (3.2 is backwards compatible); the version field itself is not a finding.
        document = dict(document, openapi="3.1.1")
    validator = _validator_for(openapi_version)(document, base_uri=root.resolve().as_uri())
    found: list[tuple[str, str]] = []
    try:
        for error in validator.iter_errors():
            pointer = join_pointer("", *getattr(error, "absolute_path", ()))
            message = getattr(error, "message", str(error))
            found.append((pointer, message))
            if len(found) >= _MAX_FINDINGS:
                break
    except Exception as exc:  # the validator itself can fail on documents it does not expect
        found.append(("", f"openapi-spec-validator could not finish: {type(exc).__name__}: {exc}"))
    return found


def validate_document(specs: SpecSet, document: dict[str, Any], openapi_version: str, use_cache: bool = True) -> Iterable[Diagnostic]:
    key = _content_key(specs)
    cached = cache_dir() / "validate" / f"{key}.json"
    findings: list[tuple[str, str]] | None = None
    if use_cache and cached.is_file():
        try:
            findings = [tuple(f) for f in json.loads(cached.read_text("utf-8"))]  # type: ignore[misc]
        except (OSError, ValueError):
            findings = None
    if findings is None:
        findings = _findings(document, openapi_version, specs.root_path)
        if use_cache:
            _write_cache(cached, findings)
    for pointer, message in findings:
        line, col = specs.position(specs.root_file, pointer)
        yield Diagnostic(specs.root_file, line, col, Level.WARNING, pointer, message, "validator")


def _write_cache(path: Path, findings: list[tuple[str, str]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(findings), "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time
