"""generate(config) -> Result: the pure centre. It reads specs and writes nothing."""

from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import run_cache
from .config import Config, ProviderConfig, TargetOptions, target_options
from .diagnostics import Diagnostic, Level
from .format import FormatJob, FormatPool
from .load import Loaded, load_api
from .model import Api
from .output import OutputFile
from .render import template_overrides
from .targets import emitter, formatter, site_emitter

Progress = Callable[[str], None]
# Specs from this size up make enough Python source for black's workers to pay off.
_LARGE_SPEC_BYTES = 256 * 1024


@dataclass(frozen=True)
class ProviderResult:
    provider: ProviderConfig
    api: Api
    options: TargetOptions


@dataclass
class Result:
    files: list[OutputFile] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    scopes: list[str] = field(default_factory=list)  # output folders this run owns entirely
    providers: list[ProviderResult] = field(default_factory=list)
    inputs: list[Path] = field(default_factory=list)  # every spec file read

    @property
    def has_errors(self) -> bool:
        return any(d.level is Level.ERROR for d in self.diagnostics)

    def add_time(self, phase: str, seconds: float) -> None:
        self.timings[phase] = self.timings.get(phase, 0.0) + seconds


def generate(config: Config, only_targets: tuple[str, ...] = (), validate: bool = True, strict: bool = False,
             progress: Progress | None = None, use_cache: bool = True) -> Result:
    """With use_cache, a run whose inputs (specs, config, options, the generator's code and
    templates) are all unchanged returns the result kept from the last such run (run_cache)."""
    options = (only_targets, validate, strict)
    if use_cache:
        start = time.perf_counter()
        cached = run_cache.lookup(config, options)
        if cached is not None:
            cached.add_time("cached run", time.perf_counter() - start)
            return cached
    # The model and the views are large trees of objects without cycles: the cyclic collector
    # walking them again and again took a quarter of a warm run. It runs again afterwards, and in
    # processes forked meanwhile (black's workers, the validator), whose garbage does have cycles.
    collecting = gc.isenabled()
    gc.disable()
    _PAUSED.append(collecting)
    try:
        with template_overrides(config.templates):
            result = _generate(config, only_targets, validate, strict, progress)
    finally:
        _PAUSED.pop()
        if collecting:
            gc.enable()
    if use_cache and not result.has_errors and result.inputs:
        start = time.perf_counter()
        run_cache.store(config, options, result, result.inputs)
        result.add_time("store run", time.perf_counter() - start)
    return result


_PAUSED: list[bool] = []  # one entry per generate() running: whether the collector was on before


def _collect_in_forked_child() -> None:
    if _PAUSED and _PAUSED[0]:
        # What the child inherits (the model, the views) is frozen: never scanned, never copied
        # by the scan; the collector only looks at what the child itself makes.
        gc.freeze()
        gc.enable()


os.register_at_fork(after_in_child=_collect_in_forked_child)


def _generate(config: Config, only_targets: tuple[str, ...], validate: bool, strict: bool,
              progress: Progress | None) -> Result:
    result = Result()
    pending: list[Loaded] = []
    pool = FormatPool() if _large_formatted_output(config, only_targets) else None
    try:
        _load_and_render(config, only_targets, validate, progress, result, pending, pool)
    finally:
        if pool is not None:
            pool.close()
    # validation ran beside the targets; its findings count before anything is written
    for loaded in pending:
        loaded.finish()
        result.diagnostics.extend(loaded.diagnostics)
        for phase, seconds in loaded.timings.items():
            result.add_time(phase, seconds)
    if strict:
        result.diagnostics = [d.as_error() if d.level is Level.WARNING else d for d in result.diagnostics]
    if result.has_errors:
        result.files = []
    return result


def _large_formatted_output(config: Config, only_targets: tuple[str, ...]) -> bool:
    """Whether black's workers are worth forking up front (while this process is still small)."""
    for provider in config.providers:
        targets = [t for t in provider.targets if not only_targets or t in only_targets]
        if any(formatter(t) for t in targets):
            try:
                if provider.spec.stat().st_size >= _LARGE_SPEC_BYTES:
                    return True
            except OSError:
                pass
    return False


def _load_and_render(config: Config, only_targets: tuple[str, ...], validate: bool, progress: Progress | None, result: Result,
                     pending: list[Loaded], pool: FormatPool | None) -> None:
    for provider in config.providers:
        if progress:
            progress(f"{provider.name}: reading {provider.spec}")
        loaded = load_api(provider.spec, provider.name, validate=validate, background=True)
        pending.append(loaded)
        result.inputs.extend(loaded.files)
        if loaded.api is None or not loaded.ok:
            continue
        options = target_options(provider, loaded.api.version, loaded.api.docs_url)
        result.providers.append(ProviderResult(provider, loaded.api, options))
    if not any(not loaded.ok for loaded in pending):
        _render(result, config, only_targets, progress, pool)


def _render(result: Result, config: Config, only_targets: tuple[str, ...], progress: Progress | None,
            pool: FormatPool | None = None) -> None:
    jobs: list[tuple[str, FormatJob]] = []
    for entry in result.providers:
        targets = [t for t in entry.provider.targets if not only_targets or t in only_targets]
        # targets whose output is formatted go first: their formatting overlaps the rest
        for target in sorted(targets, key=lambda t: formatter(t) is None):
            if progress:
                progress(f"{entry.provider.name}: {target}")
            start = time.perf_counter()
            prefix = entry.provider.out_dir(target)
            files = emitter(target)(entry.api, entry.options)
            result.scopes.append(prefix)
            if formatter(target) == "black":
                jobs.append((prefix, FormatJob(files, pool=pool)))
            else:
                result.files.extend(f.under(prefix) for f in files)
            result.add_time(f"render:{target}", time.perf_counter() - start)
    start = time.perf_counter()
    for prefix, job in jobs:
        if progress:
            progress(f"formatting {prefix}")
        result.files.extend(f.under(prefix) for f in job.result())
    result.add_time("format", time.perf_counter() - start)
    site = site_emitter() if not only_targets or "docs" in only_targets else None
    docs_entries = [e for e in result.providers if "docs" in e.provider.targets]
    if site is not None and docs_entries:
        for f in site(docs_entries):
            result.files.append(f)
            result.scopes.append(f.path)
