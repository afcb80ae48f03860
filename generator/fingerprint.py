"""A digest of plain values' content: what the render memo and the model's digests key on.

pickle writes an object met twice as a reference to its first copy, so two equal values whose
parts are shared differently (a spec piece parsed now, or read back from the cache) would
pickle differently. Without the memo ("fast" mode) the bytes depend on the values alone; the
values must hold no cycle (the model and the views hold none)."""

from __future__ import annotations

import dataclasses
import io
import pickle
from typing import Any

import xxhash


def fingerprint(value: Any) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: a shared part is written out again, as an equal copy would be
    pickler.dump(value)
    return xxhash.xxh3_128_digest(buffer.getbuffer())


class FieldsPickled:
    """For a frozen dataclass with cached properties: its pickle (and so its fingerprint) holds
    its fields only, never what a cached property has stored beside them, which depends on what
    was asked of the object before."""

    def __getstate__(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]
