"""src/errors.ts: the model's status table as classes, each `body` typed as the error schemas the
API declares for it (the same classes, with the same names, as the Python SDK's _exceptions.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Api
from ...model.sdk_errors import error_class_bodies, statuses_text
from .typeexpr import TypeWriter

TYPES = "types"  # the namespace src/errors.ts imports src/types.ts as


@dataclass(frozen=True)
class ErrorClassView:
    name: str
    base: str  # `core.APIStatusError<Body>` or the family class
    doc: str
    body: str  # a narrower `body` type than the parent's, or ""


@dataclass(frozen=True)
class ErrorsView:
    classes: tuple[ErrorClassView, ...]
    by_status: tuple[tuple[int, str], ...]
    client_family: str
    server_family: str
    typed: bool
    uses_types: bool
    rows: tuple[tuple[str, str, str], ...]  # README: class, statuses, body type


def errors_view(api: Api) -> ErrorsView:
    writer = TypeWriter(api, TYPES)
    bodies = error_class_bodies(api)
    annotation: dict[str, str] = {}
    classes: list[ErrorClassView] = []
    for entry in bodies:
        cls = entry.cls
        text = " | ".join(dict.fromkeys(writer.expr(t) for t in entry.types)) or "undefined" if entry.typed else "unknown"
        annotation[cls.name] = text
        if cls.parent == "APIStatusError":
            classes.append(ErrorClassView(cls.name, f"core.APIStatusError<{text}>", cls.doc, ""))
        else:
            body = (f"{text} | undefined" if text != "undefined" else text) if text != annotation[cls.parent] else ""
            classes.append(ErrorClassView(cls.name, cls.parent, cls.doc, body))
    family = {entry.cls.family: entry.cls.name for entry in bodies if entry.cls.family}
    return ErrorsView(
        classes=tuple(classes),
        by_status=tuple((s, entry.cls.name) for entry in bodies for s in entry.cls.statuses),
        client_family=family["4"],
        server_family=family["5"],
        typed=bool(bodies and bodies[0].typed),
        uses_types=any(f"{TYPES}." in text for text in annotation.values()),
        rows=tuple(
            (e.cls.name, statuses_text(e.cls.statuses, e.cls.family), annotation[e.cls.name].replace(f"{TYPES}.", ""))
            for e in bodies
        ),
    )
