"""Raw and streamed responses (sync and async) against a loopback server: status, headers, the
declared headers typed, request ids from a header or a Plaid-style body, parse(), iter_lines(),
write_to_file(), and a 50 MB download whose memory stays flat (measured in a child process)."""

from __future__ import annotations

import asyncio
import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.python_sdk.conftest import Driver
from tests.python_sdk.packages import KITCHENSINK_SRC
from tests.python_sdk.server import PATTERN, Answer, Loopback

CAT = {"id": 1, "name": "Tom", "petType": "cat", "born_on": "2020-02-29"}
PET_HEADERS = {
    "x-request-id": "req-42",
    "X-Rate-Limit-Remaining": "7",
    "X-Cache-Hit": "true",
    "X-Pet-Aliases": "Tommy, T",
}
FIFTY_MB = 50 * 1024 * 1024


def _raw(driver: Driver, options: dict[str, Any], method: str, **arguments: Any) -> dict[str, Any]:
    """Calls `client.with_raw_response.<method>` and reports what the response gave."""

    def report(response: Any, parsed: Any) -> dict[str, Any]:
        return {
            "status": response.status_code,
            "header": response.headers.get("x-rate-limit-remaining"),
            "request_id": response.request_id,
            "method": response.http_request.method,
            "elapsed": response.elapsed,
            "declared": response.parse_headers(),
            "parsed": parsed,
            "type": type(response).__name__,
            "parsed_once": parsed is response._parse(b""),
        }

    client = driver.client(max_retries=0, **options)
    if driver.kind == "sync":
        response = getattr(client.with_raw_response, method)(**arguments)
        return report(response, response.parse())

    async def run() -> dict[str, Any]:
        response = await getattr(client.with_raw_response, method)(**arguments)
        return report(response, await response.parse())

    return asyncio.run(run())


def test_raw_response_gives_status_headers_declared_headers_and_the_parsed_model(driver: Driver, server: Loopback) -> None:
    from utdk_kitchensink.models import Cat

    server.answer("GET", "/pets/1", Answer(body=CAT, headers=PET_HEADERS))
    got = _raw(driver, {"bearer_auth": "t"}, "get_pet", pet_id=1)
    assert got["type"] == ("APIResponse" if driver.kind == "sync" else "AsyncAPIResponse")
    assert (got["status"], got["header"], got["request_id"], got["method"]) == (200, "7", "req-42", "GET")
    assert isinstance(got["elapsed"], datetime.timedelta) and got["elapsed"].total_seconds() >= 0
    # Names as the spec spells them, values decoded by the header's schema; Content-Type is not one.
    assert got["declared"] == {"X-Rate-Limit-Remaining": 7, "X-Cache-Hit": True, "X-Pet-Aliases": ["Tommy", "T"]}
    assert isinstance(got["parsed"], Cat) and got["parsed"].name == "Tom"
    assert got["parsed"].born_on == datetime.date(2020, 2, 29)
    assert got["parsed"]._request_id == "req-42"
    assert got["parsed_once"]


def test_plain_results_carry_the_request_id_from_a_header_or_the_body(driver: Driver, server: Loopback) -> None:
    server.answer("GET", "/pets/1", Answer(body=CAT, headers={"request-id": "from-header"}))
    assert driver.run("get_pet", {"bearer_auth": "t"}, pet_id=1)._request_id == "from-header"
    server.answer("GET", "/pets/1", Answer(body=CAT))
    assert driver.run("get_pet", {"bearer_auth": "t"}, pet_id=1)._request_id is None


def test_plaid_request_id_comes_from_the_body_when_no_header_gives_one(driver: Driver, server: Loopback) -> None:
    import utdk_plaid

    body = {"request_id": "plaid-body-id"}
    server.answer("POST", "/identity/refresh", Answer(body=body), Answer(body=body))
    cls = utdk_plaid.Plaid if driver.kind == "sync" else utdk_plaid.AsyncPlaid
    plaid_driver = Driver(driver.kind, driver.base_url)
    plaid_driver.cls = cls
    result = plaid_driver.run("identity_refresh", {"client_id": "c", "secret": "s"}, access_token="a")
    assert result._request_id == "plaid-body-id"
    raw = _raw(plaid_driver, {"client_id": "c", "secret": "s"}, "identity_refresh", access_token="a")
    assert raw["request_id"] == "plaid-body-id"
    assert raw["parsed"]._request_id == "plaid-body-id"
    assert raw["declared"] == {}


def _streamed(driver: Driver, method: str, use: str, path: Path | None = None, **arguments: Any) -> Any:
    """`with client.with_streaming_response.<method>(...) as response:` and one way of reading it."""
    client = driver.client(bearer_auth="t", max_retries=0)
    if driver.kind == "sync":
        with getattr(client.with_streaming_response, method)(**arguments) as response:
            unread = not response.http_response.is_stream_consumed
            if use == "lines":
                value: Any = list(response.iter_lines())
            elif use == "file":
                response.write_to_file(path)
                value = None
            elif use == "bytes":
                value = b"".join(response.iter_bytes())
            else:
                value = response.parse()
        return unread, value, response.is_closed

    async def run() -> Any:
        async with getattr(client.with_streaming_response, method)(**arguments) as response:
            unread = not response.http_response.is_stream_consumed
            if use == "lines":
                value: Any = [line async for line in response.aiter_lines()]
            elif use == "file":
                await response.write_to_file(path)
                value = None
            elif use == "bytes":
                value = b"".join([chunk async for chunk in response.aiter_bytes()])
            else:
                value = await response.parse()
        return unread, value, response.is_closed

    return asyncio.run(run())


def test_streaming_response_iterates_lines_and_parses_and_closes(driver: Driver, server: Loopback) -> None:
    report = b"id,name\r\n1,Tom\n2,Rex\n"
    server.answer("GET", "/store/reports/r1", Answer(body=report, content_type="application/octet-stream"))
    unread, lines, closed = _streamed(driver, "download_report", "lines", report_id="r1")
    assert unread and closed
    assert lines == ["id,name", "1,Tom", "2,Rex"]
    server.answer("GET", "/pets/1", Answer(body=CAT))
    unread, pet, closed = _streamed(driver, "get_pet", "parse", pet_id=1)
    assert unread and closed and pet.name == "Tom"


def test_streaming_response_writes_a_file_as_it_arrives(driver: Driver, server: Loopback, tmp_path: Path) -> None:
    size = 3 * len(PATTERN) + 1000
    server.answer("GET", "/store/reports/big", Answer(stream_size=size, content_type="application/octet-stream"))
    target = tmp_path / "report.bin"
    _streamed(driver, "download_report", "file", target, report_id="big")
    data = target.read_bytes()
    assert len(data) == size and data == (PATTERN * 4)[:size]


def test_an_error_status_raises_before_the_stream_is_handed_out(driver: Driver, server: Loopback) -> None:
    from utdk_kitchensink import NotFoundError

    server.answer("GET", "/pets/1", Answer(404, {"code": 404, "message": "no pet"}, headers={"x-request-id": "r404"}))
    try:
        _streamed(driver, "get_pet", "parse", pet_id=1)
    except NotFoundError as error:
        assert error.request_id == "r404" and error.body is not None
        assert error.body.to_dict() == {"code": 404, "message": "no pet"}
    else:
        raise AssertionError("no error raised")


# A child process downloads the report and prints how much its peak memory grew meanwhile.
MEASURE = r'''
import asyncio, json, sys
src, base_url, kind, mode, target = sys.argv[1:]
sys.path.insert(0, src)
import utdk_kitchensink


def peak_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def sync():
    client = utdk_kitchensink.Kitchensink(base_url=base_url, bearer_auth="t", max_retries=0)
    client.download_report(report_id="warm")
    before = peak_kb()
    if mode == "stream":
        with client.with_streaming_response.download_report(report_id="big") as response:
            response.write_to_file(target)
    else:
        open(target, "wb").write(client.with_raw_response.download_report(report_id="big").read())
    return before


async def run_async():
    client = utdk_kitchensink.AsyncKitchensink(base_url=base_url, bearer_auth="t", max_retries=0)
    await client.download_report(report_id="warm")
    before = peak_kb()
    if mode == "stream":
        async with client.with_streaming_response.download_report(report_id="big") as response:
            await response.write_to_file(target)
    else:
        response = await client.with_raw_response.download_report(report_id="big")
        open(target, "wb").write(await response.read())
    return before


before = sync() if kind == "sync" else asyncio.run(run_async())
print(json.dumps({"growth_kb": peak_kb() - before}))
'''


def _download_growth(driver: Driver, server: Loopback, mode: str, target: Path) -> int:
    server.answer("GET", "/store/reports/warm", Answer(body=b"ok", content_type="application/octet-stream"))
    server.answer("GET", "/store/reports/big", Answer(stream_size=FIFTY_MB, content_type="application/octet-stream"))
    done = subprocess.run([sys.executable, "-c", MEASURE, str(KITCHENSINK_SRC), server.url, driver.kind, mode, str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size == FIFTY_MB
    return int(json.loads(done.stdout)["growth_kb"])


def test_a_streamed_50_mb_download_keeps_memory_flat(driver: Driver, server: Loopback, tmp_path: Path) -> None:
    target = tmp_path / "big.bin"
    growth_kb = _download_growth(driver, server, "stream", target)
    assert growth_kb < 8 * 1024, f"peak memory grew {growth_kb} KiB while streaming 50 MiB"
    with target.open("rb") as file:
        first = file.read(len(PATTERN))
    assert first == PATTERN
    # The same download read whole (with_raw_response) does hold it: the measure can tell.
    buffered_kb = _download_growth(driver, server, "raw", target)
    assert buffered_kb > 45 * 1024, buffered_kb
