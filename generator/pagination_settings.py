"""The `pagination:` key of a provider in generator.yaml, read and checked for shape here; what it
names (operations, request and response fields) is checked against the spec in model/pagination.py.

    providers:
      plaid:
        spec: specs/plaid/openapi.yaml
        pagination:                    # false: no operation paginates
          transactionsSync:            # by operationId
            kind: cursor               # cursor | cursor_header | offset | page | link
            request: cursor            # the query parameter or body field that takes the next value
            next: next_cursor          # the response field (a.b for nested) or, for cursor_header, header
            items: added               # the response array holding the items
            has_more: has_more         # a response boolean: false ends the list
          identityRefresh: false       # never paginated
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .diagnostics import escape_pointer_token
_KEYS = ("kind", "request", "next", "items", "has_more")
_KINDS = ("cursor", "cursor_header", "offset", "page", "link")

Position = tuple[int, int]  # line, column (1-based)


class SettingError(Exception):
    """A shape mistake, with where it is; config.py turns it into its located error line."""

    def __init__(self, position: Position, pointer: str, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.pointer = pointer


@dataclass(frozen=True)
class PaginationSetting:
    """What generator.yaml says of one operation's paging (overriding or completing detection)."""

    operation: str
    off: bool = False
    kind: str | None = None
    request: str | None = None
    next: str | None = None
    items: str | None = None
    has_more: str | None = None
    file: str = ""
    pointer: str = ""
    positions: dict[str, Position] = field(default_factory=dict, compare=False)  # "" is the operation's key


@dataclass(frozen=True)
class PaginationSettings:
    """A provider's paging settings: whether to detect paging, and the per-operation settings."""

    detect: bool = True
    operations: dict[str, PaginationSetting] = field(default_factory=dict)


def read_pagination(value: object, node: yaml.Node | None, file: str, pointer: str) -> PaginationSettings:
    """`value` as yaml.safe_load gave it, `node` the same part of the composed document (positions)."""
    if value is None:
        return PaginationSettings()
    if isinstance(value, bool):
        return PaginationSettings(detect=value)
    if not isinstance(value, dict):
        raise SettingError(_position(node), pointer, "pagination must be false or a mapping of operationId to settings")
    operations: dict[str, PaginationSetting] = {}
    for name, setting in value.items():
        here = f"{pointer}/{escape_pointer_token(str(name))}"
        key_node, value_node = _entry(node, str(name))
        positions = {"": _position(key_node)}
        if setting is False:
            operations[str(name)] = PaginationSetting(str(name), off=True, file=file, pointer=here, positions=positions)
            continue
        if not isinstance(setting, dict):
            raise SettingError(_position(value_node or key_node), here, f"{name}: false, or a mapping with {', '.join(_KEYS)}")
        texts: dict[str, str] = {}
        for key, text in setting.items():
            key_at, text_at = _entry(value_node, str(key))
            if key not in _KEYS:
                raise SettingError(_position(key_at), f"{here}/{escape_pointer_token(str(key))}", f"unknown key {key!r}; known: {', '.join(_KEYS)}")
            if not isinstance(text, str) or not text.strip():
                raise SettingError(_position(text_at or key_at), f"{here}/{key}", f"{key} must be a name")
            if key == "kind" and text not in _KINDS:
                raise SettingError(_position(text_at), f"{here}/kind", f"unknown kind {text!r}; known: {', '.join(_KINDS)}")
            texts[key] = text
            positions[key] = _position(text_at or key_at)
        operations[str(name)] = PaginationSetting(
            str(name), kind=texts.get("kind"), request=texts.get("request"), next=texts.get("next"), items=texts.get("items"),
            has_more=texts.get("has_more"), file=file, pointer=here, positions=positions,
        )
    return PaginationSettings(operations=operations)


def provider_node(document: yaml.Node | None, provider: str) -> yaml.Node | None:
    """The `pagination` node of one provider in the composed generator.yaml."""
    _, providers = _entry(document, "providers")
    _, settings = _entry(providers, provider)
    return _entry(settings, "pagination")[1]


def _entry(node: yaml.Node | None, key: str) -> tuple[yaml.Node | None, yaml.Node | None]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return key_node, value_node
    return None, None


def _position(node: yaml.Node | None) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (1, 1)
