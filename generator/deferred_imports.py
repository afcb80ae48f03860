"""rfc3987_syntax, installed with jsonschema's format extras, builds its grammars when it is
imported: more than a second of CPU in every process that imports jsonschema (the model's
example checks, openapi-spec-validator), for two formats (iri, iri-reference) that few
documents use. jsonschema imports it only for `is_valid_syntax`; a stand-in module gives
jsonschema that function and loads the real module on its first call, so every check still
runs the real code and the verdicts are the same."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_NAME = "rfc3987_syntax"


def defer_rfc3987_syntax() -> None:
    if _NAME in sys.modules:
        return
    spec = importlib.util.find_spec(_NAME)
    if spec is None:
        return
    stand_in = types.ModuleType(_NAME)
    stand_in.__spec__ = spec  # what importlib.util.find_spec answers while the stand-in is in place
    loaded: list[Any] = []

    def is_valid_syntax(*args: Any, **kwargs: Any) -> Any:
        if not loaded:
            if sys.modules.get(_NAME) is stand_in:
                del sys.modules[_NAME]
            loaded.append(importlib.import_module(_NAME).is_valid_syntax)
        return loaded[0](*args, **kwargs)

    stand_in.is_valid_syntax = is_valid_syntax  # type: ignore[attr-defined]
    sys.modules[_NAME] = stand_in
