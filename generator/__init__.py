"""utdk-generator: OpenAPI descriptions to TypeScript and Python SDKs, docs and snippets."""

__version__ = "0.1.0"
