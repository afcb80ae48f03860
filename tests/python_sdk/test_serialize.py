"""Parameter styles of the runtime against the examples of the OpenAPI specification
(Style Examples table: color = blue / [blue, black, brown] / {R: 100, G: 200, B: 150})."""

from __future__ import annotations

import pytest

from tests.python_sdk.packages import KITCHENSINK_SRC, importable

importable(KITCHENSINK_SRC)

from utdk_kitchensink._serialize import Param, path_segment, query_pairs  # noqa: E402

ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("simple", False, "blue", "blue"),
        ("simple", False, ARRAY, "blue,black,brown"),
        ("simple", False, OBJECT, "R,100,G,200,B,150"),
        ("simple", True, OBJECT, "R=100,G=200,B=150"),
        ("label", False, ARRAY, ".blue,black,brown"),
        ("label", True, ARRAY, ".blue.black.brown"),
        ("label", True, OBJECT, ".R=100.G=200.B=150"),
        ("matrix", False, "blue", ";color=blue"),
        ("matrix", False, ARRAY, ";color=blue,black,brown"),
        ("matrix", True, ARRAY, ";color=blue;color=black;color=brown"),
        ("matrix", True, OBJECT, ";R=100;G=200;B=150"),
        ("simple", False, "a/b,c d", "a%2Fb%2Cc%20d"),
    ],
)
def test_path_styles(style: str, explode: bool, value: object, expected: str) -> None:
    assert path_segment(Param("color", "path", style, explode), value) == expected


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", True, ARRAY, [("color", "blue"), ("color", "black"), ("color", "brown")]),
        ("form", False, ARRAY, [("color", "blue,black,brown")]),
        ("form", True, OBJECT, [("R", "100"), ("G", "200"), ("B", "150")]),
        ("form", False, OBJECT, [("color", "R,100,G,200,B,150")]),
        ("spaceDelimited", False, ARRAY, [("color", "blue black brown")]),
        ("pipeDelimited", False, ARRAY, [("color", "blue|black|brown")]),
        ("deepObject", True, OBJECT, [("color[R]", "100"), ("color[G]", "200"), ("color[B]", "150")]),
        ("form", True, True, [("color", "true")]),
    ],
)
def test_query_styles(style: str, explode: bool, value: object, expected: list[tuple[str, str]]) -> None:
    assert query_pairs(Param("color", "query", style, explode), value) == expected
