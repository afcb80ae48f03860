"""Response objects: the JSON as received, with typed attributes decoded on first access.

Decoding lazily keeps the first call fast on APIs with thousands of schemas (only the classes
actually reached are imported), and keeping the received mapping keeps every field the server
sent, including ones this version of the package does not know (see `model_extra`)."""

from __future__ import annotations

import base64
import copy
import datetime
import importlib
import json
from typing import TYPE_CHECKING, Any, ClassVar, Mapping

from ._types import NotGiven

# A decoder: None (keep as is), "date", "datetime", ("list", decoder), ("map", decoder),
# ("model", "ClassName"), ("union", (decoder, ...), discriminator property or None, ((value, decoder), ...)).
Decoder = Any


class Model:
    # Only attributes whose wire name differs or whose value needs decoding are listed here;
    # every other annotated attribute is its own wire name, kept as received.
    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {}
    _required: ClassVar[tuple[str, ...]] = ()
    _data: dict[str, Any]
    # The id the server gave the request this object answered (see _response.request_id_of).
    _request_id: str | None = None

    def __init__(self, data: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        raw = dict(data or {})
        for name, value in fields.items():
            entry = type(self)._field(name)
            raw[entry[0] if entry else name] = to_wire(value)
        object.__setattr__(self, "_data", raw)

    @classmethod
    def _attributes(cls) -> list[str]:
        """Declared attributes, the user's own subclasses included (not Model's internals)."""
        names: list[str] = []
        for klass in cls.__mro__:
            if klass is Model:
                break
            names.extend(
                n for n in getattr(klass, "__annotations__", {}) if n not in names
            )
        return names

    @classmethod
    def _field(cls, name: str) -> tuple[str, Decoder] | None:
        entry = cls._fields.get(name)
        if entry is None and name in cls._attributes():
            entry = (name, None)
        return entry

    @classmethod
    def _from_wire(cls, data: dict[str, Any]) -> Any:
        instance = cls.__new__(cls)
        object.__setattr__(instance, "_data", data)
        return instance

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            entry = type(self)._field(name) if not name.startswith("__") else None
            if entry is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            value = decode(entry[1], self._data.get(entry[0]))
            object.__setattr__(self, name, value)
            return value

    def to_dict(self) -> dict[str, Any]:
        """A copy of the object as received (wire names), unknown fields included."""
        return copy.deepcopy(self._data)

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (wire names), unknown fields included."""
        return json.dumps(self._data, indent=indent)

    @property
    def model_extra(self) -> dict[str, Any]:
        """Fields the server sent that this class does not declare."""
        cls = type(self)
        known = {entry[0] for entry in map(cls._field, cls._attributes()) if entry}
        return {k: v for k, v in self._data.items() if k not in known}

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(type(self)._attributes()))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Model)
            and type(other) is type(self)
            and other._data == self._data
        )

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"


_classes: dict[str, type[Model]] = {}


def model_class(name: str) -> type[Model]:
    cls = _classes.get(name)
    if cls is None:
        package = importlib.import_module((__package__ or "") + ".models")
        cls = _classes[name] = getattr(package, name)
    return cls


def _matches(decoder: Decoder, value: Any) -> bool:
    if isinstance(decoder, tuple):
        if decoder[0] == "model":
            return isinstance(value, dict) and all(
                k in value for k in model_class(decoder[1])._required
            )
        if decoder[0] == "list":
            return isinstance(value, list)
        if decoder[0] == "map":
            return isinstance(value, dict)
    return False


def decode(decoder: Decoder, value: Any) -> Any:
    if decoder is None or value is None:
        return value
    if decoder == "date" or decoder == "datetime":
        if not isinstance(value, str):
            return value
        try:
            if decoder == "date":
                return datetime.date.fromisoformat(value)
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    kind = decoder[0]
    if kind == "list":
        return (
            [decode(decoder[1], v) for v in value] if isinstance(value, list) else value
        )
    if kind == "map":
        return (
            {k: decode(decoder[1], v) for k, v in value.items()}
            if isinstance(value, dict)
            else value
        )
    if kind == "model":
        return (
            model_class(decoder[1])._from_wire(value)
            if isinstance(value, dict)
            else value
        )
    if kind == "union":
        _, variants, discriminator, mapping = decoder
        if discriminator is not None and isinstance(value, dict):
            for wire_value, variant in mapping:
                if value.get(discriminator) == wire_value:
                    return decode(variant, value)
        for variant in variants:
            if _matches(variant, value):
                return decode(variant, value)
    return value


def _is_content(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview)) or hasattr(value, "read")


def to_wire(value: Any, where: str = "") -> Any:
    """Models, dates, bytes and nested containers as JSON-ready values; `where` names the
    argument in errors ("start_date", "options.items[0]").

    Bytes (or a binary file object) become base64 text: JSON has no bytes, and a `format: binary`
    string inside a JSON body can only travel as text."""
    if isinstance(value, Model):
        return to_wire(value._data, where)
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            raise ValueError(
                f"{where or 'value'}: a datetime without a time zone "
                "is not an RFC 3339 timestamp; give it one, e.g. "
                "datetime(..., tzinfo=timezone.utc)"
            )
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {
            str(k): to_wire(v, f"{where}.{k}" if where else str(k))
            for k, v in value.items()
            if not isinstance(v, NotGiven)
        }
    if isinstance(value, tuple) and len(value) in (2, 3) and _is_content(value[1]):
        return to_wire(value[1], where)  # (filename, content[, type]): the content
    if isinstance(value, (list, tuple)):
        return [to_wire(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(value).decode("ascii")
    if hasattr(value, "read"):
        return to_wire(value.read(), where)
    return value
