"""client.webhooks.unwrap in both SDKs: each kitchensink webhook payload becomes its own type,
a malformed one raises InvalidWebhookPayloadError saying what is wrong, and user code that reads
the events type-checks strictly (and misuse does not)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.python_sdk.packages import KITCHENSINK_SRC
from tests.streams.sse_server import SSEServer
from tests.streams.test_typescript_streams import compile_app, errors_by_file
from tests.typescript.packages import node

ADOPTED = {"type": "pet.adopted", "pet": {"id": 7, "name": "Rex", "petType": "dog"}, "adopted_at": "2024-01-02T03:04:05Z"}
LOW = {"type": "inventory.low", "item": "kibble", "remaining": 3}
# (payload, words the error message must contain)
MALFORMED = [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "not an object"),
    ('{"type": "pet.vanished"}', "inventory.low, pet.adopted"),
    ('{"type": "inventory.low", "item": "kibble"}', "remaining"),
]


def test_python_unwraps_each_payload_to_its_class() -> None:
    import datetime

    from utdk_kitchensink import InvalidWebhookPayloadError, Kitchensink
    from utdk_kitchensink.models import InventoryLow, PetAdopted

    client = Kitchensink(bearer_auth="t")
    adopted = client.webhooks.unwrap(json.dumps(ADOPTED))
    assert isinstance(adopted, PetAdopted)
    assert adopted.adopted_at == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert adopted.pet.name == "Rex"
    low = client.webhooks.unwrap(json.dumps(LOW).encode())
    assert isinstance(low, InventoryLow) and low.remaining == 3
    for payload, words in MALFORMED:
        try:
            client.webhooks.unwrap(payload.encode())
        except InvalidWebhookPayloadError as error:
            assert words in str(error), (payload, str(error))
        else:
            raise AssertionError(f"{payload!r} was accepted")


def test_typescript_unwraps_each_payload(module_url: str) -> None:
    payloads = [json.dumps(ADOPTED), json.dumps(LOW)] + [p for p, _ in MALFORMED]
    result = node(Path(__file__).with_name("webhooks.mjs"), module_url, json.dumps(payloads))
    assert result.returncode == 0, result.stderr
    outcomes = json.loads(result.stdout)
    assert all(o == {"event": ADOPTED} for o in outcomes[0]), outcomes[0]
    assert all(o == {"event": LOW} for o in outcomes[1]), outcomes[1]
    for (payload, words), forms in zip(MALFORMED, outcomes[2:]):
        for form in forms:
            assert form["error"] == "InvalidWebhookPayloadError" and form["isSDKError"], (payload, form)
            assert words in form["message"], (payload, form)


PY_GOOD = '''from utdk_kitchensink import Kitchensink
from utdk_kitchensink.models import InventoryLow, PetAdopted
from utdk_kitchensink.webhooks import UnwrapWebhookEvent

client = Kitchensink()
event: UnwrapWebhookEvent = client.webhooks.unwrap(b"{}")
if isinstance(event, PetAdopted):
    name: str = event.pet.name
elif isinstance(event, InventoryLow):
    left: int = event.remaining
'''
PY_BAD = '''from utdk_kitchensink import Kitchensink
from utdk_kitchensink.models import PetAdopted

client = Kitchensink()
adopted: PetAdopted = client.webhooks.unwrap("{}")
client.webhooks.unwrap(42)
client.webhooks.unwrap("{}").remaining
'''


def test_python_webhook_types_check_strictly(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(PY_GOOD)
    (tmp_path / "bad.py").write_text(PY_BAD)
    env = dict(os.environ, MYPYPATH=str(KITCHENSINK_SRC))
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "good.py", "bad.py"],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("good.py")], checked.stdout
    assert {int(line.split(":")[1]) for line in errors if line.startswith("bad.py")} == {5, 6, 7}, checked.stdout


TS_GOOD = '''import { Kitchensink, InvalidWebhookPayloadError, type UnwrapWebhookEvent } from '@utdk/kitchensink';

const client = new Kitchensink();
try {
  const event: UnwrapWebhookEvent = client.webhooks.unwrap('{}');
  switch (event.type) {
    case 'pet.adopted': {
      const name: string = event.pet.name;
      const at: string = event.adopted_at;
      console.log(name, at);
      break;
    }
    case 'inventory.low': {
      const left: number = event.remaining;
      console.log(left);
      break;
    }
  }
  client.webhooks.unwrap(new Uint8Array([123, 125]));
} catch (error) {
  if (error instanceof InvalidWebhookPayloadError) console.log(error.message);
}
'''
TS_MISUSE = [
    "client.webhooks.unwrap(42);",
    "const low = client.webhooks.unwrap('{}'); if (low.type === 'pet.adopted') console.log(low.remaining);",
    "const kind: 'pet.adopted' = client.webhooks.unwrap('{}').type;",
]


def test_typescript_webhook_types_check_strictly(app: Path) -> None:
    header = "import { Kitchensink } from '@utdk/kitchensink';\nconst client = new Kitchensink();\n"
    sources = {"good.ts": TS_GOOD}
    sources.update({f"misuse{i}.ts": header + line + "\nexport {};\n" for i, line in enumerate(TS_MISUSE)})
    errors = errors_by_file(compile_app(app, sources))
    assert "good.ts" not in errors, errors.get("good.ts")
    assert sorted(errors) == sorted(f"misuse{i}.ts" for i in range(len(TS_MISUSE))), errors


def _readme_block(section: str) -> str:
    text = (REPO / "generated" / "kitchensink" / "python" / "README.md").read_text()
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return body.split("```python\n", 1)[1].split("```", 1)[0]


def test_python_readme_examples_run(sse: SSEServer, tmp_path: Path) -> None:
    from tests.streams import cases

    sse.script("GET", "/pets/0/events", cases.TIMED)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KITCHENSINK_")}
    env.update(PYTHONPATH=str(KITCHENSINK_SRC), KITCHENSINK_BASE_URL=sse.url, KITCHENSINK_BEARER_AUTH="t")
    body = f"body = {json.dumps(ADOPTED)!r}\n"
    for name, code in (("streaming", _readme_block("Streaming")), ("webhooks", body + _readme_block("Webhooks"))):
        (tmp_path / f"{name}.py").write_text(code)
        ran = subprocess.run([sys.executable, f"{name}.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
        assert ran.returncode == 0, ran.stderr
        if name == "streaming":
            assert ran.stdout.count("PetEvent(") == 2, ran.stdout
        else:
            assert ran.stdout.startswith("PetAdopted("), ran.stdout
