"""A report as text (one finding a line), Markdown (a pull-request comment) or JSON."""

from __future__ import annotations

import json

from .findings import Finding, Level, Report

FORMATS = ("text", "markdown", "json")
_SURFACES = (("api", "HTTP API"), ("python", "Python SDK"), ("typescript", "TypeScript SDK"))


def summary(report: Report) -> str:
    counts = ", ".join(f"{report.count(level)} {level.value}" for level in Level)
    total = len(report.findings)
    return f"{total} change{'' if total == 1 else 's'}: {counts}"


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return _json(report)
    if fmt == "markdown":
        return _markdown(report)
    return _text(report)


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(32), 127)}


def _one_line(text: str) -> str:
    """Spec text stays on its finding's line: control characters are shown escaped."""
    return text.translate(_CONTROL)


def _text(report: Report) -> str:
    lines = [_one_line(f"{f.location}: {f.level.value}: [{f.surface}] {f.rule_id}: {f.message}") for f in report.findings]
    lines.append(f"{report.old} -> {report.new}: {summary(report)}")
    return "\n".join(lines) + "\n"


def _json(report: Report) -> str:
    data = {
        "old": report.old,
        "new": report.new,
        "summary": {
            level.value: {surface: report.count(level, surface) for surface, _ in _SURFACES} for level in Level
        },
        "findings": [f.as_json() for f in report.findings],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _cell(text: str) -> str:
    """Spec text in a table cell: no pipes, no line breaks, no HTML."""
    return _one_line(" ".join(text.split())).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("`", "\\`")


def _markdown(report: Report) -> str:
    lines = [f"## API changes: {_cell(report.old)} → {_cell(report.new)}", ""]
    lines += ["| | breaking | non-breaking | documentation-only |", "|---|---:|---:|---:|"]
    for surface, title in _SURFACES:
        lines.append(f"| {title} | " + " | ".join(str(report.count(level, surface)) for level in Level) + " |")
    for level in Level:
        found = [f for f in report.findings if f.level is level]
        if not found:
            continue
        lines += ["", f"### {level.value.capitalize()} ({len(found)})", "", "| where | rule | change |", "|---|---|---|"]
        lines += [_row(f) for f in found]
    return "\n".join(lines) + "\n"


def _row(f: Finding) -> str:
    surface = "" if f.surface == "api" else f"{f.surface}: "
    return f"| {_cell(f.location)} | `{f.rule_id}` | {surface}{_cell(f.message)} |"
