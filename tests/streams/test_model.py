"""Which operations stream and how, and the webhooks' union, decided in the model for every target."""

from __future__ import annotations

from pathlib import Path

from generator.model import Api, LiteralType, RefType
from generator.spec_to_api import load_api
from tests.conftest import REPO

SPEC = """openapi: 3.2.0
info: {title: T, version: '1'}
paths:
  /ticks:
    get:
      operationId: ticks
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              itemSchema:
                type: object
                required: [n]
                properties: {n: {type: integer}}
  /ndjson:
    get:
      operationId: lines
      responses:
        '200': {description: ok, content: {application/x-ndjson: {schema: {type: string}}}}
  /either:
    post:
      operationId: either
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                stream: {type: [boolean, 'null']}
      responses:
        '200':
          description: ok
          content:
            application/json: {schema: {type: object, properties: {whole: {type: string}}}}
            text/event-stream: {schema: {type: object, properties: {part: {type: string}}}}
  /choice:
    post:
      operationId: choice
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {stream_format: {type: string, enum: [sse, audio]}}}
      responses:
        '200':
          description: ok
          content:
            application/octet-stream: {schema: {type: string, format: binary}}
            text/event-stream: {schema: {type: object, properties: {chunk: {type: string}}}}
webhooks:
  a.b: {post: {requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Ping'}}}}, responses: {'200': {description: ok}}}}
  c: {post: {requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pong'}}}}, responses: {'200': {description: ok}}}}
components:
  schemas:
    UnwrapWebhookEvent: {type: string}
    Ping: {type: object, required: [kind, at], properties: {kind: {const: ping}, at: {type: integer}}}
    Pong: {type: object, required: [kind], properties: {kind: {const: pong}}}
"""


def build(tmp_path: Path, text: str) -> Api:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text)
    api = load_api(spec, "t", validate=False, use_cache=False).api
    assert isinstance(api, Api)
    return api


def test_what_streams_and_how(tmp_path: Path) -> None:
    api = build(tmp_path, SPEC)
    ops = {op.id: op for op in api.operations}
    ticks = ops["ticks"].stream
    assert ticks is not None and ticks.always  # the event stream is the only answer
    assert isinstance(ticks.events, RefType) and [p.name for p in api.schema(ticks.events.key).type.properties] == ["n"]  # type: ignore[union-attr]
    assert ops["lines"].stream is None  # newline-delimited JSON is not Server-Sent Events
    either = ops["either"].stream
    assert either is not None and either.flag is not None and either.flag.property.name == "stream"
    assert ops["either"].success_response.kind == "json"  # type: ignore[union-attr]
    assert ops["choice"].stream is None  # a stream offered without a boolean `stream` field: the default answer


def test_webhooks_union_is_discriminated_and_named_apart_from_schemas(tmp_path: Path) -> None:
    hooks = build(tmp_path, SPEC).webhook_events
    assert hooks is not None
    assert hooks.discriminator == "kind"
    assert [(e.name, e.tag) for e in hooks.events] == [("a.b", "ping"), ("c", "pong")]
    assert hooks.type_name == "UnwrapWebhookEvent2"  # a schema already has the usual name
    assert hooks.union.discriminator is not None and hooks.union.discriminator.mapping == (("ping", "Ping"), ("pong", "Pong"))


def test_webhooks_without_a_shared_tag_are_a_plain_union(tmp_path: Path) -> None:
    hooks = build(tmp_path, SPEC.replace("kind: {const: pong}", "kind: {const: ping}")).webhook_events
    assert hooks is not None and hooks.discriminator is None and hooks.union.discriminator is None


def test_docs_page_notes_streaming_only_where_it_happens() -> None:
    pages = REPO / "generated" / "kitchensink" / "docs" / "operations"
    assert "Event stream" in (pages / "watchpet.html").read_text()
    assert "With <code>stream: true</code>" in (pages / "createreply.html").read_text()
    assert "Event stream" not in (pages / "getstatus.html").read_text()
    assert "Event stream" not in (REPO / "generated" / "plaid" / "docs" / "operations" / "identityrefresh.html").read_text()
