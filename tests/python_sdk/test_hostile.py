"""A small inline spec full of text that could end a string, a docstring or a comment: the
package still formats, type-checks, imports, and keeps the text as data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.config import single_spec_config
from generator.output import changeset, write
from generator.pipeline import generate
from tests.python_sdk.checks import black_check, mypy

HOSTILE = 'end """ \'\'\' */ ${x} `y` </script> \\ "q" \\n'

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": HOSTILE, "version": "1.0.0", "description": HOSTILE},
    "servers": [{"url": "https://api.example.com/v1", "description": HOSTILE}],
    "tags": [{"name": HOSTILE}],
    "components": {
        "securitySchemes": {'k"ey': {"type": "apiKey", "in": "header", "name": 'X-"Key'}},
        "schemas": {
            "Mood": {"type": "string", "enum": ['a"b', '"""', "c\\d", "e\nf"], "description": HOSTILE},
            "Thing": {
                "type": "object",
                "description": HOSTILE,
                "required": ['we"ird'],
                "properties": {
                    'we"ird': {"type": "string", "description": HOSTILE},
                    "str": {"type": "integer"},
                    "list": {"type": "array", "items": {"$ref": "#/components/schemas/Mood"}},
                    "to_dict": {"type": "boolean"},
                },
            },
        },
    },
    "security": [{'k"ey': []}],
    "paths": {
        '/things/{id"}': {
            "post": {
                "operationId": 'make"Thing',
                "summary": HOSTILE,
                "description": HOSTILE,
                "tags": [HOSTILE],
                "parameters": [
                    {"name": 'id"', "in": "path", "required": True, "schema": {"type": "string"}, "description": HOSTILE},
                    {"name": 'q"', "in": "query", "schema": {"$ref": "#/components/schemas/Mood"}},
                ],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"200": {"description": HOSTILE, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
            }
        }
    },
}

PROBE = """
import typing, json
import utdk_hostile
from utdk_hostile.models import Mood, Thing
client = utdk_hostile.Hostile(k_ey="secret")
thing = Thing({'we"ird': "v", "str": 3, "to_dict": True, "other": 1})
print(json.dumps({
    "mood": list(typing.get_args(Mood)),
    "doc": Thing.__doc__,
    "fields": sorted(Thing.__annotations__),
    "values": [thing.we_ird, thing.str, thing.to_dict_2, thing.model_extra],
    "method": client.make_thing.__doc__.splitlines()[0],
}))
"""


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(SPEC), "utf-8")
    out = tmp_path / "out"
    result = generate(single_spec_config(spec, out, "hostile", ("python",)), only_targets=("python",))
    assert not result.has_errors, [d.render() for d in result.diagnostics]
    write(changeset(out, result.files, result.scopes))
    package = out / "hostile" / "python"
    checked = mypy([package / "src" / "utdk_hostile"], tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert black_check([package]).returncode == 0
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(package / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    probe = json.loads(done.stdout)
    assert probe["mood"] == ['a"b', '"""', "c\\d", "e\nf"]
    assert probe["doc"] == HOSTILE
    assert probe["fields"] == ["list", "str", "to_dict_2", "we_ird"]
    assert probe["values"] == ["v", 3, True, {"other": 1}]
    assert probe["method"] == HOSTILE
