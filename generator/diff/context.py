"""Two built models side by side: operations paired, findings located in NEW."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..diagnostics import join_pointer
from ..model import Api, Operation, Parameter
from .findings import Finding, Rule

_TEMPLATE_PARAM = re.compile(r"\{[^}/]*\}")


def path_shape(path: str) -> str:
    """/items/{id} and /items/{item_id} are one path: parameter names are not part of the URL."""
    return _TEMPLATE_PARAM.sub("{}", path)


def operation_label(op: Operation) -> str:
    return f"{op.method.upper()} {op.path}"


Locator = Callable[[str, str], "tuple[int, int]"]
Lookup = Callable[[str, str], Any]  # (file, pointer) in NEW -> the raw value there, or None


@dataclass
class DiffContext:
    old: Api
    new: Api
    rules: dict[str, Rule]
    locate: Locator  # (file, pointer) in NEW -> (line, col)
    lookup: Lookup = lambda file, pointer: None
    surface: str = "api"
    findings: list[Finding] = field(default_factory=list)
    pairs: list[tuple[Operation, Operation]] = field(default_factory=list)
    removed: list[Operation] = field(default_factory=list)
    added: list[Operation] = field(default_factory=list)
    moved: list[tuple[Operation, Operation]] = field(default_factory=list)  # same operationId, new method or path
    _new_keys: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        new_by_shape = {(op.method, path_shape(op.path)): op for op in self.new.operations}
        matched: set[int] = set()
        unmatched_old: list[Operation] = []
        for op in self.old.operations:
            twin = new_by_shape.get((op.method, path_shape(op.path)))
            if twin is not None and id(twin) not in matched:
                matched.add(id(twin))
                self.pairs.append((op, twin))
            else:
                unmatched_old.append(op)
        unmatched_new = {o.id: o for o in self.new.operations if id(o) not in matched}
        for op in unmatched_old:
            twin = unmatched_new.pop(op.id, None)
            if twin is None:
                self.removed.append(op)
            else:
                self.moved.append((op, twin))
                self.pairs.append((op, twin))
        self.added = list(unmatched_new.values())
        self._new_keys = {s.key for s in self.new.schemas}

    def at_operation(self, op: Operation, *tokens: object) -> tuple[str, str]:
        return self.new.source_file, join_pointer(op.pointer, *tokens)

    def at_parameter(self, op: Operation, param: Parameter) -> tuple[str, str]:
        """The parameter's own entry: in the operation's list, else in its path item's."""
        file = self.new.source_file
        for owner in (op.pointer, op.pointer.rsplit("/", 1)[0]):
            entries = self.lookup(file, join_pointer(owner, "parameters"))
            for index, entry in enumerate(entries if isinstance(entries, list) else ()):
                if isinstance(entry, dict) and isinstance(entry.get("$ref"), str) and entry["$ref"].startswith("#/"):
                    entry = self.lookup(file, entry["$ref"][1:])
                if isinstance(entry, dict) and entry.get("name") == param.name and entry.get("in") == param.location:
                    return file, join_pointer(owner, "parameters", index)
        return self.at_operation(op, "parameters")

    def at_root(self, *tokens: object) -> tuple[str, str]:
        return self.new.source_file, join_pointer("", *tokens)

    def is_new_schema(self, key: str) -> bool:
        return key in self._new_keys

    def at_schema(self, key: str, *tokens: object) -> tuple[str, str]:
        schema = self.new.schema(key)
        return schema.file or self.new.source_file, join_pointer(schema.pointer, *tokens)

    def report(self, rule_id: str, subject: str, where: tuple[str, str], note: str = "", **details: object) -> None:
        rule = self.rules[rule_id]
        line, col = self.locate(*where)
        message = rule.text.format(subject=subject, **details) + (f" ({note})" if note else "")
        self.findings.append(
            Finding(rule.level.rank, self.surface, subject, rule.id, rule.level, rule.section, message, where[0], line, col)
        )
