"""The package's error classes (`_exceptions.py`): the model's status table with each class's
`body` typed as the error schemas the API declares for it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ...model import Api
from ...model.sdk_errors import error_class_bodies, statuses_text
from .annotations import Annotator, Refs
from .views import TypeImport


@dataclass(frozen=True)
class ErrorClassView:
    """One exception class of _exceptions.py."""

    name: str
    base: str  # `_APIStatusError["Body"]` or the family class
    doc: str
    body: str  # annotation overriding the parent's, or "" when the parent's fits
    statuses: tuple[int, ...]


@dataclass(frozen=True)
class ExceptionsView:
    """_exceptions.py: the error classes, which status raises which, and the imports their bodies need."""

    imports: tuple[TypeImport, ...]
    qualified_models: bool  # `from . import models as _models`: a model is named like an error class
    classes: tuple[ErrorClassView, ...]
    by_status: tuple[tuple[int, str], ...]
    client_family: str
    server_family: str
    typed: bool
    uses_typing: bool
    uses_dates: bool
    rows: tuple[tuple[str, str, str], ...]  # README: class, statuses, body type


def _union(parts: list[str]) -> str:
    return " | ".join(dict.fromkeys(parts)) if parts else "None"


_OWN_NAMES = frozenset({"ERROR_CLASSES", "_APIStatusError", "_ErrorClasses", "_t", "_dt", "_models"})


def exceptions_view(api: Api, annotator: Annotator, models: Mapping[str, str]) -> ExceptionsView:
    """`models`: each model's module in models/."""
    refs = Refs()
    bodies = error_class_bodies(api)
    texts = [_union([annotator.out(t, refs) for t in entry.types]) if entry.typed else "object" for entry in bodies]
    # A model named like one of this module's own names is reached through the models package.
    taken = _OWN_NAMES | {entry.cls.name for entry in bodies}
    clashing = sorted(name for name in refs.models if name in taken)
    if clashing:
        pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, clashing)) + r")\b")
        texts = [pattern.sub(r"_models.\1", text) for text in texts]
        refs.models -= set(clashing)
    annotation: dict[str, str] = {}
    classes: list[ErrorClassView] = []
    for entry, text in zip(bodies, texts):
        cls = entry.cls
        annotation[cls.name] = text
        optional = text + " | None" if text != "None" else "None"
        if cls.parent == "APIStatusError":
            # Spelled out as well as in the base: tools that skip string subscripts see it.
            base = f"_APIStatusError[{text!r}]".replace("'", '"')
            classes.append(ErrorClassView(cls.name, base, cls.doc, optional, cls.statuses))
        else:
            narrower = text != annotation[cls.parent]
            classes.append(ErrorClassView(cls.name, cls.parent, cls.doc, optional if narrower else "", cls.statuses))
    imports: dict[str, set[str]] = {}
    for name in refs.models:
        imports.setdefault(".models." + models[name], set()).add(name)
    family = {entry.cls.family: entry.cls.name for entry in bodies if entry.cls.family}
    return ExceptionsView(
        imports=tuple(TypeImport(m, tuple(sorted(n))) for m, n in sorted(imports.items())),
        qualified_models=bool(clashing),
        classes=tuple(classes),
        by_status=tuple((s, c.name) for c in classes for s in c.statuses),
        client_family=family["4"],
        server_family=family["5"],
        typed=bool(bodies and bodies[0].typed),
        uses_typing=any("_t." in a for a in annotation.values()),
        uses_dates=any("_dt." in a for a in annotation.values()),
        rows=tuple(
            (e.cls.name, statuses_text(e.cls.statuses, e.cls.family), annotation[e.cls.name].replace("_models.", ""))
            for e in bodies
        ),
    )
