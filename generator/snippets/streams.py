"""README examples for event streams and webhooks, in each SDK language: the operation's example
request asked as a stream and read event by event, and a received webhook unwrapped."""

from __future__ import annotations

from ..context import ApiContext
from ..literals import ts_string
from ..model.types import RefType
from . import render_snippet


def stream_example(context: ApiContext, language: str) -> str:
    """The first streaming operation called and read event by event; "" when nothing streams."""
    operation = next((op for op in context.api.operations if op.stream is not None), None)
    if operation is None or operation.stream is None:
        return ""
    values = dict(context.example(operation))
    if operation.stream.flag is not None:
        values[operation.stream.flag.property.name] = True
    head, _, call = render_snippet(context, operation, language, values).rpartition("\n\n")
    if language == "python":
        return f"{head}\n\nwith {call} as stream:\n    for event in stream:\n        print(event)"
    return f"{head}\n\nconst stream = {call};\nfor await (const event of stream) {{\n  console.log(event);\n}}"


def webhook_example(context: ApiContext, language: str) -> str:
    """A received body unwrapped into its event; "" when the API declares no webhooks."""
    hooks = context.api.webhook_events
    if hooks is None:
        return ""
    client = context.api.identifiers.default_client
    first = hooks.events[0]
    if language == "python":
        package = context.options.python_package
        name = context.api.schema(first.payload.key).names.py if isinstance(first.payload, RefType) else ""
        if not name:
            return f"from {package} import {client.py}\n\nevent = {client.py}.webhooks.unwrap(body)  # str or bytes"
        return (f"from {package} import {client.py}\nfrom {package}.models import {name}\n\n"
                f"event = {client.py}.webhooks.unwrap(body)  # str or bytes, as received\n"
                f"if isinstance(event, {name}):\n    print(event)")
    lines = [f"import {client.ts} from {ts_string(context.options.npm_package)};", "",
             f"const event = {client.ts}.webhooks.unwrap(body); // a string, Buffer or Uint8Array, as received"]
    if hooks.discriminator is not None and first.tag is not None:
        field = f".{hooks.discriminator}" if hooks.discriminator.isidentifier() else f"[{ts_string(hooks.discriminator)}]"
        lines += [f"if (event{field} === {ts_string(first.tag)}) {{", "  console.log(event);", "}"]
    return "\n".join(lines)
