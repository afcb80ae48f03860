"""src/webhooks.ts: the union of the webhook payload types and `Webhooks.unwrap`."""

from __future__ import annotations

from dataclasses import dataclass

from ...literals import ts_literal
from ...model import Api
from ...model.types import ObjectType, RefType
from .client import TYPES
from .declarations import Doc, doc_of
from .layout import ts_value
from .typeexpr import TypeWriter


@dataclass(frozen=True)
class WebhooksView:
    union_name: str
    union: str
    doc: Doc
    required_literal: str  # { tag or type name: [required wire names] }
    discriminator: str  # literal or null


def webhooks_view(api: Api) -> WebhooksView | None:
    hooks = api.webhook_events
    if hooks is None:
        return None
    writer = TypeWriter(api, TYPES)
    required: dict[str, list[str]] = {}
    for event in hooks.events:
        shape = api.schema(event.payload.key).type if isinstance(event.payload, RefType) else None
        key = event.tag if event.tag is not None else writer.expr(event.payload)
        required[key] = list(shape.required) if isinstance(shape, ObjectType) else []
    return WebhooksView(
        union_name=hooks.type_name,
        union=writer.expr(hooks.union),
        doc=doc_of("Any webhook payload: " + ", ".join(f"`{e.name}`" for e in hooks.events) + "."),
        required_literal=ts_value(required, 0, len("const REQUIRED: Readonly<Record<string, readonly string[]>> = ")),
        discriminator=ts_literal(hooks.discriminator) if hooks.discriminator is not None else "null",
    )
