"""Which declared operation a request is, and refusing every path that is not plainly one.

Matching runs on the path exactly as the client sent it (still percent-encoded), so what is checked
is byte for byte what goes upstream: nothing is decoded and re-encoded in between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from ..model.api import Operation
from .errors import GatewayError

_PARAMETER = re.compile(r"\{[^{}/]+\}")
# RFC 3986 pchar plus "/": unreserved, sub-delims, ":" and "@", and percent escapes checked below.
_PATH_CHARS = re.compile(r"^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$")
_ESCAPE = re.compile(r"%(..)?")
# Escapes that could smuggle a separator or a dot segment past the checks, or that no URL needs.
_REFUSED_ESCAPES = {"2F": "/", "5C": "\\", "2E": "."}
_LITERAL_SAFE = "/:@!$&'()*+,;=-._~"


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    operation: Operation
    specificity: tuple[int, int]  # more literal characters first, then fewer parameters


def check_path(raw_path: str) -> None:
    """Refuse absolute URLs, traversal and encoded separators before anything is routed."""
    if not raw_path.startswith("/"):
        raise GatewayError("bad_request", "absolute URLs are not accepted: send /<provider>/<path of a declared operation>")
    if not _PATH_CHARS.match(raw_path):
        raise GatewayError("bad_request", "the path holds characters that must be percent-encoded")
    for escape in _ESCAPE.finditer(raw_path):
        code = (escape.group(1) or "").upper()
        if not re.fullmatch(r"[0-9A-F]{2}", code):
            raise GatewayError("bad_request", "the path holds a malformed percent escape")
        if code in _REFUSED_ESCAPES:
            raise GatewayError("bad_request", f"an encoded {_REFUSED_ESCAPES[code]!r} in the path is refused")
        if int(code, 16) < 0x20 or code == "7F":
            raise GatewayError("bad_request", "the path holds an encoded control character")
    segments = raw_path.split("/")
    if any(s in (".", "..") for s in segments):
        raise GatewayError("bad_request", "'.' and '..' path segments are refused")
    if "//" in raw_path:
        raise GatewayError("bad_request", "empty path segments are refused")


def split_provider(raw_path: str) -> tuple[str, str]:
    """/plaid/identity/refresh -> ("plaid", "/identity/refresh")."""
    provider, _, rest = raw_path[1:].partition("/")
    return provider, "/" + rest


class Router:
    """The declared operations of one provider, matched by method and path template."""

    def __init__(self, operations: tuple[Operation, ...]) -> None:
        exact: dict[tuple[str, str], Operation] = {}
        templates: list[_Template] = []
        for op in operations:
            if not _PARAMETER.search(op.path):
                exact.setdefault((op.method.upper(), _encoded(op.path)), op)
                continue
            literal = _PARAMETER.sub("", op.path)
            templates.append(_Template(_compile(op.path), op, (-len(literal), len(_PARAMETER.findall(op.path)))))
        self._exact = exact
        # A concrete path wins over a template that also matches it (OpenAPI "Path Templating Matching").
        self._templates = sorted(templates, key=lambda t: t.specificity)

    def match(self, method: str, path: str) -> Operation:
        method = method.upper()
        found = self._exact.get((method, path))
        if found is not None:
            return found
        allowed: set[str] = {m for m, p in self._exact if p == path}
        for template in self._templates:
            if template.pattern.fullmatch(path):
                if template.operation.method.upper() == method:
                    return template.operation
                allowed.add(template.operation.method.upper())
        if allowed:
            methods = ", ".join(sorted(allowed))
            raise GatewayError("method_not_allowed", f"{method} is not declared for this path; declared: {methods}",
                               headers={"Allow": methods})
        raise GatewayError("not_found", "no declared operation matches this path")


def _encoded(literal: str) -> str:
    return quote(literal, safe=_LITERAL_SAFE)


def _compile(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for parameter in _PARAMETER.finditer(template):
        parts.append(re.escape(_encoded(template[position:parameter.start()])))
        parts.append(r"[^/]+")
        position = parameter.end()
    parts.append(re.escape(_encoded(template[position:])))
    return re.compile("".join(parts))
