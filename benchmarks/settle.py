"""Every timed run starts on a settled machine, whichever tool it times.

A run that writes thousands of files leaves the kernel with dirty pages and journal work; the next
run then pays for the previous one's writes (opening a file for writing stalled for up to half a
millisecond each, more than doubling our write phase). Flushing them before each timed run, ours
and every peer's alike, charges each tool only for its own work."""

from __future__ import annotations

import os
import time

_PAUSE_S = 0.3  # lets the flush's journal commit finish before the clock starts


def settle() -> None:
    os.sync()
    time.sleep(_PAUSE_S)
