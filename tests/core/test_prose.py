"""Descriptions wrapped for docstrings and doc comments: lines fit, and the Markdown reads the same."""

from __future__ import annotations

import random

from markdown_it import MarkdownIt

from generator.prose import _BLOCK_START, _LIST_ITEM, _wrap_line, wrap_markdown

LONG = (
    "Returns the pets of a store - 10 at a time, or 1. all of them; see [the paging guide]"
    "(https://docs.example/guides/paging#cursor) and # anchors, then > quotes, | pipes, @tags and ``` ticks."
)


def _html(lines: list[str]) -> str:
    # the same document when it renders to the same HTML, soft breaks counted as spaces
    return " ".join(MarkdownIt("commonmark").enable("table").render("\n".join(lines)).split())


def test_long_prose_lines_fit_the_width_and_render_the_same() -> None:
    source = [LONG, "", "- a list item that goes on and on well past the width we give it here, twice over", "", "Short."]
    wrapped = wrap_markdown(source, 40)
    assert all(len(line) <= 40 or " " not in line.strip() for line in wrapped)  # a URL alone may be longer
    assert _html(wrapped) == _html(source)
    assert "  a list item" not in wrapped and any(line.startswith("  ") for line in wrapped)  # hanging indent


def test_no_line_starts_a_block_the_source_did_not_have() -> None:
    wrapped = wrap_markdown([LONG], 12)
    assert len(wrapped) > 10 and _html(wrapped) == _html([LONG])
    for line in wrapped[1:]:
        assert not line.startswith(("- ", "# ", "> ", "| ", "```", "1. ", "@"))


def test_code_tables_and_unbreakable_words_are_kept() -> None:
    fence = ["```", "x = 1  # a code line longer than the width, which stays as it was written", "```"]
    table = ["| a column with a long heading that would wrap | b |", "| --- | --- |", "| 1 | 2 |"]
    indented = ["    code indented by four spaces that is also longer than the width"]
    url = ["https://docs.example/a/very/long/path/that/has/no/space/to/break/at"]
    for block in (fence, table, indented, url):
        assert wrap_markdown(block, 30) == block


def test_a_doc_comment_tag_is_never_made_at_a_line_start() -> None:
    wrapped = wrap_markdown(["contact the team @support today"], 16)
    assert len(wrapped) > 2 and not any(line.startswith("@") for line in wrapped)



def _wrapped_by_joining(line: str, width: int) -> list[str]:
    """The plain definition of breaking one line: each row joined again for each word."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    item = _LIST_ITEM.match(line, len(indent))
    hanging = indent + " " * (item.end() - len(indent)) if item else indent
    rows: list[list[str]] = [[]]
    for word in line[len(indent) :].rstrip(" ").split(" "):
        row = rows[-1]
        if not row or len(indent if len(rows) == 1 else hanging) + len(" ".join(row)) + 1 + len(word) <= width:
            row.append(word)
        elif word:
            carried = [row.pop()] if _BLOCK_START.match(word) and len(row) > 1 else []
            rows.append(carried + [word])
    lines = [(indent + " ".join(rows[0])).rstrip(" ")]
    for row in rows[1:]:
        text = " ".join(row).rstrip(" ")
        if _BLOCK_START.match(text):
            lines[-1] += " " + text
        else:
            lines.append(hanging + text)
    return lines


def test_long_lines_break_exactly_where_the_plain_definition_breaks_them() -> None:
    chooser = random.Random(3)
    words = ["a", "bb", "ccc", "-", "*", "1.", "#", ">", "|", "<b>", "@see", "```", "---", "", "word", "x" * 30,
             "https://example.com/a/long/url/that/fits/on/no/line/at/all/however/wide/the/line/may/be/made"]
    for _ in range(20_000):
        line = " " * chooser.choice([0, 2, 4]) + chooser.choice(["", "- ", "1. ", "* "])
        line += " ".join(chooser.choice(words) for _ in range(chooser.randint(1, 40)))
        for width in (20, 40, 76, 88):
            assert list(_wrap_line(line, width)) == _wrapped_by_joining(line, width), (line, width)
