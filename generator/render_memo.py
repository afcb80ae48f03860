"""Rendered templates kept from one run to the next, so an edit re-renders only what it touches.

A template's output depends only on the template (and those it includes), the generator's code,
and the values it is given, which templates only read: the key of a rendering is a digest of the
template's name and its values, pickled. Other texts are kept the same way under what they are
made from (`remembered`): a page under digests of the model values its view reads
(model/digests.py), so that an unchanged page is found without making its view; a description's
HTML under the description. The scope (the provider and the target, and the
generator's code and templates) is the caller's. Each target's emit keeps its own memo: the renderings its
last run made, one after another in a contents file read only where a key matches; what this run
renders (made or found) becomes the next run's memo. Values that cannot be pickled are rendered
every time. A memo that cannot be read or written only costs time, never a different output."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Any, BinaryIO, Callable, Iterator

from .cache import RENDER_CONTENTS, RENDERS, cache_key
from .fingerprint import fingerprint

_FORMAT = "utdk-renders-4"
# Where the renderings are made (the provider and target: one memo each, replaced at each run) and
# by which code (the generator's code and templates: a memo of other code is never read).
Scope = tuple[str, str]


class RenderMemo:
    def __init__(self, scope: Scope) -> None:
        where, self._code = scope
        self._scope = cache_key(_FORMAT, where)
        self._previous: dict[bytes, tuple[int, int]] = {}
        self._previous_contents: BinaryIO | None = None
        self._previous_token = ""
        entry = RENDERS.load(self._scope)
        # made by other code or templates: not read, and replaced by this run's (one memo per place)
        if isinstance(entry, dict) and entry.get("format") == _FORMAT and entry.get("code") == self._code:
            try:
                self._previous_contents = open(RENDER_CONTENTS.path(f"{self._scope}.{entry['contents']}"), "rb")
                self._previous, self._previous_token = entry["renders"], entry["contents"]
            except OSError:
                pass
        self._token = os.urandom(8).hex()
        self._made: dict[bytes, tuple[int, int]] = {}
        # written as they come, not held: the files of the run already hold these texts once
        self._contents = RENDER_CONTENTS.open_parts(f"{self._scope}.{self._token}")
        self._size = 0
        self._digests: dict[int, tuple[Any, bytes]] = {}  # id of a value -> the value (kept alive) and its digest

    def digest_of(self, value: Any) -> Any:
        found = self._digests.get(id(value))
        if found is None or found[0] is not value:
            try:
                found = self._digests[id(value)] = (value, fingerprint(value))
            except Exception:  # noqa: BLE001 - a value pickle cannot hold: the key will fail on it
                return value
        return found[1]

    @staticmethod
    def key(made_from: tuple[Any, ...]) -> bytes | None:
        try:
            return fingerprint(made_from)
        except Exception:  # noqa: BLE001 - a value pickle cannot hold: made every time
            return None

    def recall(self, key: bytes) -> str | None:
        found = self._previous.get(key)
        if found is None or self._previous_contents is None:
            return None
        offset, length = found
        try:
            content = os.pread(self._previous_contents.fileno(), length, offset)
        except OSError:
            return None
        if len(content) != length:
            return None
        self._keep(key, content)
        return content.decode("utf-8")

    def remember(self, key: bytes, text: str) -> None:
        self._keep(key, text.encode("utf-8"))

    def _keep(self, key: bytes, content: bytes) -> None:
        if key not in self._made and self._contents is not None and self._contents.write(content):
            self._made[key] = (self._size, len(content))
            self._size += len(content)

    def close(self, keep: bool) -> None:
        """With keep, what this run rendered becomes the next run's memo."""
        if self._previous_contents is not None:
            self._previous_contents.close()
        if self._contents is None:
            return
        if not keep or not self._contents.commit():
            self._contents.discard()
            return
        previous = RENDERS.load(self._scope)
        RENDERS.store(self._scope, {"format": _FORMAT, "code": self._code, "renders": self._made, "contents": self._token})
        if isinstance(previous, dict) and isinstance(previous.get("contents"), str):
            RENDER_CONTENTS.remove(f"{self._scope}.{previous['contents']}")


_ACTIVE: list[RenderMemo] = []


def active() -> RenderMemo | None:
    return _ACTIVE[-1] if _ACTIVE else None


def value_digest(value: Any) -> Any:
    """Inside `remembering`, a frozen view's content digest, made once for a view several renderings
    are given (the Python SDK's client view goes to five templates); else the value itself."""
    memo = active()
    params = getattr(type(value), "__dataclass_params__", None)
    return memo.digest_of(value) if memo is not None and params is not None and params.frozen else value


def remembered(made_from: tuple[Any, ...], make: Callable[[], str]) -> str:
    """make()'s text, or, inside `remembering`, the text kept under `made_from` by the last run.
    `made_from` must hold everything the text depends on besides the generator's code (its
    first item names what kind of text it is, so that kinds never share a key)."""
    memo = active()
    key = memo.key(made_from) if memo is not None else None
    if memo is None or key is None:
        return make()
    text = memo.recall(key)
    if text is None:
        text = make()
        memo.remember(key, text)
    return text


@contextmanager
def remembering(scope: Scope | None) -> Iterator[None]:
    """Renderings inside are looked up in, and kept for, `scope`'s memo (none when scope is None)."""
    if scope is None:
        yield
        return
    memo = RenderMemo(scope)
    _ACTIVE.append(memo)
    kept = False
    try:
        yield
        kept = True
    finally:
        _ACTIVE.pop()
        memo.close(kept)
