"""Discriminated unions as a person uses them: object literals with the API's own discriminator
values compile under --strict, misuse does not, and a response narrows by its discriminator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, REPO, require_shared
from tests.typescript.packages import APP_TSCONFIG, build, node, tsc, write_package
from tests.typescript.server import Answer, Loopback

CONVERSATION = """\
import { Kitchensink } from '@utdk/kitchensink';

const client = new Kitchensink({ bearerAuth: 'token' });
const conversation = await client.createconversation({
  model: 'small',
  messages: [
    { role: 'user', content: 'hi' },
    { role: 'assistant', tool_calls: ['lookup'] },
    { role: 'tool', tool_call_id: 'lookup', content: '42' },
  ],
});
const seen: string[] = [];
for (const message of conversation.messages) {
  switch (message.role) {
    case 'user':
      seen.push(`user:${message.content}`);
      break;
    case 'assistant':
      seen.push(`assistant:${message.tool_calls.join(',')}`);
      break;
    case 'tool':
      seen.push(`tool:${message.tool_call_id}:${message.content}`);
      break;
  }
}
console.log(JSON.stringify(seen));
"""

CHAT = """\
import openai from '@utdk/openai';

const completion = await openai.createchatcompletion({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
const system = await openai.createchatcompletion({
  model: 'gpt-4o',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'hi' },
    { role: 'assistant', content: 'Hello.' },
    { role: 'tool', tool_call_id: 'call_1', content: 'done' },
  ],
});
console.log(completion.id, system.id);
"""

KITCHENSINK_MISUSE = {
    "wrong role": "messages: [{ role: 'robot', content: 'hi' }]",
    "field of another variant": "messages: [{ role: 'user', content: 'hi', tool_call_id: 'x' }]",
    "missing field of its own variant": "messages: [{ role: 'tool', content: 'hi' }]",
    "schema name as the role": "messages: [{ role: 'UserMessage', content: 'hi' }]",
}

CHAT_MISUSE = {
    "wrong role": "messages: [{ role: 'robot', content: 'hi' }]",
    "field of another variant": "messages: [{ role: 'user', content: 'hi', tool_call_id: 'call_1' }]",
    "schema name as the role": "messages: [{ role: 'ChatCompletionRequestUserMessage', content: 'hi' }]",
}


def make_app(root: Path, spec: Path, name: str) -> Path:
    """An application with @utdk/<name> installed in its node_modules, as npm would lay it out."""
    build(write_package(spec, name, root / "node_modules" / "@utdk" / name))
    (root / "package.json").write_text(json.dumps({"name": f"{name}-app", "private": True, "type": "module"}))
    (root / "tsconfig.json").write_text(json.dumps(APP_TSCONFIG))
    (root / "src").mkdir()
    return root


def compile_app(app: Path, sources: dict[str, str]) -> str:
    """Compiles the sources as one program; returns the compiler's output (empty when it compiled)."""
    for old in (app / "src").glob("*.ts"):
        old.unlink()
    for name, source in sources.items():
        (app / "src" / name).write_text(source)
    result, _ = tsc("-p", "tsconfig.json", cwd=app)
    return result.stdout + result.stderr


def errors_by_file(output: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in output.splitlines():
        if ": error TS" in line:
            found.setdefault(line.split("(", 1)[0].removeprefix("src/"), []).append(line)
    return found


def misuse_programs(header: str, call: str, cases: dict[str, str]) -> dict[str, str]:
    return {f"misuse{i}.ts": f"{header}\n\nawait {call}({{ model: 'm', {body} }});\n" for i, body in enumerate(cases.values())}


@pytest.fixture(scope="module")
def kitchensink_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_app(tmp_path_factory.mktemp("ks-app"), REPO / "specs" / "kitchensink" / "openapi.yaml", "kitchensink")


@pytest.fixture(scope="module")
def openai_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = require_shared() and CORPUS / "openai" / "openapi.yaml"
    return make_app(tmp_path_factory.mktemp("openai-app"), spec, "openai")


def test_messages_written_as_literals_compile_and_narrow_by_role(kitchensink_app: Path) -> None:
    output = compile_app(kitchensink_app, {"conversation.ts": CONVERSATION})
    assert output == "", output
    reply = {
        "id": "c1",
        "messages": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "tool_calls": ["lookup", "sum"]},
            {"role": "tool", "tool_call_id": "lookup", "content": "42"},
        ],
    }
    with Loopback() as server:
        server.answer("POST /conversations", Answer(body=reply))
        done = node(kitchensink_app / "dist" / "conversation.js", env={"KITCHENSINK_BASE_URL": server.url}, cwd=kitchensink_app)
        assert done.returncode == 0, done.stderr
        [request] = server.only("POST /conversations")
    assert request.json()["messages"] == [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "tool_calls": ["lookup"]},
        {"role": "tool", "tool_call_id": "lookup", "content": "42"},
    ]
    assert json.loads(done.stdout) == ["user:hi", "assistant:lookup,sum", "tool:lookup:42"]


def test_misused_messages_do_not_compile(kitchensink_app: Path) -> None:
    header = "import { Kitchensink } from '@utdk/kitchensink';\n\nconst client = new Kitchensink();"
    programs = misuse_programs(header, "client.createconversation", KITCHENSINK_MISUSE)
    errors = errors_by_file(compile_app(kitchensink_app, programs))
    assert sorted(errors) == sorted(programs), errors
    assert any("tool_call_id" in line for line in errors["misuse1.ts"]), errors["misuse1.ts"]


@pytest.mark.slow
def test_chat_completion_written_as_a_person_writes_it_compiles(openai_app: Path) -> None:
    output = compile_app(openai_app, {"chat.ts": CHAT})
    assert output == "", output
    with Loopback() as server:
        completion = Answer(body={"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o", "choices": []})
        server.answer("POST /chat/completions", completion, completion)
        done = node(openai_app / "dist" / "chat.js", env={"OPENAI_API_KEY_AUTH": "sk-test", "OPENAI_BASE_URL": server.url}, cwd=openai_app)
        assert done.returncode == 0, done.stderr
        first, second = server.only("POST /chat/completions")
    assert first.json() == {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
    assert [m["role"] for m in second.json()["messages"]] == ["system", "user", "assistant", "tool"]
    assert done.stdout.split() == ["chatcmpl-1", "chatcmpl-1"]


@pytest.mark.slow
def test_misused_chat_messages_do_not_compile(openai_app: Path) -> None:
    programs = misuse_programs("import openai from '@utdk/openai';", "openai.createchatcompletion", CHAT_MISUSE)
    errors = errors_by_file(compile_app(openai_app, programs))
    assert sorted(errors) == sorted(programs), errors
