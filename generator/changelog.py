"""CHANGELOG.md entries made from a diff's findings, one per package: the HTTP API's changes
and that package's SDK's own, under Breaking, Added, Changed, Deprecated and Docs."""

from __future__ import annotations

from pathlib import Path

from .diff import Report, Section

HEADER = "# Changelog\n"
# Documentation edits come by the hundred in a busy API's release: the first ones are listed, the
# rest counted (`utdk-gen diff` lists them all).
DOCS_LISTED = 20


def entry(version: str, report: Report, sdk: str, date: str | None = None) -> str:
    title = f"## {version}" + (f" ({date})" if date else "")
    lines = [title, ""]
    findings = [f for f in report.findings if f.surface in ("api", sdk)]
    for section in Section:
        messages = list(dict.fromkeys(_bullet(f.message) for f in findings if f.section is section))
        if section is Section.DOCS and len(messages) > DOCS_LISTED:
            more = len(messages) - DOCS_LISTED
            messages = messages[:DOCS_LISTED] + [f"- and {more} more documentation change{'' if more == 1 else 's'}"]
        if messages:
            lines += [f"### {section.value}", "", *messages, ""]
    if not findings:
        lines += ["No changes to the API.", ""]
    return "\n".join(lines)


def _bullet(message: str) -> str:
    # spec text stays text: no Markdown or HTML from a description reaches the changelog as markup
    text = " ".join(message.split()).replace("<", "&lt;")
    return f"- {text}"


def prepend(path: Path, text: str) -> None:
    """Put the entry first, under the file's title (a new file gets one)."""
    try:
        existing = path.read_text("utf-8")
    except FileNotFoundError:
        existing = ""
    body = existing[len(HEADER):].lstrip("\n") if existing.startswith(HEADER) else existing
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + "\n" + text + ("\n" + body if body else ""), "utf-8")
