"""Paginated methods of the generated TypeScript SDK (the golden kitchensink package, built with
the pinned compiler) run under node against the loopback server, from a program written as a
user writes it and compiled with --strict: every way of paging, each next page requested only
when `for await` reaches it, pages by hand, generator.yaml's settings; misuse of an item's type
is a compile error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.typescript.packages import APP_TSCONFIG, build, node, tsc
from tests.typescript.server import Answer, Loopback

PROGRAM = """\
import { Kitchensink, type Toy } from '@utdk/kitchensink';

let sent = 0;
const client = new Kitchensink({
  maxRetries: 0,
  fetch: (input, init) => {
    sent += 1;
    return fetch(input, init);
  },
});
const out: Record<string, string[]> = {};

async function walk(name: string, toys: AsyncIterable<Toy>): Promise<void> {
  sent = 0;
  const seen: string[] = [];
  for await (const toy of toys) seen.push(`${toy.name}@${sent}`);
  out[name] = seen;
}

sent = 0;
const names: string[] = [];
for await (const toy of client.listtoys({ limit: 2 })) {
  const name: string = toy.name;
  names.push(`${name}@${sent}`);
}
out['cursor'] = names;
await walk('after', client.listrecenttoys());
await walk('offset', client.listtoysbyoffset({ limit: 2 }));
await walk('page', client.listtoysbypage({ per_page: 1 }));
await walk('link', client.listlinkedtoys({ per_page: 2 }));
await walk('header', client.listtoysbyheader());
await walk('feed', client.listtoyfeed());
await walk('sync', client.synctoys({ count: 1 }, { idempotencyKey: 'once' }));

const first = await client.listrecenttoys({ limit: 1 });
const more: boolean = first.response.has_more;
const data: Toy[] = first.data;
const second = await first.getNextPage();
let refused = '';
try {
  await second.getNextPage();
} catch (error) {
  refused = String(error);
}
const pages: string[] = [];
for await (const page of first.iterPages()) pages.push(page.items.map((toy) => toy.id).join(','));
out['byHand'] = [String(more), data.map((toy) => toy.name).join(','), String(first.hasNextPage()), String(second.hasNextPage()), refused, ...pages];
const plain = await client.searchtoys({ query: 'a' });
out['search'] = plain.results.map((toy) => toy.name);
const answered = await client.listtoysbyheader().withResponse();
out['withResponse'] = [String(answered.response.status), answered.data.items.map((toy) => toy.name).join(','), String(answered.data.hasNextPage())];
console.log(JSON.stringify(out));
"""

MISUSE = """\
import { Kitchensink } from '@utdk/kitchensink';

const client = new Kitchensink();
for await (const toy of client.listtoys()) {
  const count: number = toy.name;
}
const page = await client.listtoysbypage();
page.data;
for await (const toy of client.listlinkedtoys()) toy.nmae;
"""
MISUSE_LINES = {5, 8, 9}  # an item's string as a number, `data` where the items are `entries`, a typo


def toys(*names: str) -> list[dict[str, str]]:
    return [{"id": f"id-{name}", "name": name} for name in names]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The app, compiled once with the program and the misuse file; the compiler's output."""
    root = tmp_path_factory.mktemp("pages-app")
    package = root / "node_modules" / "@utdk" / "kitchensink"
    shutil.copytree(REPO / "generated" / "kitchensink" / "typescript", package)
    build(package)
    (root / "package.json").write_text(json.dumps({"name": "pages-app", "private": True, "type": "module"}))
    (root / "tsconfig.json").write_text(json.dumps(APP_TSCONFIG))
    (root / "src").mkdir()
    (root / "src" / "pages.ts").write_text(PROGRAM)
    (root / "src" / "misuse.ts").write_text(MISUSE)
    result, _ = tsc("-p", "tsconfig.json", cwd=root)
    return root, result.stdout + result.stderr


def test_misuse_of_the_item_type_is_a_compile_error_and_the_program_compiles(compiled: tuple[Path, str]) -> None:
    _, output = compiled
    errors = [line for line in output.splitlines() if ": error TS" in line]
    assert all(line.startswith("src/misuse.ts(") for line in errors), output
    assert {int(line.split("(")[1].split(",")[0]) for line in errors} == MISUSE_LINES, output


def test_every_way_of_paging_walks_lazily_under_node(compiled: tuple[Path, str]) -> None:
    root, _ = compiled
    link = '<https://elsewhere.example/other?per_page=2&page=2>; rel="next", <https://elsewhere.example/x?page=9>; rel="last"'
    recent = [
        {"object": "list", "data": toys("a", "b"), "last_id": "id-b", "has_more": True},
        {"object": "list", "data": toys("c"), "has_more": True},
        {"object": "list", "data": toys("d"), "last_id": "id-d", "has_more": False},
        {"object": "list", "data": toys("a"), "last_id": "id-a", "has_more": True},
        {"object": "list", "data": toys("b"), "last_id": "id-b", "has_more": False},
        {"object": "list", "data": toys("b"), "last_id": "id-b", "has_more": False},  # first.iterPages() asks again
    ]
    script: dict[str, list[Answer]] = {
        "GET /toys": [
            Answer(body={"items": toys("a", "b"), "next_cursor": "c2"}),
            Answer(body={"items": toys("c", "d"), "next_cursor": "c3"}),
            Answer(body={"items": toys("e"), "next_cursor": None}),
        ],
        "GET /toys/recent": [Answer(body=body) for body in recent],
        "GET /toys/by-offset": [Answer(body={"results": toys("a", "b"), "total": 3}), Answer(body={"results": toys("c"), "total": 3})],
        "GET /toys/by-page": [Answer(body={"entries": toys("a")}), Answer(body={"entries": toys("b")}), Answer(body={"entries": []})],
        "GET /toys/linked": [Answer(body=toys("a", "b"), headers={"Link": link}), Answer(body=toys("c"))],
        "GET /toys/by-header": [
            Answer(body=toys("a"), headers={"X-Next-Cursor": "n2"}), Answer(body=toys("b")), Answer(body=toys("z"), headers={"X-Next-Cursor": "n9"}),
        ],
        "GET /toys/feed": [Answer(body={"toys": toys("a"), "continue_from": "f2"}), Answer(body={"toys": toys("b"), "continue_from": None})],
        "POST /toys/sync": [
            Answer(body={"added": toys("a"), "removed": ["x"], "next_cursor": "s2", "has_more": True}),
            Answer(body={"added": toys("b"), "removed": [], "next_cursor": "s3", "has_more": False}),
        ],
        "POST /toys/search": [Answer(body={"results": toys("a")})],
    }
    with Loopback() as server:
        for route, answers in script.items():
            server.answer(route, *answers)
        done = node(root / "dist" / "pages.js", cwd=root,
                    env={"KITCHENSINK_BASE_URL": server.url, "KITCHENSINK_BEARER_AUTH": "token"})
        assert done.returncode == 0, done.stderr
        out: dict[str, Any] = json.loads(done.stdout)

        def queries(route: str) -> list[list[tuple[str, str]]]:
            return [r.query for r in server.only(route)]

        assert out["cursor"] == ["a@1", "b@1", "c@2", "d@2", "e@3"]
        assert queries("GET /toys") == [[("limit", "2")], [("cursor", "c2"), ("limit", "2")], [("cursor", "c3"), ("limit", "2")]]
        assert out["after"] == ["a@1", "b@1", "c@2", "d@3"]
        assert queries("GET /toys/recent")[:3] == [[], [("after", "id-b")], [("after", "id-c")]]
        assert out["offset"] == ["a@1", "b@1", "c@2"]
        assert queries("GET /toys/by-offset") == [[("limit", "2")], [("offset", "2"), ("limit", "2")]]
        assert out["page"] == ["a@1", "b@2"]
        assert queries("GET /toys/by-page") == [[("per_page", "1")], [("page", "2"), ("per_page", "1")], [("page", "3"), ("per_page", "1")]]
        assert out["link"] == ["a@1", "b@1", "c@2"]
        assert queries("GET /toys/linked") == [[("per_page", "2")], [("per_page", "2"), ("page", "2")]]
        assert out["header"] == ["a@1", "b@2"] and queries("GET /toys/by-header") == [[], [("cursor", "n2")], []]
        assert out["feed"] == ["a@1", "b@2"] and queries("GET /toys/feed") == [[], [("since", "f2")]]
        first, second = server.only("POST /toys/sync")
        assert out["sync"] == ["a@1", "b@2"]
        assert first.json() == {"count": 1} and second.json() == {"count": 1, "cursor": "s2"}
        assert first.headers["idempotency-key"] == "once" and second.headers.get("idempotency-key") != "once"
        more, data, has_next, last_has_next, refused, *pages = out["byHand"]
        assert (more, data, has_next, last_has_next) == ("true", "a", "true", "false")
        assert "hasNextPage()" in refused
        assert pages == ["id-a", "id-b"]
        assert out["search"] == ["a"]
        assert out["withResponse"] == ["200", "z", "true"]  # the first page's answer, and the page
