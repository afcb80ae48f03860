"""Code snippets: one ExampleRequest (generator/requests.py), rendered by each registered client.

A library that targets call with the run's ApiContext: the snippets target writes one file per
operation and client, the docs pages show them in tabs, both SDK READMEs use them as examples.
Adding a language is one module here (a SnippetClient) plus one template in templates/snippets/,
and the same renderer in templates/snippets/live.js for the docs page's live snippet.

    render_snippet(context, operation, "typescript")       # the example request
    render_snippet(context, operation, "curl", {"q": "cats"})  # values typed in a form
    snippet_data(context, operation)  # JSON the page gives live.js to re-render in the browser
"""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping

from ..context import ApiContext
from ..model import Operation
from ..render import remembered_rendering
from ..requests import ExampleRequest, build_request
from . import curl, python, typescript
from .clients import OperationNames, SdkNames, SnippetClient

CLIENTS: tuple[SnippetClient, ...] = (typescript.CLIENT, python.CLIENT, curl.CLIENT)
SNIPPET_DATA_VERSION = 1

__all__ = ["CLIENTS", "SnippetClient", "client", "python_call", "render_snippet", "render_snippets", "sdk_names", "snippet_data"]


def client(language: str) -> SnippetClient:
    for entry in CLIENTS:
        if entry.language == language:
            return entry
    raise KeyError(f"no snippet client {language!r}; known: {', '.join(c.language for c in CLIENTS)}")


def sdk_names(context: ApiContext) -> SdkNames:
    return SdkNames(
        ts_client=context.api.identifiers.default_client.ts,
        npm_package=context.options.npm_package,
        py_client=context.api.identifiers.default_client.py,
        python_package=context.options.python_package,
    )


def operation_names(operation: Operation) -> OperationNames:
    return OperationNames(ts_method=operation.names.ts, py_method=operation.names.py)


def render_snippet(context: ApiContext, operation: Operation, language: str, values: Mapping[str, Any] | None = None) -> str:
    """The snippet text (no final newline). values maps Argument.key (the wire name) to a value
    typed in a form; None renders the operation's example request, kept between runs under
    what it is made from (render_memo.py)."""
    def made() -> str:
        return client(language).render(sdk_names(context), operation_names(operation), _request(context, operation, values))

    if values is not None:
        return made()
    return remembered_rendering(("snippet", language, context.outline, context.made_from(operation)), made)


def render_snippets(context: ApiContext, operation: Operation, values: Mapping[str, Any] | None = None) -> tuple[tuple[SnippetClient, str], ...]:
    """render_snippet for every client, the request built once."""
    request, sdk, names = _request(context, operation, values), sdk_names(context), operation_names(operation)
    return tuple((entry, entry.render(sdk, names, request)) for entry in CLIENTS)


def _request(context: ApiContext, operation: Operation, values: Mapping[str, Any] | None) -> ExampleRequest:
    return context.example_request(operation) if values is None else build_request(context.plan(operation), values)


def python_call(context: ApiContext, operation: Operation, client_variable: str) -> str:
    """The example request as a Python call on another client variable (`client.identity_refresh(...)`),
    for examples that make their own client (the async one in the SDK's README)."""
    sdk = dataclasses.replace(sdk_names(context), py_client=client_variable)
    return python.view(sdk, operation_names(operation), context.example_request(operation)).call


def typescript_call(context: ApiContext, operation: Operation) -> str:
    """The example request as a TypeScript call on the default client, not awaited
    (`plaid.identityrefresh({...})`), for examples that chain `.withResponse()` onto it."""
    call = typescript.view(sdk_names(context), operation_names(operation), context.example_request(operation)).call
    return call.removeprefix("await ")


def snippet_data(context: ApiContext, operation: Operation) -> dict[str, Any]:
    """What live.js needs to render every client for one operation from form values."""
    sdk = sdk_names(context)
    return {
        "version": SNIPPET_DATA_VERSION,
        "clients": [{"language": c.language, "title": c.title, "extension": c.extension, "syntax": c.syntax} for c in CLIENTS],
        "typescript": {"client": sdk.ts_client, "package": sdk.npm_package, "method": operation.names.ts},
        "python": {"client": sdk.py_client, "package": sdk.python_package, "method": operation.names.py},
        "request": context.plan(operation).to_json(),
        "example": context.example(operation),
    }
