"""The code snippet tabs of an operation page, from the snippet library's client registry.

The first render is made here in Python for the empty form (only filled fields appear in a
snippet, so an empty form shows the bare call); templates/snippets/live.js renders the same text
in the browser as the form is filled, from `snippet_data`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...context import ApiContext
from ...model import Operation
from ...snippets import render_snippets, snippet_data
from .views import SnippetTab

# A body property is a "field" argument of the request plan; the docs form calls its location "body".
_PLAN_LOCATION = {"body": "field"}


@dataclass(frozen=True)
class Snippets:
    tabs: tuple[SnippetTab, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)
    # (form location, wire name) -> the key live.js and render_snippet read the value under
    keys: dict[tuple[str, str], str] = field(default_factory=dict)
    whole_body_key: str = ""

    def key_for(self, location: str, name: str, whole_body: bool) -> str:
        if whole_body:
            return self.whole_body_key or name
        return self.keys.get((_PLAN_LOCATION.get(location, location), name), name)


def snippets_for(context: ApiContext, operation: Operation) -> Snippets:
    tabs = tuple(
        SnippetTab(
            id=f"snippet-{client.language}",
            language=client.language,
            title=client.title,
            code=code,
            selected="true" if index == 0 else "false",
            tabindex="0" if index == 0 else "-1",
        )
        for index, (client, code) in enumerate(render_snippets(context, operation, {}))
    )
    data = snippet_data(context, operation)
    arguments = data.get("request", {}).get("arguments", [])
    keys = {(a["location"], a["name"]): a["key"] for a in arguments if a["location"] != "body"}
    whole = next((a["key"] for a in arguments if a["location"] == "body"), "")
    return Snippets(tabs, data, keys, whole)
