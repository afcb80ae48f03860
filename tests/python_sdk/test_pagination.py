"""Paginated methods of the generated Python SDK, sync and async, against the loopback server:
every way of paging the kitchensink's `toys` operations show (cursor in the body, OpenAI's
`after` + `last_id` + `has_more`, offset, page number, Link header, next-cursor header, and what
generator.yaml sets), each next page requested only when the iteration reaches it."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.python_sdk.conftest import Driver
from tests.python_sdk.packages import KITCHENSINK_SRC
from tests.python_sdk.server import Answer, Loopback

TOKEN = {"bearer_auth": "token"}


def toys(*names: str) -> list[dict[str, str]]:
    return [{"id": f"id-{name}", "name": name} for name in names]


def walk(driver: Driver, server: Loopback, method: str, **arguments: Any) -> list[tuple[str, int]]:
    """Every item's name, with how many requests the server had seen when the item arrived."""
    seen: list[tuple[str, int]] = []
    if driver.kind == "sync":
        with driver.client(**TOKEN) as client:
            for item in getattr(client, method)(**arguments):
                seen.append((item.name, len(server.requests)))
        return seen

    async def run() -> None:
        async with driver.client(**TOKEN) as client:
            async for item in getattr(client, method)(**arguments):
                seen.append((item.name, len(server.requests)))

    asyncio.run(run())
    return seen


def queries(server: Loopback) -> list[list[tuple[str, str]]]:
    return [r.query for r in server.requests]


def test_a_cursor_list_of_three_pages_is_walked_lazily(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys",
        Answer(body={"items": toys("a", "b"), "next_cursor": "c2"}),
        Answer(body={"items": toys("c", "d"), "next_cursor": "c3"}),
        Answer(body={"items": toys("e"), "next_cursor": None}),
    )
    seen = walk(driver, server, "list_toys", limit=2)
    assert seen == [("a", 1), ("b", 1), ("c", 2), ("d", 2), ("e", 3)]
    assert queries(server) == [[("limit", "2")], [("cursor", "c2"), ("limit", "2")], [("cursor", "c3"), ("limit", "2")]]


def test_after_takes_last_id_or_the_last_items_id_until_has_more_is_false(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys/recent",
        Answer(body={"object": "list", "data": toys("a", "b"), "last_id": "id-b", "has_more": True}),
        Answer(body={"object": "list", "data": toys("c"), "has_more": True}),
        Answer(body={"object": "list", "data": toys("d"), "last_id": "id-d", "has_more": False}),
    )
    assert [name for name, _ in walk(driver, server, "list_recent_toys")] == ["a", "b", "c", "d"]
    assert queries(server) == [[], [("after", "id-b")], [("after", "id-c")]]


def test_offset_advances_by_the_items_received_until_the_total(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys/by-offset",
        Answer(body={"results": toys("a", "b"), "total": 3}),
        Answer(body={"results": toys("c"), "total": 3}),
    )
    assert walk(driver, server, "list_toys_by_offset", limit=2) == [("a", 1), ("b", 1), ("c", 2)]
    assert queries(server) == [[("limit", "2")], [("offset", "2"), ("limit", "2")]]


def test_page_numbers_count_up_until_an_empty_page(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys/by-page",
        Answer(body={"entries": toys("a")}), Answer(body={"entries": toys("b")}), Answer(body={"entries": []}),
    )
    assert [name for name, _ in walk(driver, server, "list_toys_by_page", per_page=1)] == ["a", "b"]
    assert queries(server) == [[("per_page", "1")], [("page", "2"), ("per_page", "1")], [("page", "3"), ("per_page", "1")]]


def test_the_link_headers_query_is_sent_to_the_same_operation_never_to_its_host(driver: Driver, server: Loopback) -> None:
    link = '<https://elsewhere.example/other?per_page=2&page=2>; rel="next", <https://elsewhere.example/x?page=9>; rel="last"'
    server.answer("GET", "/toys/linked", Answer(body=toys("a", "b"), headers={"Link": link}), Answer(body=toys("c")))
    assert [name for name, _ in walk(driver, server, "list_linked_toys", per_page=2)] == ["a", "b", "c"]
    assert [r.path for r in server.requests] == ["/toys/linked", "/toys/linked"]
    assert queries(server) == [[("per_page", "2")], [("per_page", "2"), ("page", "2")]]


def test_a_next_cursor_header_is_sent_back_until_it_is_absent(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys/by-header",
        Answer(body=toys("a"), headers={"X-Next-Cursor": "n2"}), Answer(body=toys("b")),
    )
    assert [name for name, _ in walk(driver, server, "list_toys_by_header")] == ["a", "b"]
    assert queries(server) == [[], [("cursor", "n2")]]


def test_generator_yaml_names_fields_detection_cannot_see(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys/feed",
        Answer(body={"toys": toys("a"), "continue_from": "f2"}), Answer(body={"toys": toys("b"), "continue_from": None}),
    )
    assert [name for name, _ in walk(driver, server, "list_toy_feed")] == ["a", "b"]
    assert queries(server) == [[], [("since", "f2")]]


def test_a_body_cursor_ends_when_has_more_is_false_and_keeps_the_other_arrays(driver: Driver, server: Loopback) -> None:
    server.answer(
        "POST", "/toys/sync",
        Answer(body={"added": toys("a"), "removed": ["x"], "next_cursor": "s2", "has_more": True}),
        Answer(body={"added": toys("b"), "removed": [], "next_cursor": "s3", "has_more": False}),
    )
    assert [name for name, _ in walk(driver, server, "sync_toys", count=1, idempotency_key="once")] == ["a", "b"]
    first, second = server.requests
    assert first.json() == {"count": 1} and second.json() == {"count": 1, "cursor": "s2"}
    assert first.headers["idempotency-key"] == "once" and second.headers.get("idempotency-key") != "once"


def test_pages_by_hand_and_what_a_page_holds(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys/recent",
        Answer(body={"object": "list", "data": toys("a"), "last_id": "id-a", "has_more": True}),
        Answer(body={"object": "list", "data": toys("b"), "last_id": "id-b", "has_more": False}),
        Answer(body={"object": "list", "data": toys("a"), "last_id": "id-a", "has_more": True}),
        Answer(body={"object": "list", "data": toys("b"), "last_id": "id-b", "has_more": False}),
    )

    def check(first: Any, second: Any, pages: list[Any]) -> None:
        assert [t.name for t in first.items] == ["a"] and first.data == first.items
        assert first.response.has_more is True and first.has_next_page()
        assert [t.name for t in second.data] == ["b"] and not second.has_next_page()
        assert [[t.name for t in p.items] for p in pages] == [["a"], ["b"]]

    if driver.kind == "sync":
        with driver.client(**TOKEN) as client:
            first = client.list_recent_toys(limit=1)
            second = first.get_next_page()
            with pytest.raises(RuntimeError, match="has_next_page"):
                second.get_next_page()
            check(first, second, list(client.list_recent_toys(limit=1).iter_pages()))
        return

    async def run() -> None:
        async with driver.client(**TOKEN) as client:
            paginator = client.list_recent_toys(limit=1)
            assert server.requests == []  # nothing is sent before the first page is awaited
            first = await paginator
            second = await first.get_next_page()
            with pytest.raises(RuntimeError, match="has_next_page"):
                await second.get_next_page()
            check(first, second, [p async for p in (await client.list_recent_toys(limit=1)).iter_pages()])

    asyncio.run(run())


def test_with_raw_response_gives_the_first_answer_whose_parse_is_the_page(driver: Driver, server: Loopback) -> None:
    server.answer(
        "GET", "/toys",
        Answer(body={"items": toys("a"), "next_cursor": "c2"}, headers={"X-Request-Id": "r1"}),
        Answer(body={"items": toys("b"), "next_cursor": None}),
    )

    if driver.kind == "sync":
        with driver.client(**TOKEN) as client:
            answer = client.with_raw_response.list_toys()
            names = [t.name for t in answer.parse()]
    else:
        async def run() -> tuple[Any, list[str]]:
            async with driver.client(**TOKEN) as aclient:
                answer = await aclient.with_raw_response.list_toys()
                return answer, [t.name async for t in await answer.parse()]

        answer, names = asyncio.run(run())
    assert answer.status_code == 200 and answer.request_id == "r1"
    assert names == ["a", "b"] and len(server.requests) == 2


def test_pagination_false_returns_the_plain_response(driver: Driver, server: Loopback) -> None:
    server.answer("POST", "/toys/search", Answer(body={"results": toys("a")}))
    result = driver.run("search_toys", TOKEN, query="a", offset=0)
    assert type(result).__name__ == "SearchToysResponse" and [t.name for t in result.results] == ["a"]
    assert len(server.requests) == 1


USER_FILE = '''
import asyncio

from utdk_kitchensink import AsyncKitchensink, Kitchensink, SyncDataPage
from utdk_kitchensink.models import ListRecentToysResponse, Toy

client = Kitchensink(bearer_auth="t")
for toy in client.list_toys(limit=2):
    name: str = toy.name
page: SyncDataPage[Toy, ListRecentToysResponse] = client.list_recent_toys(limit=10)
first: list[Toy] = page.data
more: bool = page.response.has_more
if page.has_next_page():
    following: list[Toy] = page.get_next_page().items
for each in page.iter_pages():
    whole: ListRecentToysResponse = each.response


async def main() -> None:
    async with AsyncKitchensink() as aclient:
        async for toy in aclient.list_toys_by_offset(limit=5):
            label: str = toy.id
        apage = await aclient.list_recent_toys()
        anext = await apage.get_next_page()
        async for whole in apage.iter_pages():
            items: list[Toy] = whole.items


asyncio.run(main())
for wrong in client.list_toys():
    count: int = wrong.name
client.list_toys_by_page().data
for missing in client.list_linked_toys():
    missing.nmae
'''
MISUSE_LINES = {31, 32, 34}  # an item's str as an int, `data` where the items are `entries`, a typo


def test_loops_type_check_with_the_item_type_and_misuse_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER_FILE, "utf-8")
    env = dict(os.environ, MYPYPATH=str(KITCHENSINK_SRC))
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "user.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert {int(line.split(":")[1]) for line in errors} == MISUSE_LINES, checked.stdout
