"""The snippets target: one file per operation and snippet client, from the snippet library."""

from __future__ import annotations

from ..context import ApiContext
from ..output import OutputFile, text_file
from ..snippets import CLIENTS, render_snippet
from .base import TargetFunctions


def emit(context: ApiContext) -> list[OutputFile]:
    return [
        text_file(f"{operation.names.ts}.{entry.extension}", render_snippet(context, operation, entry.language) + "\n")
        for operation in context.api.operations
        for entry in CLIENTS
    ]


TARGET = TargetFunctions("snippets", emit)
