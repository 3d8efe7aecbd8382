"""A sentence that only announces what the next ones say.

Two shapes, read from the text around the sentence, not its words:

- a count the next sentence starts to list: "Roe has two advantages in
  Quillon. One is ...". The count is of the writer's points, not a
  figure to check: what they are, only the sentences after say;
- a stance the next paragraph quotes: "Roe offered her own approach." at
  the end of a paragraph, the next one opening with a quotation mark.
  What the approach is, only the quote says (and the quote is offered
  with its speaker).

A sentence with a figure of its own, or a month or a day, states
something besides the announcement, and stays.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import (
    DECISION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    past_tense,
)

# The first words of the sentence after a count that lists it: "One is
# ...", "The first was ...", "First, ...".
_LISTING = re.compile(r"\s*(?:One (?:is|was|of them)|The first (?:is|was)\b|First,)")
# Counts small enough to list one by one, and "several", "a few".
_COUNTS = frozenset("two three four five six several few couple".split())
# Determiners of the noun that ends a sentence announcing a quote: "her
# own approach", "a different take".
_STANCE_DETERMINERS = frozenset("his her their its a an".split())
# A paragraph's end, then a paragraph opening with a quotation mark.
_QUOTE_NEXT = re.compile(r'\n\s*[\u201c"\u2018]')
_DATED = frozenset(MONTHS) | frozenset(WEEKDAYS)


def announces(text: str, a: int, b: int, tokens: list[str]) -> bool:
    """Whether the sentence `text[a:b]` (split at spaces: `tokens`) only
    announces what follows it: a count of plural nouns the next sentence
    lists ("... two advantages. One is ..."), or, closing a paragraph the
    next opens with a quote, a noun after "her"/"a" ("Roe offered her own
    approach.")."""
    listed = _LISTING.match(text, b) is not None
    if not (listed or _before_quote(text, b)):
        return False  # (most sentences: what follows them is read first)
    if any(map(str.isdigit, text[a:b])) or not _DATED.isdisjoint(t.strip(",.") for t in tokens):
        return False  # a figure or a date of its own: more than an announcement
    if listed and _counted(tokens):
        return True
    # (A count of its own, "won two seats and a majority.", is a figure.)
    words = (t.strip(",.;:").lower() for t in tokens)
    return not listed and _ends_with_stance(tokens) and NUMBER_WORDS.isdisjoint(words)


def _counted(tokens: list[str]) -> bool:
    """Whether a small count stands before a plural noun: "two advantages",
    "a few reasons"."""
    for i, t in enumerate(tokens[:-1]):
        if t.lower() in _COUNTS:
            noun = tokens[i + 1].rstrip(",.;:")
            if noun == "of" and i + 2 < len(tokens):
                noun = tokens[i + 2].rstrip(",.;:")  # "a couple of ideas"
            if noun.endswith("s") and noun.islower() and noun not in NUMBER_WORDS:
                return True
    return False


def _before_quote(text: str, b: int) -> bool:
    """Whether the sentence ending at `b` closes its paragraph and the next
    paragraph opens with a quotation mark."""
    return _QUOTE_NEXT.match(text, b) is not None


def _ends_with_stance(tokens: list[str]) -> bool:
    """Whether the sentence ends with a verb, a determiner ("her", "a"),
    at most one word between ("own", "different") and a noun: "offered her
    own approach." (not a decision: "announced her candidacy." is one)."""
    if len(tokens) < 4 or not tokens[-1].endswith(".") or not tokens[-1][:-1].isalpha():
        return False
    for k in (-2, -3):
        det = tokens[k]
        if det in _STANCE_DETERMINERS:
            verb = tokens[k - 1].rstrip(",")
            return verb.islower() and verb not in DECISION_WORDS and past_tense(verb)
    return False
