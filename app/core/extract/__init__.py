"""Extraction: the quotes (with speakers) and facts of a text, as exact spans."""

from __future__ import annotations

from operator import attrgetter

from app.core.extract.fact_dates import parse_date
from app.core.extract.facts import Fact, find_facts
from app.core.extract.quotes import Quote, find_quotes
from app.core.model import NewItem

__all__ = ["Fact", "Quote", "extract_items", "find_facts", "find_quotes"]


def extract_items(
    text: str, author: str | None = None, published: str | None = None
) -> list[NewItem]:
    """Every quote and fact of `text`, ready for the library, in text order;
    `author` (the byline's, when known) speaks the first-person quotes;
    `published` (the source's date, "2016-03-23") dates a fact's "Tuesday"."""
    quotes = find_quotes(text, author)
    items = [NewItem("quote", q.start, q.end, q.speaker, q.role) for q in quotes]
    items += [
        NewItem("fact", f.start, f.end, cited=f.cited)
        for f in find_facts(text, [(q.start, q.end) for q in quotes], parse_date(published))
    ]
    items.sort(key=attrgetter("start", "kind"))
    return items
