"""Fixtures: one loopback server per module, and a driver that runs the same call through the
sync client or the async one."""

from __future__ import annotations

import asyncio
import os
from typing import Any, Callable, Iterator

import pytest

from tests.python_sdk.packages import KITCHENSINK_SRC, PLAID_SRC, importable
from tests.python_sdk.server import Loopback

importable(KITCHENSINK_SRC, PLAID_SRC)


@pytest.fixture(scope="module")
def loopback() -> Iterator[Loopback]:
    with Loopback() as server:
        yield server


@pytest.fixture
def server(loopback: Loopback, monkeypatch: pytest.MonkeyPatch) -> Loopback:
    loopback.reset()
    for name in list(os.environ):
        if name.startswith(("KITCHENSINK_", "PLAID_")):
            monkeypatch.delenv(name)
    return loopback


class Driver:
    """Makes a client of one kind and runs one method call to completion."""

    def __init__(self, kind: str, base_url: str) -> None:
        import utdk_kitchensink

        self.kind = kind
        self.base_url = base_url
        self.cls: Any = utdk_kitchensink.Kitchensink if kind == "sync" else utdk_kitchensink.AsyncKitchensink

    def client(self, **options: Any) -> Any:
        options.setdefault("base_url", self.base_url)
        return self.cls(**options)

    def call(self, client: Any, method: str, **arguments: Any) -> Any:
        if self.kind == "sync":
            return getattr(client, method)(**arguments)

        async def run() -> Any:
            return await getattr(client, method)(**arguments)

        return asyncio.run(run())

    def run(self, method: str, client_options: dict[str, Any] | None = None, derive: Callable[[Any], Any] | None = None,
            **arguments: Any) -> Any:
        """A fresh client (base_url=None: from the environment), optionally derived (with_options)."""
        def target(client: Any) -> Any:
            return getattr(derive(client) if derive else client, method)

        if self.kind == "sync":
            with self.client(**(client_options or {})) as client:
                return target(client)(**arguments)

        async def run() -> Any:
            async with self.client(**(client_options or {})) as client:
                return await target(client)(**arguments)

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest, server: Loopback) -> Driver:
    return Driver(request.param, server.url)
