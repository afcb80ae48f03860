"""Generated TypeScript that reads well in an editor: the client's API description and every
method's endpoint spread over lines that fit, long unions one member per line, doc comments wrapped;
only a word too long for any line (a URL) may stand out."""

from __future__ import annotations

import re
from pathlib import Path

from generator.targets.typescript.layout import LINE_WIDTH, union_members
from tests.conftest import REPO

GOLDEN_SOURCES = sorted(REPO.glob("generated/*/typescript/src"))


def overlong_lines(source: Path) -> list[str]:
    """Lines of client.ts and index.ts over the width that could have been broken."""
    found = []
    for name in ("client.ts", "index.ts"):
        for line in (source / name).read_text("utf-8").splitlines():
            comment = re.fullmatch(r"\s*(?:\*|//) (.*)", line)
            unbreakable = comment is not None and " " not in comment.group(1).strip()
            if len(line) > LINE_WIDTH and not unbreakable:
                found.append(f"{source.parent.parent.name}/{name}: {line}")
    return found


def test_client_files_fit_the_line_width() -> None:
    assert len(GOLDEN_SOURCES) >= 2
    for source in GOLDEN_SOURCES:
        assert overlong_lines(source) == []


def test_api_description_and_endpoints_are_spread_over_lines() -> None:
    client = (REPO / "generated/kitchensink/typescript/src/client.ts").read_text("utf-8")
    assert "const API: core.ApiDescription = {\n  name: 'Kitchensink',\n  envPrefix: 'KITCHENSINK',\n" in client
    # a long endpoint: one argument per line, the endpoint one field per line, trailing commas
    assert "    return this._call(\n      {\n        method: 'get',\n        path: '/pets',\n        params: [\n" in client
    assert "\n      params,\n      options,\n    );\n" in client
    # a short one stays on one line
    assert "\n      { method: 'get', path: '/status', security: [], response: 'json' },\n" in client


def test_doc_comments_are_wrapped() -> None:
    client = (REPO / "generated/plaid/typescript/src/client.ts").read_text("utf-8")
    doc = client[client.index("`/identity/refresh` is an optional endpoint") - 5 :]
    lines = doc.splitlines()[:4]
    assert all(line.startswith("   * ") and len(line) <= LINE_WIDTH for line in lines), lines


def test_long_unions_put_one_member_on_each_line() -> None:
    types = (REPO / "generated/plaid/typescript/src/types.ts").read_text("utf-8")
    assert "export type PlaidErrorType =\n  | 'INVALID_REQUEST'\n  | 'INVALID_RESULT'\n" in types
    assert "\n  | 'ITEM_ERROR';\n" in types
    # members are cut at the union's own bars only, never inside a string or a type argument
    assert union_members("'a | b' | Array<C | D> | \"e\\\" | f\" | G") == ["'a | b'", "Array<C | D>", "\"e\\\" | f\"", "G"]
