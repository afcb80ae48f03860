"""Event streams in the TypeScript SDK (compiled with the pinned tsc, run under node) against the
same loopback server and cases as the Python SDK."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.streams import cases
from tests.streams.sse_server import SSEServer
from tests.typescript.packages import node
from tests.typescript.test_discriminated_unions import compile_app, errors_by_file

SCRIPT = Path(__file__).with_name("streams.mjs")


def run(module_url: str, url: str, scenario: str, *extra: str) -> Any:
    result = node(SCRIPT, module_url, url, scenario, *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_first_event_is_handled_before_the_second_is_sent(module_url: str, sse: SSEServer) -> None:
    sse.script("GET", "/pets/1/events", cases.TIMED)
    items = run(module_url, sse.url, "timed")["items"]
    assert [item["kind"] for _, item in items] == cases.TIMED_KINDS  # nothing after [DONE]
    assert items[0][0] < sse.exchanges[0].sent_at[1] - cases.PAUSE / 2, "the first event waited for the second"
    assert sse.exchanges[0].headers["accept"] == "text/event-stream"


def test_every_line_ending_comments_fields_and_split_pieces(module_url: str, sse: SSEServer) -> None:
    sse.script("GET", "/pets/2/events", cases.MIXED)
    items = run(module_url, sse.url, "mixed")["items"]
    assert [(i["kind"], i["pet_id"], i.get("note")) for _, i in items] == cases.MIXED_EVENTS


def test_decoder_fields_fed_byte_by_byte(module_url: str, sse: SSEServer) -> None:
    body = b"".join(piece for _, piece in cases.MIXED.pieces)
    events = run(module_url, sse.url, "decoder", body.hex())["events"]
    assert [(e["event"], e["data"], e["id"], e["retry"]) for e in events] == cases.MIXED_FIELDS


def test_an_error_event_throws_the_typed_error(module_url: str, sse: SSEServer) -> None:
    sse.script("GET", "/pets/3/events", cases.ERROR)
    seen = run(module_url, sse.url, "error")
    assert seen["classes"][:2] == ["APIStreamError", "APIError"]
    assert seen["body"] == {"error": {"message": "the kennel is on fire", "code": 503}}
    assert "the kennel is on fire" in seen["message"] and seen["event"] == "error"
    assert [item["kind"] for item in seen["seen"]] == ["fed"]


def test_abort_stops_reading(module_url: str, sse: SSEServer) -> None:
    sse.script("GET", "/pets/4/events", cases.ENDLESS)
    seen = run(module_url, sse.url, "abort")
    assert [item["pet_id"] for _, item in seen["items"]] == [0] and seen["aborted"]
    exchange = sse.wait_for_hang_up()
    assert len(exchange.sent_at) < 10


def test_api_promise_of_a_stream_gives_the_response_too(module_url: str, sse: SSEServer) -> None:
    sse.script("GET", "/pets/5/events", cases.TIMED)
    assert run(module_url, sse.url, "withResponse") == {"isStream": True, "status": 200, "kinds": cases.TIMED_KINDS}


def test_stream_flag_chooses_events_or_json(module_url: str, sse: SSEServer) -> None:
    sse.script("POST", "/conversations/c1/replies", cases.REPLY_CHUNKS)
    streamed = run(module_url, sse.url, "flag")
    assert streamed == {"isStream": True, "items": [{"id": "r1", "delta": "Hel"}, {"id": "r1", "delta": "lo"}]}
    assert sse.exchanges[-1].json() == {"text": "Hi", "stream": True}

    sse.script("POST", "/conversations/c1/replies", cases.REPLY_JSON)
    assert run(module_url, sse.url, "json") == {"reply": {"id": "r1", "text": "Hello"}, "isStream": False}

    sse.script("POST", "/conversations/c1/replies", cases.REPLY_CHUNKS)
    text = run(module_url, sse.url, "readable")["text"]
    assert [json.loads(line) for line in text.splitlines()] == [{"id": "r1", "delta": "Hel"}, {"id": "r1", "delta": "lo"}]


GOOD_USE = """
import { Kitchensink, Stream, type Reply, type ReplyChunk, type PetEvent } from '@utdk/kitchensink';

const client = new Kitchensink({ bearerAuth: 't' });
const chunks: Stream<ReplyChunk> = await client.createreply({ conversationId: 'c1', text: 'Hi', stream: true });
for await (const chunk of chunks) {
  const delta: string = chunk.delta;
  console.log(delta);
}
const reply: Reply = await client.createreply({ conversationId: 'c1', text: 'Hi' });
const explicit: Reply = await client.createreply({ conversationId: 'c1', text: 'Hi', stream: false });
const events = await client.watchpet({ petId: 1 });
for await (const event of events) {
  const kind: 'fed' | 'walked' | 'adopted' = event.kind;
  if (kind === 'adopted') events.controller.abort();
}
const first: PetEvent | undefined = undefined;
const body: ReadableStream<Uint8Array> = chunks.toReadableStream();
console.log(reply.text, explicit.id, first, body);
"""

# Each line a misuse the compiler must report: the plain call is not a stream, the streamed
# call is not the JSON result, an event-stream operation returns no JSON.
MISUSE = [
    "const a: Stream<ReplyChunk> = await client.createreply({ conversationId: 'c1', text: 'Hi' });",
    "const b: Reply = await client.createreply({ conversationId: 'c1', text: 'Hi', stream: true });",
    "(await client.createreply({ conversationId: 'c1', text: 'Hi' })).controller.abort();",
    "const d: string = (await client.createreply({ conversationId: 'c1', text: 'Hi', stream: true })).text;",
    "const e: PetEvent = await client.watchpet({ petId: 1 });",
]
MISUSE_HEADER = """import { Kitchensink, Stream, type Reply, type ReplyChunk, type PetEvent } from '@utdk/kitchensink';
const client = new Kitchensink({ bearerAuth: 't' });
"""


def test_overloads_type_streams_and_json_results(app: Path) -> None:
    sources = {"good.ts": GOOD_USE}
    sources.update({f"misuse{i}.ts": MISUSE_HEADER + line + "\nexport {};\n" for i, line in enumerate(MISUSE)})
    errors = errors_by_file(compile_app(app, sources))
    assert "good.ts" not in errors, errors.get("good.ts")
    assert sorted(errors) == sorted(f"misuse{i}.ts" for i in range(len(MISUSE))), errors
