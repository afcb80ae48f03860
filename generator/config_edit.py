"""Edits to generator.yaml that keep the rest of the file (comments, order, quoting) as written."""

from __future__ import annotations

import json
from pathlib import Path

import yaml


class ConfigEditError(Exception):
    pass


def set_provider_value(path: Path, provider: str, key: str, value: str) -> None:
    """`providers.<provider>.<key>: value`: the value replaced where it is, or the key added as
    the provider's first setting."""
    text = path.read_text("utf-8")
    root = yaml.compose(text)
    providers = _child(root, "providers")
    settings = _child(providers, provider)
    if not isinstance(settings, yaml.MappingNode) or settings.flow_style or not settings.value:
        raise ConfigEditError(f"{path}: providers.{provider} must be a block mapping to record {key}")
    literal = json.dumps(value)  # a JSON string is a YAML string: quotes keep 1.10 a string
    for key_node, value_node in settings.value:
        if key_node.value == key:
            start, end = value_node.start_mark.index, value_node.end_mark.index
            path.write_text(text[:start] + literal + text[end:], "utf-8")
            return
    first = settings.value[0][0].start_mark
    line_start = first.index - first.column
    path.write_text(text[:line_start] + " " * first.column + f"{key}: {literal}\n" + text[line_start:], "utf-8")


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    return None
