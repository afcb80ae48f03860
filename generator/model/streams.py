"""Event streams and webhooks, decided once for every target.

An operation whose success response offers `text/event-stream` streams Server-Sent Events; each
event's data has the media type's OpenAPI 3.2 `itemSchema`, else its `schema`. When the same
response also offers JSON and the request body has a boolean `stream` field (OpenAI's chat
completions), that field chooses: `true` streams, anything else answers JSON.

The API's `webhooks` (3.1) are requests it sends: their payloads, together, are the one event
type a receiver unwraps, discriminated where every payload pins the same property to its own
value (`type: batch.completed`)."""

from __future__ import annotations

from typing import Callable

from .api import UNION_NAME, BodyField, EventStream, NamedSchema, Operation, RequestBody, Response, StreamPlan, WebhookEvent, WebhookEvents
from .types import LiteralType, ObjectType, Primitive, RefType, TypeRef, follow_references

__all__ = ["EventStream", "StreamPlan", "WebhookEvents", "is_event_stream", "stream_plan", "webhook_events"]

EVENT_STREAM = "text/event-stream"
STREAM_FLAG = "stream"


def is_event_stream(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == EVENT_STREAM


def stream_plan(responses: tuple[Response, ...], body: RequestBody | None,
                declared: Callable[[str], TypeRef | None]) -> StreamPlan | None:
    """The operation's streaming, from its success response and its body's fields."""
    ok = sorted((r for r in responses if r.is_success), key=lambda r: r.status)
    success = ok[0] if ok else next((r for r in responses if r.status == "default"), None)
    if success is None or success.event_stream is None:
        return None
    if success.content_type is not None and is_event_stream(success.content_type):
        return StreamPlan(success.event_stream.events)
    flag = _stream_flag(body, declared)
    return StreamPlan(success.event_stream.events, flag) if flag is not None else None


def _stream_flag(body: RequestBody | None, declared: Callable[[str], TypeRef | None]) -> BodyField | None:
    if body is None or body.kind != "json":
        return None
    for field in body.fields:
        shape = follow_references(field.property.type, declared)
        if field.property.name == STREAM_FLAG and _is_boolean(shape):
            return field
    return None


def _is_boolean(t: TypeRef) -> bool:
    if isinstance(t, Primitive):
        return t.kind == "boolean"
    return isinstance(t, LiteralType) and t.base == "boolean"


def webhook_events(webhooks: tuple[Operation, ...], schema: Callable[[str], NamedSchema],
                   taken: set[str]) -> WebhookEvents | None:
    """The payloads of the webhooks that receive a JSON body, in spec order, each type once;
    `taken` holds the type names the union's name must not repeat."""
    events: list[WebhookEvent] = []
    seen: set[TypeRef] = set()
    for hook in webhooks:
        body = hook.request_body
        if body is None or body.kind != "json" or body.type in seen:
            continue
        seen.add(body.type)
        events.append(WebhookEvent(hook.path, body.type))
    if not events:
        return None
    discriminator = _shared_tag(events, schema)
    if discriminator is not None:
        events = [WebhookEvent(e.name, e.payload, _tag_of(e.payload, discriminator, schema)) for e in events]
    name, n = UNION_NAME, 1
    while name in taken:
        n += 1
        name = f"{UNION_NAME}{n}"
    return WebhookEvents(tuple(events), discriminator, name)


def _pinned(t: TypeRef, schema: Callable[[str], NamedSchema]) -> dict[str, str]:
    """Required properties of an object payload that allow exactly one string value."""
    shape = schema(t.key).type if isinstance(t, RefType) else t
    if not isinstance(shape, ObjectType):
        return {}
    pinned = {prop.name: _only_string(prop.type) for prop in shape.properties if prop.required}
    return {name: value for name, value in pinned.items() if value is not None}


def _only_string(t: TypeRef) -> str | None:
    values = t.values if isinstance(t, LiteralType) else ()
    return values[0] if len(values) == 1 and isinstance(values[0], str) else None


def _shared_tag(events: list[WebhookEvent], schema: Callable[[str], NamedSchema]) -> str | None:
    pinned = [_pinned(e.payload, schema) for e in events]
    for name in ("type", "event", "event_type", *sorted(set(pinned[0]))):
        values = [p.get(name) for p in pinned]
        if all(v is not None for v in values) and len(set(values)) == len(values):
            return name
    return None


def _tag_of(t: TypeRef, discriminator: str, schema: Callable[[str], NamedSchema]) -> str | None:
    return _pinned(t, schema).get(discriminator)
