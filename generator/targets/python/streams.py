"""Event-stream methods in the Python SDK: what they return, and the overloads that let a type
checker tell `stream=True` (a Stream) from the plain call (the JSON result)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...literals import py_string
from ...model import Operation
from .annotations import Annotator, Refs
from .layout import nested_tuple
from .views import ArgumentView, OverloadView


@dataclass(frozen=True)
class StreamReturns:
    """What a method that may stream returns, in each client, and how its responses are read."""

    returns: str  # the sync method's annotation
    async_returns: str
    overloads: tuple[OverloadView, ...]
    response_kind: str  # literal for the endpoint ("sse" when every call streams)
    stream_flag: str  # literal of the body field that asks for a stream, or ""
    event_decoder: str  # `event_decoder=...,` as black writes it in the endpoint, or ""


def stream_returns(operation: Operation, annotator: Annotator, refs: Refs, json_returns: str,
                   response_kind: str, arguments: list[ArgumentView]) -> StreamReturns | None:
    plan = operation.stream
    if plan is None:
        return None
    event = annotator.out(plan.events, refs) if plan.events is not None else "_t.Any"
    sync, async_ = f"_Stream[{event}]", f"_AsyncStream[{event}]"
    decoder = annotator.decoder(plan.events)
    event_decoder = nested_tuple("event_decoder=", decoder, ",", indent=4) if decoder is not None else ""
    if plan.flag is None:
        return StreamReturns(sync, async_, (), py_string("sse"), "", event_decoder)
    flag = plan.flag.names.py
    nullable = " | None" if next(a for a in arguments if a.name == flag).annotation.endswith(" | None") else ""

    def variant(annotation: str, required: bool) -> tuple[ArgumentView, ...]:
        changed = [replace(a, annotation=annotation, required=required) if a.name == flag else a for a in arguments]
        return tuple(sorted(changed, key=lambda a: not a.required))

    both, both_async = f"{json_returns} | {sync}", f"{json_returns} | {async_}"
    overloads = (
        OverloadView(variant("_t.Literal[True]", True), sync, async_),
        OverloadView(variant("_t.Literal[False]" + nullable, False), json_returns, json_returns),
        OverloadView(variant("bool" + nullable, False), both, both_async),
    )
    return StreamReturns(both, both_async, overloads, py_string(response_kind), py_string(plan.flag.property.name), event_decoder)
