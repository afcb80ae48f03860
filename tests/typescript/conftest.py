"""Fixtures: one loopback server per module, emptied before each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.typescript.server import Loopback


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with Loopback() as running:
        yield running


@pytest.fixture
def api(server: Loopback) -> Loopback:
    server.reset()
    return server
