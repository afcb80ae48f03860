"""Discriminated unions as a person uses them in Python: dict literals with the API's own
discriminator values pass mypy --strict, misuse does not, and each value decodes to its own model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, REPO, require_shared, run_cli
from tests.python_sdk.conftest import Driver
from tests.python_sdk.server import Answer, Loopback

KITCHENSINK_SRC = REPO / "generated" / "kitchensink" / "python" / "src"

CONVERSATION = '''
import asyncio

from utdk_kitchensink import AsyncKitchensink, Kitchensink
from utdk_kitchensink.models import AssistantMessage, ToolMessage, UserMessage

client = Kitchensink(bearer_auth="token")
conversation = client.create_conversation(
    model="small",
    messages=[
        {"role": "user", "content": "hi"},
        {"role": "assistant", "tool_calls": ["lookup"]},
        {"role": "tool", "tool_call_id": "lookup", "content": "42"},
    ],
)
for message in conversation.messages:
    if message.role == "user":
        text: str = message.content
    elif message.role == "assistant":
        calls: list[str] = message.tool_calls
    else:
        call_id: str = message.tool_call_id
first = conversation.messages[0]
if isinstance(first, ToolMessage):
    answer: str = first.content


async def main() -> None:
    async with AsyncKitchensink(bearer_auth="token") as aclient:
        reply = await aclient.create_conversation(model="small", messages=[{"role": "user", "content": "hi"}])
        kinds: list[UserMessage | AssistantMessage | ToolMessage] = reply.messages


asyncio.run(main())
'''

CONVERSATION_MISUSE = '''
from utdk_kitchensink import Kitchensink

client = Kitchensink()
client.create_conversation(model="m", messages=[{"role": "robot", "content": "hi"}])
client.create_conversation(model="m", messages=[{"role": "user", "content": "hi", "tool_call_id": "x"}])
client.create_conversation(model="m", messages=[{"role": "tool", "content": "hi"}])
client.create_conversation(model="m", messages=[{"role": "UserMessage", "content": "hi"}])
'''

CHAT = '''
import asyncio

from utdk_openai import AsyncOpenai, openai

completion = openai.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
longer = openai.create_chat_completion(
    model="gpt-4o",
    messages=[
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "Hello."},
        {"role": "tool", "tool_call_id": "call_1", "content": "done"},
    ],
)
ids: list[str] = [completion.id, longer.id]


async def main() -> None:
    async with AsyncOpenai() as client:
        reply = await client.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
        print(reply.id)


asyncio.run(main())
'''

CHAT_MISUSE = '''
from utdk_openai import openai

openai.create_chat_completion(model="gpt-4o", messages=[{"role": "robot", "content": "hi"}])
openai.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "hi", "tool_call_id": "call_1"}])
openai.create_chat_completion(model="gpt-4o", messages=[{"role": "ChatCompletionRequestUserMessage", "content": "hi"}])
'''


def mypy_strict(folder: Path, source: str, package_src: Path) -> subprocess.CompletedProcess[str]:
    (folder / "program.py").write_text(source, "utf-8")
    env = dict(os.environ, MYPYPATH=str(package_src))
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "program.py"],
        cwd=folder, env=env, capture_output=True, text=True, timeout=900,
    )


def error_lines(result: subprocess.CompletedProcess[str]) -> set[int]:
    return {int(line.split(":")[1]) for line in result.stdout.splitlines() if line.startswith("program.py:") and ": error:" in line}


@pytest.fixture(scope="module")
def openai_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = require_shared() and CORPUS / "openai" / "openapi.yaml"
    out = tmp_path_factory.mktemp("openai-python")
    done = run_cli("generate", str(spec), "--out", str(out), "--name", "openai", "--target", "python")
    assert done.returncode == 0, done.stderr
    return out / "openai" / "python" / "src"


def test_messages_written_as_dict_literals_type_check_and_narrow(tmp_path: Path) -> None:
    result = mypy_strict(tmp_path, CONVERSATION, KITCHENSINK_SRC)
    assert result.returncode == 0, result.stdout


def test_misused_messages_are_type_errors(tmp_path: Path) -> None:
    result = mypy_strict(tmp_path, CONVERSATION_MISUSE, KITCHENSINK_SRC)
    assert error_lines(result) == {5, 6, 7, 8}, result.stdout


@pytest.mark.slow
def test_chat_completion_calls_type_check(tmp_path: Path, openai_src: Path) -> None:
    result = mypy_strict(tmp_path, CHAT, openai_src)
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
def test_misused_chat_messages_are_type_errors(tmp_path: Path, openai_src: Path) -> None:
    result = mypy_strict(tmp_path, CHAT_MISUSE, openai_src)
    assert error_lines(result) == {4, 5, 6}, result.stdout


@pytest.mark.slow
def test_chat_completion_sends_the_roles_as_written(openai_src: Path) -> None:
    program = CHAT.replace("print(reply.id)", "print(reply.id, completion.id)")
    completion = Answer(body={"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o", "choices": []})
    with Loopback() as server:
        server.answer("POST", "/chat/completions", completion, completion, completion)
        env = dict(os.environ, PYTHONPATH=str(openai_src), OPENAI_API_KEY_AUTH="sk-test", OPENAI_BASE_URL=server.url)
        done = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        first, second, third = server.requests
    assert first.json() == {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
    assert [m["role"] for m in second.json()["messages"]] == ["system", "user", "assistant", "tool"]
    assert third.json() == first.json()
    assert done.stdout.split() == ["chatcmpl-1", "chatcmpl-1"]


def test_each_role_decodes_to_its_own_model(driver: Driver, server: Loopback) -> None:
    reply = {
        "id": "c1",
        "messages": [
            {"role": "user", "content": "hi"},
            # carries `content` too, so only its role tells it from a user message
            {"role": "assistant", "tool_calls": ["sum"], "content": "extra"},
            {"role": "tool", "tool_call_id": "sum", "content": "42"},
            {"role": "robot", "content": "beep"},
        ],
    }
    server.answer("POST", "/conversations", Answer(body=reply))
    conversation = driver.run(
        "create_conversation", {"bearer_auth": "token"},
        model="small", messages=[{"role": "assistant", "tool_calls": ["sum"]}],
    )
    (request,) = server.requests
    assert request.json() == {"model": "small", "messages": [{"role": "assistant", "tool_calls": ["sum"]}]}
    kinds = [type(m).__name__ for m in conversation.messages]
    # an unknown role keeps the fallback: the first variant whose required fields are there
    assert kinds == ["UserMessage", "AssistantMessage", "ToolMessage", "UserMessage"]
    assert conversation.messages[1].tool_calls == ["sum"]
    assert conversation.messages[2].tool_call_id == "sum"
