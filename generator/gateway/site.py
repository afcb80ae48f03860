"""The generated docs, served by the gateway at /docs/: the Try-it console then has the gateway's own
origin, so no CORS origin is needed and what the page stores is scoped to the gateway.

Only the output's index.html and each provider's docs folder are served (not the SDKs), and no path
outside them: every path is resolved and checked against those folders."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response

from ..config import Config
from .errors import GatewayError, Redactor, error_response

# The docs' own pages set their Content-Security-Policy; these keep other sites from framing them.
_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Content-Security-Policy": "frame-ancestors 'self'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


class DocsSite:
    def __init__(self, output: Path, config: Config) -> None:
        self.root = output.resolve()
        self.folders = tuple(PurePosixPath(p.out_dir("docs")) for p in config.providers if "docs" in p.targets)

    def available(self) -> bool:
        return (self.root / "index.html").is_file() or any((self.root / f / "index.html").is_file() for f in self.folders)

    async def endpoint(self, request: Request) -> Response:
        if request.url.path == "/docs":
            return RedirectResponse("/docs/", status_code=308)
        relative = PurePosixPath(request.path_params.get("path", "") or "index.html")
        allowed = relative == PurePosixPath("index.html") or any(relative.is_relative_to(f) for f in self.folders)
        target = (self.root / relative).resolve()
        if target.is_dir():
            target = target / "index.html"
        inside = any(target.is_relative_to((self.root / f).resolve()) for f in self.folders) or target == self.root / "index.html"
        if not allowed or not inside or ".." in relative.parts or not target.is_file():
            return error_response(GatewayError("not_found", "no such page in the served docs"), Redactor())
        return FileResponse(target, headers=_HEADERS)
