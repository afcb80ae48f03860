"""Where a document holds prose: the `description` and `summary` texts of its objects.

The model keeps such a text as the very string the parser made (model/kept.py relies on it)
and never reads it for a name, a type or a decision, so two documents that differ only in their
prose build the same model but for those texts. Left out, and so read as the rest of the
document is: texts inside values the model reads as data (examples, defaults, enumerations,
constants, extensions, links), texts under servers (a short server description names its
environment), the entries of maps whose keys are names (a property, a discriminator mapping or
an OAuth scope may be called `description`), blank texts (a blank description reads as none) and
texts of one character (the interpreter shares such strings between unrelated values)."""

from __future__ import annotations

from typing import Any

from ..fingerprint import fingerprint

PROSE_KEYS = frozenset(("description", "summary"))
# subtrees the model reads as data: never walked
_DATA = frozenset(("example", "examples", "default", "enum", "const", "servers", "links"))
# keys whose value maps names to values: its own entries are never prose
_NAMED = frozenset((
    "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas", "responses",
    "parameters", "requestBodies", "headers", "securitySchemes", "callbacks", "pathItems", "paths", "webhooks",
    "content", "encoding", "variables", "mapping", "scopes",
))


def walked_as(named: bool, key: Any) -> bool | None:
    """How the mapping or list under `key` is read, in a mapping whose keys are names (`named`) or
    not: None, not at all (data, extensions); else whether its own keys are names."""
    if type(key) is str and key.startswith("x-"):
        return None
    if named:  # a name, whatever it spells (a `default` response, a property called `example`)
        return False
    return None if key in _DATA else key in _NAMED


def prose_places(document: Any, named: bool = False) -> list[str]:
    """Every prose text of the document (a mapping whose keys are names, with `named`), each the
    string object the document holds, in an order fixed by the document's shape (the same for
    any two documents whose shape_digest is)."""
    found: list[str] = []
    pending: list[tuple[Any, bool]] = [(document, named)]  # a value, and whether its keys are names
    while pending:
        value, named = pending.pop()
        if type(value) is list:
            pending.extend((item, False) for item in value if type(item) is dict or type(item) is list)
            continue
        if type(value) is not dict:
            continue
        for key, item in value.items():
            kind = type(item)
            if kind is str:
                if not named and key in PROSE_KEYS and len(item) > 1 and not item.isspace():
                    found.append(item)
            elif kind is dict or kind is list:
                walked = walked_as(named, key)
                if walked is not None:
                    pending.append((item, walked))
    return found


def shape_digest(document: Any, prose: list[str]) -> bytes:
    """A digest of the document with each of its prose texts (prose_places) left out."""
    return fingerprint(document, dict.fromkeys(map(id, prose), 0))


# A part of a document on its own: where it is (the keys down to it), its prose texts and its
# shape digest. A document's shape is that of its parts (load/pieces.py says where it is cut).
Part = tuple[tuple[Any, ...], list[str], bytes]


def part(where: tuple[Any, ...], value: dict[Any, Any], read_as: bool | None) -> Part:
    """The part `value` (a mapping of one key) at `where`, its prose read as walked_as says (None: none)."""
    prose = [] if read_as is None else prose_places(value, read_as)
    return where, prose, shape_digest(value, prose)


def joined(parts: list[Part]) -> tuple[list[str], bytes]:
    """A document's prose texts and shape digest from its parts, in order."""
    return [text for _, prose, _ in parts for text in prose], fingerprint([(where, shape) for where, _, shape in parts])
