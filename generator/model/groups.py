"""Operations in groups a reader recognises: by first tag, or by first path segment when a single
tag (or none) holds everything, since such a tag says nothing. The docs index and the SDK READMEs
list these groups, and the Python SDK names its modules after them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from .api import Operation, Tag

UNTAGGED = "Other"


@dataclass(frozen=True)
class OperationGroup:
    """Operations that belong together in the SDKs' modules and the docs' navigation."""

    name: str  # the tag, or the first path segment ("/" for the root)
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Grouping:
    """The API's operations in groups, by tag or by first path segment."""

    by: Literal["tag", "path"]
    groups: tuple[OperationGroup, ...]


def first_path_segment(path: str) -> str:
    """The first segment that is not a path parameter: `/items/{id}` and `/{tenant}/items` are items."""
    for part in path.split("/"):
        if part and not part.startswith("{"):
            return part
    return "/"


def _tag(operation: Operation) -> str:
    return operation.tags[0] if operation.tags else UNTAGGED


def group_operations(operations: Iterable[Operation], declared_tags: tuple[Tag, ...]) -> Grouping:
    """Tags keep the spec's order (declared tags first); path groups are alphabetical."""
    operations = list(operations)
    by_tag = len({_tag(op) for op in operations}) > 1
    groups: dict[str, list[Operation]] = {}
    for operation in operations:
        key = _tag(operation) if by_tag else first_path_segment(operation.path)
        groups.setdefault(key, []).append(operation)
    if by_tag:
        declared = [t.name for t in declared_tags]
        order = [name for name in declared if name in groups] + [name for name in groups if name not in declared]
    else:
        order = sorted(groups)
    return Grouping("tag" if by_tag else "path", tuple(OperationGroup(name, tuple(groups[name])) for name in order))
