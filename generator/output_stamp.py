"""What the last write left in an output folder: each file's size, times, inode and content digest.

A run that finds a file on disk with the metadata recorded here knows its content without
reading it (a run on unchanged inputs reads none of the thousands of files it would rewrite).
The times guard against a change made after the write: any change to a file moves its ctime,
which no one can set back. A file whose times are not strictly older than the manifest written
after it could still change within the same clock tick, so it is not recorded and is read the
next time (git's "racy" rule). Kept in the cache folder (cache.STAMPS), never in the output."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import xxhash

from .cache import MISSING, STAMPS, cache_key

_FORMAT = "utdk-stamp-1"
_MANIFEST = ".utdk-manifest.json"  # output.MANIFEST, written last by every write


def content_digest(content: bytes) -> bytes:
    return xxhash.xxh3_128_digest(content)


@dataclass(frozen=True)
class Recorded:
    """What the last write left in an output file: its metadata and its content's digest."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    digest: bytes

    def matches(self, status: os.stat_result) -> bool:
        return (status.st_size == self.size and status.st_mtime_ns == self.mtime_ns
                and status.st_ctime_ns == self.ctime_ns and status.st_ino == self.inode)


def _signature(status: os.stat_result) -> tuple[int, int, int, int]:
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def _key(root: Path) -> str:
    return cache_key(_FORMAT, os.path.abspath(root))


def read_stamp(root: Path) -> dict[str, Recorded]:
    """The files recorded for `root`, or none when its manifest is not the one written with them."""
    entry = STAMPS.load(_key(root))
    if entry is MISSING or not isinstance(entry, dict) or entry.get("format") != _FORMAT:
        return {}
    try:
        manifest = _signature(os.stat(os.path.join(root, _MANIFEST)))
    except OSError:
        return {}
    if tuple(entry["manifest"]) != manifest:
        return {}
    return {path: Recorded(*fields) for path, fields in entry["files"].items()}


def record_stamp(root: Path, digests: Mapping[str, bytes]) -> None:
    """Just after a write: each file's metadata with the digest of what was written (by path).
    The manifest's times are moved to now first: removing the previous tree, the write's last
    step, moved the ctime of every file that tree shared (a hard link less), after the manifest
    was written."""
    manifest_path = os.path.join(root, _MANIFEST)
    try:
        os.utime(manifest_path)
        manifest = os.stat(manifest_path)
    except OSError:
        return
    settled = min(manifest.st_mtime_ns, manifest.st_ctime_ns)
    prefix = os.path.join(root, "")
    recorded = {}
    for path, digest in digests.items():
        try:
            status = os.stat(prefix + path)
        except OSError:
            continue
        if status.st_mtime_ns < settled and status.st_ctime_ns < settled:
            recorded[path] = (*_signature(status), digest)
    STAMPS.store(_key(root), {"format": _FORMAT, "manifest": _signature(manifest), "files": recorded})
