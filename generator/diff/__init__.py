"""What changed between two versions of an API description, and whom it breaks.

`diff_specs(old, new)` builds both models and runs the rule table (rules/) over them: first the
HTTP API, then each SDK's public surface. Findings are located in NEW (file:line:col)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic, Level as DiagnosticLevel, split_pointer
from ..spec_to_api import load_api
from ..load.refs import SpecSet
from .context import DiffContext, Lookup
from .findings import Finding, Level, Report, Rule, Section
from .rules import RULES, check_api
from .rules import sdk as sdk_rules
from .surface import SURFACES

__all__ = ["DiffError", "Finding", "Level", "Report", "Rule", "RULES", "Section", "diff_specs"]


@dataclass
class DiffError(Exception):
    """OLD or NEW cannot be built into a model."""

    diagnostics: tuple[Diagnostic, ...]


def _lookup(specs: SpecSet) -> Lookup:
    def value_at(file: str, pointer: str) -> Any:
        source = specs.source(file)
        value = source.data if source is not None else None
        for token in split_pointer(pointer):
            if isinstance(value, dict):
                value = value.get(token)
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                return None
        return value

    return value_at


def diff_specs(old: Path, new: Path, provider: str, sdks: tuple[str, ...] = tuple(SURFACES),
               old_label: str | None = None) -> Report:
    """Raises DiffError with the errors when either description does not build."""
    loaded_old = load_api(old, provider, validate=False)
    loaded_new = load_api(new, provider, validate=False)
    errors = tuple(d for loaded in (loaded_old, loaded_new) for d in loaded.diagnostics if d.level is DiagnosticLevel.ERROR)
    if errors or loaded_old.api is None or loaded_new.api is None:
        raise DiffError(errors)
    specs = loaded_new.specs
    assert specs is not None
    ctx = DiffContext(loaded_old.api, loaded_new.api, RULES, specs.position, _lookup(specs))
    check_api(ctx)
    for sdk in sdks:
        surface = SURFACES[sdk]
        sdk_rules.check(ctx, sdk, surface(loaded_old.api), surface(loaded_new.api))
    findings = tuple(sorted(set(ctx.findings)))
    return Report(old_label or str(old), str(new), findings, loaded_old.api.version, loaded_new.api.version)
