"""The snippets target: one file per operation and snippet client, from the snippet library."""

from __future__ import annotations

from ..snippets import emit

__all__ = ["emit"]
