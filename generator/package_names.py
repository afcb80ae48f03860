"""Package names from a provider name (`--name`, generator.yaml), valid for each package manager.

A provider name may be written as people name things (`my-api`, `Acme.Pay`); the Python import
name, the PyPI distribution and the npm package each get their own valid spelling of it. A name
given explicitly for one of them is used as written, so one that its package manager would refuse
is an error here rather than a broken package later.
"""

from __future__ import annotations

import keyword
import re

from .naming import snake_case

_PROVIDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_PYTHON_IMPORT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")
_NPM = re.compile(r"^(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$")
_DISTRIBUTION = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")


def provider_problem(name: str) -> str | None:
    """Why a provider name cannot be used (it also names the output folder), or None."""
    if not _PROVIDER.match(name) or not snake_case(name):
        return f"provider name {name!r} must start with a letter or digit and use only letters, digits, '-', '_' and '.'"
    return None


def python_package(provider: str) -> str:
    return f"utdk_{snake_case(provider)}"


def python_distribution(provider: str) -> str:
    return f"utdk-{snake_case(provider).replace('_', '-')}"


def npm_package(provider: str) -> str:
    return f"@utdk/{snake_case(provider).replace('_', '-')}"


def explicit_name_problem(field: str, value: object) -> str | None:
    """Why an explicitly configured package name is not valid for its package manager, or None."""
    if not isinstance(value, str):
        return f"{field} must be a string"
    if field == "python_package":
        parts = value.split(".")
        if not _PYTHON_IMPORT.match(value) or any(keyword.iskeyword(p) for p in parts):
            return f"python_package {value!r} is not a Python import name; write it like {snake_case(value) or 'utdk_api'!r}"
    if field == "npm_package" and (not _NPM.match(value) or len(value) > 214):
        return f"npm_package {value!r} is not a valid npm package name (lower case, URL-safe, at most 214 characters)"
    if field == "python_distribution" and not _DISTRIBUTION.match(value):
        return f"python_distribution {value!r} is not a valid Python distribution name"
    return None
