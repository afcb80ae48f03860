"""Library versions read from the installed distributions' folder names (generator/installed.py)
are the versions importlib.metadata reports, for every library whose version shapes output."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from generator.installed import installed_version
from generator.run_cache import _LIBRARIES

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", [*_LIBRARIES, "pytest"])
def test_the_folder_names_give_what_importlib_metadata_gives(name: str) -> None:
    assert installed_version(name) == version(name)


def test_a_library_that_is_not_installed_has_no_version() -> None:
    assert installed_version("utdk-no-such-distribution") == "-"


def test_reading_the_versions_does_not_load_importlib_metadata() -> None:
    program = ("import sys\nfrom generator.installed import installed_version\n"
               "[installed_version(n) for n in ('jinja2', 'pyyaml', 'openapi-spec-validator')]\n"
               "print('importlib.metadata' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.strip() == "False"
