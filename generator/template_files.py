"""Where the built-in templates are, without loading Jinja (a run answered from the cache
hashes them but renders nothing)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def templates_dir() -> Path:
    """templates/ beside the package in a checkout, or inside it once installed from a wheel."""
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("generator") / "templates"))
