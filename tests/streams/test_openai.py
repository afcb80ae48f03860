"""The SDKs generated from the OpenAI description stream chat completions from a loopback server
(Python sync and async, TypeScript under node) and unwrap its webhooks; a user program that asks
for a stream type-checks strictly."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.config import single_spec_config
from generator.output import changeset, write
from generator.pipeline import generate
from tests.conftest import CORPUS, require_shared
from tests.python_sdk.packages import importable
from tests.streams.sse_server import SSEServer, events
from tests.typescript.packages import build, node

pytestmark = pytest.mark.slow


def chunk(content: str) -> str:
    body = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o",
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": content}, "finish_reason": None}]}
    return f"data: {json.dumps(body)}\n\n"


CHAT = events((0, chunk("Hel")), (0.2, chunk("lo")), (0, "data: [DONE]\n\n"))
WEBHOOK = json.dumps({"id": "evt_1", "object": "event", "type": "batch.completed", "created_at": 1, "data": {"id": "batch_1"}})


@pytest.fixture(scope="module")
def openai_sdks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_shared()
    out = tmp_path_factory.mktemp("openai")
    result = generate(single_spec_config(CORPUS / "openai" / "openapi.yaml", out, "openai", ("python", "typescript")),
                      only_targets=("python", "typescript"))
    assert not [d for d in result.diagnostics if d.level.value == "error"]
    write(changeset(out, result.files, result.scopes))
    importable(out / "openai" / "python" / "src")
    return out / "openai"


def test_python_streams_chat_completions(openai_sdks: Path, sse: SSEServer) -> None:
    import utdk_openai
    from utdk_openai.models import CreateChatCompletionStreamResponse, WebhookBatchCompleted

    sse.script("POST", "/chat/completions", CHAT)
    with utdk_openai.Openai(base_url=sse.url, api_key_auth="sk-test") as client:
        stream = client.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}], stream=True)
        chunks = list(stream)
        event = client.webhooks.unwrap(WEBHOOK)
    assert all(isinstance(c, CreateChatCompletionStreamResponse) for c in chunks)
    assert [c.choices[0].delta.content for c in chunks] == ["Hel", "lo"]
    assert isinstance(event, WebhookBatchCompleted) and event.data.id == "batch_1"
    assert sse.exchanges[-1].json()["stream"] is True
    assert sse.exchanges[-1].headers["authorization"] == "Bearer sk-test"

    async def run() -> list[Any]:
        async with utdk_openai.AsyncOpenai(base_url=sse.url, api_key_auth="sk-test") as client:
            stream = await client.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}], stream=True)
            return [c.choices[0].delta.content async for c in stream]

    sse.script("POST", "/chat/completions", CHAT)
    assert asyncio.run(run()) == ["Hel", "lo"]


def test_typescript_streams_chat_completions(openai_sdks: Path, sse: SSEServer) -> None:
    module = build(openai_sdks / "typescript").as_uri()
    sse.script("POST", "/chat/completions", CHAT)
    result = node(Path(__file__).with_name("openai_chat.mjs"), module, sse.url, WEBHOOK)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"parts": ["Hel", "lo"], "webhook": ["batch.completed", "batch_1"]}


USER = '''from utdk_openai import Openai, Stream
from utdk_openai.models import CreateChatCompletionResponse, CreateChatCompletionStreamResponse

client = Openai()
chunks: Stream[CreateChatCompletionStreamResponse] = client.create_chat_completion(
    model="gpt-4o", messages=[{"role": "user", "content": "Hi"}], stream=True
)
whole: CreateChatCompletionResponse = client.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
wrong: CreateChatCompletionResponse = client.create_chat_completion(model="gpt-4o", messages=[], stream=True)
'''


def test_a_user_program_types_the_stream(openai_sdks: Path, tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER)
    env = dict(os.environ, MYPYPATH=str(openai_sdks / "python" / "src"))
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "user.py"],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=1200)
    errors = [line for line in checked.stdout.splitlines() if line.startswith("user.py") and ": error:" in line]
    assert [int(line.split(":")[1]) for line in errors] == [9], checked.stdout
