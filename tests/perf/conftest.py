"""What the performance tests share: the templates Jinja renders, counted."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The templates Jinja renders, in order."""
    names: list[str] = []
    real = jinja2.Template.render

    def counting(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        names.append(str(self.name))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", counting)
    return names
