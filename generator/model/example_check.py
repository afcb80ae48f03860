"""A spec's own example is used only when it fits its schema; one that does not is reported where it
is written, and the example builder makes a value from the schema instead."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics
from ..jsonvalues import plain_json
from ..load.refs import Located, SpecSet
from .schema_check import SchemaChecker, Verdicts


class ExampleFit:
    def __init__(self, specs: SpecSet, diagnostics: Diagnostics) -> None:
        self.specs = specs
        self.diagnostics = diagnostics
        self.checker: SchemaChecker | None = None

    def start(self, openapi_version: str, verdicts: Verdicts | None = None) -> None:
        self.checker = SchemaChecker(self.specs, openapi_version, verdicts=verdicts)

    def finish(self) -> None:
        if self.checker is not None and self.checker.verdicts is not None:
            self.checker.verdicts.save()

    def kept(self, found: tuple[bool, Any], schema: Located | None, where: Located) -> tuple[bool, Any]:
        """found as it is when the example fits the schema at `schema`, else (False, None) and a warning at `where`."""
        has_example, example = found
        if not has_example or schema is None or self.checker is None:
            return found
        problems = self.checker.problems(schema, plain_json(example))
        if not problems:
            return found
        raw = where.value if isinstance(where.value, dict) else {}
        pointer = where.pointer + ("/example" if "example" in raw else "/examples" if "examples" in raw else "")
        self.diagnostics.warning(
            where.file, pointer, f"the example does not fit its schema ({problems[0]}); a value made from the schema is used instead", "example"
        )
        return False, None
