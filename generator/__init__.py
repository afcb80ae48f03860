"""utdk-generator: OpenAPI descriptions to TypeScript and Python SDKs, docs and snippets."""

from .deferred_imports import defer_rfc3987_syntax

__version__ = "0.1.0"

defer_rfc3987_syntax()
