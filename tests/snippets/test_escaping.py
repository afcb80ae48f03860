"""Hostile values come back exactly: the Python snippet's arguments evaluate (ast.literal_eval) and
the TypeScript snippet's object evaluates (node) to the values that were typed, so no quote,
backslash, line break, `${`, backtick or </script> ends a literal early or changes a value."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
from typing import Any

import pytest

from generator.context import ApiContext
from generator.requests import js_order, request_plan
from generator.snippets import render_snippet

from .fixtures import PROVIDERS, api_for, as_json, cases, operation, options_for

HOSTILE_CASES = [c for c in cases() if c.label in ("hostile", "structured", "numbers")]


def _expected(case: Any, name_of: str) -> dict[str, Any]:
    """The values keyed by the SDK argument names (file values are checked as file names)."""
    api, op = api_for(case.provider), operation(case.provider, case.operation)
    names = {a.key: getattr(a, name_of) for a in request_plan(api, op).arguments}
    return {names[k]: js_order(v) for k, v in as_json(case.values).items() if k in names and v is not None}


def _python_value(node: ast.expr) -> Any:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "read":
        return _python_value(node.func.value)  # open("<file name>", "rb").read()
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
        return ast.literal_eval(node.args[0])  # open("<file name>", "rb")
    if isinstance(node, ast.List):
        return [_python_value(e) for e in node.elts]
    return ast.literal_eval(node)


@pytest.mark.parametrize("case", HOSTILE_CASES, ids=lambda c: c.id)
def test_python_snippet_arguments_evaluate_to_the_values(case: Any) -> None:
    api, op, options = api_for(case.provider), operation(case.provider, case.operation), options_for(case.provider)
    source = render_snippet(ApiContext(api, options), op, "python", as_json(case.values))
    tree = ast.parse(source)
    assert isinstance(tree.body[0], ast.ImportFrom) and len(tree.body) == 2
    call = tree.body[1]
    assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call) and not call.value.args
    got = {kw.arg: _python_value(kw.value) for kw in call.value.keywords}
    assert got == _expected(case, "py_name")


TS_RUNNER = r"""
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const out = [];
  for (const source of cases) {
    const body = source.split('\n\n').slice(1).join('\n\n');
    let captured;
    const client = new Proxy({}, { get: () => async (arg) => { captured = arg; } });
    const openAsBlob = async (name) => name;
    const run = new Function('client', 'openAsBlob', 'return (async () => { ' + body.replace(/^await [A-Za-z_$][A-Za-z0-9_$]*/, 'await client') + '\n})()');
    await run(client, openAsBlob);
    out.push(captured === undefined ? null : captured);
  }
  process.stdout.write(JSON.stringify(out));
})();
"""


def test_typescript_snippet_objects_evaluate_to_the_values() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    sources, expected = [], []
    for case in HOSTILE_CASES:
        api, op, options = api_for(case.provider), operation(case.provider, case.operation), options_for(case.provider)
        sources.append(render_snippet(ApiContext(api, options), op, "typescript", as_json(case.values)))
        expected.append(_expected(case, "ts_name") or None)
    done = subprocess.run([node, "-e", TS_RUNNER], input=json.dumps(sources), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert len(got) == len(expected) > 3 * len(PROVIDERS)
    for source, want, have in zip(sources, expected, got):
        assert have == json.loads(json.dumps(want)), source
