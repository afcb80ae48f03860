"""Mistakes common in published specs, read the way their authors meant, each with a warning.

A hub of third-party APIs cannot wait for every provider to fix its spec: where the intent is
clear the model is built as meant and the warning (an error under --strict) says what was read.
Where it is not, as with a path the SDKs could not call as written, the path is refused.
"""

from __future__ import annotations

import re
import unicodedata

from ..diagnostics import Diagnostics
from ..load.refs import Located

_LOWERCASE_RANGE = re.compile(r"[1-5]xx")


def path_is_sound(path: str, where: Located, diagnostics: Diagnostics) -> bool:
    """Whitespace or a control character in a path template: every SDK would call another path
    than the spec says (one drops it, one percent-encodes it, one raises), so it is an error."""
    bad = next((c for c in path if c.isspace() or unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")), None)
    if bad is None:
        return True
    diagnostics.error(where.file, where.pointer, f"path {path!r} contains {_describe(bad)}: a path cannot hold whitespace or control characters", "path")
    return False


def status_code(written: str, where: Located, diagnostics: Diagnostics) -> str:
    """`4xx` is read as the range `4XX`."""
    if _LOWERCASE_RANGE.fullmatch(written):
        diagnostics.warning(where.file, where.pointer, f"status range {written!r} is read as {written.upper()!r} (ranges are written in capitals)", "response")
        return written.upper()
    return written


def _describe(char: str) -> str:
    name = unicodedata.name(char, "").lower() or "control character"
    return f"U+{ord(char):04X} ({name})"
