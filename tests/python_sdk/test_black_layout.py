"""Black remains the arbiter of the Python SDK's layout: a file the generator vouches for
(generator/black_layout.py) skips black only if black would leave it unchanged. Proved here on
what the templates emit, before black, for the specs in specs/, a spec full of hostile text, and
(marked slow) every document of the corpus and the full Plaid spec; and the scan is shown to
catch what black rewrites."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.black_layout import in_black_layout
from generator.config import single_spec_config, target_options
from generator.context import ApiContext
from generator.format import format_source
from generator.spec_to_api import load_api
from generator.targets import target
from tests.conftest import CORPUS, PLAID_FULL, corpus_documents, require_shared
from tests.python_sdk.test_hostile import SPEC as HOSTILE_SPEC

REPO = Path(__file__).resolve().parents[2]
LONG = "x" * 90


def unformatted_python(spec: Path, name: str) -> dict[str, str]:
    """The Python target's .py files for a spec as the templates emit them, before black."""
    provider = single_spec_config(spec, Path("unused"), name, ("python",)).providers[0]
    api = load_api(provider.spec, provider.name, validate=False).api
    if api is None:
        return {}
    context = ApiContext(api, target_options(provider, api.version, api.docs_url))
    return {f.path: f.content.decode("utf-8") for f in target("python").emit(context) if f.path.endswith(".py")}


def black_changes_among_vouched(files: dict[str, str]) -> list[str]:
    return [path for path, source in files.items() if in_black_layout(source) and format_source(source) != source]


@pytest.mark.parametrize("source", [
    'x = {"a": 1}\n',
    f'def f() -> None:\n    """{LONG}"""\n',
    f'"""Module.\n\n{LONG}\n"""\n',
    f'"""{LONG}\nmore.\n"""\n',
    f'X = [\n    "{LONG}",\n    {LONG},\n]\n',
    f'from m import (\n    {LONG} as {LONG},\n)\n',
    f'D = {{\n    "k": "{LONG}",\n    "{LONG}": {LONG}.attr,\n}}\n',
    f'f(\n    key={LONG},\n)\n',
    f'# {LONG}\n',
    'x = 1  # a comment\n',
    'def f() -> None:\n    """Text ( with #marks ,  spaced )."""\n',
])
def test_vouched_samples_are_what_black_writes(source: str) -> None:
    assert in_black_layout(source)
    assert format_source(source) == source


@pytest.mark.parametrize("source", [
    f'some_long_variable_name = "{LONG[:70]}"\n',  # black wraps the value in parentheses
    f'def f(a: int, b: "{LONG}") -> None:\n    pass\n',
    f'X = [\n    "{LONG}" + "y",\n]\n',
    f'def f() -> None:\n    """Summary.\n\n    {LONG}"""\n',  # closing quotes that overflow move down
    "x = {\n}\n",
    'x = ("a", )\n',
    "x = 1 \n",
    "if x:\n\tpass\n",
    "x = 1\n\n\n\n\ny = 2\n",
    "x = 1\n\n",
    "\nx = 1\n",
    "x = 1",
    "x = '''a'''\n",
    "x = 1 + \\\n    2\n",
    f"#{LONG}\n",
    "x = {  'a':1 }\n",
    "def f( a ):\n    return a\n",
    "x = 1 #comment\n",
    "x = [1 , 2]\n",
])
def test_what_black_rewrites_is_not_vouched_for(source: str) -> None:
    assert not in_black_layout(source)
    assert format_source(source) != source


def test_a_string_left_open_is_not_vouched_for() -> None:
    assert not in_black_layout(f'"""{LONG}\nx = 1\n')


def test_vouched_files_of_the_repository_specs_are_unchanged_by_black(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(HOSTILE_SPEC), "utf-8")
    specs = sorted((REPO / "specs").glob("*/openapi.*")) + [hostile]
    vouched = 0
    for spec in specs:
        files = unformatted_python(spec, spec.parent.name if spec != hostile else "hostile")
        assert files, spec
        assert black_changes_among_vouched(files) == [], spec
        vouched += sum(in_black_layout(source) for source in files.values())
    assert vouched > 10  # the scan vouches for the generated modules, not only for trivial ones


@pytest.mark.slow
@pytest.mark.parametrize("name, spec", corpus_documents() or [("corpus", CORPUS / "MANIFEST.tsv")])
def test_vouched_files_of_every_corpus_document_are_unchanged_by_black(name: str, spec: Path) -> None:
    require_shared()
    files = unformatted_python(spec, re.sub(r"\W", "_", name))
    assert black_changes_among_vouched(files) == []


@pytest.mark.slow
def test_vouched_files_of_the_full_plaid_spec_are_unchanged_by_black() -> None:
    require_shared()
    files = unformatted_python(PLAID_FULL, "plaid")
    vouched = [path for path, source in files.items() if in_black_layout(source)]
    # nearly every module is vouched for: that is where black's time went
    assert len(vouched) > 0.9 * len(files)
    assert black_changes_among_vouched(files) == []
