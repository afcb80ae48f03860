"""Code snippets per operation: one ExampleRequest, rendered by each registered client.

Adding a language is one module here (a SnippetClient) plus one template in templates/snippets/,
and the same renderer in templates/snippets/live.js for the docs page's live snippet.

    render_snippet(api, operation, "typescript", options)            # the example request
    render_snippet(api, operation, "curl", options, {"q": "cats"})  # values typed in a form
    snippet_spec(api, operation, options)  # JSON the page gives live.js to re-render in the browser
"""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping

from ...config import TargetOptions
from ...examples import Examples
from ...model import Api, Operation
from ...output import OutputFile, text_file
from ...render import read_static
from ...requests import RequestPlan, build_request, example_values, request_plan
from . import curl, python, typescript
from .clients import OperationNames, SdkNames, SnippetClient

CLIENTS: tuple[SnippetClient, ...] = (typescript.CLIENT, python.CLIENT, curl.CLIENT)
LIVE_SCRIPT = "snippets/live.js"  # under templates/
SPEC_VERSION = 1

__all__ = ["CLIENTS", "SnippetClient", "client", "emit", "live_script", "render_snippet", "snippet_spec"]


def client(language: str) -> SnippetClient:
    for entry in CLIENTS:
        if entry.language == language:
            return entry
    raise KeyError(f"no snippet client {language!r}; known: {', '.join(c.language for c in CLIENTS)}")


def sdk_names(api: Api, options: TargetOptions) -> SdkNames:
    return SdkNames(
        ts_client=api.identifiers.default_client.ts,
        npm_package=options.npm_package,
        py_client=api.identifiers.default_client.py,
        python_package=options.python_package,
    )


def operation_names(operation: Operation) -> OperationNames:
    return OperationNames(ts_method=operation.names.ts, py_method=operation.names.py)


class _ApiSnippets:
    """Per-Api work done once: example lookups and each operation's plan."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.examples = Examples(api)
        self._plans: dict[int, RequestPlan] = {}

    def plan(self, operation: Operation) -> RequestPlan:
        key = id(operation)
        if key not in self._plans:
            self._plans[key] = request_plan(self.api, operation)
        return self._plans[key]

    def example(self, operation: Operation) -> dict[str, Any]:
        return example_values(self.api, operation, self.plan(operation), self.examples)


_RECENT: list[_ApiSnippets] = []  # a few Apis, compared by identity (hashing an Api walks all of it)


def _for_api(api: Api) -> _ApiSnippets:
    for entry in _RECENT:
        if entry.api is api:
            return entry
    entry = _ApiSnippets(api)
    _RECENT.insert(0, entry)
    del _RECENT[4:]
    return entry


def render_snippet(api: Api, operation: Operation, language: str, options: TargetOptions,
                   values: Mapping[str, Any] | None = None) -> str:
    """The snippet text (no final newline). values maps Argument.key (the wire name) to a value
    typed in a form; None renders the operation's example request."""
    snippets = _for_api(api)
    plan = snippets.plan(operation)
    request = build_request(plan, snippets.example(operation) if values is None else values)
    return client(language).render(sdk_names(api, options), operation_names(operation), request)


def python_call(api: Api, operation: Operation, options: TargetOptions, client_variable: str) -> str:
    """The example request as a Python call on another client variable (`client.identity_refresh(...)`),
    for examples that make their own client (the async one in the SDK's README)."""
    snippets = _for_api(api)
    request = build_request(snippets.plan(operation), snippets.example(operation))
    sdk = dataclasses.replace(sdk_names(api, options), py_client=client_variable)
    return python.view(sdk, operation_names(operation), request).call


def snippet_spec(api: Api, operation: Operation, options: TargetOptions) -> dict[str, Any]:
    """What live.js needs to render every client for one operation from form values."""
    snippets = _for_api(api)
    sdk = sdk_names(api, options)
    return {
        "version": SPEC_VERSION,
        "clients": [{"language": c.language, "title": c.title, "extension": c.extension, "syntax": c.syntax} for c in CLIENTS],
        "typescript": {"client": sdk.ts_client, "package": sdk.npm_package, "method": operation.names.ts},
        "python": {"client": sdk.py_client, "package": sdk.python_package, "method": operation.names.py},
        "request": snippets.plan(operation).to_json(),
        "example": snippets.example(operation),
    }


def live_script() -> bytes:
    """templates/snippets/live.js, for the docs site to ship beside its pages."""
    return read_static(LIVE_SCRIPT)


def emit(api: Api, options: TargetOptions) -> list[OutputFile]:
    snippets = _for_api(api)
    sdk = sdk_names(api, options)
    files: list[OutputFile] = []
    for operation in api.operations:
        request = build_request(snippets.plan(operation), snippets.example(operation))
        names = operation_names(operation)
        for entry in CLIENTS:
            files.append(text_file(f"{operation.names.ts}.{entry.extension}", entry.render(sdk, names, request) + "\n"))
    return files
