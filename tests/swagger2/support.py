"""Converting the Swagger 2.0 fixtures: the documents the model is built from, and what was reported."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics
from generator.spec_to_api import _sorted
from generator.load.refs import SpecSet
from generator.load.source import read_source
from generator.load.swagger2 import convert_swagger

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"


def converted(spec: Path) -> dict[str, Any]:
    """Every converted file by name (relative to the fixtures) and the diagnostics, rendered."""
    diagnostics = Diagnostics()
    cwd = os.getcwd()
    os.chdir(spec.parent)  # file names in diagnostics are relative to the working directory
    try:
        specs = SpecSet(Path(spec.name), diagnostics)
        convert_swagger(specs)
        # files only read to be written in place elsewhere stay as they are: not shown
        files = {src.path.name: src.data for src in specs.loaded_files if src.data != read_source(src.path).data}
        rendered = [d.render() for d in _sorted(specs, diagnostics.items)]
    finally:
        os.chdir(cwd)
    return {"files": files, "diagnostics": rendered}


def as_text(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
