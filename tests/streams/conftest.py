"""One SSE loopback server per module; the generated kitchensink package importable."""

from __future__ import annotations

from typing import Iterator

import pytest

from tests.python_sdk.packages import KITCHENSINK_SRC, importable
from tests.streams.sse_server import SSEServer

importable(KITCHENSINK_SRC)


@pytest.fixture(scope="module")
def sse_server() -> Iterator[SSEServer]:
    with SSEServer() as server:
        yield server


@pytest.fixture
def sse(sse_server: SSEServer) -> SSEServer:
    sse_server.reset()
    return sse_server
