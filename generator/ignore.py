"""The ignore file: paths in the output folder that the generator never writes, overwrites or
deletes, so that hand-made changes survive regeneration (as .fernignore does).

`<output>/.utdkignore` holds gitignore-style patterns relative to the output folder:

    plaid/python/src/utdk_plaid/_custom.py     # a file of one's own beside generated ones
    plaid/typescript/README.md                 # a README written by hand
    kitchensink/docs/                          # a whole folder
"""

from __future__ import annotations

from pathlib import Path

IGNORE_FILE = ".utdkignore"


class IgnoreRules:
    def __init__(self, patterns: list[str]) -> None:
        self._spec = None
        if patterns:
            import pathspec  # only when there is an ignore file: most runs have none

            self._spec = pathspec.GitIgnoreSpec.from_lines(patterns)

    def __bool__(self) -> bool:
        return self._spec is not None

    def ignores(self, path: str) -> bool:
        return self._spec is not None and self._spec.match_file(path)


def read_ignore(root: Path) -> IgnoreRules:
    try:
        text = (root / IGNORE_FILE).read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return IgnoreRules([])
    return IgnoreRules(text.splitlines())
