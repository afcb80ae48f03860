"""What the pipeline asks of a target, typed: a name, the formatter its files go through, and
`emit(context)`, one provider's ApiContext in, its output files out (paths relative to the
target's own folder), possibly in independent parts. A target may also write files that list every provider (`emit_site`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal, Protocol, Sequence

from ..context import ApiContext
from ..output import OutputFile
from ..result import ProviderResult

Formatter = Literal["black"]


class Target(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def formatter(self) -> Formatter | None:
        """The formatter the target's source files go through (generator/format.py), or None."""

    def emit(self, context: ApiContext) -> list[OutputFile]:
        """All of the provider's files: those of every part, in the order of the parts."""

    def parts(self, context: ApiContext) -> tuple[str, ...]:
        """Independent pieces of the output, each emitted on its own, in any process and any order
        (processes.py shares them out); ("",) for a target emitted whole."""

    def emit_part(self, context: ApiContext, part: str) -> list[OutputFile]: ...

    def emit_site(self, entries: Sequence[ProviderResult]) -> list[OutputFile]:
        """Files outside every provider's folder (the top-level docs index); usually none."""


@dataclass(frozen=True)
class TargetFunctions:
    """A Target made of a target package's functions."""

    name: str
    per_provider: Callable[[ApiContext], list[OutputFile]]
    formatter: Formatter | None = None
    site: Callable[[Sequence[ProviderResult]], list[OutputFile]] | None = None
    split: Callable[[ApiContext], tuple[str, ...]] | None = None
    per_part: Callable[[ApiContext, str], list[OutputFile]] | None = None

    def emit(self, context: ApiContext) -> list[OutputFile]:
        return self.per_provider(context)

    def parts(self, context: ApiContext) -> tuple[str, ...]:
        return self.split(context) if self.split is not None else ("",)

    def emit_part(self, context: ApiContext, part: str) -> list[OutputFile]:
        return self.per_part(context, part) if self.per_part is not None else self.per_provider(context)

    def emit_site(self, entries: Sequence[ProviderResult]) -> list[OutputFile]:
        return self.site(entries) if self.site is not None else []
