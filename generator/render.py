"""The one Jinja2 environment: strict about undefined values, autoescaping HTML templates only.

Templates receive finished view objects; the filters here only quote and escape (literals.py)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from .cache import TEMPLATES, cache_key
from .literals import FILTERS


def templates_dir() -> Path:
    """templates/ beside the package in a checkout, or inside it once installed from a wheel."""
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("generator") / "templates"))


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith((".html", ".html.j2"))


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs. Jinja checks each entry against its template's
    source; the folder is named after Jinja's version and this file, whose options (trimming,
    escaping, filters) also shape the compiled code."""
    settings = cache_key(f"jinja2 {jinja2.__version__}", Path(__file__).read_bytes())
    directory = TEMPLATES.folder / settings[:16]
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a cache that cannot be written only costs time
    return jinja2.FileSystemBytecodeCache(str(directory))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(FILTERS)
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def read_static(relative: str) -> bytes:
    """A runtime file copied verbatim from templates/ (no rendering)."""
    return (templates_dir() / relative).read_bytes()
