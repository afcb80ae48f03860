"""Numbers in Python and TypeScript literals read back as the same values."""

from __future__ import annotations

import json
import math
import random

import pytest

from generator.literals import _JS_UNSAFE, py_literal, ts_literal, ts_string


@pytest.mark.parametrize("value", [0, -7, 2**60, 1.0, -0.5, 1e300, 2.0**53, 0.1 + 0.2, [1, 2.5, {"a": 3.0}]])
def test_python_number_literals_evaluate_to_the_value(value: object) -> None:
    assert eval(py_literal(value)) == value  # noqa: S307 - the literal is the code under test


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_numbers_json_cannot_carry_become_null_in_each_language(value: float) -> None:
    assert eval(py_literal(value)) is None  # noqa: S307
    assert eval(py_literal([value])) == [None]  # noqa: S307
    assert ts_literal(value) == "null"


def _ts_string_through_json(value: str) -> str:
    body = json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
    for raw, escaped in _JS_UNSAFE.items():
        body = body.replace(raw, escaped)
    return "'" + body + "'"


def test_typescript_strings_without_escapes_take_the_short_way_to_the_same_literal() -> None:
    chooser = random.Random(7)
    alphabet = [chr(i) for i in range(0x100)] + ["\u2028", "\u2029", "\ud800", "€", "</script>", "${", "*/", "'", "\\"]
    samples = ["".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 12))) for _ in range(50_000)]
    samples += [chr(i) * 3 for i in range(0x80)]
    for value in samples:
        assert ts_string(value) == _ts_string_through_json(value), repr(value)
