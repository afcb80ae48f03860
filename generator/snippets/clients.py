"""The registry entry of a snippet client, and what every client receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..requests import ExampleRequest


@dataclass(frozen=True)
class SdkNames:
    """How one provider's SDKs are imported and called (computed once per Api)."""

    ts_client: str  # variable bound to the default export: plaid
    npm_package: str  # @utdk/plaid
    py_client: str  # name imported from the Python package: plaid
    python_package: str  # utdk_plaid


@dataclass(frozen=True)
class OperationNames:
    """An operation's method name in each SDK, as a snippet calls it."""

    ts_method: str  # identityrefresh
    py_method: str  # identity_refresh


@dataclass(frozen=True)
class SnippetClient:
    """One snippet language: how its tab is labelled and how a call is written."""

    language: str  # id used in file names, the docs tabs and live.js: typescript
    title: str  # tab label: TypeScript
    extension: str  # file extension: ts
    syntax: str  # highlighting language id
    render: Callable[[SdkNames, OperationNames, ExampleRequest], str]  # text without a final newline
