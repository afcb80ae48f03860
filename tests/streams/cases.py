"""The event streams both SDKs are run against, and the events each must yield."""

from __future__ import annotations

from tests.streams.sse_server import Script, events

PAUSE = 1.0  # between the first and the second event of the timed stream

# The first event, a pause, the second; then [DONE], after which nothing may be read.
TIMED = events(
    (0, 'data: {"kind": "fed", "pet_id": 1}\n\n'),
    (PAUSE, 'data: {"kind": "walked", "pet_id": 1}\n\n'),
    (0, "data: [DONE]\n\n"),
    (0, 'data: {"kind": "adopted", "pet_id": 1}\n\n'),
)
TIMED_KINDS = ["fed", "walked"]

# Every line ending, a BOM, comments, id/retry/event fields, JSON split over data lines, and a
# piece boundary inside a CRLF and inside a multi-byte character.
MIXED = Script([
    (0, b'\xef\xbb\xbf: a comment first\r\nid: 7\r\nretry: 1500\r\ndata: {"kind": "fed",\r\ndata:  "pet_id": 1}\r\n\r'),
    (0.05, b'\n: keep-alive\rdata: {"kind": "walked", "pet_id": 2, "note": "caf\xc3'),
    (0.05, b'\xa9"}\r\revent: message\ndata:{"kind":"adopted","pet_id":3}\n\nid\ndata\n\n'),
    (0, b"data: [DONE]\n\n"),
])
MIXED_EVENTS = [("fed", 1, None), ("walked", 2, "café"), ("adopted", 3, None)]
# What the decoder itself makes of MIXED: (event, data, id, retry); the id persists, `id` alone
# clears it, and `data` alone is an event with empty data (which the streams skip).
MIXED_FIELDS = [
    ("message", '{"kind": "fed",\n "pet_id": 1}', "7", 1500),
    ("message", '{"kind": "walked", "pet_id": 2, "note": "café"}', "7", 1500),
    ("message", '{"kind":"adopted","pet_id":3}', "7", 1500),
    ("message", "", "", 1500),
    ("message", "[DONE]", "", 1500),
]

ERROR = events(
    (0, 'data: {"kind": "fed", "pet_id": 1}\n\n'),
    (0, 'event: error\ndata: {"error": {"message": "the kennel is on fire", "code": 503}}\n\n'),
    (0, 'data: {"kind": "walked", "pet_id": 1}\n\n'),
)

# Events keep coming every 0.2 s; the client reads one and stops.
ENDLESS = events(*[(0 if i == 0 else 0.2, f'data: {{"kind": "fed", "pet_id": {i}}}\n\n') for i in range(50)])

REPLY_CHUNKS = events(
    (0, 'data: {"id": "r1", "delta": "Hel"}\n\n'),
    (0, 'data: {"id": "r1", "delta": "lo"}\n\n'),
    (0, "data: [DONE]\n\n"),
)
REPLY_JSON = Script([(0, b'{"id": "r1", "text": "Hello"}')], content_type="application/json")
