"""Two real releases of the Plaid spec three months apart (1.682.2 -> 1.697.4), read in place."""

from __future__ import annotations

import json
import time

from generator.changelog import entry
from generator.diff import Level, diff_specs
from generator.diff.report import render, summary
from tests.conftest import PLAID_FULL, require_shared


def test_plaid_release_to_release_report() -> None:
    shared = require_shared()
    old = shared / "specs" / "plaid-history" / "2020-09-14_1.682.2.yaml"
    start = time.perf_counter()
    report = diff_specs(old, PLAID_FULL, "plaid")
    elapsed = time.perf_counter() - start
    print(f"\n{summary(report)} in {elapsed:.1f} s")
    for surface in ("api", "python", "typescript"):
        print(surface, {level.value: report.count(level, surface) for level in Level})
    by_subject = {(f.rule_id, f.subject): f for f in report.findings}
    # an operation gone, operations added and deprecated, at their lines in NEW
    assert ("operation-removed", "POST /network_insights/report/get") in by_subject
    added = by_subject[("operation-added", "POST /item/products/terminate")]
    assert PLAID_FULL.read_text().splitlines()[added.line - 1].strip() == "post:"
    assert ("operation-deprecated", "POST /protect/event/send") in by_subject
    # the SDKs lose the method with it
    assert ("python-method-removed", "Plaid.network_insights_report_get") in by_subject
    assert ("typescript-method-removed", "Plaid.networkinsightsreportget") in by_subject
    # a response enum that grew breaks exhaustive matches
    assert by_subject[("response-enum-value-added", "AccountSubtype")].level is Level.BREAKING
    # most of three months of edits are documentation
    assert report.count(Level.DOCUMENTATION, "api") > report.count(Level.NON_BREAKING, "api") > report.count(Level.BREAKING, "api") > 0
    assert report.count(Level.BREAKING, "python") > 0 and report.count(Level.BREAKING, "typescript") > 0
    # its changelog entry: every breaking change listed, documentation edits counted past the first 20
    changelog = entry("2.0.0", report, "typescript")
    breaking = changelog.split("### Breaking\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(breaking) == report.count(Level.BREAKING, "api") + report.count(Level.BREAKING, "typescript")
    docs = changelog.split("### Docs\n\n", 1)[1].strip().splitlines()
    assert len(docs) == 21 and docs[-1] == f"- and {report.count(Level.DOCUMENTATION) - 20} more documentation changes"
    data = json.loads(render(report, "json"))
    assert len(data["findings"]) == len(report.findings)
    assert render(report, "json") == render(diff_specs(old, PLAID_FULL, "plaid"), "json")  # deterministic
