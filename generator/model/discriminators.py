"""Which discriminator value selects which variant of a oneOf/anyOf, decided once for every target.

An explicit `mapping` decides first. A variant it leaves out is identified by the values its own
schema allows for the discriminator property (a `const` or an `enum`, on the variant itself or on
one of its allOf parts): APIs such as OpenAI's messages say `role: {enum: [user]}` and expect
`user` on the wire, never the schema's name. Only a variant that leaves the property open is
identified by its schema name, as the OpenAPI rule says. Cases where the two rules meet, or where
variants claim the same value, are reported as warnings at the discriminator.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from ..diagnostics import Diagnostics
from ..load.refs import Located, SpecSet

_MAX_DEPTH = 16


def discriminator_mapping(
    specs: SpecSet,
    diagnostics: Diagnostics,
    union: Located,
    property_name: str,
    explicit: Sequence[tuple[str, str]],
    variants: Sequence[tuple[str, Located]],
) -> tuple[tuple[str, str], ...]:
    """(wire value, schema key) pairs in spec order: the explicit mapping, then the variants it leaves out."""
    where = union.child("discriminator")

    def warn(message: str) -> None:
        diagnostics.warning(where.file, where.pointer, message, "discriminator")

    own = {key: declared_values(specs, node, property_name) for key, node in variants}
    mapping = list(explicit)
    claimed = {value: key for value, key in explicit}
    for value, key in explicit:
        allowed = own.get(key)
        if allowed and value not in allowed:
            warn(f"mapping sends {value!r} to {key}, whose `{property_name}` allows only {_listed(allowed)}")
    mapped = {key for _, key in explicit}
    unmapped = [key for key, _ in variants if key not in mapped]
    named: list[str] = []
    for key in unmapped:
        values = own[key]
        if values == ():
            warn(f"{key} allows no value of `{property_name}` (its allOf parts disagree); its schema name is used")
        if not values:
            named.append(key)
            values = (key,)
        for value in values:
            owner = claimed.get(value)
            if owner is not None and owner != key:
                warn(f"{key} and {owner} both stand for `{property_name}` {value!r}; it selects {owner}")
                continue
            claimed[value] = key
            mapping.append((value, key))
    if named and len(named) < len(unmapped):
        warn(
            f"{', '.join(named)} {'leaves' if len(named) == 1 else 'leave'} `{property_name}` open while the other variants "
            f"declare its value; the schema name stands for the value there"
        )
    return tuple(dict.fromkeys(mapping))


def declared_values(specs: SpecSet, node: Located, property_name: str, depth: int = 0) -> tuple[str, ...] | None:
    """The values the schema at node allows for one property; None when it leaves the property open.

    allOf parts all constrain the value, so the variant allows what they all allow; an empty
    tuple means they disagree."""
    target = specs.deref(node)
    if target is None or not isinstance(target.value, dict) or depth > _MAX_DEPTH:
        return None
    schema = target.value
    found: list[tuple[str, ...]] = []
    props = schema.get("properties")
    if isinstance(props, dict) and property_name in props:
        values = _literal_values(specs, target.child("properties", property_name), depth + 1)
        if values is not None:
            found.append(values)
    parts = schema.get("allOf")
    for i in range(len(parts) if isinstance(parts, list) else 0):
        values = declared_values(specs, target.child("allOf", i), property_name, depth + 1)
        if values is not None:
            found.append(values)
    choice = _each_member(specs, target, lambda member: declared_values(specs, member, property_name, depth + 1))
    if choice is not None:
        found.append(choice)
    if not found:
        return None
    return tuple(v for v in found[0] if all(v in other for other in found[1:]))


def _literal_values(specs: SpecSet, node: Located, depth: int) -> tuple[str, ...] | None:
    """A property schema's `const` or string `enum` values (through $ref and one-part allOf)."""
    target = specs.deref(node)
    if target is None or not isinstance(target.value, dict) or depth > _MAX_DEPTH:
        return None
    schema: dict[str, Any] = target.value
    if isinstance(schema.get("const"), str):
        return (schema["const"],)
    if isinstance(schema.get("enum"), list):
        values = tuple(dict.fromkeys(v for v in schema["enum"] if isinstance(v, str)))
        return values or None
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1:
        return _literal_values(specs, target.child("allOf", 0), depth + 1)
    return _each_member(specs, target, lambda member: _literal_values(specs, member, depth + 1))


def _each_member(specs: SpecSet, node: Located, values_of: Callable[[Located], tuple[str, ...] | None]) -> tuple[str, ...] | None:
    """The values a oneOf/anyOf allows when every member (null aside) declares its own; else None."""
    for keyword in ("oneOf", "anyOf"):
        members = node.value.get(keyword)
        if not isinstance(members, list):
            continue
        collected: list[str] = []
        for i, member in enumerate(members):
            if isinstance(member, dict) and member.get("type") in ("null", ["null"]):
                continue
            values = values_of(node.child(keyword, i))
            if values is None:
                return None
            collected.extend(values)
        return tuple(dict.fromkeys(collected)) or None
    return None


def _listed(values: Sequence[str]) -> str:
    return ", ".join(repr(v) for v in values)
