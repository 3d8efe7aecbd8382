"""Helpers shared by the speaker tests."""

from __future__ import annotations

from app.core.extract import find_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker of every quote of `text`, in order."""
    return [q.speaker for q in find_quotes(text)]
