"""Plaid's `/transfer/diligence/document/upload` declares its file as a `format: binary` string
inside a JSON body. Both SDKs of the full Plaid spec (Python sync and async, TypeScript compiled
with the pinned tsc) send it as base64 text, and the body each sends is valid by the spec's own
schema."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PLAID_FULL, require_shared
from tests.python_sdk.test_corpus_slow import _generate
from tests.snippets.example_validity import recorded_body_problems
from tests.typescript.packages import build, node, write_package
from tests.typescript.server import Answer, Loopback

pytestmark = pytest.mark.slow

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
ROUTE = "POST /transfer/diligence/document/upload"

PYTHON_CALLER = """
import asyncio, sys
from utdk_plaid import AsyncPlaid, Plaid

PDF = b"%PDF-1.4\\n%\\xe2\\xe3\\xcf\\xd3\\n"
client = Plaid(client_id="id-1", secret="secret-1", plaid_version="2020-09-14", base_url=sys.argv[1], max_retries=0)
client.transfer_diligence_document_upload(originator_client_id="o-1", file=PDF, purpose="DUE_DILIGENCE")


async def main() -> None:
    async with AsyncPlaid(client_id="id-1", secret="secret-1", plaid_version="2020-09-14", base_url=sys.argv[1], max_retries=0) as aclient:
        await aclient.transfer_diligence_document_upload(originator_client_id="o-1", file=PDF, purpose="DUE_DILIGENCE")


asyncio.run(main())
"""

NODE_CALLER = """
import { Plaid } from './plaid/dist/index.js';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
const client = new Plaid({ clientId: 'id-1', secret: 'secret-1', plaidVersion: '2020-09-14', baseURL: process.argv[2], maxRetries: 0 });
await client.transferdiligencedocumentupload({ originator_client_id: 'o-1', file: new Blob([pdf]), purpose: 'DUE_DILIGENCE' });
"""


def _bodies(server: Loopback) -> list[dict[str, object]]:
    return [r.json() for r in server.only(ROUTE)]


def _expected() -> dict[str, object]:
    return {"originator_client_id": "o-1", "file": base64.b64encode(PDF).decode(), "purpose": "DUE_DILIGENCE"}


def test_python_sync_and_async_send_the_file_as_base64(tmp_path: Path) -> None:
    require_shared()
    _generate(PLAID_FULL, tmp_path / "out", "plaid")
    (tmp_path / "caller.py").write_text(PYTHON_CALLER)
    with Loopback() as server:
        server.answer(ROUTE, Answer(body={"request_id": "r1"}), Answer(body={"request_id": "r2"}))
        done = subprocess.run([sys.executable, str(tmp_path / "caller.py"), server.url], capture_output=True, text=True,
                              env={"PYTHONPATH": str(tmp_path / "out" / "plaid" / "python" / "src")}, timeout=300)
        assert done.returncode == 0, done.stderr
        bodies = _bodies(server)
    assert bodies == [_expected(), _expected()]
    assert recorded_body_problems(PLAID_FULL, "plaid", "transferDiligenceDocumentUpload", bodies[0]) == []


def test_typescript_sends_the_file_as_base64(tmp_path: Path) -> None:
    require_shared()
    build(write_package(PLAID_FULL, "plaid", tmp_path / "plaid"))
    (tmp_path / "caller.mjs").write_text(NODE_CALLER)
    with Loopback() as server:
        server.answer(ROUTE, Answer(body={"request_id": "r1"}))
        done = node(tmp_path / "caller.mjs", server.url, cwd=tmp_path, timeout=120)
        assert done.returncode == 0, done.stderr
        bodies = _bodies(server)
    assert bodies == [_expected()]
    assert recorded_body_problems(PLAID_FULL, "plaid", "transferDiligenceDocumentUpload", json.loads(json.dumps(bodies[0]))) == []
