"""The writer's weighing of a figure or a margin, in the writer's voice:

- a restrictive focusing adverb right before a figure (Quirk et al., A
  Comprehensive Grammar of the English Language, 1985, 8.116-8.117:
  "only", "merely", "just" and "a mere" mark what they focus as less than
  one would expect): "with just 22 percent", "while only 14 percent
  voted", "is only the 17th clerk", "a mere $40": the figure is a fact, the
  weighing is the writer's (as `fact_hedges` reads "only a small lead"),
  also a few plain words before the figure, past a verb or an
  approximator ("has only misjudged three votes", "are only
  drawing roughly half"; not past a time, "only in 2012", nor a year).
  Not "the only two clerks", "her only three wins" (no more than these:
  which ones, no weighing), "not only", "if only", "just over 22 percent"
  (an approximator, not a figure focused), "only one candidate" (no other:
  the exclusive reading), "There are only 40 tanners" (an existential whose
  one claim is the count, no more than it), nor a span of time ("just six days before the
  vote": when, not how much), nor after a verb of telling
  or an "according to" before it (the source's own weighing);
- "narrowly" with a result and no figure in the line that bears it out
  ("narrowly won the primary", "a district carried narrowly"): how close
  is the writer's measure where no margin is given (not "narrowly won,
  50.2 percent to 49.8"; a district's or a race's ordinal, "the 1st
  District", is no margin).

Grammatical words only; none is taken from the articles.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import CALENDAR, NUMBER_WORDS, YEAR
from app.core.extract.fact_reported import reported_words

# The restrictives, as written (capitalised opening a sentence too).
_RESTRICTIVES = frozenset("only just merely mere".split())
WATCHED = (
    _RESTRICTIVES | frozenset(w.capitalize() for w in _RESTRICTIVES) | frozenset(("narrowly",))
)
# Words before a restrictive that make it no weighing: "the only two",
# "her only three", "not only", "if only".
_NOT_WEIGHING = frozenset("the his her their its our my your not if".split())
# "there" and a form of "be" before "only": an existential whose one claim
# is the count, "no more than" (the exclusive reading).
_BE = frozenset("is are was were".split())
# Number words a figure may open with, beyond `NUMBER_WORDS`: tens, "twice".
# Not "one" or "once": "only one candidate" says no other, the exclusive
# reading (Quirk et al. 8.116), not a weighing of an amount.
_FIGURE_WORDS = (
    NUMBER_WORDS
    | frozenset("twenty thirty forty fifty sixty seventy eighty ninety twice thrice".split())
) - frozenset(("one",))
# Units of time: a figure of them after a restrictive is a span ("just six
# days before"), and the clock ("at just 3 p.m.").
_SPANS = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks month months year years
    decade decades a.m. p.m. o'clock
    """.split()
)
# Words between a restrictive and a figure that end the search: a time, a
# condition or a comparison opens ("only in 2012", "just as ...").
_STOPS = frozenset(
    "in on at since after before until during by when while if because than as".split()
)
# Approximators a restrictive may grade instead of a figure: "just over 22
# percent" (a measure, not a weighing).
_APPROXIMATE = frozenset("over under shy below above about around more less fewer".split())
# Verbs of a result "narrowly" may grade.
_RESULTS = frozenset(
    """
    won win wins winning lost lose loses losing carried carry carries carrying defeated
    defeat defeats beat beats beating passed pass passes failed fail fails survived
    survive survives edged avoided averted missed
    """.split()
)


def figure_weighed(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) weighs a figure or a
    margin in the writer's voice, as the module says."""
    for i, t in enumerate(tokens[:-1]):
        if t == "narrowly":
            if _result_near(tokens, i) and not _margin_given(tokens):
                return not reported_words(tokens[:i])
            continue
        if t not in WATCHED:
            continue
        before = tokens[i - 1].lower() if i else ""
        if t.lower() == "mere" and before not in ("a", "an"):
            continue  # "mere" is a restrictive only as "a mere ..."
        if before in _NOT_WEIGHING or before.endswith(("'s", "\u2019s")):
            continue  # "the only two clerks", "Roe's only three wins"
        if before in _BE and i > 1 and tokens[i - 2].lower() == "there":
            continue  # "There are only 40 tanners": the count is all it says
        j = i + 1
        if tokens[j].lower() == "the" and j + 1 < len(tokens):
            j += 1  # "only the 17th clerk"
        if _a_figure(tokens[j], ordinal=j > i + 1) and not _a_span(tokens, j):
            return not reported_words(tokens[:i])
        if tokens[i + 1].lower() not in _APPROXIMATE and _figure_after_verb(tokens, i):
            return not reported_words(tokens[:i])
    return False


def _figure_after_verb(tokens: list[str], i: int) -> bool:
    """Whether the restrictive at `i` focuses a figure a few plain words
    after it, past a verb or an approximator ("has only misjudged three
    votes", "are only drawing roughly half", "of only plus or minus
    two percent"): at most three words in lower case between, none ending
    a clause or opening a time or a condition, and no year or span."""
    for k in range(i + 1, min(i + 4, len(tokens) - 1)):
        word = tokens[k]
        if not word.isalpha() or not word.islower() or word in _STOPS:
            return False
        after = tokens[k + 1]
        if _a_figure(after, ordinal=False) and not _year(after) and not _a_span(tokens, k + 1):
            return True
    return False


def _year(token: str) -> bool:
    """Whether `token` is a year alone ("2012", "1988.")."""
    return YEAR.fullmatch(token.strip(",.;:()")) is not None


def _a_figure(token: str, ordinal: bool) -> bool:
    """Whether `token` opens a figure: digits ("22", "$40", "14%"), a number
    word ("six", "twice"), or, after "the", an ordinal in digits ("17th")."""
    word = token.lstrip("$\u20ac\u00a3").rstrip(",.;:%")
    if word[:1].isdigit():
        if word.isdigit() or "." in word or "," in word or "-" in word:
            return not ordinal
        return ordinal and word.lower().endswith(("st", "nd", "rd", "th"))
    return not ordinal and word.lower().split("-")[0] in _FIGURE_WORDS


def _a_span(tokens: list[str], j: int) -> bool:
    """Whether the figure at `j` counts time: a unit of time among the two
    words after it ("six days", "two full weeks", "3 p.m.")."""
    return any(t.rstrip(",.;:").lower() in _SPANS for t in tokens[j + 1 : j + 3])


def _result_near(tokens: list[str], i: int) -> bool:
    """Whether "narrowly" at `i` grades a result: a verb of `_RESULTS` right
    after it or among the three words before it ("narrowly won", "carried
    narrowly", "carried Quillon County narrowly")."""
    near = tokens[i + 1 : i + 2] + tokens[max(0, i - 3) : i]
    return any(t.rstrip(",.;:") in _RESULTS for t in near)


def _margin_given(tokens: list[str]) -> bool:
    """Whether a figure in the sentence could be a margin: digits, not a
    year alone ("in 2016"), a month's day ("May 3") nor an ordinal ("the
    1st District")."""
    for k, token in enumerate(tokens):
        word = token.strip(",.;:()[]$%")
        if not any(c.isdigit() for c in word):
            continue
        if word.isdigit() and len(word) == 4 and word[:2] in ("19", "20"):
            continue
        if k and tokens[k - 1].rstrip(".") in CALENDAR:
            continue
        if not word.lower().endswith(("st", "nd", "rd", "th")):
            return True
    return False
