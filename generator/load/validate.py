"""openapi-spec-validator on the whole document, its findings as warnings, cached by content.

Published specs often fail strict validation while still describing a usable API, so a finding
here is a warning unless --strict; what prevents a correct model is reported by the builder.
"""

from __future__ import annotations

import marshal
import multiprocessing
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ..cache import MISSING, VALIDATED, cache_key
from ..diagnostics import Diagnostic, Level, join_pointer
from .refs import SpecSet

_MAX_FINDINGS = 50


def _content_key(specs: SpecSet) -> str:
    # the generator's version is in every key: how findings are read (3.2 as 3.1) is ours
    parts: list[str | bytes] = [f"openapi-spec-validator {version('openapi-spec-validator')}"]
    for src in specs.loaded_files:
        parts += [src.path.name, marshal.dumps(_structure(src.data), 2)]
    return cache_key(*parts)


# Prose the validator only checks for being a string. Editing documentation is the most common
# change to a spec; keyed on the text, each such edit re-ran two seconds of validation.
_PROSE = frozenset(("description", "summary"))
# Values the validator may check against a schema: kept whole, whatever their keys.
_VALUES = frozenset(("example", "examples", "default", "enum", "const"))


def _structure(node: Any) -> Any:
    """The document with prose strings reduced to their type; findings depend only on this.
    (Positions are not part of it: they are looked up again in the current file.)"""
    if isinstance(node, dict):
        return {
            k: node[k] if k in _VALUES else "<str>" if k in _PROSE and isinstance(v, str) else _structure(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_structure(v) for v in node]
    return node


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


class PendingValidation:
    """Validation of one document, from the cache or running in a forked process.

    openapi-spec-validator takes about two seconds on a 3 MB spec: on a cache miss it runs in a
    child process (fork shares the parsed document, nothing is pickled) while the targets render,
    and its findings are collected when the run needs them."""

    def __init__(self, specs: SpecSet, document: dict[str, Any], openapi_version: str, use_cache: bool = True,
                 background: bool = False) -> None:
        self.specs = specs
        self._document = document
        self._version = openapi_version
        self._use_cache = use_cache
        self._key = _content_key(specs)
        self._findings: list[tuple[str, str]] | None = self._read_cache() if use_cache else None
        self._process: Any = None
        self._connection: Any = None
        if self._findings is None and background and "fork" in multiprocessing.get_all_start_methods():
            self._start()

    def _read_cache(self) -> list[tuple[str, str]] | None:
        found = VALIDATED.load(self._key)
        try:
            return None if found is MISSING else [(str(p), str(m)) for p, m in found]
        except (TypeError, ValueError):
            return None

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(send, self._document, self._version, self.specs.root_path), daemon=True)
        self._process.start()
        send.close()
        self._connection = receive

    def _collect(self) -> list[tuple[str, str]]:
        if self._findings is not None:
            return self._findings
        findings: list[tuple[str, str]] | None = None
        if self._connection is not None:
            try:
                findings = self._connection.recv()
            except (EOFError, OSError):
                findings = None  # the child died; validate here instead
            self._process.join()
            self._connection.close()
        if findings is None:
            findings = _findings(self._document, self._version, self.specs.root_path)
        if self._use_cache:
            VALIDATED.store(self._key, findings)
        self._findings = findings
        return findings

    def diagnostics(self) -> list[Diagnostic]:
        out = []
        for pointer, message in self._collect():
            line, col = self.specs.position(self.specs.root_file, pointer)
            out.append(Diagnostic(self.specs.root_file, line, col, Level.WARNING, pointer, message, "validator"))
        return out


def _child(connection: Any, document: dict[str, Any], version: str, root: Path) -> None:
    try:
        connection.send(_findings(document, version, root))
    finally:
        connection.close()

