"""Command line: argument parsing, exit codes and progress. The work is in pipeline and output.

Exit codes: 0 success; 1 `generate --check` found drift; 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
import threading
import time
from pathlib import Path
from typing import Any, Sequence, TextIO

from . import __version__
from .config import CONFIG_FILE, TARGETS, Config, ConfigError, load_config, provider_name_for, single_spec_config
from .diagnostics import Level
from .collector import collector_paused
from .output import changeset, unified_diff, write
from .pipeline import generate
from .render import TemplateOverrideError

EXIT_OK, EXIT_DRIFT, EXIT_BAD_INPUT = 0, 1, 2
ACCEPT_HINT = "python -m generator generate"


class ProgressBar:
    """A live progress bar on a terminal once a run has taken a second; silence otherwise (one
    summary line is printed at the end).

    Steps are announced by the pipeline (reading each spec, each target); a ticker thread redraws
    the bar with the elapsed time while a long step runs, so a run that looks stuck is not."""

    WIDTH = 24

    def __init__(self, stream: TextIO, quiet: bool, total: int = 0, delay: float = 1.0, interval: float = 0.1) -> None:
        self.stream = stream
        self.live = not quiet and stream.isatty()
        self.quiet = quiet
        self.total = total
        self.delay = delay
        self.interval = interval
        self.start = time.perf_counter()
        self.steps = 0
        self.message = ""
        self._shown = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        if self.live:
            self._ticker = threading.Thread(target=self._tick, name="progress", daemon=True)
            self._ticker.start()

    def __call__(self, message: str) -> None:
        with self._lock:
            self.steps += 1
            self.message = message
        self._draw()

    def line(self) -> str:
        """The bar for the step now running: the steps before it are done."""
        elapsed = time.perf_counter() - self.start
        done = max(self.steps - 1, 0)
        if self.total:
            filled = min(self.WIDTH, round(self.WIDTH * done / self.total))
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            count = f" {min(done, self.total)}/{self.total}"
        else:
            position = int(elapsed / self.interval) % self.WIDTH
            bar = "-" * position + "#" + "-" * (self.WIDTH - position - 1)
            count = ""
        return f"[{bar}]{count} {elapsed:5.1f}s {self.message[:60]}"

    def _draw(self) -> None:
        if not self.live or self._stop.is_set() or time.perf_counter() - self.start < self.delay:
            return
        with self._lock:
            self.stream.write("\r\x1b[2K" + self.line())
            self.stream.flush()
            self._shown = True

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            self._draw()

    def done(self, summary: str) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        if self._shown:
            self.stream.write("\r\x1b[2K")
        if not self.quiet:
            self.stream.write(summary + "\n")
        self.stream.flush()


def _targets(values: list[str] | None) -> tuple[str, ...]:
    chosen: list[str] = []
    for value in values or ():
        chosen.extend(v.strip() for v in value.split(",") if v.strip())
    unknown = [t for t in chosen if t not in TARGETS]
    if unknown:
        raise SystemExit(_usage_error(f"unknown target {unknown[0]!r}; choose from {', '.join(TARGETS)}"))
    return tuple(chosen)


def _usage_error(message: str) -> int:
    sys.stderr.write(f"utdk-gen: error: {message}\n")
    return EXIT_BAD_INPUT


def _print_diagnostics(diagnostics: Sequence[object], stream: TextIO) -> None:
    for d in diagnostics:
        stream.write(d.render() + "\n")  # type: ignore[attr-defined]


def _config_for(args: argparse.Namespace) -> Config:
    targets = _targets(args.target)
    if args.spec:
        if not args.out:
            raise SystemExit(_usage_error("generate SPEC needs --out DIR"))
        return single_spec_config(Path(args.spec), Path(args.out), args.name, targets or TARGETS)
    config_path = Path(args.config)
    config = load_config(config_path)
    if args.out:
        config = replace(config, output=Path(args.out))
    if not config.providers:
        raise SystemExit(_usage_error(f"no providers: {config_path} lists none and there is no specs/<name>/openapi.yaml"))
    return config


def cmd_generate(args: argparse.Namespace) -> int:
    try:
        config = _config_for(args)
    except ConfigError as exc:
        sys.stderr.write(exc.line_text + "\n")
        return EXIT_BAD_INPUT
    progress = ProgressBar(sys.stderr, args.quiet, total=_steps(config, _targets(args.target)))
    with collector_paused():  # until the files are written (collector.py)
        return _generate_and_write(args, config, progress)


def _generate_and_write(args: argparse.Namespace, config: Config, progress: ProgressBar) -> int:
    start = time.perf_counter()
    try:
        result = generate(config, _targets(args.target), validate=not args.no_validate, strict=args.strict, progress=progress)
    except TemplateOverrideError as exc:
        progress.done("")
        sys.stderr.write(f"{exc}\nutdk-gen: 1 error(s); nothing was written\n")
        return EXIT_BAD_INPUT
    if result.has_errors:
        progress.done("")
        _print_diagnostics(result.diagnostics, sys.stderr)
        errors = sum(1 for d in result.diagnostics if d.level is Level.ERROR)
        sys.stderr.write(f"utdk-gen: {errors} error(s); nothing was written\n")
        return EXIT_BAD_INPUT
    if not args.quiet:
        _print_diagnostics(result.diagnostics, sys.stderr)
    changes = changeset(config.output, result.files, result.scopes)
    elapsed = time.perf_counter() - start
    if args.check:
        return _report_check(changes, progress, elapsed)
    write(changes)
    progress.done(
        f"utdk-gen: {len(changes.files)} files in {config.output} "
        f"({len(changes.added)} added, {len(changes.changed)} changed, {len(changes.stale)} removed) in {time.perf_counter() - start:.2f} s"
    )
    return EXIT_OK


def _steps(config: Config, only_targets: tuple[str, ...]) -> int:
    """How many steps the pipeline announces: reading each spec, rendering its targets (all at
    once), and formatting each target that has a formatter."""
    from .targets import target

    steps = 0
    for provider in config.providers:
        chosen = [t for t in provider.targets if not only_targets or t in only_targets]
        steps += 1 + (1 if chosen else 0) + sum(1 for t in chosen if target(t).formatter)
    return steps


def _report_check(changes: object, progress: ProgressBar, elapsed: float) -> int:
    from .output import Changeset

    assert isinstance(changes, Changeset)
    if not changes.drift:
        progress.done(f"utdk-gen: {len(changes.files)} files in {changes.root} are up to date ({elapsed:.2f} s)")
        return EXIT_OK
    progress.done("")
    out = sys.stdout
    for line in unified_diff(changes):
        out.write(line + "\n")
    for label, paths in (("missing", changes.added), ("changed", changes.changed), ("extra", changes.stale)):
        for path in paths[:50]:
            out.write(f"{label}: {path}\n")
        if len(paths) > 50:
            out.write(f"{label}: ... and {len(paths) - 50} more\n")
    out.write(
        f"utdk-gen: {changes.root} differs from the specs: {len(changes.added)} missing, "
        f"{len(changes.changed)} changed, {len(changes.stale)} extra. To accept: {ACCEPT_HINT}\n"
    )
    return EXIT_DRIFT


def cmd_validate(args: argparse.Namespace) -> int:
    from .spec_to_api import load_api

    spec = Path(args.spec)
    loaded = load_api(spec, args.name or provider_name_for(spec), validate=not args.no_validate)
    diagnostics = [d.as_error() if args.strict else d for d in loaded.diagnostics]
    _print_diagnostics(diagnostics, sys.stdout)
    if loaded.api is None or any(d.level is Level.ERROR for d in diagnostics):
        errors = sum(1 for d in diagnostics if d.level is Level.ERROR)
        sys.stdout.write(f"{spec}: {errors} error(s)\n")
        return EXIT_BAD_INPUT
    api = loaded.api
    warnings = len(diagnostics)
    sys.stdout.write(
        f"{spec}: {'Swagger' if api.openapi_version.startswith('2.') else 'OpenAPI'} {api.openapi_version}, {len(api.operations)} operations, "
        f"{len(api.schemas)} schemas, {warnings} warning(s)\n"
    )
    return EXIT_OK


def cmd_gateway(args: argparse.Namespace) -> int:
    from .gateway.serve import run

    return run(args)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="utdk-gen",
        description="Generate TypeScript and Python SDKs, HTML docs with a Try-it console, and code snippets "
        "from OpenAPI 3.0/3.1 descriptions. Exit codes: 0 ok, 1 drift (generate --check), 2 bad input or usage.",
    )
    root.add_argument("--version", action="version", version=f"utdk-gen {__version__}")
    sub = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    gen = sub.add_parser("generate", help="generate every provider in generator.yaml, or one SPEC into --out",
                         description="Without SPEC: every provider listed in generator.yaml (or specs/<name>/openapi.*) "
                         "into its output folder. With SPEC: that one description into --out DIR, no config needed.")
    gen.add_argument("spec", nargs="?", help="an OpenAPI description (YAML or JSON); its $refs may point to other files")
    gen.add_argument("--out", metavar="DIR", help="output folder (required with SPEC; overrides the config's output)")
    gen.add_argument("--name", help="provider name for SPEC (default: from the file or folder name)")
    gen.add_argument("--config", default=CONFIG_FILE, metavar="FILE", help=f"config file (default: {CONFIG_FILE})")
    gen.add_argument("--target", action="append", metavar="T", help=f"only these targets (repeat or comma-separate): {', '.join(TARGETS)}")
    gen.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing; exit 1 on any difference")
    gen.add_argument("--strict", action="store_true", help="treat every warning (validator findings, repaired mistakes, references to nothing) as an error")
    gen.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator (structural errors are still reported)")
    gen.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    gen.set_defaults(func=cmd_generate)

    val = sub.add_parser("validate", help="load, validate and build the model of SPEC; print the diagnostics",
                         description="Each diagnostic is one line: file:line:col: level: #/json/pointer: message.")
    val.add_argument("spec", help="an OpenAPI description (YAML or JSON)")
    val.add_argument("--name", help="provider name used for identifiers (default: from the file or folder name)")
    val.add_argument("--strict", action="store_true", help="treat warnings as errors")
    val.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator")
    val.set_defaults(func=cmd_validate)

    from .gateway.keys import help_text

    gw = sub.add_parser("gateway", help="serve the gateway that the docs' Try-it console sends requests through",
                        description="Proxies /<provider>/<path> to the provider's API for operations the spec declares, "
                        "injecting credentials from the gateway's configuration or environment, and serves the "
                        "generated docs at /docs/, /healthz and Prometheus metrics at /metrics.",
                        epilog=help_text(), formatter_class=argparse.RawDescriptionHelpFormatter)
    gw.add_argument("--config", default=CONFIG_FILE, metavar="FILE", help=f"config file (default: {CONFIG_FILE})")
    gw.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    gw.add_argument("--port", type=int, default=8787, help="port (default: 8787)")
    gw.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes sharing the port (default: 1)")
    gw.add_argument("--init", nargs="?", const="gateway.yaml", metavar="FILE",
                    help="write a commented gateway config (default gateway.yaml) for the providers of --config, or --spec")
    gw.add_argument("--spec", metavar="SPEC", help="with --init: one OpenAPI description instead of the config's providers")
    gw.set_defaults(func=cmd_gateway)
    for command in _release_commands():
        command.add_parser(sub)
    return root


def _release_commands() -> tuple[Any, ...]:
    """diff, release and package: each in its own module with its parser and its run."""
    from . import package, release
    from .diff import command as diff

    return (diff, release, package)


def run() -> None:
    """The `utdk-gen` command: main(), then the process ends at once. Tearing down what a large
    run built (its caches, its modules) took a tenth of a second more and changes nothing:
    every file is written and every child process joined before main() returns. The collector
    stays paused to the end: turned on again, its first pass would walk everything the run made."""
    with collector_paused():
        exit_now(main())


def exit_now(code: int) -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more can reach it
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        sys.stderr.write("utdk-gen: interrupted; the output folder was left as it was\n")
        return 130
