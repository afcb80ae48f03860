"""jsonschema's iri formats give the same verdicts whether rfc3987_syntax is loaded up front or
on first use (generator/deferred_imports.py), and importing the generator with jsonschema does not
build rfc3987_syntax's grammars."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

VALUES = ["http://a/b", "http://example.com/ü?q=1#f", "no spaces allowed ", "://", "", "urn:x:y", "a b"]

_VERDICTS = """
import json, sys
if sys.argv[1] == "deferred":
    import generator
import jsonschema
loaded_first = "rfc3987_syntax.syntax_helpers" in sys.modules
checker = jsonschema.FormatChecker()
values = json.loads(sys.argv[2])
print(json.dumps({"loaded_at_import": loaded_first,
                  "verdicts": [[checker.conforms(v, f) for f in ("iri", "iri-reference")] for v in values]}))
"""


def run(mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _VERDICTS, mode, json.dumps(VALUES)], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(importlib.util.find_spec("rfc3987_syntax") is None, reason="rfc3987_syntax is not installed")
def test_iri_verdicts_are_the_same_and_the_grammars_wait_for_their_first_use() -> None:
    eager, deferred = run("eager"), run("deferred")
    assert eager["loaded_at_import"] is True and deferred["loaded_at_import"] is False
    assert deferred["verdicts"] == eager["verdicts"]
    assert [True, True] in eager["verdicts"] and [False, False] in eager["verdicts"]  # both kinds of verdict occur
