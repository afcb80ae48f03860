"""Strict tsc on the packages generated for specs/, hostile spec text, and the golden files."""

from __future__ import annotations

import os
from pathlib import Path

import json

from tests.conftest import REPO, run_cli
from tests.typescript.packages import build, check_all, node, write_package
from tests.typescript.server import Answer, Loopback

CALL = Path(__file__).with_name("call.mjs")

SPECS = sorted(p.parent.name for p in (REPO / "specs").glob("*/openapi.yaml"))

HOSTILE = r"""
openapi: 3.1.0
info:
  title: "Hostile */ ${x} `y` </script> '\" \u2028"
  version: 1.0.0
  description: "*/ alert(1) /* \n ''' \"\"\" ` ${process.exit(1)}"
servers:
  - url: "https://h.example/'quote'/*/"
tags:
  - name: "tag */ `x`"
    description: "</script><script>alert(1)</script>"
paths:
  "/items/{it'em}":
    post:
      operationId: "create*/Item'${x}"
      tags: ["tag */ `x`"]
      summary: "Summary */ with \n newline and \u2028 separator"
      parameters:
        - name: "it'em"
          in: path
          required: true
          description: "*/ } ] ) ; // "
          schema: {type: string}
        - name: "X-We'ird*"
          in: header
          schema: {type: string, enum: ["a'b", "c*/d", "${e}", "`f`", "</script>"]}
      security:
        - "key'*/": []
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: ["na'me"]
              properties:
                "na'me": {type: string, description: "*/ \\ \\u0000"}
                "*/": {type: integer, const: 3}
                "constructor": {type: string}
                "__proto__": {type: string}
      responses:
        "200":
          description: "ok */"
          content:
            application/json:
              schema:
                title: "Tit*/le"
                type: object
                properties:
                  "a\nb": {type: string, default: "*/"}
components:
  securitySchemes:
    "key'*/":
      type: apiKey
      in: header
      name: "X-Key'*`|"
"""


AWKWARD_NAMES = """
openapi: 3.0.3
info: {title: Names, version: 1.0.0}
servers: [{url: 'https://names.example'}]
paths:
  /a:
    get:
      operationId: constructor
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/NotFoundError'}}}}}
  /b:
    post:
      operationId: 9lives
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Uploadable'}}}
      responses: {'204': {description: ok}}
  /c/{body}:
    put:
      operationId: body
      parameters: [{name: body, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/NamesOptions'}}}}
      responses: {'200': {description: ok, content: {text/plain: {schema: {type: string}}}}}
components:
  schemas:
    NotFoundError: {type: object, properties: {core: {type: string}}}
    Uploadable: {type: object, properties: {types: {type: string}}}
    NamesOptions: {type: object, additionalProperties: {type: integer}, properties: {a: {type: string}}}
    SelfAndMore:
      type: object
      properties: {x: {type: string}}
      anyOf: [{$ref: '#/components/schemas/Uploadable'}, {$ref: '#/components/schemas/NotFoundError'}]
"""


def test_names_that_clash_with_the_runtime_or_javascript_compile(tmp_path: Path) -> None:
    spec = tmp_path / "names.yaml"
    spec.write_text(AWKWARD_NAMES)
    package = write_package(spec, "names", tmp_path / "names")
    result = check_all(tmp_path, ["names"])
    assert result.returncode == 0, result.stdout + result.stderr
    client = (package / "src" / "client.ts").read_text()
    # a member head too long for one line puts its parameters on lines of their own
    heads = client.replace("(\n    params", "(params")
    assert "override ['constructor'](params" in heads and "'9lives'(params" in heads
    assert "key: 'requestBody'" in client  # the body argument steps aside for the path parameter `body`


def test_packages_for_every_spec_compile_strict(tmp_path: Path) -> None:
    for name in SPECS:
        write_package(REPO / "specs" / name / "openapi.yaml", name, tmp_path / name)
    result = check_all(tmp_path, SPECS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hostile_spec_text_stays_inside_comments_and_strings(tmp_path: Path) -> None:
    spec = tmp_path / "hostile.yaml"
    spec.write_text(HOSTILE)
    package = write_package(spec, "hostile", tmp_path / "hostile")
    result = check_all(tmp_path, ["hostile"])
    assert result.returncode == 0, result.stdout + result.stderr
    for source in (package / "src").glob("*.ts"):
        assert "\u2028" not in source.read_text()
    entry = build(package).as_uri()
    with Loopback() as server:
        server.answer("POST /items/a'b", Answer(body={"a\nb": "*/"}))
        plan = {
            "module": entry,
            "className": "Hostile",
            "options": {"baseURL": server.url, "key": "k'*/"},
            "calls": [{"method": "createitemx", "args": {"it'em": "a'b", "xWeIrd": "c*/d", "na'me": "${e}", "*/": 3, "constructor": "`f`"}}],
        }
        done = node(CALL, json.dumps(plan))
        assert done.returncode == 0, done.stderr
        [request] = server.requests
    assert json.loads(done.stdout)["results"][0]["value"] == {"a\nb": "*/"}
    assert request.path == "/items/a'b"
    assert request.headers["x-we'ird*"] == "c*/d"
    assert request.headers["x-key'*`|"] == "k'*/"
    assert request.json() == {"na'me": "${e}", "*/": 3, "constructor": "`f`"}
    # nothing from the spec became code: the class has exactly its one method
    probe = tmp_path / "probe.mjs"
    probe.write_text(f"const m = await import({json.dumps(entry)});\nconsole.log(JSON.stringify(Object.getOwnPropertyNames(m.Hostile.prototype)));\n")
    assert json.loads(node(probe).stdout) == ["constructor", "createitemx"]


def test_golden_files_match_the_generator() -> None:
    result = run_cli("generate", "--check", "--target", "typescript")
    assert result.returncode == 0, result.stdout + result.stderr


def test_output_is_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed-{seed}"
        result = run_cli("generate", "--out", str(out), "--target", "typescript", env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outputs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1]
    assert any(path.endswith("typescript/src/client.ts") for path in outputs[0])
    assert not any(os.fspath(REPO).encode() in content for content in outputs[0].values())
