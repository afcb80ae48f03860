"""Spec files to an Api: read, resolve, build the model, validate; every problem as a diagnostic."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, Diagnostics, Level
from .refs import SpecSet


@dataclass
class Loaded:
    api: "object | None"  # generator.model.Api; typed loosely to keep this module import-light
    diagnostics: tuple[Diagnostic, ...]
    timings: dict[str, float] = field(default_factory=dict)
    files: tuple[Path, ...] = ()

    @property
    def ok(self) -> bool:
        return self.api is not None and not any(d.level is Level.ERROR for d in self.diagnostics)


def load_api(spec: Path, provider: str, validate: bool = True, use_cache: bool = True) -> Loaded:
    from ..model.build import build_api
    from .validate import validate_document

    timings: dict[str, float] = {}
    diagnostics = Diagnostics()
    specs = SpecSet(spec, diagnostics)
    start = time.perf_counter()
    root = specs.root()
    timings["read"] = time.perf_counter() - start
    api = None
    if root is not None:
        start = time.perf_counter()
        api, version = build_api(specs, provider)
        timings["model"] = time.perf_counter() - start
        if api is not None and validate and version is not None and isinstance(root.value, dict):
            start = time.perf_counter()
            diagnostics.extend(validate_document(specs, root.value, version, use_cache))
            timings["validate"] = time.perf_counter() - start
    located = tuple(sorted(_locate(specs, d) for d in diagnostics.items))
    return Loaded(api, _dedupe(located), timings, tuple(s.path for s in specs.loaded_files))


def _locate(specs: SpecSet, d: Diagnostic) -> Diagnostic:
    if d.line:
        return d
    line, col = specs.position(d.file, d.pointer)
    return Diagnostic(d.file, line, col, d.level, d.pointer, d.message, d.code)


def _dedupe(items: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    return tuple(dict.fromkeys(items))
