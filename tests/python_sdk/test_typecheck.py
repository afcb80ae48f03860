"""The packages generated from specs/ pass mypy --strict and black --check, and their types
mean something: a wrong argument or attribute is a type error for the package's users."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.python_sdk.checks import black_check, mypy, packages_in

GENERATED = REPO / "generated"

GOOD_USE = '''
import asyncio
import datetime

from utdk_kitchensink import AsyncKitchensink, Kitchensink, NotFoundError, UnprocessableEntityError
from utdk_kitchensink.models import Cat, Dog, OrderRefusal, TreeNode
from utdk_kitchensink.types import TreeNodeParam

client = Kitchensink(bearer_auth="t", environment="sandbox", timeout=5.0, max_retries=1)
pets: list[Cat | Dog] = client.list_pets(limit=3, status=["available"])
for pet in pets:
    if isinstance(pet, Cat):
        born: datetime.date | None = pet.born_on
node: TreeNodeParam = {"value": "a", "children": [{"value": "b"}]}
tree: TreeNode = client.create_tree(value="a", children=[node], parent=None)
photo: bytes = client.download_pet_photo(pet_id=1)
scoped: Kitchensink = client.with_options(timeout=1.0)
try:
    client.get_pet(pet_id=1, timeout=2.0, extra_headers={"x": "y"})
except NotFoundError as error:
    status: int = error.status_code
    if error.body is not None:
        code: int = error.body.code
try:
    client.create_order(item="bone")
except UnprocessableEntityError as refused:
    if isinstance(refused.body, OrderRefusal):
        reason: str = refused.body.error_code


raw = client.with_raw_response.get_pet(pet_id=1)
raw_status: int = raw.status_code
raw_pet: Cat | Dog = raw.parse()
raw_id: str | None = raw.request_id or raw_pet._request_id
remaining: int = raw.parse_headers()["X-Rate-Limit-Remaining"]
aliases: list[str] = raw.parse_headers().get("X-Pet-Aliases", [])
with client.with_streaming_response.download_report(report_id="r") as streamed:
    rows: int | None = streamed.parse_headers().get("X-Report-Rows")
    for line in streamed.iter_lines():
        text: str = line
    streamed.write_to_file("report.csv")


async def main() -> None:
    async with AsyncKitchensink() as aclient:
        dog = await aclient.create_pet(name="Rex", pet_type="dog", tag=None)
        reveal = dog.name
        araw = await aclient.with_raw_response.get_pet(pet_id=1)
        apet: Cat | Dog = await araw.parse()
        cache_hit: bool | None = araw.parse_headers().get("X-Cache-Hit")
        async with aclient.with_streaming_response.download_report(report_id="r") as s:
            async for chunk in s.aiter_bytes():
                data: bytes = chunk


asyncio.run(main())
'''

BAD_USE = '''
from utdk_kitchensink import Kitchensink, NotFoundError

client = Kitchensink()
client.get_pet(pet_id="seven")
client.create_pet(name="Rex", pet_type="horse")
client.list_pets(limit=3).no_such_attribute
client.no_such_method()
client.create_tree(value="a", children=[{"valeu": "b"}])
Kitchensink(environment="staging")
wrong: str = client.with_raw_response.get_pet(pet_id=1).parse_headers()["X-Rate-Limit-Remaining"]
client.with_raw_response.get_pet(pet_id=1).parse_headers()["X-Unknown"]
client.with_raw_response.create_pet(name="Rex", pet_type="dog").parse_headers()["X-Cache-Hit"]
client.with_streaming_response.get_pet(pet_id="seven")
not_bytes: str = client.with_raw_response.download_report(report_id="r").parse()
try:
    client.get_pet(pet_id=1)
except NotFoundError as error:
    error.body.code
    if error.body is not None:
        error.body.error_code
'''


def test_generated_packages_pass_mypy_strict_and_black() -> None:
    packages = packages_in(GENERATED)
    assert {p.name for p in packages} >= {"utdk_plaid", "utdk_kitchensink"}
    checked = mypy(packages, REPO)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    formatted = black_check([p.parent.parent for p in packages])
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_users_code_is_type_checked_against_the_package(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD_USE, "utf-8")
    (tmp_path / "bad.py").write_text(BAD_USE, "utf-8")
    src = GENERATED / "kitchensink" / "python" / "src"
    env = dict(os.environ, MYPYPATH=str(src))

    def run(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, name],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)

    good = run("good.py")
    assert good.returncode == 0, good.stdout
    bad = run("bad.py")
    lines = [line for line in bad.stdout.splitlines() if ": error:" in line]
    assert {int(line.split(":")[1]) for line in lines} == set(range(5, 16)) | {19, 21}, bad.stdout
