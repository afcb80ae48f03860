"""Response models of Kitchen Sink Pet Store used by the operations tagged store."""

from __future__ import annotations

import typing as _t

Inventory: _t.TypeAlias = dict[str, int]
