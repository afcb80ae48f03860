"""APIPromise as a person uses it, compiled with the pinned tsc --strict and run under node against a
loopback server: `withResponse()` (data, Response, request id, declared headers typed), `asResponse()`
with the body unread, request ids from a header or a Plaid-style body, and a large download read
from `asResponse()` whose memory stays flat. Misuse of the declared headers does not compile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.typescript.packages import misuse_errors, run_in_app, user_app
from tests.typescript.server import Answer, Loopback

FIFTY_MB = 50 * 1024 * 1024

USER_PROGRAM = """\
import { Kitchensink } from '@utdk/kitchensink';
import { Plaid } from '@utdk/plaid';

const client = new Kitchensink({ bearerAuth: 'token', maxRetries: 0 });

export async function petWithResponse() {
  const { data: pet, response, request_id, headers } = await client.getpet({ petId: 1 }).withResponse();
  const remaining: number = headers['X-Rate-Limit-Remaining'];
  const cacheHit: boolean | undefined = headers['X-Cache-Hit'];
  const aliases: string[] | undefined = headers['X-Pet-Aliases'];
  return { status: response.status, request_id, remaining, cacheHit, aliases, name: pet.name, petRequestId: pet._request_id };
}

export async function petAsResponse() {
  const promise = client.getpet({ petId: 1 });
  const response = await promise.asResponse();
  const unread = !response.bodyUsed;
  const pet = await response.json();
  return { isPromise: promise instanceof Promise, status: response.status, unread, pet };
}

export async function plaidRequestIds() {
  const plaid = new Plaid({ clientId: 'id', secret: 'secret', maxRetries: 0 });
  const refreshed = await plaid.identityrefresh({ access_token: 'access' });
  const { request_id, data } = await plaid.identityrefresh({ access_token: 'access' }).withResponse();
  return { result: refreshed._request_id, withResponse: request_id, data: data._request_id };
}

export async function warm(): Promise<void> {
  await client.getstatus();
}

export async function streamReport(): Promise<number> {
  const response = await client.downloadreport({ reportId: 'big' }).asResponse();
  const rows: string | null = response.headers.get('X-Report-Rows');
  if (!response.body || rows === null) return -1;
  const reader = response.body.getReader();
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) size += chunk.value.length;
  return size;
}

export async function wholeReport(): Promise<number> {
  const { data, headers } = await client.downloadreport({ reportId: 'big' }).withResponse();
  const rows: number | undefined = headers['X-Report-Rows'];
  return rows === undefined ? -1 : data.size;
}
"""

# Each line is one misuse tsc --strict must refuse.
MISUSE = """\
import { Kitchensink } from '@utdk/kitchensink';
const client = new Kitchensink({ bearerAuth: 'token' });
const { headers } = await client.getpet({ petId: 1 }).withResponse();
const wrongType: string = headers['X-Rate-Limit-Remaining'];
const unknown = headers['X-Unknown'];
const none = (await client.createpet({ name: 'Rex', petType: 'dog' }).withResponse()).headers['X-Cache-Hit'];
const notBlob: string = await client.downloadreport({ reportId: 'r' });
headers['X-Rate-Limit-Remaining'] = 3;
"""

@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An application with both packages installed, its program compiled with the pinned tsc."""
    return user_app(tmp_path_factory.mktemp("ts-raw"), ("kitchensink", "plaid"), USER_PROGRAM)


def run(app: Path, api: Loopback, function: str) -> dict[str, Any]:
    return run_in_app(app, function, {"KITCHENSINK_BASE_URL": api.url, "PLAID_BASE_URL": api.url})


PET = {"id": 1, "name": "Tom", "petType": "cat"}
PET_HEADERS = {"X-Request-Id": "req-42", "X-Rate-Limit-Remaining": "7", "X-Cache-Hit": "true", "X-Pet-Aliases": "Tommy, T"}


def test_with_response_gives_data_response_request_id_and_typed_declared_headers(app: Path, api: Loopback) -> None:
    api.answer("GET /pets/1", Answer(body=PET, headers=PET_HEADERS))
    result = run(app, api, "petWithResponse")["result"]
    assert result == {"status": 200, "request_id": "req-42", "remaining": 7, "cacheHit": True, "aliases": ["Tommy", "T"],
                      "name": "Tom", "petRequestId": "req-42"}


def test_as_response_hands_out_the_response_with_its_body_unread(app: Path, api: Loopback) -> None:
    api.answer("GET /pets/1", Answer(body=PET, headers=PET_HEADERS))
    result = run(app, api, "petAsResponse")["result"]
    assert result == {"isPromise": True, "status": 200, "unread": True, "pet": PET}
    assert len(api.only("GET /pets/1")) == 1


def test_plaid_request_id_comes_from_the_body(app: Path, api: Loopback) -> None:
    body = {"request_id": "plaid-body-id"}
    api.answer("POST /identity/refresh", Answer(body=body), Answer(body=body))
    result = run(app, api, "plaidRequestIds")["result"]
    assert result == {"result": "plaid-body-id", "withResponse": "plaid-body-id", "data": "plaid-body-id"}


def test_a_download_read_from_as_response_keeps_memory_flat(app: Path, api: Loopback) -> None:
    """V8 collects the chunks already read only once tens of MB of them have piled up, so the
    peak grows by about 50 MB whatever the size: flat means it does not follow the body's size."""
    def growth(function: str, size: int) -> int:
        api.answer("GET /store/reports/big", Answer(stream_size=size, headers={"X-Report-Rows": "12"},
                                                    content_type="application/octet-stream"))
        done = run(app, api, function)
        assert done["result"] == size
        return int(done["growthKb"])

    streamed_kb = growth("streamReport", 4 * FIFTY_MB)
    assert streamed_kb < 96 * 1024, f"peak memory grew {streamed_kb} KiB while streaming 200 MiB"
    # Awaiting a download whole does hold it (and more): the measure tells the two apart.
    whole_kb = growth("wholeReport", FIFTY_MB)
    assert whole_kb > 50 * 1024, whole_kb


def test_misuse_of_declared_headers_and_results_does_not_compile(app: Path) -> None:
    lines, output = misuse_errors(app, MISUSE)
    assert lines == {4, 5, 6, 7, 8}, output
