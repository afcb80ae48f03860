"""Sentinels and option types shared by every module of the package."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Mapping, Optional, Tuple, Union

if TYPE_CHECKING:
    import httpx


class NotGiven:
    """The default of every optional argument: distinct from None, which is sent as JSON null."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Timeout = Union[float, "httpx.Timeout", None]
Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]
FileContent = Union[IO[bytes], bytes]
FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
]
