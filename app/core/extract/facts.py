"""Facts: sentences outside quotes that state something checkable.

A fact is a checkable statement of what happened or what is. A sentence is
one when it carries a number, a date, a vote or a decision, or when a named
actor (or "The <noun>") did something, and when `fact_rules` finds no
opinion, hedge, prediction, direct speech, headline or boilerplate in it.
`fact_subjects` makes it stand alone: a pronoun subject is resolved in
square brackets in the fact's cited form, or the fact is not offered.

Spans are exact: `text[fact.start:fact.end]` is the sentence, less a
dateline or a leading "And"/"But".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.extract.fact_lexicon import DECISION_WORDS, IRREGULAR_PAST, NUMBER_WORDS
from app.core.extract.fact_rules import is_fragment, rejection, unnamed_person
from app.core.extract.fact_subjects import fact_opening
from app.core.extract.lexicon import TAG_VERBS
from app.core.extract.sentences import sentence_spans


@dataclass
class Fact:
    """A factual sentence `text[start:end]`; `cited` is how it is cited when
    that differs from the source's words (a subject resolved in brackets)."""

    start: int
    end: int
    cited: str | None = None

    def cited_text(self, text: str) -> str:
        """What a card shows and a memo cites."""
        return self.cited if self.cited is not None else text[self.start : self.end]


def _words_re(words: list[str], tail: str = r"(?!\w)") -> str:
    r"""Whole words `\b(?:w1|w2|...)\b`, written so that every branch opens
    with a literal: the regex engine then skips in C to a possible first
    letter instead of trying every position. The boundary before the word is
    tested just after its first letter."""
    return "|".join(rf"{w[0]}(?<!\w.){w[1:]}{tail}" for w in words)


_DIGIT = re.compile(r"\d")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday".split()
_DATE = re.compile(_words_re(_MONTHS, r"[a-z]*\.?\s+\d") + "|" + _words_re(_DAYS))
_PUNCT = ("", ",", ".", ";", ":")
# Words of a sentence (split at spaces, lower-cased, a comma or stop stuck
# on) that make it checkable.
_CHECKABLE_TOKENS = frozenset(w + p for w in DECISION_WORDS | NUMBER_WORDS for p in _PUNCT)
# A named actor or "The <noun>" that did something: the verb is a regular or
# irregular past, or a speech verb. Matched at the subject.
_VERBS = "|".join(sorted(IRREGULAR_PAST | TAG_VERBS, key=len, reverse=True))
_NAMED_ACTION = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|de|van|von|al))*"
    r"|(?:The|the)(?:\s+[\w'\u2019-]+){1,4}?)"
    r"(?:,[^,;:\"\u201c\u201d]{1,150},)?"
    r"\s+(?:(?:also|has|had|have|was|were|then|later|previously|recently|[a-z]+ly)\s+){0,2}"
    rf"(?:[a-z]{{2,}}ed|{_VERBS})(?![\w'\u2019-])"
)
_BYLINE = re.compile(
    r"(?:by|photo by|reporting by|editing by|written by|updated|published)\b|"
    r"[(\[]?(?:ap|reuters|getty) (?:photo|images)",
    re.IGNORECASE,
)
# A sentence that ends inside parentheses it did not open with: an entry of
# a list or a table ("Name (Last week: 2.)").
_LIST_ENTRY = re.compile(r"^[^(]+\([^)]*\.\)$")
# The verb of an attribution left standing after its quote.
_SAID = frozenset(
    w + p
    for w in "said says told added wrote tweeted explained noted replied asked".split()
    for p in _PUNCT
)
_WORD = re.compile(r"\w+")
_ARTICLES = frozenset(("the", "a", "an"))


def _checkable(sentence: str, tokens: list[str], text: str, subject: int, end: int) -> bool:
    """Whether the sentence states a number, a date, a vote or a decision, or
    a named actor's act (`subject` is where its subject starts in `text`)."""
    return bool(
        _DIGIT.search(sentence)
        or not _CHECKABLE_TOKENS.isdisjoint(tokens)
        or _DATE.search(sentence)
        or _NAMED_ACTION.match(text, subject, end)
    )


def _headline_line(text: str, a: int, b: int) -> bool:
    """Whether the sentence `text[a:b]` is a whole line written as a headline:
    short, and without the articles headlines leave out."""
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip() or text[b : b + 1] not in ("", "\n"):
        return False
    words = _WORD.findall(text, a, b)
    return len(words) <= 20 and _ARTICLES.isdisjoint(w.lower() for w in words)


def find_facts(text: str, quotes: list[tuple[int, int]] | None = None) -> list[Fact]:
    """Every citable fact of `text` outside its quotes; pass the quote spans
    when already known, else they are found here."""
    return [fact for _, _, _, fact in sentence_verdicts(text, quotes) if fact is not None]


def sentence_verdicts(
    text: str, quotes: list[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int, str, Fact | None]]:
    """(start, end, reason, fact) for every sentence of `text`: the fact it
    gives, or None and the reason it gives none ("quoted", "no statement",
    "subject", or a rule of `fact_rules`). The bench counts these."""
    if quotes is None:
        from app.core.extract.quotes import find_quotes

        quotes = [(q.start, q.end) for q in find_quotes(text)]
    quotes = sorted(quotes)
    starts = [s for s, _ in quotes]
    prev = None
    quoted = False
    for a, b in sentence_spans(text):
        before, prev = prev, (a, b)
        after_quote, quoted = quoted, False
        i = bisect.bisect_left(starts, b)
        # A quote overlaps [a, b) when it starts before b and ends after a.
        if i and quotes[i - 1][1] > a - 1:
            quoted = True
            yield a, b, "quoted", None
            continue
        # Every test is a pure condition, so their order only changes the
        # cost: the cheap ones that decide most sentences come first.
        if text[b - 1] not in ".\"'\u201d\u2019)" or "." not in text[b - 3 : b]:
            # A heading, a dateline, a question, an exclamation.
            yield a, b, "no statement", None
            continue
        sentence = text[a:b]
        if is_fragment(sentence) or _BYLINE.match(sentence) or _LIST_ENTRY.search(sentence):
            yield a, b, "fragment", None
            continue
        if before is not None and text[before[1] - 3 : before[1]] in (" v.", "vs."):
            yield a, b, "fragment", None  # the rest of a case name cut at "v."
            continue
        opening = fact_opening(text, a, b, before)
        if opening is None:
            yield a, b, "subject", None
            continue
        if opening.start != a:
            sentence = text[opening.start : b]
        low = sentence.lower()
        tokens = low.split()
        if len(tokens) < 5 or not _checkable(sentence, tokens, text, opening.subject, b):
            yield a, b, "no statement", None
            continue
        reason = rejection(sentence, low, tokens)
        if not reason and unnamed_person(opening.cited or sentence, tokens):
            reason = "subject"
        if not reason and after_quote and len(tokens) <= 12 and not _SAID.isdisjoint(tokens):
            reason = "attribution"  # "Roe told reporters on Tuesday.": who said the quote before
        if not reason and before is None and _headline_line(text, a, b):
            reason = "headline"  # the article's title line
        if reason:
            yield a, b, reason, None
        else:
            yield a, b, "", Fact(opening.start, b, opening.cited)
