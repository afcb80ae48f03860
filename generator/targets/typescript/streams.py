"""Event-stream methods in the TypeScript SDK: the Stream they return, and the overloads that let
the compiler tell `stream: true` (a Stream) from the plain call (the JSON result)."""

from __future__ import annotations

from typing import Any

from ...literals import ts_key
from ...model import Operation
from .layout import ts_signature
from .typeexpr import TypeWriter


def stream_result(op: Operation, writer: TypeWriter) -> str | None:
    """`core.Stream<Event>` for an operation that streams always; None for the others."""
    if op.stream is None or not op.stream.always:
        return None
    return _stream_type(op, writer)


def _stream_type(op: Operation, writer: TypeWriter) -> str:
    assert op.stream is not None
    events = writer.expr(op.stream.events) if op.stream.events is not None else "unknown"
    return f"core.Stream<{events}>"


def stream_endpoint(op: Operation, endpoint: dict[str, Any]) -> None:
    """The endpoint's streaming: `response: 'sse'`, or the body field that asks for a stream."""
    if op.stream is None:
        return
    if op.stream.always:
        endpoint["response"] = "sse"
    elif op.stream.flag is not None:
        endpoint["streamFlag"] = op.stream.flag.names.ts


def stream_overloads(op: Operation, writer: TypeWriter, name: str, params_type: str, optional: bool,
                     json_result: str, level: int, wrap: str) -> tuple[tuple[str, ...], str]:
    """The overload heads (each ending in `;`) and the implementation's result type, for an
    operation a body flag switches to streaming; `wrap` puts a result type in its promise."""
    if op.stream is None or op.stream.flag is None:
        return (), json_result
    stream = _stream_type(op, writer)
    flag = ts_key(op.stream.flag.names.ts)
    options = "options?: core.RequestOptions"
    heads = (
        (f"params: {params_type} & {{ {flag}: true }}", stream),
        (f"params{'?' if optional else ''}: {params_type} & {{ {flag}?: false | null | undefined }}", json_result),
        (f"params{'?' if optional else ''}: {params_type}", f"{json_result} | {stream}"),
    )
    overloads = tuple(ts_signature(name, (params, options), wrap.format(result), level)[: -len(" {")] + ";"
                      for params, result in heads)
    return overloads, f"{json_result} | {stream}"
