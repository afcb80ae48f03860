"""One SSE loopback server per module; the generated kitchensink package importable."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import REPO
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


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An application with the kitchensink package installed (compiled with the pinned tsc)."""
    from tests.typescript.test_discriminated_unions import make_app

    return make_app(tmp_path_factory.mktemp("ts-streams"), REPO / "specs" / "kitchensink" / "openapi.yaml", "kitchensink")


@pytest.fixture(scope="session")
def module_url(app: Path) -> str:
    return (app / "node_modules" / "@utdk" / "kitchensink" / "dist" / "index.js").as_uri()
