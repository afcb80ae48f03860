"""What a client logs, and the User-Agent it sends.

`<PREFIX>_LOG=info` (or `debug`) turns logging on for the package's logger (`logging` under the
package's name, e.g. `utdk_plaid`): one line per attempt with the method, the URL, the status,
the time taken and the retry number, and at debug the request and response headers. A URL's
userinfo and credential query parameters, the credential headers, and any value equal to a
credential the client holds are replaced by `<redacted>` before anything is formatted.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from typing import Callable, Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

REDACTED = "<redacted>"
_ALWAYS_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def user_agent(package: str, version: str) -> str:
    return (
        f"{package}/{version} Python/{platform.python_version()} "
        f"{platform.python_implementation()} httpx/{httpx.__version__}"
    )


def package_logger(package: str, env_prefix: str) -> logging.Logger:
    """The package's logger; `<PREFIX>_LOG` sets its level and gives it a stderr handler once."""
    logger = logging.getLogger(package)
    level = _LEVELS.get(os.environ.get(f"{env_prefix}_LOG", "").strip().lower())
    if level is not None:
        logger.setLevel(level)
        if not any(getattr(h, "_utdk", False) for h in logger.handlers):
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(
                logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s")
            )
            setattr(handler, "_utdk", True)
            logger.addHandler(handler)
    return logger


class RequestLog:
    """Formats attempts for the logger with every secret taken out."""

    def __init__(
        self,
        logger: logging.Logger,
        secrets: Callable[[], Iterable[str | None]],
        query_names: Iterable[str],
        header_names: Iterable[str],
    ) -> None:
        self.logger = logger
        self._secrets = secrets
        self._query_names = frozenset(n.lower() for n in query_names)
        self._header_names = _ALWAYS_SECRET_HEADERS | {n.lower() for n in header_names}

    def _scrub(self, text: str) -> str:
        for secret in sorted((s for s in self._secrets() if s), key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return text

    def url(self, url: httpx.URL | str) -> str:
        parts = urlsplit(str(url))
        netloc = parts.netloc
        if "@" in netloc:
            netloc = REDACTED + "@" + netloc.rsplit("@", 1)[1]
        query = urlencode(
            [
                (k, REDACTED if k.lower() in self._query_names else v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
            ],
            safe="<>",
        )
        return self._scrub(urlunsplit(parts._replace(netloc=netloc, query=query)))

    def headers(self, headers: httpx.Headers) -> str:
        shown = {
            k: REDACTED if k.lower() in self._header_names else v
            for k, v in headers.items()
        }
        return self._scrub(repr(shown))

    def answered(
        self,
        request: httpx.Request,
        response: httpx.Response,
        seconds: float,
        retries_done: int,
    ) -> None:
        if not self.logger.isEnabledFor(logging.INFO):
            return
        self.logger.info(
            "%s %s -> %s in %.0f ms%s",
            request.method,
            self.url(request.url),
            response.status_code,
            seconds * 1000,
            f" (retry {retries_done})" if retries_done else "",
        )
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug("request headers: %s", self.headers(request.headers))
            self.logger.debug("response headers: %s", self.headers(response.headers))

    def failed(
        self,
        request: httpx.Request,
        error: Exception,
        seconds: float,
        retries_done: int,
    ) -> None:
        self.logger.info(
            "%s %s -> %s after %.0f ms%s",
            request.method,
            self.url(request.url),
            type(error).__name__,
            seconds * 1000,
            f" (retry {retries_done})" if retries_done else "",
        )

    def retrying(self, request: httpx.Request | None, seconds: float) -> None:
        if request is not None:
            self.logger.info(
                "retrying %s %s in %.2f s",
                request.method,
                self.url(request.url),
                seconds,
            )
