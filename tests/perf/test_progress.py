"""The progress bar: drawn on a terminal once a run has taken its delay, never otherwise; the
summary line is all a pipe or a file receives."""

from __future__ import annotations

import io
import time

from generator.cli import ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_a_bar_with_steps_done_out_of_all_steps() -> None:
    stream = Terminal()
    progress = ProgressBar(stream, quiet=False, total=4, delay=0.0, interval=0.01)
    progress("plaid: reading spec")
    progress("plaid: typescript")
    progress("plaid: python")
    time.sleep(0.05)  # the ticker redraws while a step runs
    progress.done("utdk-gen: 10 files")
    text = stream.getvalue()
    assert "[" + "-" * ProgressBar.WIDTH + "] 0/4" in text and "plaid: reading spec" in text
    assert "[" + "#" * 12 + "-" * 12 + "] 2/4" in text and "plaid: python" in text
    assert text.count("2/4") > 1
    assert text.endswith("\r\x1b[2Kutdk-gen: 10 files\n")  # the bar is cleared before the summary


def test_a_short_run_on_a_terminal_shows_only_the_summary() -> None:
    stream = Terminal()
    progress = ProgressBar(stream, quiet=False, total=2, delay=60.0, interval=0.01)
    progress("plaid: reading spec")
    time.sleep(0.03)
    progress.done("utdk-gen: 10 files")
    assert stream.getvalue() == "utdk-gen: 10 files\n"


def test_a_pipe_receives_only_the_summary_line() -> None:
    stream = io.StringIO()
    progress = ProgressBar(stream, quiet=False, total=2, delay=0.0, interval=0.01)
    progress("plaid: reading spec")
    time.sleep(0.03)
    progress.done("utdk-gen: 10 files")
    assert stream.getvalue() == "utdk-gen: 10 files\n"


def test_quiet_prints_nothing_even_on_a_terminal() -> None:
    stream = Terminal()
    progress = ProgressBar(stream, quiet=True, total=2, delay=0.0, interval=0.01)
    progress("plaid: reading spec")
    progress.done("utdk-gen: 10 files")
    assert stream.getvalue() == ""
