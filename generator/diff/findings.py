"""What a diff finds: rules (id, level, changelog section, message) and findings made from them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Level(str, Enum):
    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    DOCUMENTATION = "documentation-only"

    @property
    def rank(self) -> int:
        return {"breaking": 0, "non-breaking": 1, "documentation-only": 2}[self.value]


class Section(str, Enum):
    """The changelog heading a finding goes under."""

    BREAKING = "Breaking"
    ADDED = "Added"
    CHANGED = "Changed"
    DEPRECATED = "Deprecated"
    DOCS = "Docs"


SECTIONS = tuple(Section)


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    section: Section
    text: str  # message template; {subject} and the finding's details are filled in

    def __post_init__(self) -> None:
        breaking = self.level is Level.BREAKING
        if breaking != (self.section is Section.BREAKING):
            raise ValueError(f"rule {self.id}: breaking rules, and only they, go under Breaking")


@dataclass(frozen=True, order=True)
class Finding:
    """One change. `surface` is where it shows: the HTTP API, or one SDK's public names."""

    rank: int
    surface: str  # api | python | typescript
    subject: str  # the operation, schema, field or symbol, as a reader names it
    rule_id: str
    level: Level
    section: Section
    message: str
    file: str
    line: int
    col: int

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.rule_id,
            "level": self.level.value,
            "section": self.section.value,
            "surface": self.surface,
            "subject": self.subject,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "col": self.col,
        }


@dataclass(frozen=True)
class Report:
    old: str
    new: str
    findings: tuple[Finding, ...]
    old_version: str = ""  # info.version of each side
    new_version: str = ""

    def count(self, level: Level, surface: str | None = None) -> int:
        return sum(1 for f in self.findings if f.level is level and (surface is None or f.surface == surface))

    @property
    def breaking(self) -> bool:
        return any(f.level is Level.BREAKING for f in self.findings)

    @property
    def level(self) -> Level | None:
        """The strongest level found, None when nothing changed."""
        return min((f.level for f in self.findings), key=lambda level: level.rank, default=None)

    def rule_ids(self, level: Level | None = None) -> set[str]:
        return {f.rule_id for f in self.findings if level is None or f.level is level}
