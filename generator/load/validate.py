"""openapi-spec-validator on the whole document, its findings as warnings, cached by content.

Published specs often fail strict validation while still describing a usable API, so a finding
here is a warning unless --strict; what prevents a correct model is reported by the builder.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from ..cache import MISSING, VALIDATED, cache_key
from ..diagnostics import Diagnostic, Level, join_pointer
from ..installed import installed_version
from .fragments import fragment_findings, used_as
from .refs import SpecSet

_MAX_FINDINGS = 50
# Changed when what is validated or how findings are stored changes (files reached, (file, pointer, message)).
_FINDINGS_FORMAT = "findings-3"


def _content_key(specs: SpecSet) -> str:
    """Each file's shape, not its prose (prose_places.py): the validator only checks that a
    description is a string, and editing documentation is the most common change to a spec
    (keyed on the text, each such edit ran two seconds of validation again). Positions are not
    part of it either: they are looked up again in the current file."""
    # the generator's version is in every key: how findings are read (3.2 as 3.1) is ours
    parts: list[str | bytes] = [f"openapi-spec-validator {installed_version('openapi-spec-validator')}", _FINDINGS_FORMAT]
    for name, found in sorted(specs.files_asked(), key=lambda asked: specs.absolute(asked[0])):
        shaped = specs.prose_and_shape(name)
        if found is not None and shaped is not None:
            parts += [found.path.name, shaped[1]]
    return cache_key(*parts)


def _validator_for(openapi_version: str) -> Any:
    from .spec_validator import spec_validator_for

    return spec_validator_for(openapi_version, faster=_FASTER[0])


# openapi-spec-validator's own classes instead of the faster ones (spec_validator.py): the
# tests set this to compare the findings of both
_FASTER = [True]


Fragment = tuple[str, str, str, Any]  # file, pointer, what it is used as, value


def _findings(document: dict[str, Any], openapi_version: str, root: Path, root_file: str,
              fragments: list[Fragment]) -> list[tuple[str, str, str]]:
    """(file, pointer, message): the root document's findings, then those in the parts of other files it reaches."""
    found = [(root_file, pointer, message) for pointer, message in _root_findings(document, openapi_version, root)]
    if len(found) < _MAX_FINDINGS:
        found += fragment_findings(fragments, openapi_version, _MAX_FINDINGS - len(found))
    return found


def _root_findings(document: dict[str, Any], openapi_version: str, root: Path) -> list[tuple[str, str]]:
    if openapi_version.startswith("3.2"):
        # Read as 3.1 (3.2 is backwards compatible); the version field itself is not a finding.
        document = dict(document, openapi="3.1.1")
    document = _text_keys(document)
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
        # the message can quote the whole document: its first line, shortened, says enough
        detail = str(exc).splitlines()[0] if str(exc) else ""
        detail = detail if len(detail) <= 160 else detail[:160] + "…"
        found.append(("", f"openapi-spec-validator could not finish: {type(exc).__name__}: {detail}"))
    return found


def _text_keys(node: Any) -> Any:
    """YAML reads `200:` as a number; the validator matches keys as text and stops on a number."""
    if isinstance(node, dict):
        return {str(k): _text_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_text_keys(v) for v in node]
    return node


class PendingValidation:
    """Validation of one document, from the cache or running in a forked process.

    openapi-spec-validator takes about two seconds on a 3 MB spec: on a cache miss it runs in a
    child process (fork shares the parsed document, nothing is pickled) while the targets render,
    and its findings are collected when the run needs them."""

    def __init__(self, specs: SpecSet, document: dict[str, Any], openapi_version: str, use_cache: bool = True,
                 background: bool = False, reached: dict[tuple[str, str], tuple[Any, str]] | None = None) -> None:
        self.specs = specs
        self._fragments: list[Fragment] = [
            (file, pointer, kind, value)
            for (file, pointer), (value, written_at) in sorted((reached or {}).items(), key=lambda item: item[0])
            if (kind := used_as(written_at)) is not None
        ]
        self._document = document
        self._version = openapi_version
        self._use_cache = use_cache
        self._key = _content_key(specs)
        self._findings: list[tuple[str, str, str]] | None = self._read_cache() if use_cache else None
        self._process: Any = None
        self._connection: Any = None
        if self._findings is None and background and "fork" in multiprocessing.get_all_start_methods():
            self._start()

    def _read_cache(self) -> list[tuple[str, str, str]] | None:
        found = VALIDATED.load(self._key)
        try:
            return None if found is MISSING else [(str(f), str(p), str(m)) for f, p, m in found]
        except (TypeError, ValueError):
            return None

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(send, self._document, self._version, self.specs.root_path, self.specs.root_file, self._fragments), daemon=True)
        self._process.start()
        send.close()
        self._connection = receive

    def _collect(self) -> list[tuple[str, str, str]]:
        if self._findings is not None:
            return self._findings
        findings: list[tuple[str, str, str]] | None = None
        if self._connection is not None:
            try:
                findings = self._connection.recv()
            except (EOFError, OSError):
                findings = None  # the child died; validate here instead
            self._process.join()
            self._connection.close()
        if findings is None:
            findings = _findings(self._document, self._version, self.specs.root_path, self.specs.root_file, self._fragments)
        if self._use_cache:
            VALIDATED.store(self._key, findings)
        self._findings = findings
        return findings

    def diagnostics(self) -> list[Diagnostic]:
        out = []
        for file, pointer, message in self._collect():
            line, col = self.specs.position(file, pointer)
            out.append(Diagnostic(file, line, col, Level.WARNING, pointer, message, "validator"))
        return out


def _child(connection: Any, document: dict[str, Any], version: str, root: Path, root_file: str, fragments: list[Fragment]) -> None:
    try:
        connection.send(_findings(document, version, root, root_file, fragments))
    finally:
        connection.close()

