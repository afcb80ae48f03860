"""Edits to generator.yaml that keep the rest of the file (comments, order, quoting) as written."""

from __future__ import annotations

import json

import yaml


class ConfigEditError(Exception):
    pass


def with_provider_value(text: str, provider: str, key: str, value: str) -> str:
    """generator.yaml's text with `providers.<provider>.<key>: value`: the value replaced where
    it is, or the key added as the provider's first setting."""
    root = yaml.compose(text)
    providers = _child(root, "providers")
    settings = _child(providers, provider)
    if not isinstance(settings, yaml.MappingNode) or settings.flow_style or not settings.value:
        raise ConfigEditError(f"providers.{provider} must be a block mapping to record {key}")
    literal = json.dumps(value)  # a JSON string is a YAML string: quotes keep 1.10 a string
    for key_node, value_node in settings.value:
        if key_node.value == key:
            start: int = value_node.start_mark.index
            end: int = value_node.end_mark.index
            return text[:start] + literal + text[end:]
    first = settings.value[0][0].start_mark
    line_start: int = first.index - first.column
    column: int = first.column
    return text[:line_start] + " " * column + f"{key}: {literal}\n" + text[line_start:]


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key and isinstance(value_node, yaml.Node):
                return value_node
    return None
