"""A digest of plain values' content: what the render memo and the model's digests key on.

pickle writes an object met twice as a reference to its first copy, so two equal values whose
parts are shared differently (a spec piece parsed now, or read back from the cache) would
pickle differently. Without the memo ("fast" mode) the bytes depend on the values alone; the
values must hold no cycle (the model and the views hold none)."""

from __future__ import annotations

import dataclasses
import io
import marshal
import pickle
from typing import IO, Any, Mapping

import xxhash


def fingerprint(value: Any, stand_ins: Mapping[int, Any] | None = None) -> bytes:
    """With `stand_ins` (id of a string -> what to write instead), each of those strings is
    written as its stand-in: the digest of a value with some of its texts left out."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL) if stand_ins is None else StandingIn(buffer, stand_ins)
    pickler.fast = True  # no memo: a shared part is written out again, as an equal copy would be
    pickler.dump(value)
    return xxhash.xxh3_128_digest(buffer.getbuffer())


def key_fingerprint(value: Any) -> bytes:
    """A digest of a key's content, as fingerprint()'s, at a fraction of its cost for a key made of
    plain values (str, bytes, numbers, None, tuples, lists, dicts): marshal's format 2 writes those
    by content alone, with no references and no interning marks (buffers are written as bytes).
    Other values are pickled as fingerprint() pickles them; marshal's bytes never start as a
    pickle's do, so the two ways never write two different values alike."""
    try:
        content = marshal.dumps(value, 2)
    except ValueError:  # not plain: a dataclass, an enum, a subclass of str
        return fingerprint(value)
    return xxhash.xxh3_128_digest(content)


class StandingIn(pickle.Pickler):
    """Writes each string whose id is in `stand_ins` as a reference to its stand-in (read back
    by an unpickler's persistent_load). The strings must stay alive while it writes."""

    def __init__(self, file: IO[bytes], stand_ins: Mapping[int, Any]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._stand_ins = stand_ins

    def persistent_id(self, obj: Any) -> Any:
        return self._stand_ins.get(id(obj)) if type(obj) is str else None


class FieldsPickled:
    """For a frozen dataclass with cached properties: its pickle (and so its fingerprint) holds
    its fields only, never what a cached property has stored beside them, which depends on what
    was asked of the object before."""

    def __getstate__(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]
