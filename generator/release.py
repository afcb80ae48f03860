"""`utdk-gen release`: the next version of each provider's packages, from what changed in its
spec since a git revision (or since an older spec file).

The version is recorded in generator.yaml (package_version), the packages are generated again
so that package.json, pyproject.toml and the SDKs carry it, and an entry is put first in each
package's CHANGELOG.md. CHANGELOG.md is not the generator's output: it is never overwritten or
removed by `generate`, and `generate --check` ignores it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from .changelog import entry, prepend
from .config import CONFIG_FILE, ConfigError, ProviderConfig, chosen_providers, load_config, target_options
from .config_edit import ConfigEditError, with_provider_value
from .diff import DiffError, Report, diff_specs
from .diff.report import summary
from .diff.sources import SourceError, at_revision, temporary_folder
from .output import changeset, write
from .pipeline import generate
from .versioning import BUMPS, VersionError, bump_for, next_version

EXIT_OK, EXIT_BAD_INPUT = 0, 2
PACKAGE_TARGETS = {"typescript": "typescript", "python": "python"}  # target -> its SDK surface


@dataclass(frozen=True)
class Release:
    provider: ProviderConfig
    previous: str
    version: str
    bump: str
    report: Report


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    cmd = sub.add_parser(
        "release", help="bump each provider's package version from the spec's changes and write its changelog",
        description="Compares each provider's spec with the same file at --base-ref (default HEAD) or --old, "
        "derives the next version (breaking: major, or minor while 0.x; other changes: minor; documentation only: "
        "patch), records it in generator.yaml, regenerates the packages and puts an entry first in their CHANGELOG.md.")
    cmd.add_argument("providers", nargs="*", metavar="PROVIDER", help="only these providers (default: every one)")
    cmd.add_argument("--bump", choices=BUMPS, default="auto", help="auto (default) follows the changes")
    cmd.add_argument("--base-ref", default="HEAD", metavar="REF", help="the git revision of the last release (default: HEAD)")
    cmd.add_argument("--old", metavar="SPEC", help="the last release's spec file instead of --base-ref (one provider)")
    cmd.add_argument("--date", help="put this date in the changelog entries' titles (none by default: reruns give the same bytes)")
    cmd.add_argument("--config", default=CONFIG_FILE, metavar="FILE", help=f"config file (default: {CONFIG_FILE})")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config_path = Path(args.config)
    try:
        if not config_path.is_file():
            raise ConfigError(str(config_path), 1, 1, "", "release records versions in generator.yaml: create one")
        config = load_config(config_path)
        chosen = chosen_providers(config, args.providers, str(config_path))
        if args.old and len(chosen) != 1:
            raise ConfigError(str(config_path), 1, 1, "/providers", "--old takes one provider: name it")
        releases = [_next_release(p, args) for p in chosen]
    except ConfigError as exc:
        sys.stderr.write(exc.line_text + "\n")
        return EXIT_BAD_INPUT
    except (SourceError, VersionError) as exc:
        sys.stderr.write(f"utdk-gen: error: {exc}\n")
        return EXIT_BAD_INPUT
    except DiffError as exc:
        for d in exc.diagnostics:
            sys.stderr.write(d.render() + "\n")
        return EXIT_BAD_INPUT
    due = [r for r in releases if r is not None]
    if not due:
        sys.stdout.write("utdk-gen: no provider's spec changed; nothing to release\n")
        return EXIT_OK
    # everything is made in memory first: a failure leaves generator.yaml and the packages as they were
    result = generate(replace(config, providers=tuple(replace(r.provider, package_version=r.version) for r in due)),
                      tuple(PACKAGE_TARGETS))
    if result.has_errors:
        for d in result.diagnostics:
            sys.stderr.write(d.render() + "\n")
        return EXIT_BAD_INPUT
    text = config_path.read_text("utf-8")
    try:
        for r in due:
            text = with_provider_value(text, r.provider.name, "package_version", r.version)
    except ConfigEditError as exc:
        sys.stderr.write(f"utdk-gen: error: {config_path}: {exc}\n")
        return EXIT_BAD_INPUT
    write(changeset(config.output, result.files, result.scopes))
    config_path.write_text(text, "utf-8")
    for r in due:
        for target, sdk in PACKAGE_TARGETS.items():
            if target in r.provider.targets:
                prepend(config.output / r.provider.out_dir(target) / "CHANGELOG.md", entry(r.version, r.report, sdk, args.date))
        sys.stdout.write(f"{r.provider.name}: {r.previous} -> {r.version} ({r.bump}; {summary(r.report)})\n")
    return EXIT_OK


def _next_release(provider: ProviderConfig, args: argparse.Namespace) -> Release | None:
    with temporary_folder() as scratch:
        old = Path(args.old) if args.old else at_revision(provider.spec, args.base_ref, Path(scratch))
        report = diff_specs(old, provider.spec, provider.name)
    previous = target_options(provider, report.old_version, None).package_version
    bump = args.bump if args.bump != "auto" else bump_for(report.level, previous)
    if bump is None:
        return None
    return Release(provider, previous, next_version(previous, bump), bump, report)
