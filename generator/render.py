"""The one Jinja2 environment: strict about undefined values, autoescaping HTML templates only.

Templates receive finished view objects; the filters here only quote and escape (literals.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from . import render_memo
from .cache import TEMPLATES, cache_key
from .literals import FILTERS
from .template_files import templates_dir

if TYPE_CHECKING:  # Jinja is loaded on the first template a run renders (a run may find them all kept)
    import jinja2


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith((".html", ".html.j2"))


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs. Jinja checks each entry against its template's
    source; the folder is named after Jinja's version and this file, whose options (trimming,
    escaping, filters) also shape the compiled code."""
    import jinja2

    settings = cache_key(f"jinja2 {jinja2.__version__}", Path(__file__).read_bytes())
    directory = TEMPLATES.folder / settings[:16]
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a cache that cannot be written only costs time
    return jinja2.FileSystemBytecodeCache(str(directory))


class TemplateOverrideError(Exception):
    """A template from the user's `templates:` folder failed: one line, file:line:col first."""


# The `templates:` folder of the configuration being generated, set around a run: its files
# replace the built-in templates of the same path.
_overrides: list[Path] = []


@contextmanager
def template_overrides(folder: Path | None) -> Iterator[None]:
    if folder is None:
        yield
        return
    _overrides.append(folder.resolve())
    try:
        yield
    finally:
        _overrides.pop()


def _override() -> Path | None:
    return _overrides[-1] if _overrides else None


def overridden(target: str) -> bool:
    """Whether the run replaces any of a target's built-in templates (templates/<target>/)."""
    folder = _override()
    return folder is not None and (folder / target).exists()


def environment() -> jinja2.Environment:
    return _environment(_override())


@lru_cache(maxsize=4)
def _environment(override: Path | None) -> jinja2.Environment:
    import jinja2

    builtin = jinja2.FileSystemLoader(str(templates_dir()))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(override)), builtin]) if override else builtin,
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
        # built-in templates do not change while a process runs: no stat of each file at every
        # render; a `templates:` folder is still checked, since it may be edited meanwhile
        auto_reload=override is not None,
    )
    env.filters.update(FILTERS)
    return env


def render(template: str, **context: Any) -> str:
    if _override() is None:
        return render_memo.remembered(("template", template, sorted((k, render_memo.value_digest(v)) for k, v in context.items())),
                                      lambda: rendered_now(template, **context))
    return rendered_now(template, **context)


def rendered_now(template: str, **context: Any) -> str:
    """`template` rendered, never looked up: for a file made around texts kept already
    (render_memo.kept_framed), kept under what those are made from, never under a digest of them."""
    override = _override()
    if override is None or not (override / template).is_file():
        return environment().get_template(template).render(**context)
    import jinja2

    try:
        return environment().get_template(template).render(**context)
    except jinja2.TemplateError as exc:
        path = override / template
        line = getattr(exc, "lineno", None) or _template_line(exc, str(path))
        raise TemplateOverrideError(f"{path}:{line}:1: error: {exc.__class__.__name__}: {exc}") from None


def render_made_from(made_from: tuple[Any, ...], template: str, name: str, view: Callable[[], Any]) -> str:
    """`template` rendered with `name` bound to view(). `made_from` holds digests of everything
    the view is made from (model/digests.py): a rendering kept from the last run under the same
    digests is given back without making the view at all."""
    return remembered_rendering(("made from", template, made_from), lambda: environment().get_template(template).render(**{name: view()}))


def remembered_rendering(made_from: tuple[Any, ...], make: Callable[[], str]) -> str:
    """make()'s text (made by rendering templates), or the one kept under `made_from` at the last
    run (render_memo.remembered); with replaced templates (a `templates:` folder), always made."""
    return kept_rendering(render_memo.Piece(made_from, make))


def kept_rendering(piece: render_memo.Piece) -> str:
    """The piece's text (render_memo.kept), made every time with replaced templates."""
    if _override() is not None:
        return piece.made()
    return render_memo.kept(piece)


def kept_framed_file(made_from: tuple[Any, ...], parts: Sequence[render_memo.Piece], whole: Callable[[list[str]], str]) -> bytes:
    """A file's content made by whole() from its parts' texts (render_memo.kept_framed), made
    every time with replaced templates."""
    if _override() is not None:
        return whole([part.made() for part in parts]).encode("utf-8")
    return render_memo.kept_framed(made_from, parts, whole)


def template_macro(template: str, name: str) -> Callable[..., str]:
    """A macro of a template, called from Python: the markup it gives the template's callers, made
    once where many pages show the same thing."""
    macro: Callable[..., str] = getattr(environment().get_template(template).module, name)
    return macro


def _template_line(exc: BaseException, filename: str) -> int:
    """The line of the user's template in a render-time error's traceback (Jinja rewrites the
    traceback so that template frames carry the template's file and line)."""
    tb, line = exc.__traceback__, 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def read_static_tree(folder: str) -> list[tuple[str, bytes]]:
    """Every file under `folder` of templates/, by its path inside it (sorted), each read as
    read_static reads it: a runtime copied whole, walked once."""
    root = templates_dir() / folder
    override = _override()
    found = []
    for where, _, names in os.walk(root):
        for name in names:
            path = os.path.join(where, name)
            inside = os.path.relpath(path, root).replace(os.sep, "/")
            replaced = override / folder / inside if override is not None else None
            with open(replaced if replaced is not None and replaced.is_file() else path, "rb") as handle:
                found.append((inside, handle.read()))
    return sorted(found)


def read_static(relative: str) -> bytes:
    """A runtime file copied verbatim from templates/ (no rendering), or its replacement in the
    `templates:` folder."""
    override = _override()
    if override is not None and (override / relative).is_file():
        return (override / relative).read_bytes()
    return (templates_dir() / relative).read_bytes()
