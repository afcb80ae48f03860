"""Spec files to an Api: read and resolve (load/), build the model (model/build.py) or read back
the one kept for documents of the same shape (model/kept.py), validate (load/validate.py, possibly
in the background); every problem as a diagnostic. The generate and
validate commands and the gateway start here."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from .diagnostics import Diagnostic, Diagnostics, Level
from .load.refs import SpecSet
from .load.swagger2 import convert_swagger, is_swagger
from .load.validate import PendingValidation
from .model import Api
from .model.build import build_api
from .model.kept import build_or_read_back


@dataclass
class Loaded:
    """A provider's documents read: the model (None when it cannot be built), what reading reported, and the validation still running."""

    api: Api | None
    diagnostics: tuple[Diagnostic, ...]
    timings: dict[str, float] = field(default_factory=dict)
    files: tuple[Path, ...] = ()
    specs: SpecSet | None = None
    pending: PendingValidation | None = None

    @property
    def ok(self) -> bool:
        return self.api is not None and not any(d.level is Level.ERROR for d in self.diagnostics)

    def finish(self) -> "Loaded":
        """Wait for validation (if it runs in the background) and add its findings."""
        if self.pending is not None:
            start = time.perf_counter()
            found = self.pending.diagnostics()
            self.timings["validate"] = self.timings.get("validate", 0.0) + time.perf_counter() - start
            self.diagnostics = _sorted(self.specs, self.diagnostics + tuple(found)) if self.specs else self.diagnostics
            self.pending = None
        return self


def load_api(spec: Path, provider: str, validate: bool = True, use_cache: bool = True, background: bool = False,
             code: str | None = None) -> Loaded:
    """Read, build and validate. With background=True validation may still be running when
    this returns: call finish() before relying on the diagnostics. With `code` (the generator's
    code digest) the model keeps what checking the spec's examples found for the next run."""
    timings: dict[str, float] = {}
    diagnostics = Diagnostics()
    specs = SpecSet(spec, diagnostics)
    start = time.perf_counter()
    root = specs.root()
    timings["read"] = time.perf_counter() - start
    api = None
    pending = None
    written_as = root.value if root is not None else None
    reached = specs.reached
    if root is not None and is_swagger(root.value):
        start = time.perf_counter()
        written_as = convert_swagger(specs)
        reached = dict(specs.reached)  # parts of other files as written, before the model reads converted ones
        timings["convert"] = time.perf_counter() - start
    if written_as is not None:
        start = time.perf_counter()
        # a converted document's texts are the converter's, not the files': its model is not kept
        api, version = build_api(specs, provider, code) if is_swagger(written_as) else build_or_read_back(specs, provider, code)
        timings["model"] = time.perf_counter() - start
        if api is not None and is_swagger(written_as):
            version = str(written_as["swagger"])
            api = replace(api, openapi_version=version)
        if api is not None and validate and version is not None and isinstance(written_as, dict):
            start = time.perf_counter()
            pending = PendingValidation(specs, written_as, version, use_cache, background, reached)
            timings["validate"] = time.perf_counter() - start
    loaded = Loaded(api, _sorted(specs, diagnostics.items), timings, tuple(s.path for s in specs.loaded_files), specs, pending)
    return loaded if background else loaded.finish()


def _sorted(specs: SpecSet, items: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    return tuple(dict.fromkeys(sorted(_locate(specs, d) for d in items)))


def _locate(specs: SpecSet, d: Diagnostic) -> Diagnostic:
    if d.line:
        return d
    file, pointer = specs.source_of(d.file, d.pointer)
    line, col = specs.position(file, pointer)
    return Diagnostic(file, line, col, d.level, pointer, d.message, d.code)
