"""Escaping, one place per language. Every spec-provided text that lands in generated code or a
page goes through one of these; nothing in a spec can end a string, a comment or a script."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from markupsafe import Markup

from .prose import wrap_markdown

PY_LINE_LENGTH = 88  # black's default, which the generated Python packages keep

# -- JSON / JavaScript / TypeScript ---------------------------------------------------------------

_JS_UNSAFE = {
    "<": "\\u003c",  # no </script> or <!-- inside inline scripts
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def json_text(value: Any, indent: int | None = None) -> str:
    """Deterministic JSON (key order as given), safe to embed in a <script> or a JS source."""
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=(",", ": ") if indent else (",", ":"), allow_nan=False)
    for raw, escaped in _JS_UNSAFE.items():
        text = text.replace(raw, escaped)
    return text


# printable ASCII but for what ts_string escapes (' and \\) and _JS_UNSAFE's characters
_TS_PLAIN = re.compile(r"[\x20-\x25\x28-\x3b\x3d\x3f-\x5b\x5d-\x7e]*")


def ts_string(value: str) -> str:
    """A single-quoted TypeScript string literal."""
    if _TS_PLAIN.fullmatch(value):
        return "'" + value + "'"  # the common case: nothing to escape
    body = json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
    for raw, escaped in _JS_UNSAFE.items():
        body = body.replace(raw, escaped)
    return "'" + body + "'"


def ts_literal(value: Any) -> str:
    """A TypeScript expression for a JSON value (objects keep key order)."""
    if isinstance(value, str):
        return ts_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return _number(value, "null")
    if isinstance(value, list):
        return "[" + ", ".join(ts_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{ts_key(str(k))}: {ts_literal(v)}" for k, v in value.items()) + " }"
    return ts_string(str(value))


_TS_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def ts_key(name: str) -> str:
    """An object key or property name: bare when it is an identifier, quoted otherwise."""
    return name if _TS_IDENT.match(name) else ts_string(name)


def ts_comment(text: str | None) -> str:
    """Text safe inside a /** ... */ block (no early close, no stray control characters)."""
    if not text:
        return ""
    return _control_free(text).replace("*/", "*\\/").replace("/*", "/\\*")


# -- Python ---------------------------------------------------------------------------------------


_PY_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]')


def py_string(value: str) -> str:
    """A double-quoted Python string literal (what black prefers), escapes explicit."""
    if not _PY_NEEDS_ESCAPE.search(value):
        return '"' + value + '"'  # the common case, without the per-character loop
    out = ['"']
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ch in "\u2028\u2029\x7f" or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def py_string_preferred(value: str) -> str:
    """A string literal in the quotes black prefers: double, unless the text holds double
    quotes and no single ones (then single quotes need no escapes)."""
    literal = py_string(value)
    if '"' in value and "'" not in value:
        return "'" + literal[1:-1].replace('\\"', '"') + "'"
    return literal


def py_literal(value: Any) -> str:
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, bool):
        return "True" if value else "False"
    if value is None:
        return "None"
    if isinstance(value, (int, float)):
        return _number(value, "None")
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_string(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return py_string(str(value))


def py_docstring(text: str | None) -> str:
    """Text safe inside a triple-double-quoted docstring."""
    if not text:
        return ""
    text = _control_free(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        backslashes = len(text) - 1 - len(text[:-1].rstrip("\\"))
        if backslashes % 2 == 0:  # the final quote is not escaped yet; it would close the docstring
            text = text[:-1] + '\\"'
    return text


def py_comment(text: str | None) -> str:
    """One line of text safe after a #."""
    return " ".join(_control_free(text or "").split())


# -- shell ----------------------------------------------------------------------------------------


def shell_quote(value: str) -> str:
    """POSIX single quotes: nothing is expanded inside them; a ' is closed, escaped, reopened."""
    return "'" + value.replace("'", "'\\''") + "'"


def shell_double_quote(value: str) -> str:
    """Double quotes for text that must expand $VARIABLES written by us, never by the spec."""
    return '"' + re.sub(r'(["\\`])', r"\\\1", value).replace("$", "\\$") + '"'


# -- shared ---------------------------------------------------------------------------------------


def _number(value: float | int, null: str) -> str:
    """repr reads back as the same number in both languages; NaN and the infinities, which JSON
    cannot carry either, become the language's null."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return null
    return repr(value)


# Control characters other than newline and tab, DEL, and the two JavaScript line terminators.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def _control_free(text: str) -> str:
    # One regex pass: descriptions run to megabytes on big specs, a per-character loop showed in profiles.
    return _CONTROL.sub(" ", text)


def one_line(text: str | None, limit: int = 0) -> str:
    """First paragraph collapsed onto one line, optionally cut at a word boundary."""
    if not text:
        return ""
    line = " ".join(text.strip().split("\n\n")[0].split())
    if limit and len(line) > limit:
        line = line[: limit - 1].rsplit(" ", 1)[0] + "…"
    return line


def script_json(value: Any) -> Markup:
    """JSON for a <script type="application/json"> block of an autoescaped HTML template.

    json_text already writes < > & as \\u escapes, so nothing in it can close the element; it is
    marked safe because the browser does not decode entities inside a script element."""
    return Markup(json_text(value))


def py_docstring_block(text: str | None, indent: int = 0, closes: bool = True) -> str:
    """A docstring's body as black leaves it: continuation lines at the docstring's indent, no
    trailing blank space, and (when this text ends the docstring) the closing quotes on a line of
    their own if the last line would be too long with them."""
    # strip before escaping: a closing quote in the text must be escaped where it ends up last
    body = py_docstring((text or "").strip())
    # every line leaves room for the quotes that open or close the docstring
    lines = wrap_markdown(body.split("\n"), PY_LINE_LENGTH - indent - 3)
    pad = " " * indent
    lines = [lines[0]] + [pad + line.rstrip() if line.strip() else "" for line in lines[1:]]
    if closes and len(lines) > 1 and len(lines[-1]) + 3 > PY_LINE_LENGTH:
        lines.append(pad)
    return "\n".join(lines)


FILTERS = {
    "json_text": json_text,
    "ts_string": ts_string,
    "ts_literal": ts_literal,
    "ts_key": ts_key,
    "ts_comment": ts_comment,
    "py_string": py_string,
    "py_literal": py_literal,
    "py_docstring": py_docstring,
    "py_docstring_block": py_docstring_block,
    "py_comment": py_comment,
    "shell_quote": shell_quote,
    "shell_double_quote": shell_double_quote,
    "one_line": one_line,
    "script_json": script_json,
}


# -- snippets: text that must come out byte-identical from templates/snippets/live.js ------------
# Numbers are printed as JavaScript prints them, so a value typed in the docs page and the same
# value rendered here give the same snippet; the result is a valid literal in TS, Python and JSON.


def js_number(value: float | int) -> str:
    """ECMAScript Number::toString (1e+21, 1e-7, 0.000001, 100), from Python's shortest repr."""
    from decimal import Decimal

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and abs(value) < 10**21:
        return str(value)
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        return "null"
    if number == 0:
        return "0"
    sign, digits_tuple, exponent = Decimal(repr(abs(number))).as_tuple()
    digits = "".join(str(d) for d in digits_tuple).rstrip("0") or "0"
    assert isinstance(exponent, int)
    point = exponent + len("".join(str(d) for d in digits_tuple))  # n: value = 0.digits x 10^n
    k = len(digits)
    prefix = "-" if number < 0 else ""
    if k <= point <= 21:
        return prefix + digits + "0" * (point - k)
    if 0 < point <= 21:
        return prefix + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return prefix + "0." + "0" * -point + digits
    e = point - 1
    mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
    return prefix + mantissa + "e" + ("+" if e >= 0 else "-") + str(abs(e))


def snippet_json(value: Any, indent: int = 0, level: int = 0) -> str:
    """JSON as JSON.stringify(value, null, indent) writes it (numbers as js_number)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None or isinstance(value, bool):
        return "null" if value is None else ("true" if value else "false")
    if isinstance(value, (int, float)):
        return js_number(value)
    items: list[str]
    if isinstance(value, (list, tuple)):
        items = [snippet_json(v, indent, level + 1) for v in value]
        opener, closer = "[", "]"
    elif isinstance(value, dict):
        items = [json.dumps(str(k), ensure_ascii=False) + (": " if indent else ":") + snippet_json(v, indent, level + 1) for k, v in value.items()]
        opener, closer = "{", "}"
    else:
        return json.dumps(str(value), ensure_ascii=False)
    if not items:
        return opener + closer
    if not indent:
        return opener + ",".join(items) + closer
    inner = "\n" + " " * (indent * (level + 1))
    return opener + inner + ("," + inner).join(items) + "\n" + " " * (indent * level) + closer


_SHELL_PLAIN_IN_DOUBLE_QUOTES = re.compile(r"^[A-Za-z0-9 _\-.,:/?=&%+@~*;|#]*$")


def shell_words(parts: Any) -> str:
    """One shell word from literal text and $VARIABLES, e.g. "Authorization: Bearer $TOKEN".

    parts are (kind, text) pairs: ("text", literal) or ("env", NAME); NAME is ours, never the
    spec's ([A-Z0-9_]). Literal text that is plain goes inside one double-quoted word; anything
    else is single-quoted (no expansion, no history `!`) and joined to "$NAME" pieces."""
    merged: list[tuple[str, str]] = []
    for kind, text in parts:
        if not text:
            continue
        if kind == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + text)
        else:
            merged.append((kind, text))
    parts = merged
    if not any(kind == "env" for kind, _ in parts):
        return shell_quote("".join(text for _, text in parts))
    if all(kind == "env" or _SHELL_PLAIN_IN_DOUBLE_QUOTES.match(text) for kind, text in parts):
        out = []
        for i, (kind, text) in enumerate(parts):
            if kind == "env":
                following = parts[i + 1][1][:1] if i + 1 < len(parts) else ""
                out.append("${" + text + "}" if re.match(r"[A-Za-z0-9_]", following) else "$" + text)
            else:
                out.append(text)
        return '"' + "".join(out) + '"'
    return "".join('"$' + text + '"' if kind == "env" else shell_quote(text) for kind, text in parts)


_SNIPPET_FILTERS: dict[str, Any] = {"js_number": js_number, "snippet_json": snippet_json, "shell_words": shell_words}
FILTERS.update(_SNIPPET_FILTERS)
