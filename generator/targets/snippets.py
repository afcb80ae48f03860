"""The snippets target: one file per operation and snippet client, from the snippet library."""

from __future__ import annotations

from ..context import ApiContext
from ..output import OutputFile, text_file
from ..snippets import CLIENTS, operation_names, sdk_names
from .base import TargetFunctions


def emit(context: ApiContext) -> list[OutputFile]:
    sdk = sdk_names(context)
    files: list[OutputFile] = []
    for operation in context.api.operations:
        request = context.example_request(operation)
        names = operation_names(operation)
        for entry in CLIENTS:
            files.append(text_file(f"{operation.names.ts}.{entry.extension}", entry.render(sdk, names, request) + "\n"))
    return files


TARGET = TargetFunctions("snippets", emit)
