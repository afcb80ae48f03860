"""The validation keywords of a schema that the model keeps: numeric bounds, string pattern and
lengths, multipleOf, item counts, and anyOf/oneOf lists of `required` sets."""

from __future__ import annotations

from typing import Any

from .types import Bounds, Constraints

# keywords a member of anyOf/oneOf may carry and still be only a required set
_REQUIRED_SET_KEYS = {"required", "description", "title"}


def _number(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def bounds_of(schema: dict[str, Any]) -> Bounds | None:
    """minimum/maximum, with 3.0's boolean and 3.1's numeric exclusiveMinimum/exclusiveMaximum."""
    low, high = _number(schema.get("minimum")), _number(schema.get("maximum"))
    low_exclusive = schema.get("exclusiveMinimum") is True
    high_exclusive = schema.get("exclusiveMaximum") is True
    if _number(schema.get("exclusiveMinimum")) is not None:
        low, low_exclusive = _number(schema.get("exclusiveMinimum")), True
    if _number(schema.get("exclusiveMaximum")) is not None:
        high, high_exclusive = _number(schema.get("exclusiveMaximum")), True
    if low is None and high is None:
        return None
    return Bounds(low, high, low_exclusive and low is not None, high_exclusive and high is not None)


def constraints_of(schema: dict[str, Any]) -> Constraints | None:
    multiple = _number(schema.get("multipleOf"))
    found = Constraints(
        pattern=schema["pattern"] if isinstance(schema.get("pattern"), str) else None,
        min_length=_count(schema.get("minLength")),
        max_length=_count(schema.get("maxLength")),
        multiple_of=multiple if multiple is not None and multiple > 0 else None,
        min_items=_count(schema.get("minItems")),
        max_items=_count(schema.get("maxItems")),
        unique_items=schema.get("uniqueItems") is True,
    )
    return None if found == Constraints() else found


def required_sets(schema: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The sets of an anyOf/oneOf whose members only list required properties
    (`anyOf: [{required: [file_ids]}, {required: [files]}]`); empty when it is anything else."""
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword)
        if not isinstance(members, list) or not members:
            continue
        sets = []
        for member in members:
            if not isinstance(member, dict) or not set(member) <= _REQUIRED_SET_KEYS or not isinstance(member.get("required"), list):
                return ()
            sets.append(tuple(str(name) for name in member["required"]))
        return tuple(sets)
    return ()
