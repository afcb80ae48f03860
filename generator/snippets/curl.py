"""curl: the wire request against the API's real server, credentials read from $VARIABLES."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..literals import shell_quote, shell_words, snippet_json
from ..render import render
from ..requests import ExampleRequest, encode, query_string
from .clients import OperationNames, SdkNames, SnippetClient

FORM_TYPE = "application/x-www-form-urlencoded"


def _plain_form_text(name: str, value: str) -> bool:
    """-F reads a file after @ or <, and parses ;type= and quotes: plain text only, else --form-string."""
    return not re.match(r"[@<]", value) and not re.search(r'[;"\\]', name + value) and "=" not in name


@dataclass(frozen=True)
class CurlSnippet:
    """A curl command for an example request, with comments on what it leaves out."""

    comments: tuple[str, ...]
    lines: tuple[str, ...]  # the command, one option per line


def view(request: ExampleRequest) -> CurlSnippet:
    plan = request.plan
    query_auth = [a for a in plan.auth if a.location == "query"]
    url_parts: list[tuple[str, str]] = []
    base = request.base_url + request.path
    fixed = query_string(request.query, plan, ())
    if query_auth:
        url_parts.append(("text", base + (fixed + "&" if fixed else "?")))
        for i, auth in enumerate(query_auth):
            url_parts.append(("text", ("&" if i else "") + encode(auth.name) + "="))
            url_parts.extend(auth.parts)
    else:
        url_parts.append(("text", base + fixed))
    command = "curl -I" if plan.method == "HEAD" else f"curl -X {plan.method}"
    lines = [f"{command} {shell_words(url_parts)}"]
    for name, value in request.headers:
        lines.append("-H " + shell_quote(f"{name}: {value}"))
    for auth in plan.auth:
        if auth.location == "header":
            lines.append("-H " + shell_words((("text", auth.name + ": "), *auth.parts)))
        elif auth.location == "basic":
            lines.append("-u " + shell_words(auth.parts))
    cookie_parts: list[tuple[str, str]] = []
    for name, value in request.cookies:
        cookie_parts.append(("text", ("; " if cookie_parts else "") + f"{name}={encode(value)}"))
    for auth in plan.auth:
        if auth.location == "cookie":
            cookie_parts.append(("text", ("; " if cookie_parts else "") + f"{auth.name}="))
            cookie_parts.extend(auth.parts)
    if cookie_parts:
        lines.append("-b " + shell_words(cookie_parts))
    lines.extend(_body_lines(request))
    return CurlSnippet(plan.notes, tuple(lines))


def _body_lines(request: ExampleRequest) -> list[str]:
    body = request.body
    if body is None:
        return []
    content_type = "-H " + shell_quote(f"Content-Type: {body.content_type}")
    if body.kind == "json":
        return [content_type, "--data " + shell_quote(snippet_json(body.json, 2))]
    if body.kind == "form":
        lines = [] if body.content_type.lower() == FORM_TYPE else [content_type]
        return lines + ["--data-urlencode " + shell_quote(f"{encode(name)}={value}") for name, value in body.pairs]
    if body.kind == "multipart":
        lines = []
        for part in body.parts:
            if part.file:
                lines.append("-F " + shell_quote(f"{part.name}=@{part.value}"))
            elif _plain_form_text(part.name, part.value):
                lines.append("-F " + shell_quote(f"{part.name}={part.value}"))
            else:
                lines.append("--form-string " + shell_quote(f"{part.name}={part.value}"))
        return lines
    if body.kind == "binary":
        return [content_type, "--data-binary " + shell_quote("@" + body.text)]
    return [content_type, "--data-raw " + shell_quote(body.text)]


def render_curl(sdk: SdkNames, names: OperationNames, request: ExampleRequest) -> str:
    return render("snippets/curl.sh.j2", view=view(request)).removesuffix("\n")


CLIENT = SnippetClient("curl", "curl", "sh", "shell", render_curl)
