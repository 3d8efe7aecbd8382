"""Extraction: the quotes (with speakers) and facts of a text, as exact spans."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING

from app.core.cancel import Stop, check
from app.core.extract.quotes import Quote, find_quotes
from app.core.model import NewItem

if TYPE_CHECKING:
    from app.core.extract.facts import Fact, find_facts

__all__ = ["Fact", "Quote", "extract_items", "find_facts", "find_quotes"]


def __getattr__(name: str) -> object:
    """`Fact` and `find_facts`, loaded when first asked for (PEP 562): the
    fact rules are most of the package's import time, and a run that only
    reads quotes (`main.py quotes`) never needs them."""
    if name in ("Fact", "find_facts"):
        from app.core.extract import facts

        return getattr(facts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _fact_rules() -> tuple[Callable, Callable]:
    """`find_facts` and `parse_date`, imported at the first extraction and
    kept (an import statement run at every call costs microseconds)."""
    from app.core.extract.fact_dates import parse_date
    from app.core.extract.facts import find_facts

    return find_facts, parse_date


def extract_items(
    text: str,
    author: str | None = None,
    published: str | None = None,
    stop: Stop | None = None,
    verdicts: list | None = None,
) -> list[NewItem]:
    """Every quote and fact of `text`, ready for the library, in text order;
    `author` (the byline's, when known) speaks the first-person quotes;
    `published` (the source's date, "2016-03-23") dates a fact's "Tuesday";
    `stop` is asked between quotes and between sentences (app/core/cancel.py);
    `verdicts`: given a list, every sentence's verdict is added to it
    (facts.sentence_verdicts: an import's figure claims are read from them)."""
    find_facts, parse_date = _fact_rules()
    quotes = find_quotes(text, author, stop)
    check(stop)
    items = [NewItem("quote", q.start, q.end, q.speaker, q.role) for q in quotes]
    spans = [(q.start, q.end) for q in quotes]
    if verdicts is None:
        found = find_facts(text, spans, parse_date(published), stop)
    else:
        from app.core.extract.facts import _scan

        found = _scan(text, spans, verdicts, parse_date(published), stop)
    items += [NewItem("fact", f.start, f.end, cited=f.cited) for f in found]
    items.sort(key=attrgetter("start", "kind"))
    return items
