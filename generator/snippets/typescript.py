"""TypeScript: the SDK's default client, one object argument keyed by the TypeScript names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..literals import ts_string
from ..naming import is_ts_identifier
from ..render import render
from ..requests import Argument, ExampleRequest, text_of
from .clients import OperationNames, SdkNames, SnippetClient
from .layout import TYPESCRIPT, Leaf, literal

FILE_IMPORT = "import { openAsBlob } from 'node:fs';"


@dataclass(frozen=True)
class TypeScriptSnippet:
    """A TypeScript SDK call for an example request, with its imports."""

    imports: tuple[str, ...]
    call: str


def file_value(arg: Argument, value: Any) -> Any:
    if arg.file == "many" and isinstance(value, list):
        return [Leaf(f"await openAsBlob({ts_string(text_of(v))})") for v in value]
    return Leaf(f"await openAsBlob({ts_string(text_of(value))})")


def view(sdk: SdkNames, names: OperationNames, request: ExampleRequest) -> TypeScriptSnippet:
    imports = [f"import {sdk.ts_client} from {ts_string(sdk.npm_package)};"]
    if any(arg.file for arg, _ in request.values):
        imports.append(FILE_IMPORT)
    argument = {arg.ts_name: file_value(arg, v) if arg.file else v for arg, v in request.values}
    inside = literal(argument, TYPESCRIPT) if argument else ""
    return TypeScriptSnippet(tuple(imports), f"await {sdk.ts_client}{member(names.ts_method)}({inside})")


def member(name: str) -> str:
    """`.name`, or `['123name']` for a method name that is not an identifier."""
    return "." + name if is_ts_identifier(name) else "[" + ts_string(name) + "]"


def render_typescript(sdk: SdkNames, names: OperationNames, request: ExampleRequest) -> str:
    return render("snippets/typescript.ts.j2", view=view(sdk, names, request)).removesuffix("\n")


CLIENT = SnippetClient("typescript", "TypeScript", "ts", "typescript", render_typescript)
