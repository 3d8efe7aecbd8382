"""The fact extractor as it stood before issue #17 (commit ec17ad5), kept
verbatim as the speed baseline of bench/bench_facts.py. Not used by the app.

Facts: sentences outside quotes that state something checkable.

A sentence is a fact when it carries a number, a date, a vote, an amount, or
a named actor doing something, and is not boilerplate (bylines, "did not
respond to a request for comment", "contributed to this report") or a
heading. Spans are exact: `text[fact.start:fact.end]` is the sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from app.core.extract.abbreviations import ABBREVIATIONS
from app.core.extract.lexicon import NOT_NAMES

# The sentence splitter as it stood before #17 (app/core/extract/sentences.py
# at ec17ad5), kept here too: the app's splitter has been made faster since,
# and the baseline is the time `find_facts` took then.
_LINE = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9$])")
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(\[]?([\w.]+)")
_STARTERS = frozenset(
    "The A An He She It They We I In But This That There His Her Their Its Our On At "
    "After When While Some Many Most".split()
)
_TIME_FOLLOWERS = frozenset(
    "ET PT CT MT EST EDT PST PDT CST CDT MST MDT GMT UTC Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday on at to and or".split()
)
_SOFT_ABBREVIATIONS = frozenset("inc corp co ltd u.s u.k u.n d.c".split())


def _is_boundary(text: str, dot_at: int, after: int, end: int) -> bool:
    if text[dot_at] != ".":
        return True
    k = dot_at
    floor = max(0, dot_at - 40)
    while k > floor and (text[k - 1].isalnum() or text[k - 1] in ".-"):
        k -= 1
    token = text[k:dot_at]
    low = token.lower()
    nxt = _NEXT_WORD.match(text, after, end)
    next_word = nxt.group(1) if nxt else ""
    if low in ("a.m", "p.m"):
        return next_word not in _TIME_FOLLOWERS
    if low in _SOFT_ABBREVIATIONS:
        return next_word in _STARTERS
    if low in ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isupper():
        return False
    if "." in token and len(token) <= 6 and not next_word[:1].isdigit():
        return next_word in _STARTERS
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        ls, le = line.span()
        s = ls
        for b in _BOUNDARY.finditer(text, ls, le):
            if _is_boundary(text, b.start(), b.end(), le):
                out.append((s, b.end()))
                s = b.end()
        out.append((s, le))
    return [t for t in (_trim(text, a, b) for a, b in out) if t[1] > t[0]]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@dataclass
class Fact:
    """A factual sentence: `text[start:end]`."""

    start: int
    end: int


# Phrases that mark a sentence as boilerplate, matched on the lower-cased
# sentence (plain substring tests are much faster than one big regex),
# grouped under a word every phrase of the group contains, so that most
# sentences are cleared with one test per group.
_BOILERPLATE: dict[str, tuple[str, ...]] = {
    "contributed": ("contributed to this report", "contributed this report"),
    "did not": (
        "did not respond",
        "did not immediately respond",
        "did not return",
        "did not immediately return",
    ),
    "be reached": ("could not be reached", "couldn't be reached"),
    "declined": ("declined to comment", "declined comment"),
    "request for comment": ("request for comment",),
    "all rights reserved": ("all rights reserved",),
    "copyright": ("copyright",),
    "sign up": ("sign up",),
    "subscribe": ("subscribe",),
    "click here": ("click here",),
    "read more": ("read more",),
    "follow": ("follow him on", "follow her on", "follow them on", "follow us on"),
    "updated": ("has been updated", "was updated"),
    "corrected": ("has been corrected", "was corrected"),
}
_BYLINE = re.compile(
    r"(?:by|photo by|reporting by|editing by|written by|updated|published)\b|"
    r"[(\[]?(?:ap|reuters|getty) (?:photo|images)",
    re.IGNORECASE,
)


def _words_re(words: list[str], tail: str = r"(?!\w)") -> str:
    r"""Whole words `\b(?:w1|w2|...)\b`, written so that every branch opens
    with a literal: the regex engine then skips in C to a possible first
    letter instead of trying every position. The boundary before the word is
    tested just after its first letter."""
    return "|".join(rf"{w[0]}(?<!\w.){w[1:]}{tail}" for w in words)


# A number: a digit (cheap: the engine skips to it in C) or a number word.
_DIGIT = re.compile(r"\d")
# `\b(?:one|two|...)\b` ignoring case: opens with a class of every letter
# that case-insensitively starts a number word ("\u017f" is a long s).
_NUMBER_WORD = re.compile(
    r"[OoTtFfSs\u017fEeNnHhDdMmBbPp](?<!\w.)(?i:(?<=o)ne|(?<=t)(?:wo|hree|en|housand)|"
    r"(?<=f)(?:our|ive)|(?<=s)(?:ix|even)|(?<=e)ight|(?<=n)ine|(?<=d)ozen|"
    r"(?<=h)(?:undred|alf)|(?<=m)illion|(?<=b)illion|(?<=p)ercent)(?!\w)"
)
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today".split()
_DATE = re.compile(_words_re(_MONTHS, r"[a-z]*\.?\s+\d") + "|" + _words_re(_DAYS))
# Vote and action verbs, whole words as written: `\b(?:vote|voted|...)\b`
# is a set test on the sentence's words (runs of \w), which is exactly that.
_VOTE_WORDS = frozenset(
    "vote voted votes voting approve approved approves passed passes adopted adopts "
    "rejected rejects signed signs ruled rules filed sued charged arrested announced "
    "enacted banned prohibits prohibited requires required".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten dozen hundred thousand million "
    "billion percent half".split()
)
# The only characters that match an ASCII letter ignoring case but do not
# lower-case to it: dotted and dotless i, long s.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")
_ACTOR_VERB = re.compile(
    r"\b[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+)*\s+"
    r"(?:has\s+|had\s+|have\s+|will\s+|would\s+|is\s+|was\s+|also\s+)?[a-z]+(?:ed|s)\b"
)
# A capitalized word after the first one: a named actor or place. (The
# capital first, then the space before it: the engine skips to capitals.)
_NAME_INSIDE = re.compile(r"[A-Z](?<=[\s(].)[a-z]")
_WORD = re.compile(r"\w+")
# At least five words (runs of \w): stops after the fifth instead of listing
# them all; possessive, so it never backtracks on a long run.
_FIVE_WORDS = re.compile(r"\W*+\w++(?:\W++\w++){4}")


def _first_word(sentence: str) -> str:
    m = _WORD.search(sentence)
    return m.group().lower() if m else ""


def _has_number_word(sentence: str, words: list[str]) -> bool:
    """Whether `_NUMBER_WORD` matches `sentence`, whose runs of word
    characters are `words`: a run that lower-cases to a number word matches
    it, and otherwise only a run holding an odd fold can."""
    if not _NUMBER_WORDS.isdisjoint(map(str.lower, words)):
        return True
    return bool(_ODD_FOLDS.search(sentence) and _NUMBER_WORD.search(sentence))


def _is_fact(sentence: str) -> bool:
    # Every test is a pure condition, so their order only changes the cost:
    # the cheap ones that decide most sentences come first.
    if sentence[-1:] not in ".!\"'\u201d\u2019)":
        return False  # a heading, a dateline, a fragment (also any question)
    words = None
    if not (
        _NAME_INSIDE.search(sentence, 1)
        or _DIGIT.search(sentence)
        or (_ACTOR_VERB.match(sentence) and _first_word(sentence) not in NOT_NAMES)
        or _DATE.search(sentence)
    ):
        words = _WORD.findall(sentence)
        if _VOTE_WORDS.isdisjoint(words) and not _has_number_word(sentence, words):
            return False
    if words is not None:
        if len(words) < 5:
            return False
    elif not _FIVE_WORDS.match(sentence):
        return False
    if _BYLINE.match(sentence):
        return False
    low = sentence.lower()
    for anchor, phrases in _BOILERPLATE.items():
        if anchor in low:
            for phrase in phrases:
                if phrase in low:
                    return False
    return True


def find_facts(text: str, quotes: list[tuple[int, int]] | None = None) -> list[Fact]:
    """Every factual sentence of `text` that does not overlap a quote; pass the
    quote spans when already known, else they are found here."""
    if quotes is None:
        from app.core.extract.quotes import find_quotes

        quotes = [(q.start, q.end) for q in find_quotes(text)]
    quotes = sorted(quotes)
    starts = [s for s, _ in quotes]
    facts = []
    for a, b in sentence_spans(text):
        i = bisect.bisect_left(starts, b)
        # A quote overlaps [a, b) when it starts before b and ends after a.
        if i and quotes[i - 1][1] > a - 1:
            continue
        if _is_fact(text[a:b]):
            facts.append(Fact(a, b))
    return facts
