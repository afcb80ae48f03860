"""The retry policy, written once as a generator of actions that the sync and async clients run.

The generator yields Send(request) and Sleep(seconds) and receives the outcome of each Send, so
the decisions (what to retry, how long to wait, when to give up) live here and nowhere else.
"""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, Generator, NamedTuple, Union

from ._errors import APIConnectionError, APITimeoutError

if TYPE_CHECKING:
    import httpx

RETRY_STATUSES = frozenset({408, 409, 429})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


class Send(NamedTuple):
    request: httpx.Request
    retries_done: int = 0


class Sleep(NamedTuple):
    seconds: float
    request: httpx.Request | None = None  # the request that will be sent again


class Outcome(NamedTuple):
    response: httpx.Response | None = None
    error: APIConnectionError | None = None


Action = Union[Send, Sleep]
Flow = Generator[Action, Union[Outcome, None], "httpx.Response"]


def should_retry(response: httpx.Response) -> bool:
    # The server's own word (`x-should-retry: true|false`) overrides the status rule.
    told = str(response.headers.get("x-should-retry", "")).strip().lower()
    if told in ("true", "false"):
        return told == "true"
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds the server asked us to wait (Retry-After as seconds or a date, or retry-after-ms)."""
    if response is None:
        return None
    millis = response.headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        # An HTTP date is rare here; its parser (and what it loads) waits until one comes.
        from email.utils import parsedate_to_datetime

        parsed = parsedate_to_datetime(value) if value else None
        return None if parsed is None else parsed.timestamp() - time.time()


def backoff(retries_done: int, response: httpx.Response | None) -> float:
    asked = retry_after(response)
    if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
        return asked
    delay = min(INITIAL_DELAY * 2.0**retries_done, MAX_DELAY)
    # Jitter spreads the retries of many clients that failed at the same moment.
    return delay * (1 - 0.25 * random.random())


def send_with_retries(request: httpx.Request, max_retries: int) -> Flow:
    retries_done = 0
    while True:
        outcome = yield Send(request, retries_done)
        assert outcome is not None
        response = outcome.response
        if response is not None and not should_retry(response):
            return response
        if retries_done >= max_retries:
            if response is not None:
                return response
            assert outcome.error is not None
            raise outcome.error
        yield Sleep(backoff(retries_done, response), request)
        retries_done += 1


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """The SDK's error for a transport failure, keeping it as `__cause__` (its message names no
    URL, which may carry a credential)."""
    import httpx

    error = (
        APITimeoutError()
        if isinstance(exc, httpx.TimeoutException)
        else APIConnectionError(f"Connection error: {type(exc).__name__}.")
    )
    error.__cause__ = exc
    return error
