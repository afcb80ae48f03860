"""Response models of Kitchen Sink Pet Store used by operations of several groups."""

from __future__ import annotations

import typing as _t

from .._models import Model as _Model


class Error(_Model):
    code: int
    message: str
    details: dict[str, _t.Any] | None
    _required = ("code", "message")
