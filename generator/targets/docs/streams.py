"""The operation page's note on event streams: when the operation streams, and what each event is."""

from __future__ import annotations

from ...model import Api, Operation
from ...model.types import RefType


def stream_note(api: Api, operation: Operation) -> str:
    """Markdown for the page, or "" when the operation does not stream."""
    plan = operation.stream
    if plan is None:
        return ""
    event = f"a `{api.schema(plan.events.key).names.ts}`" if isinstance(plan.events, RefType) else "a JSON value"
    events = f"a stream of Server-Sent Events, each {event}, read as they arrive until `data: [DONE]`"
    sdks = "the SDKs return a `Stream` (`for await` in TypeScript, `for` / `async for` in Python)"
    if plan.flag is None:
        return f"This operation answers with {events}; {sdks}."
    flag = plan.flag.property.name
    return f"With `{flag}: true` this operation answers with {events}, instead of JSON; {sdks}."
