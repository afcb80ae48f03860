"""What a run returns: the output files as values, the diagnostics, and what produced them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import ProviderConfig, TargetOptions
from .diagnostics import Diagnostic, Level
from .output import OutputFile

if TYPE_CHECKING:
    from .model import Api  # not loaded by a run answered from the cache


@dataclass(frozen=True)
class ProviderResult:
    """One provider's model and options, for what runs after generating (the diff, the release)."""

    provider: ProviderConfig
    api: Api
    options: TargetOptions


@dataclass
class Result:
    """What a run made and reported, before anything is written."""

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
