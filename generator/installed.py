"""Installed libraries' versions, read from the names of their `<name>-<version>.dist-info`
folders, as importlib.metadata finds them: loading importlib.metadata and parsing METADATA files
took longer than the rest of a run answered from the cache."""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache

_DIST_INFO = ".dist-info"


def installed_version(name: str) -> str:
    """The version of the distribution `name` ("-" when it is not installed)."""
    known = _installed().get(_normalized(name))
    if known is not None:
        return known
    from importlib.metadata import PackageNotFoundError, version  # a layout the folder names do not tell

    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@lru_cache(maxsize=1)
def _installed() -> dict[str, str]:
    """Each distribution's version, the first found on sys.path (as importlib.metadata finds it)."""
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in names:
            stem = entry[: -len(_DIST_INFO)]
            if entry.endswith(_DIST_INFO) and stem.count("-") == 1:
                name, known = stem.split("-")
                found.setdefault(_normalized(name), known)
    return found
