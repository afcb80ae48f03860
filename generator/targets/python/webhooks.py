"""The Python SDK's webhooks module: the union of the payload models and `Webhooks.unwrap`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...literals import py_string
from ...model import Api
from ...model.types import ObjectType, RefType
from .annotations import Annotator, Refs
from .layout import collection, import_from, nested_tuple


@dataclass(frozen=True)
class WebhooksView:
    """webhooks.py: the union of the webhooks' payload classes and how a payload is decoded."""

    union_name: str
    union: str  # the union annotation of the payload classes
    imports: tuple[str, ...]  # `from .models.x import A as A` statements, as black writes them
    decoder: str  # `_DECODER = ...` as black writes it
    discriminator: str  # literal or None
    required: tuple[tuple[str, str], ...]  # (tag or class name literal, tuple literal of wire names)
    doc: str  # the union's docstring: the webhooks by name


def webhooks_view(api: Api, annotator: Annotator, models: Mapping[str, str]) -> WebhooksView | None:
    """`models`: each model's module in models/."""
    hooks = api.webhook_events
    if hooks is None:
        return None
    refs = Refs()
    union = hooks.union
    annotation = annotator.out(union, refs)
    by_module: dict[str, set[str]] = {}
    for name in refs.models:
        by_module.setdefault(".models." + models[name], set()).add(name)
    required: list[tuple[str, str]] = []
    for event in hooks.events:
        shape = api.schema(event.payload.key).type if isinstance(event.payload, RefType) else None
        fields = shape.required if isinstance(shape, ObjectType) else ()
        key = event.tag if event.tag is not None else annotator.out(event.payload, Refs())
        required.append((py_string(key), collection("(", [py_string(f) for f in fields], ")", indent=8)))
    return WebhooksView(
        union_name=hooks.type_name,
        union=annotation,
        imports=tuple(import_from(m, [f"{n} as {n}" for n in sorted(names)], indent=0) for m, names in sorted(by_module.items())),
        decoder=nested_tuple("_DECODER: _Decoder = ", annotator.decoder(union), "", indent=0),
        discriminator=py_string(hooks.discriminator) if hooks.discriminator is not None else "None",
        required=tuple(required),
        doc="Any webhook payload: " + ", ".join(f"`{e.name}`" for e in hooks.events) + ".",
    )
