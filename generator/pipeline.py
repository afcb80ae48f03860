"""generate(config) -> Result: the pure centre. It reads specs and writes nothing.

It wires the steps: spec files to an Api per provider (spec_to_api.py: load/, then model/, with
validation beside), one ApiContext per provider handed to every chosen target (targets/), black
over the Python target's files (format.py), then the files that list every provider. A run on
unchanged inputs is answered by run_cache.py; collector.py pauses the garbage collector, and
processes.py forks black's workers and shares the targets' parts out."""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING, Callable

from . import run_cache
from .config import Config, target_options
from .diagnostics import Level
from .result import ProviderResult, Result

if TYPE_CHECKING:
    from .config import ProviderConfig
    from .format import FormatJob, FormatPool
    from .processes import Emitted
    from .targets.base import Target
    from .spec_to_api import Loaded

# What only generating needs (the model, the targets, black) is imported inside the functions
# below: a run answered by run_cache loads none of it.

Progress = Callable[[str], None]  # told of each step as it starts; the CLI passes its ProgressBar


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
    from .collector import collector_paused
    from .render import template_overrides

    code = run_cache.code_digest() if use_cache else None  # scopes the targets' render memos
    with collector_paused():
        with template_overrides(config.templates):
            result = _generate(config, only_targets, validate, strict, progress, code)
        if use_cache and not result.has_errors and result.inputs:
            start = time.perf_counter()
            run_cache.store(config, options, result, result.inputs)
            result.add_time("store run", time.perf_counter() - start)
    return result


def _generate(config: Config, only_targets: tuple[str, ...], validate: bool, strict: bool,
              progress: Progress | None, code: str | None) -> Result:
    from .processes import format_pool

    result = Result()
    pending: list[Loaded] = []
    pool = format_pool(config, only_targets)
    try:
        _load_and_render(config, only_targets, validate, progress, result, pending, pool, code)
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


def _load_and_render(config: Config, only_targets: tuple[str, ...], validate: bool, progress: Progress | None, result: Result,
                     pending: list[Loaded], pool: FormatPool | None, code: str | None) -> None:
    from .spec_to_api import load_api

    for provider in config.providers:
        if progress:
            progress(f"{provider.name}: reading {provider.spec}")
        loaded = load_api(provider.spec, provider.name, validate=validate, background=True, code=code)
        pending.append(loaded)
        result.inputs.extend(loaded.files)
        if loaded.api is None or not loaded.ok:
            continue
        options = target_options(provider, loaded.api.version, loaded.api.docs_url)
        result.providers.append(ProviderResult(provider, loaded.api, options))
    if not any(not loaded.ok for loaded in pending):
        _render(result, only_targets, progress, pool, code)


def _collect(result: Result, jobs: list[tuple[str, FormatJob]], pool: FormatPool | None, provider: ProviderConfig,
             parts: dict[str, tuple[str, ...]], targets: list[Target], emitted: list[Emitted]) -> None:
    """Each target's files from its parts' (in order): to the result, or to black first."""
    from .format import FormatJob

    found = iter(emitted)
    for chosen in targets:
        files, seconds, judged = [], 0.0, []
        for _ in parts[chosen.name]:
            part_files, part_seconds, part_judged = next(found)
            files += part_files
            seconds += part_seconds
            judged += part_judged or []
        prefix = provider.out_dir(chosen.name)
        result.scopes.append(prefix)
        if chosen.formatter == "black":
            jobs.append((prefix, FormatJob(files, pool=pool, judged=judged)))
        else:
            result.files.extend(f.under(prefix) for f in files)
        result.add_time(f"render:{chosen.name}", seconds)


def _render(result: Result, only_targets: tuple[str, ...], progress: Progress | None, pool: FormatPool | None = None,
            code: str | None = None) -> None:
    """With `code` (the generator's code digest), each target re-renders only what changed
    since its last run on the same provider (render_memo.py)."""
    from .context import ApiContext
    from .processes import emit_all
    from .targets import REGISTRY, target

    jobs: list[tuple[str, FormatJob]] = []
    for entry in result.providers:
        context = ApiContext(entry.api, entry.options)
        result.diagnostics.extend(context.paginations.diagnostics)
        context.settle(memo=code is not None)
        chosen = [target(name) for name in entry.provider.targets if not only_targets or name in only_targets]
        # targets whose output is formatted go first: black formats their files while the rest renders
        formatted = [t for t in chosen if t.formatter == "black"]
        others = [t for t in chosen if t.formatter != "black"]
        parts = {t.name: t.parts(context) for t in chosen}
        scopes = {t.name: None if code is None else (f"{entry.provider.name}\0{t.name}", code) for t in chosen}
        if progress and chosen:
            progress(f"{entry.provider.name}: {', '.join(t.name for t in formatted + others)}")
        work = [(t, part) for t in formatted + others for part in parts[t.name]]
        first = sum(len(parts[t.name]) for t in formatted)
        collect = partial(_collect, result, jobs, pool, entry.provider, parts)
        emitted = emit_all(work, context, entry.provider.spec, scopes, first, then=partial(collect, formatted))
        collect(others, emitted[first:])
    start = time.perf_counter()
    for prefix, job in jobs:
        if progress:
            progress(f"formatting {prefix}")
        result.files.extend(f.under(prefix) for f in job.result())
    result.add_time("format", time.perf_counter() - start)
    for name, site_target in REGISTRY.items():
        entries = [e for e in result.providers if name in e.provider.targets]
        if entries and (not only_targets or name in only_targets):
            for f in site_target.emit_site(entries):
                result.files.append(f)
                result.scopes.append(f.path)
