"""The response `asResponse()` hands out, read as it arrives with the names the Python SDK's streamed
response has: `iterBytes()`, `iterText()`, `iterLines()` and `writeToFile(path)`. A user program
compiled with the pinned tsc --strict and run under node against a loopback server that sends the
body in pieces: the lines are the ones Python's `iter_lines()` reads from the same answer, a
200 MiB `writeToFile` keeps memory flat and writes every byte, leaving a loop early stops the
download, and misuse does not compile."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.python_sdk.packages import KITCHENSINK_SRC, importable
from tests.python_sdk.server import PATTERN
from tests.typescript.packages import misuse_errors, run_in_app, user_app
from tests.typescript.server import Answer, Loopback

FIFTY_MB = 50 * 1024 * 1024

USER_PROGRAM = """\
import { Kitchensink } from '@utdk/kitchensink';

const client = new Kitchensink({ bearerAuth: 'token', maxRetries: 0 });

export async function warm(): Promise<void> {
  await client.getstatus();
}

export async function lines(): Promise<string[]> {
  const response = await client.downloadreport({ reportId: 'lines' }).asResponse();
  const read: string[] = [];
  for await (const line of response.iterLines()) read.push(line);
  return read;
}

export async function texts(): Promise<string[]> {
  const response = await client.downloadreport({ reportId: 'lines' }).asResponse();
  const read: string[] = [];
  for await (const text of response.iterText()) read.push(text);
  return read;
}

export async function toFile(): Promise<{ status: number; rows: string | null }> {
  const response = await client.downloadreport({ reportId: 'big' }).asResponse();
  await response.writeToFile(process.env['TARGET_FILE']!);
  return { status: response.status, rows: response.headers.get('X-Report-Rows') };
}

export async function firstChunkThenStop(): Promise<{ size: number; stopped: boolean; readAgain: string }> {
  const response = await client.downloadreport({ reportId: 'big' }).asResponse();
  let size = 0;
  for await (const chunk of response.iterBytes()) {
    size += chunk.length;
    break;
  }
  // A cancelled body has nothing more to give.
  const stopped = (await response.body!.getReader().read()).done;
  let readAgain = 'no error';
  try {
    for await (const chunk of response.iterBytes()) size += chunk.length;
  } catch (error) {
    readAgain = (error as Error).message;
  }
  return { size, stopped, readAgain };
}
"""

# Only node's own types are missing from the app: the program reads process.env through this.
NODE_GLOBALS = "declare const process: { env: Record<string, string | undefined> };\n"

# Each line from the third on is one misuse tsc --strict must refuse.
MISUSE = """\
import { Kitchensink } from '@utdk/kitchensink';
const response = await new Kitchensink({ bearerAuth: 't' }).downloadreport({ reportId: 'r' }).asResponse();
for await (const line of response.iterLines()) { const n: number = line; }
for await (const chunk of response.iterBytes()) { const s: string = chunk; }
await response.writeToFile(42);
const nothing: string = await response.writeToFile('out.bin');
response.iterLine();
"""

# Line endings of every kind, a CRLF and a multi-byte character each split between two pieces, an
# empty line and a last line without an ending.
PIECES = (
    b"first\r\nsecond\rthird\n",
    b"\n",
    "caf\u00e9 \u20ac".encode()[:-2],
    "caf\u00e9 \u20ac".encode()[-2:] + b"\r",
    "\nsep\u2028arated".encode(),
    b"\r\nlast without ending",
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return user_app(tmp_path_factory.mktemp("ts-streamed"), ("kitchensink",), USER_PROGRAM, NODE_GLOBALS)


def run(app: Path, api: Loopback, function: str, **env: str) -> dict[str, Any]:
    return run_in_app(app, function, {"KITCHENSINK_BASE_URL": api.url, **env})


def _python_lines(api: Loopback) -> list[str]:
    importable(KITCHENSINK_SRC)
    from utdk_kitchensink import Kitchensink

    client = Kitchensink(bearer_auth="token", base_url=api.url, max_retries=0)
    with client, client.with_streaming_response.download_report(report_id="lines") as response:
        return list(response.iter_lines())


def test_iter_lines_reads_the_lines_python_reads(app: Path, api: Loopback) -> None:
    body = b"".join(PIECES).decode()
    api.answer("GET /store/reports/lines", Answer(pieces=PIECES, content_type="text/plain"),
               Answer(pieces=PIECES, content_type="text/plain"), Answer(pieces=PIECES, content_type="text/plain"))
    lines = run(app, api, "lines")["result"]
    assert lines == body.splitlines() == _python_lines(api)
    assert lines == ["first", "second", "third", "", "caf\u00e9 \u20ac", "sep", "arated", "last without ending"]
    texts = run(app, api, "texts")["result"]
    assert "".join(texts) == body and len(texts) > 1


def test_write_to_file_streams_200_mib_to_disk_with_flat_memory(app: Path, api: Loopback, tmp_path: Path) -> None:
    """V8 collects the chunks already written only once tens of MB have piled up, so the peak grows
    by about 50 MB whatever the size: flat means it does not follow the body's size (200 MiB here)."""
    size = 4 * FIFTY_MB
    target = tmp_path / "report.bin"
    api.answer("GET /store/reports/big", Answer(stream_size=size, headers={"X-Report-Rows": "12"},
                                                content_type="application/octet-stream"))
    done = run(app, api, "toFile", TARGET_FILE=str(target))
    assert done["result"] == {"status": 200, "rows": "12"}
    assert done["growthKb"] < 96 * 1024, f"peak memory grew {done['growthKb']} KiB while writing 200 MiB"
    assert target.stat().st_size == size
    expected = hashlib.sha256()
    for _ in range(size // len(PATTERN)):
        expected.update(PATTERN)
    actual = hashlib.sha256()
    with target.open("rb") as written:
        for block in iter(lambda: written.read(1 << 20), b""):
            actual.update(block)
    assert actual.hexdigest() == expected.hexdigest()


def test_leaving_the_loop_stops_the_download_and_the_body_reads_once(app: Path, api: Loopback) -> None:
    size = 4 * FIFTY_MB
    api.answer("GET /store/reports/big", Answer(stream_size=size, content_type="application/octet-stream"))
    done = run(app, api, "firstChunkThenStop")
    assert 0 < done["result"]["size"] < size
    assert done["result"]["stopped"] is True
    assert done["result"]["readAgain"] == "The response body was already read; it can be read once."


def test_misuse_of_the_readers_does_not_compile(app: Path) -> None:
    lines, output = misuse_errors(app, MISUSE)
    assert lines == {3, 4, 5, 6, 7}, output
