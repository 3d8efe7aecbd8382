"""Extraction: the quotes (with speakers) and facts of a text, as exact spans."""

from __future__ import annotations

from app.core.extract.quotes import Quote, find_quotes
from app.core.model import NewItem

__all__ = ["Quote", "find_quotes", "extract_items"]


def extract_items(text: str) -> list[NewItem]:
    """Every quote and fact of `text`, ready for the library."""
    return [
        NewItem(kind="quote", start=q.start, end=q.end, speaker=q.speaker, speaker_role=q.role)
        for q in find_quotes(text)
    ]
