"""Errors, logging, User-Agent, idempotency keys and request encoding of the TypeScript SDK, from a
user program compiled with the pinned tsc (--strict) and run under node against a loopback
server: typed error bodies (and misuse rejected), the connection error's cause, `x-should-retry`,
log lines without secrets, the Idempotency-Key only where declared, and bodies the spec's own
schema accepts (base64 files in JSON, keys named `__proto__`, `constructor`, `toString`)."""

from __future__ import annotations

import base64
import json
import socket
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.python_sdk.test_inline_spec import HOSTILE_BODY
from tests.snippets.example_validity import recorded_body_problems
from tests.typescript.packages import node
from tests.typescript.server import Answer, Loopback
from tests.typescript.test_discriminated_unions import compile_app, errors_by_file, make_app

KITCHENSINK = REPO / "specs" / "kitchensink" / "openapi.yaml"
SECRETS = {"bearerAuth": "bearer-s3cret-1", "apiKeyQuery": "query-s3cret-2", "apiKeyHeader": "header-s3cret-3"}
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"

PROGRAM = """
import {
  APIConnectionError,
  InternalServerError,
  Kitchensink,
  NotFoundError,
  UnprocessableEntityError,
  type Logger,
} from '@utdk/kitchensink';

const lines: string[] = [];
const logger: Logger = {
  error: (message) => lines.push(message),
  warn: (message) => lines.push(message),
  info: (message) => lines.push(message),
  debug: (message) => lines.push(message),
};
const client = new Kitchensink({
  maxRetries: 1,
  logger,
  bearerAuth: 'bearer-s3cret-1',
  apiKeyQuery: 'query-s3cret-2',
  apiKeyHeader: 'header-s3cret-3',
});
const out: Record<string, unknown> = {};

try {
  await client.createorder({ item: 'bone' });
} catch (error) {
  if (error instanceof UnprocessableEntityError && error.body && 'error_code' in error.body) {
    out.refusal = error.body.error_code;
  }
}
try {
  await client.createorder({ item: 'bone' });
} catch (error) {
  if (error instanceof NotFoundError && error.body) out.missingCode = error.body.code;
}
try {
  await client.getstatus();
} catch (error) {
  if (error instanceof InternalServerError) out.notRetried = error.status;
}
out.retriedVersion = (await client.getstatus()).version;
await client.searchpets({ q: 'cat' });

const pdf = new Uint8Array([...'%PDF-1.4\\n%'].map((c) => c.charCodeAt(0)).concat([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
await client.createorder({
  item: 'x',
  receipt: new Blob([pdf]),
  constructor: 'c',
  toString: 't',
});
await client.createpet({ name: 'Rex', petType: 'dog' });

const offline = new Kitchensink({ baseURL: 'http://127.0.0.1:CLOSED_PORT', maxRetries: 0 });
try {
  await offline.getstatus();
} catch (error) {
  if (error instanceof APIConnectionError) out.cause = error.cause instanceof Error ? error.cause.name : null;
}
// fetch refuses a URL with userinfo; the attempt is logged all the same
const withUserinfo = new Kitchensink({ baseURL: 'USERINFO_URL', maxRetries: 0, logger });
await withUserinfo.getstatus().catch(() => undefined);
out.lines = lines;
console.log(JSON.stringify(out));
"""

MISUSE = {
    "body read without narrowing": "if (error instanceof NotFoundError) error.body.code;",
    "field the schema does not have": "if (error instanceof NotFoundError && error.body) error.body.error_code;",
    "field of the other body without narrowing": "if (error instanceof UnprocessableEntityError && error.body) error.body.error_code;",
}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_app(tmp_path_factory.mktemp("ks-obs"), KITCHENSINK, "kitchensink")


def _closed_port() -> int:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        return int(unused.getsockname()[1])


def test_errors_logs_user_agent_idempotency_and_bodies(app: Path) -> None:
    with Loopback() as server:
        userinfo_url = server.url.replace("http://", "http://ann:userinfo-s3cret-4@")
        program = PROGRAM.replace("CLOSED_PORT", str(_closed_port())).replace("USERINFO_URL", userinfo_url)
        output = compile_app(app, {"main.ts": program})
        assert output == "", output
        server.answer("POST /orders",
                      Answer(status=422, body={"error_code": "OUT_OF_STOCK"}),
                      Answer(status=404, body={"code": 404, "message": "no shop"}),
                      Answer(status=201, body={"id": "o", "item": "x"}))
        server.answer("GET /status",
                      Answer(status=500, body={}, headers={"x-should-retry": "false"}),
                      Answer(status=400, body={}, headers={"x-should-retry": "true", "retry-after-ms": "1"}),
                      Answer(body={"ok": True, "version": "2"}))
        server.answer("GET /search", Answer(status=503, body={}, headers={"retry-after-ms": "1"}), Answer(body=[]))
        server.answer("POST /pets", Answer(status=201, body={"id": 1, "name": "Rex", "petType": "dog"}))
        env = {"KITCHENSINK_BASE_URL": server.url, "KITCHENSINK_LOG": "debug"}
        done = node(app / "dist" / "main.js", env=env, cwd=app)
        assert done.returncode == 0, done.stderr
        requests = list(server.requests)
    *console_lines, last = done.stdout.splitlines()
    out = json.loads(last)
    # a client without a `logger` writes to the console
    assert any("/status -> APIConnectionError in " in line for line in console_lines), console_lines
    assert out["refusal"] == "OUT_OF_STOCK" and out["missingCode"] == 404
    assert out["notRetried"] == 500 and out["retriedVersion"] == "2"
    assert out["cause"] == "TypeError"  # fetch's own error, kept as the cause
    status_calls = [r for r in requests if r.path == "/status"]
    assert len(status_calls) == 3  # 500 + false: once; 400 + true: retried

    orders = [r for r in requests if r.path == "/orders"]
    keys = [r.headers.get("idempotency-key") for r in orders]
    assert all(keys) and len(set(keys)) == 3  # declared: a key on each call
    [pet] = [r for r in requests if r.path == "/pets"]
    assert "idempotency-key" not in pet.headers  # not declared: none
    assert pet.headers["user-agent"].startswith("@utdk/kitchensink/1.2.0 Node/v")
    sent = orders[-1].json()
    assert sent == {"item": "x", "receipt": base64.b64encode(PDF).decode(), "constructor": "c", "toString": "t"}
    assert recorded_body_problems(KITCHENSINK, "kitchensink", "createOrder", sent) == []

    text = "\n".join(out["lines"])
    assert "GET http://<redacted>@127.0.0.1:" in text and "/status -> APIConnectionError in " in text
    assert f"GET {server.url}/search?" in text and "api_key=<redacted>" in text
    assert "-> 503 in " in text and "-> 200 in " in text and "(retry 1)" in text and "retrying GET" in text
    assert "request headers:" in text and '"user-agent":"@utdk/kitchensink/1.2.0 Node/' in text
    for secret in [*SECRETS.values(), "userinfo-s3cret-4"]:
        assert secret not in text, secret


def test_misread_error_bodies_do_not_compile(app: Path) -> None:
    header = (
        "import { Kitchensink, NotFoundError, UnprocessableEntityError } from '@utdk/kitchensink';\n\n"
        "try {\n  await new Kitchensink().getstatus();\n} catch (error) {\n"
    )
    programs = {f"misuse{i}.ts": f"{header}  {line}\n}}\n" for i, line in enumerate(MISUSE.values())}
    errors = errors_by_file(compile_app(app, programs))
    assert sorted(errors) == sorted(programs), errors


def test_every_status_raises_the_same_class_name_in_python_and_typescript(app: Path) -> None:
    """The model's one table decides; both packages are generated from it, so they agree for every status."""
    from generator.model.sdk_errors import error_class_name
    from tests.python_sdk.packages import KITCHENSINK_SRC, importable

    importable(KITCHENSINK_SRC)
    from utdk_kitchensink._exceptions import ERROR_CLASSES

    statuses = [s for s in range(100, 600) if not 200 <= s < 300]
    script = app / "classes.mjs"
    script.write_text(
        "import { errorForStatus } from './node_modules/@utdk/kitchensink/dist/core/index.js';\n"
        "import { ERROR_CLASSES } from './node_modules/@utdk/kitchensink/dist/errors.js';\n"
        f"const statuses = {json.dumps(statuses)};\n"
        "const names = Object.fromEntries(statuses.map((s) => "
        "[s, errorForStatus(s, new Headers(), undefined, null, ERROR_CLASSES).constructor.name]));\n"
        "console.log(JSON.stringify(names));\n"
    )
    done = node(script, cwd=app)
    assert done.returncode == 0, done.stderr
    typescript = {int(k): v for k, v in json.loads(done.stdout).items()}
    python = {s: ERROR_CLASSES.for_status(s).__name__ for s in statuses}
    table = {s: error_class_name(s) for s in statuses}
    assert python == table and typescript == table
    assert table[503] == "ServiceUnavailableError" and table[502] == "ServerError" and table[418] == "ClientError"


HOSTILE_PROGRAM = """
import { Hostile } from '@utdk/hostile';

const client = new Hostile();
await client.sendhostile({ ['__proto__']: 'p', constructor: 'c', toString: 't', hasOwnProperty: 'h' });
await client.sendhostile({ constructor: 'c' });
"""


def test_keys_named_like_javascript_own_properties_are_sent(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Hostile", "version": "1.0.0"},
        "paths": {"/hostile": {"post": {
            "operationId": "sendHostile",
            "requestBody": {"required": True, "content": {"application/json": {"schema": HOSTILE_BODY}}},
            "responses": {"204": {"description": "ok"}},
        }}},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    app = make_app(tmp_path / "app", tmp_path / "openapi.json", "hostile")
    output = compile_app(app, {"main.ts": HOSTILE_PROGRAM})
    assert output == "", output
    with Loopback() as server:
        server.answer("POST /hostile", Answer(status=204), Answer(status=204))
        done = node(app / "dist" / "main.js", env={"HOSTILE_BASE_URL": server.url}, cwd=app)
        assert done.returncode == 0, done.stderr
        bodies = [r.json() for r in server.only("POST /hostile")]
    # the second call sends only its own key: nothing inherited from Object.prototype
    assert bodies == [{"__proto__": "p", "constructor": "c", "toString": "t", "hasOwnProperty": "h"}, {"constructor": "c"}]
