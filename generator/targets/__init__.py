"""Targets: each package turns an Api into output files (paths relative to its own folder).

A target module exposes `emit(api, options) -> list[OutputFile]`; the docs target may also
expose `emit_site(entries) -> list[OutputFile]` for files that list every provider."""

from __future__ import annotations

import importlib
from typing import Any, Callable

from ..config import TARGETS


def emitter(name: str) -> Callable[..., Any]:
    if name not in TARGETS:
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}").emit  # type: ignore[no-any-return]


def site_emitter() -> Callable[..., Any] | None:
    module = importlib.import_module(f"{__name__}.docs")
    return getattr(module, "emit_site", None)


def formatter(name: str) -> str | None:
    """The formatter a target's source files go through ("black"), or None."""
    return getattr(importlib.import_module(f"{__name__}.{name}"), "FORMATTER", None)
