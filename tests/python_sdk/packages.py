"""The generated Python packages the tests import: the golden ones under generated/."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import REPO

KITCHENSINK_SRC = REPO / "generated" / "kitchensink" / "python" / "src"
PLAID_SRC = REPO / "generated" / "plaid" / "python" / "src"


def importable(*sources: Path) -> None:
    for source in sources:
        if str(source) not in sys.path:
            sys.path.insert(0, str(source))
