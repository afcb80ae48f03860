"""live.js (node) and the Python renderers make byte-identical snippets over the fixture set."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from generator.context import ApiContext
from generator.literals import json_text
from generator.snippets import CLIENTS, render_snippet, snippet_data

from .fixtures import REPO, api_for, as_json, cases, operation, options_for

LIVE = REPO / "templates" / "snippets" / "live.js"
RUNNER = """
const live = require(process.argv[1]);
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map((c) => {
  try { return live.render(c.spec, c.language, c.values); } catch (e) { return 'THREW ' + e.stack; }
});
process.stdout.write(JSON.stringify(out));
"""


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    return node


def test_live_script_matches_python_renderers_byte_for_byte() -> None:
    node = _node()
    payload, expected, labels = [], [], []
    for case in cases():
        api = api_for(case.provider)
        op = operation(case.provider, case.operation)
        options = options_for(case.provider)
        # the spec travels to the page as json_text inside a script element
        spec = json.loads(json_text(snippet_data(ApiContext(api, options), op)))
        values = as_json(case.values)
        for entry in CLIENTS:
            payload.append({"spec": spec, "language": entry.language, "values": values})
            expected.append(render_snippet(ApiContext(api, options), op, entry.language, values))
            labels.append(f"{case.id}/{entry.language}")
    done = subprocess.run([node, "-e", RUNNER, str(LIVE)], input=json.dumps(payload), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert len(got) == len(expected) > 200
    mismatches = [(label, e, g) for label, e, g in zip(labels, expected, got) if e != g]
    assert not mismatches, "\n\n".join(f"{label}\n--- python\n{e}\n--- live.js\n{g}" for label, e, g in mismatches[:3])


def test_seed_snippet_for_an_empty_form_and_for_an_access_token() -> None:
    node = _node()
    api, op, options = api_for("plaid"), operation("plaid", "identityRefresh"), options_for("plaid")
    spec = snippet_data(ApiContext(api, options), op)
    runner = "const live = require(process.argv[1]); const spec = JSON.parse(process.argv[2]);" \
             "process.stdout.write(JSON.stringify([live.render(spec, 'typescript', {}), live.render(spec, 'typescript', {access_token: 'access-sandbox-123'})]))"
    done = subprocess.run([node, "-e", runner, str(LIVE), json.dumps(spec)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    empty, filled = json.loads(done.stdout)
    assert empty == "import plaid from '@utdk/plaid';\n\nawait plaid.identityrefresh()"
    assert filled == "import plaid from '@utdk/plaid';\n\nawait plaid.identityrefresh({ access_token: 'access-sandbox-123' })"
    assert render_snippet(ApiContext(api, options), op, "python", {"access_token": "access-sandbox-123"}) == (
        'from utdk_plaid import plaid\n\nplaid.identity_refresh(access_token="access-sandbox-123")'
    )


def test_live_script_loads_as_a_classic_browser_script() -> None:
    """No module system in a page opened from file://: the script defines window.UtdkSnippets."""
    node = _node()
    runner = ("const vm = require('vm'); const ctx = {self: {}}; vm.createContext(ctx);"
              "vm.runInContext(require('fs').readFileSync(process.argv[1], 'utf8'), ctx);"
              "process.stdout.write(JSON.stringify(ctx.self.UtdkSnippets.languages))")
    done = subprocess.run([node, "-e", runner, str(LIVE)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [c.language for c in CLIENTS]
