"""The shared fixture set: every operation of the specs in specs/, each with its example request,
an empty form, hostile text in every argument and awkward structures (numbers JavaScript and
Python print differently, array-index keys, nulls, nesting). The Python renderers and live.js
must make the same bytes from each."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.config import TargetOptions
from generator.context import ApiContext
from generator.model import Api, Operation
from generator.snippets import snippet_data
from generator.spec_to_api import load_api

REPO = Path(__file__).resolve().parents[2]
SPECS = {
    "plaid": REPO / "specs" / "plaid" / "openapi.yaml",
    "kitchensink": REPO / "specs" / "kitchensink" / "openapi.yaml",
    # names, styles and examples chosen to break quoting: a digit-led operationId, quotes and $() in
    # parameter names and values, every path style, deepObject, allowReserved, a JSON-content query
    # parameter, files, binary and text bodies, HEAD, a token URL with a line break
    "hostile": Path(__file__).resolve().parent / "specs" / "hostile.yaml",
    # body fields and nested keys named after Object.prototype's members (__proto__, constructor,
    # toString), a discriminated oneOf, an array of enum values
    "nested": Path(__file__).resolve().parent / "specs" / "nested.yaml",
}
PROVIDERS = tuple(SPECS)
SDK_PROVIDERS = ("plaid", "kitchensink")  # the SDK runs use the specs whose packages are golden files

HOSTILE = (
    "it's \"quoted\" \\ back\\slash\nnew line\r\ttab ${injected} `tick` $(id) !bang "
    "*/ \"\"\" </script><script>alert(1)</script> é 😀 \u2028\u2029 <&> \x01 ; type=x"
)
HOSTILE_FILE = "my file's \"name\" $(id).png"


@dataclass(frozen=True)
class Case:
    provider: str
    operation: str
    label: str
    values: dict[str, Any] | None

    @property
    def id(self) -> str:
        return f"{self.provider}-{self.operation}-{self.label}"


def options_for(provider: str) -> TargetOptions:
    return TargetOptions(provider, f"@utdk/{provider}", f"utdk_{provider}", f"utdk-{provider}", "0.1.0", None)


@lru_cache(maxsize=None)
def api_for(provider: str) -> Api:
    loaded = load_api(SPECS[provider], provider)
    assert loaded.api is not None
    return loaded.api


def operation(provider: str, operation_id: str) -> Operation:
    return next(op for op in api_for(provider).operations if op.id == operation_id)


def _hostile(arg: dict[str, Any]) -> Any:
    if arg["file"] == "many":
        return [HOSTILE_FILE, "second.bin"]
    if arg["file"]:
        return HOSTILE_FILE
    return HOSTILE


def _structured(arg: dict[str, Any]) -> Any:
    if arg["file"]:
        return _hostile(arg)
    return {
        "2": [1e21, 1e-7, 0.1, -5, None, True, False],
        "b": {"1": HOSTILE, "c": [{"x": 0.5}, []]},
        "10": {},
        # keys a plain JavaScript object would swallow or misread
        "__proto__": {"constructor": {"toString": HOSTILE}, "__proto__": [1, {"hasOwnProperty": None}]},
        "valueOf": 1,
    }


def _numbers(arg: dict[str, Any]) -> Any:
    return [1.5, 100, 123456789.125, 2.5e-8] if not arg["file"] else _hostile(arg)


def cases() -> list[Case]:
    out: list[Case] = []
    for provider in PROVIDERS:
        api = api_for(provider)
        for op in api.operations:
            spec = snippet_data(ApiContext(api, options_for(provider)), op)
            args = spec["request"]["arguments"]
            out.append(Case(provider, op.id, "example", None))
            out.append(Case(provider, op.id, "empty", {}))
            out.append(Case(provider, op.id, "hostile", {a["key"]: _hostile(a) for a in args}))
            out.append(Case(provider, op.id, "structured", {a["key"]: _structured(a) for a in args}))
            out.append(Case(provider, op.id, "numbers", {a["key"]: _numbers(a) for a in args}))
            if args:
                first = args[0]
                out.append(Case(provider, op.id, "first-only", {first["key"]: _hostile(first), "unknown-key": 1}))
    return out


def as_json(value: Any) -> Any:
    """The value as a page would hand it over: through JSON."""
    return json.loads(json.dumps(value))
