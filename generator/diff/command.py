"""`utdk-gen diff OLD NEW`: the command line around diff_specs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import provider_name_for
from . import DiffError, Level, diff_specs
from .report import FORMATS, render
from .sources import SourceError, at_revision, spec_file, temporary_folder

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2
FAIL_ON = {"breaking": (Level.BREAKING,), "non-breaking": (Level.BREAKING, Level.NON_BREAKING), "any": tuple(Level)}


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    cmd = sub.add_parser(
        "diff", help="report what changed between two versions of a spec, and whom it breaks",
        description="Every change between OLD and NEW, classified breaking, non-breaking or documentation-only, "
        "for the HTTP API and for each SDK's public names and types. Exit 1 with --fail-on when such a change is found.")
    cmd.add_argument("specs", nargs="+", metavar="SPEC", help="OLD NEW (files or folders), or NEW alone with --base-ref")
    cmd.add_argument("--base-ref", metavar="REF", help="take OLD from git: NEW's file as it was at REF")
    cmd.add_argument("--format", choices=FORMATS, default="text", help="text (default), markdown or json")
    cmd.add_argument("--fail-on", choices=tuple(FAIL_ON), help="exit 1 when a change of this level (or stronger) is found")
    cmd.add_argument("--name", help="provider name used for SDK identifiers (default: from NEW's file or folder name)")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if len(args.specs) != (1 if args.base_ref else 2):
        sys.stderr.write("utdk-gen: error: diff takes OLD NEW, or NEW with --base-ref REF\n")
        return EXIT_BAD_INPUT
    with temporary_folder() as scratch:
        try:
            new = spec_file(Path(args.specs[-1]))
            if args.base_ref:
                old, old_label = at_revision(new, args.base_ref, Path(scratch)), f"{new}@{args.base_ref}"
            else:
                old = spec_file(Path(args.specs[0]))
                old_label = str(old)
            report = diff_specs(old, new, args.name or provider_name_for(new), old_label=old_label)
        except SourceError as exc:
            sys.stderr.write(f"utdk-gen: error: {exc}\n")
            return EXIT_BAD_INPUT
        except DiffError as exc:
            for d in exc.diagnostics:
                sys.stderr.write(d.render() + "\n")
            sys.stderr.write(f"utdk-gen: {len(exc.diagnostics)} error(s); nothing was compared\n")
            return EXIT_BAD_INPUT
    sys.stdout.write(render(report, args.format))
    if args.fail_on and any(f.level in FAIL_ON[args.fail_on] for f in report.findings):
        return EXIT_FAIL
    return EXIT_OK
