"""The code snippet tabs of an operation page, from the snippets target's client registry.

The first render is made here in Python for the empty form; templates/snippets/live.js renders
the same text in the browser as the form is filled, from `snippet_spec`."""

from __future__ import annotations

from typing import Any

from ...config import TargetOptions
from ...model import Api, Operation
from .views import SnippetTab


def snippet_tabs(api: Api, operation: Operation, options: TargetOptions) -> tuple[tuple[SnippetTab, ...], dict[str, Any], bool]:
    """(tabs, data for the live renderer, whether the snippets target is unavailable)."""
    try:
        from ..snippets import CLIENTS, render_snippet, snippet_spec
    except ImportError:
        return (), {}, True
    tabs = tuple(
        SnippetTab(
            id=f"snippet-{client.language}",
            language=client.language,
            title=client.title,
            code=render_snippet(api, operation, client.language, options),
        )
        for client in CLIENTS
    )
    return tabs, snippet_spec(api, operation, options), False
