"""Event streams in the Python SDK, sync and async, against a loopback server that writes the
events piece by piece: each event is handed over as it arrives, and the stream ends, fails and
closes as the Server-Sent Events rules and the API say."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from tests.python_sdk.packages import KITCHENSINK_SRC
from tests.streams import cases
from tests.streams.sse_server import SSEServer

KINDS = ("sync", "async")


def consume(kind: str, url: str, method: str, stop_after: int | None = None, **arguments: Any) -> tuple[list[tuple[float, Any]], Any]:
    """Calls the method and reads its stream, noting when each item arrived (time.time())."""
    import utdk_kitchensink

    received: list[tuple[float, Any]] = []
    if kind == "sync":
        with utdk_kitchensink.Kitchensink(base_url=url, bearer_auth="t", max_retries=0) as client:
            stream = getattr(client, method)(**arguments)
            with stream:
                for item in stream:
                    received.append((time.time(), item))
                    if stop_after is not None and len(received) == stop_after:
                        break
            return received, stream

    async def run() -> Any:
        async with utdk_kitchensink.AsyncKitchensink(base_url=url, bearer_auth="t", max_retries=0) as client:
            stream = await getattr(client, method)(**arguments)
            async with stream:
                async for item in stream:
                    received.append((time.time(), item))
                    if stop_after is not None and len(received) == stop_after:
                        break
            return stream

    return received, asyncio.run(run())


@pytest.mark.parametrize("kind", KINDS)
def test_first_event_is_handled_before_the_second_is_sent(kind: str, sse: SSEServer) -> None:
    from utdk_kitchensink.models import PetEvent

    sse.script("GET", "/pets/1/events", cases.TIMED)
    received, stream = consume(kind, sse.url, "watch_pet", pet_id=1)
    assert [item.kind for _, item in received] == cases.TIMED_KINDS  # nothing after [DONE]
    assert all(isinstance(item, PetEvent) for _, item in received)
    second_sent = sse.exchanges[0].sent_at[1]
    assert received[0][0] < second_sent - cases.PAUSE / 2, "the first event waited for the second"
    assert sse.exchanges[0].headers["accept"] == "text/event-stream"
    assert stream.response.status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_every_line_ending_comments_fields_and_split_pieces(kind: str, sse: SSEServer) -> None:
    sse.script("GET", "/pets/2/events", cases.MIXED)
    received, _ = consume(kind, sse.url, "watch_pet", pet_id=2)
    got = [(item.kind, item.pet_id, item.to_dict().get("note")) for _, item in received]
    assert got == cases.MIXED_EVENTS


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_event_raises_the_typed_error(kind: str, sse: SSEServer) -> None:
    from utdk_kitchensink import APIError, APIStreamError

    sse.script("GET", "/pets/3/events", cases.ERROR)
    with pytest.raises(APIStreamError) as raised:
        consume(kind, sse.url, "watch_pet", pet_id=3)
    assert isinstance(raised.value, APIError)
    assert raised.value.body == {"error": {"message": "the kennel is on fire", "code": 503}}
    assert "the kennel is on fire" in str(raised.value)
    assert raised.value.event.event == "error"


@pytest.mark.parametrize("kind", KINDS)
def test_closing_the_stream_stops_reading(kind: str, sse: SSEServer) -> None:
    sse.script("GET", "/pets/4/events", cases.ENDLESS)
    started = time.time()
    received, stream = consume(kind, sse.url, "watch_pet", stop_after=1, pet_id=4)
    assert [item.pet_id for _, item in received] == [0]
    exchange = sse.wait_for_hang_up()
    assert exchange.hung_up_at is not None and exchange.hung_up_at - started < 3
    assert len(exchange.sent_at) < 10  # the server noticed long before its 50 events were out
    assert stream.response.is_closed


@pytest.mark.parametrize("kind", KINDS)
def test_stream_flag_chooses_events_or_json(kind: str, sse: SSEServer) -> None:
    from utdk_kitchensink import AsyncStream, Stream
    from utdk_kitchensink.models import Reply, ReplyChunk

    sse.script("POST", "/conversations/c1/replies", cases.REPLY_CHUNKS)
    received, stream = consume(kind, sse.url, "create_reply", conversation_id="c1", text="Hi", stream=True)
    assert isinstance(stream, Stream if kind == "sync" else AsyncStream)
    assert [(type(item), item.delta) for _, item in received] == [(ReplyChunk, "Hel"), (ReplyChunk, "lo")]
    assert sse.exchanges[-1].json() == {"text": "Hi", "stream": True}
    assert sse.exchanges[-1].headers["accept"] == "text/event-stream"

    sse.script("POST", "/conversations/c1/replies", cases.REPLY_JSON)
    reply = call(kind, sse.url, lambda client: client.create_reply(conversation_id="c1", text="Hi"))
    assert isinstance(reply, Reply) and reply.text == "Hello"
    assert sse.exchanges[-1].json() == {"text": "Hi"}


def call(kind: str, url: str, invoke: Callable[[Any], Any]) -> Any:
    import utdk_kitchensink

    if kind == "sync":
        with utdk_kitchensink.Kitchensink(base_url=url, bearer_auth="t") as client:
            return invoke(client)

    async def run() -> Any:
        async with utdk_kitchensink.AsyncKitchensink(base_url=url, bearer_auth="t") as client:
            return await invoke(client)

    return asyncio.run(run())


def test_decoder_fields_fed_byte_by_byte() -> None:
    from utdk_kitchensink._streaming import SSEDecoder

    body = b"".join(piece for _, piece in cases.MIXED.pieces)
    decoder = SSEDecoder()
    events = [event for i in range(len(body)) for event in decoder.feed(body[i : i + 1])]
    assert [(e.event, e.data, e.id, e.retry) for e in events] == cases.MIXED_FIELDS


GOOD_USE = '''
import asyncio

from utdk_kitchensink import AsyncKitchensink, AsyncStream, Kitchensink, Stream
from utdk_kitchensink.models import PetEvent, Reply, ReplyChunk

client = Kitchensink(bearer_auth="t")
chunks: Stream[ReplyChunk] = client.create_reply(conversation_id="c1", text="Hi", stream=True)
for chunk in chunks:
    delta: str = chunk.delta
reply: Reply = client.create_reply(conversation_id="c1", text="Hi")
explicit: Reply = client.create_reply(conversation_id="c1", text="Hi", stream=False)
with client.watch_pet(pet_id=1) as events:
    for event in events:
        pet: int = event.pet_id
    events.close()


async def main() -> None:
    async with AsyncKitchensink(bearer_auth="t") as aclient:
        achunks: AsyncStream[ReplyChunk] = await aclient.create_reply(conversation_id="c1", text="Hi", stream=True)
        async for achunk in achunks:
            adelta: str = achunk.delta
        areply: Reply = await aclient.create_reply(conversation_id="c1", text="Hi")
        async with await aclient.watch_pet(pet_id=1) as aevents:
            async for aevent in aevents:
                seen: PetEvent = aevent
            await aevents.close()


asyncio.run(main())
'''

# Each line from the fifth on is a misuse mypy must report.
BAD_USE = '''from utdk_kitchensink import Kitchensink, Stream
from utdk_kitchensink.models import PetEvent, Reply, ReplyChunk

client = Kitchensink(bearer_auth="t")
a: Stream[ReplyChunk] = client.create_reply(conversation_id="c1", text="Hi")
b: Reply = client.create_reply(conversation_id="c1", text="Hi", stream=True)
client.create_reply(conversation_id="c1", text="Hi").close()
c: str = client.create_reply(conversation_id="c1", text="Hi", stream=True).text
d: PetEvent = client.watch_pet(pet_id=1)
e: Stream[ReplyChunk] = client.watch_pet(pet_id=1)
'''


def test_overloads_type_streams_and_json_results(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD_USE, "utf-8")
    (tmp_path / "bad.py").write_text(BAD_USE, "utf-8")
    env = dict(os.environ, MYPYPATH=str(KITCHENSINK_SRC))
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "good.py", "bad.py"],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("good.py")], checked.stdout
    assert {int(line.split(":")[1]) for line in errors if line.startswith("bad.py")} == {5, 6, 7, 8, 9, 10}, checked.stdout


@pytest.mark.parametrize("kind", KINDS)
def test_raw_response_of_a_stream_parses_to_the_stream(kind: str, sse: SSEServer) -> None:
    import utdk_kitchensink

    sse.script("GET", "/pets/5/events", cases.TIMED)
    if kind == "sync":
        with utdk_kitchensink.Kitchensink(base_url=sse.url, bearer_auth="t") as client:
            response = client.with_raw_response.watch_pet(pet_id=5)
            assert response.status_code == 200
            kinds = [event.kind for event in response.parse()]
    else:
        async def run() -> list[str]:
            async with utdk_kitchensink.AsyncKitchensink(base_url=sse.url, bearer_auth="t") as client:
                response = await client.with_raw_response.watch_pet(pet_id=5)
                assert response.status_code == 200
                return [event.kind async for event in await response.parse()]

        kinds = asyncio.run(run())
    assert kinds == cases.TIMED_KINDS
