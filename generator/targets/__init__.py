"""Targets: each package turns one provider's ApiContext into output files (targets/base.py).

The registry below is the one list of targets; `config.TARGETS` names them in the same order."""

from __future__ import annotations

from . import docs, python, snippets, typescript
from .base import Formatter, Target, TargetFunctions

REGISTRY: dict[str, Target] = {t.name: t for t in (typescript.TARGET, python.TARGET, docs.TARGET, snippets.TARGET)}

__all__ = ["Formatter", "REGISTRY", "Target", "TargetFunctions", "target"]


def target(name: str) -> Target:
    return REGISTRY[name]
