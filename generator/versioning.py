"""Semantic versions and what a set of changes does to one: breaking -> major (minor while 0.x),
anything else that changes the API -> minor, documentation only -> patch."""

from __future__ import annotations

import re

from .diff import Level

BUMPS = ("auto", "major", "minor", "patch")
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")


class VersionError(ValueError):
    pass


def parse(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if match is None:
        raise VersionError(f"{version!r} is not a semantic version (x.y.z)")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def bump_for(level: Level | None, version: str) -> str | None:
    """The kind of bump changes of this level call for; None when nothing changed."""
    if level is None:
        return None
    if level is Level.BREAKING:
        return "minor" if parse(version)[0] == 0 else "major"
    return "minor" if level is Level.NON_BREAKING else "patch"


def next_version(version: str, bump: str) -> str:
    """A pre-release or build suffix is dropped: the release is the plain version."""
    major, minor, patch = parse(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise VersionError(f"unknown bump {bump!r}; choose from major, minor, patch")
