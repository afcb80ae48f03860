"""Parameters and bodies on the wire, following the OpenAPI style/explode rules."""

from __future__ import annotations

import json
from typing import Any, Mapping, NamedTuple
from urllib.parse import quote

from ._models import to_wire
from ._types import NotGiven


class Param(NamedTuple):
    name: str  # on the wire
    location: str  # path | query | header | cookie
    style: str
    explode: bool
    allow_reserved: bool = False
    json_content: bool = False  # declared with `content: application/json`


def scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _pairs(value: Any) -> list[tuple[str, str]]:
    return [(str(k), scalar_text(v)) for k, v in value.items()]


def query_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    value = to_wire(value, param.name)
    name = param.name
    if param.json_content:
        return [(name, json.dumps(value, separators=(",", ":")))]
    if isinstance(value, list):
        if param.explode and param.style != "deepObject":
            return [(name, scalar_text(v)) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
        return [(name, separator.join(scalar_text(v) for v in value))]
    if isinstance(value, dict):
        if param.style == "deepObject":
            out: list[tuple[str, str]] = []
            for key, item in value.items():
                items = item if isinstance(item, list) else [item]
                out.extend((f"{name}[{key}]", scalar_text(v)) for v in items)
            return out
        if param.explode:
            return _pairs(value)
        return [(name, ",".join(f"{k},{v}" for k, v in _pairs(value)))]
    return [(name, scalar_text(value))]


def simple_text(value: Any, explode: bool, where: str = "") -> str:
    value = to_wire(value, where)
    if isinstance(value, list):
        return ",".join(scalar_text(v) for v in value)
    if isinstance(value, dict):
        joiner = "=" if explode else ","
        return ",".join(f"{k}{joiner}{v}" for k, v in _pairs(value))
    return scalar_text(value)


def path_segment(param: Param, value: Any) -> str:
    """simple, label or matrix; every name and value percent-encoded on its own, so only the
    separators the style adds stay literal."""
    safe = "!$&'()*+,;=:@" if param.allow_reserved else ""

    def enc(text: Any) -> str:
        return quote(scalar_text(text), safe=safe)

    value = to_wire(value, param.name)
    explode = param.explode
    if isinstance(value, list):
        items = [enc(v) for v in value]
        if param.style == "label":
            return "." + ("." if explode else ",").join(items)
        if param.style == "matrix":
            name = enc(param.name)
            return (
                "".join(f";{name}={i}" for i in items)
                if explode
                else f";{name}=" + ",".join(items)
            )
        return ",".join(items)
    if isinstance(value, dict):
        pairs = [(enc(k), enc(v)) for k, v in value.items()]
        if param.style == "matrix":
            if explode:
                return "".join(f";{k}={v}" for k, v in pairs)
            return f";{enc(param.name)}=" + ",".join(f"{k},{v}" for k, v in pairs)
        joined = [f"{k}={v}" if explode else f"{k},{v}" for k, v in pairs]
        if param.style == "label":
            return "." + ("." if explode else ",").join(joined)
        return ",".join(joined)
    if param.style == "label":
        return "." + enc(value)
    if param.style == "matrix":
        return f";{enc(param.name)}={enc(value)}"
    return enc(value)


def form_fields(body: Mapping[str, Any]) -> list[tuple[str, str]]:
    """application/x-www-form-urlencoded and the non-file parts of multipart: lists repeat."""
    out: list[tuple[str, str]] = []
    for key, value in to_wire(body).items():
        if isinstance(value, list):
            out.extend((key, scalar_text(v)) for v in value)
        else:
            out.append((key, scalar_text(value)))
    return out


def is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, tuple)) or hasattr(value, "read")


def multipart(
    body: Mapping[str, Any],
) -> tuple[dict[str, list[str]], list[tuple[str, Any]]]:
    data: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    for key, value in body.items():
        if isinstance(value, NotGiven):
            continue
        if is_file(value):
            files.append((key, value))
        elif isinstance(value, list) and value and all(is_file(v) for v in value):
            files.extend((key, v) for v in value)
        else:
            data[key] = value
    grouped: dict[str, list[str]] = {}
    for key, text in form_fields(data):
        grouped.setdefault(key, []).append(text)
    if not files:
        # httpx sends URL-encoded data when no file is given; the API declared multipart, so
        # the text parts go as file-less parts (no filename, no content type) instead
        return {}, [
            (key, (None, text)) for key, texts in grouped.items() for text in texts
        ]
    return grouped, files


def json_body(body: Any) -> bytes:
    """A JSON request body, compact; see to_wire for bytes and datetimes."""
    return json.dumps(to_wire(body), separators=(",", ":")).encode()
