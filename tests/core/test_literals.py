"""Numbers in Python and TypeScript literals read back as the same values."""

from __future__ import annotations

import math

import pytest

from generator.literals import py_literal, ts_literal


@pytest.mark.parametrize("value", [0, -7, 2**60, 1.0, -0.5, 1e300, 2.0**53, 0.1 + 0.2, [1, 2.5, {"a": 3.0}]])
def test_python_number_literals_evaluate_to_the_value(value: object) -> None:
    assert eval(py_literal(value)) == value  # noqa: S307 - the literal is the code under test


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_numbers_json_cannot_carry_become_null_in_each_language(value: float) -> None:
    assert eval(py_literal(value)) is None  # noqa: S307
    assert eval(py_literal([value])) == [None]  # noqa: S307
    assert ts_literal(value) == "null"
