"""The gateway the docs' Try-it console sends requests through: a Starlette app that forwards the
operations a spec declares to that provider's server and injects credentials server-side."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
