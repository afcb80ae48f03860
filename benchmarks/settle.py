"""Every timed run starts on a settled machine, whichever tool it times.

A run that writes thousands of files leaves the kernel with dirty pages and journal work; the next
run then pays for the previous one's writes. Flushing them before each timed run, ours and every
peer's alike, charges each tool only for its own work.

For the same reason no timed run writes where files were just deleted, and the benchmarks delete
nothing until they end: ext4 does not hand out again an inode freed in the last minute or more,
and skipping past thousands of them made creating each new file cost up to 0.4 ms
(perf: most of the time in `recently_deleted`, under `ext4_create`), more than the rest of a run's
write. Every run of ours and of each peer goes into a folder of its own."""

from __future__ import annotations

import os
import time

_PAUSE_S = 0.3  # lets the flush's journal commit finish before the clock starts


def settle() -> None:
    os.sync()
    time.sleep(_PAUSE_S)


def compile_generator() -> None:
    """The generator's modules compiled to bytecode before any timed run, as pip compiles a package
    it installs: from a source checkout under PYTHONDONTWRITEBYTECODE (set on some machines and CI
    images) every run would compile them all again, a quarter of a second no user pays."""
    import compileall
    from pathlib import Path

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "generator"), quiet=1)
