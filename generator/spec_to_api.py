"""Spec files to an Api: read and resolve (load/), build the model (model/build.py), validate
(load/validate.py, possibly in the background); every problem as a diagnostic. The generate and
validate commands and the gateway start here."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, Diagnostics, Level
from .load.refs import SpecSet
from .load.validate import PendingValidation
from .model import Api
from .model.build import build_api


@dataclass
class Loaded:
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


def load_api(spec: Path, provider: str, validate: bool = True, use_cache: bool = True, background: bool = False) -> Loaded:
    """Read, build and validate. With background=True validation may still be running when
    this returns: call finish() before relying on the diagnostics."""
    timings: dict[str, float] = {}
    diagnostics = Diagnostics()
    specs = SpecSet(spec, diagnostics)
    start = time.perf_counter()
    root = specs.root()
    timings["read"] = time.perf_counter() - start
    api = None
    pending = None
    if root is not None:
        start = time.perf_counter()
        api, version = build_api(specs, provider)
        timings["model"] = time.perf_counter() - start
        if api is not None and validate and version is not None and isinstance(root.value, dict):
            start = time.perf_counter()
            pending = PendingValidation(specs, root.value, version, use_cache, background)
            timings["validate"] = time.perf_counter() - start
    loaded = Loaded(api, _sorted(specs, diagnostics.items), timings, tuple(s.path for s in specs.loaded_files), specs, pending)
    return loaded if background else loaded.finish()


def _sorted(specs: SpecSet, items: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    return tuple(dict.fromkeys(sorted(_locate(specs, d) for d in items)))


def _locate(specs: SpecSet, d: Diagnostic) -> Diagnostic:
    if d.line:
        return d
    line, col = specs.position(d.file, d.pointer)
    return Diagnostic(d.file, line, col, d.level, d.pointer, d.message, d.code)
