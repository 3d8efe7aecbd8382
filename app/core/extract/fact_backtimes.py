"""Times a fact counts from what the sentences before told: "Roe was the
guild's treasurer at the time", "Pilots lined the piers for a second day"
(at what time? the second day of what?), "That week, ...", "Shortly
after, ...", "Hours earlier, ...", "within a week", "by then", "had previously given". With no other time in the line
(a date, a weekday, a year, "last week", a bracket the rules gave: "after
a May 8 [2016] visit") only those sentences say when, and the fact is not
offered; "at the time of the vote" names what it counts from, and "Roe
said at the time" dates only the saying, as an attribution does.

A past perfect with "previously" or "earlier" ("Roe had previously given
$3 million to the guild", "had earlier endorsed Vesk before backing
Quarrow") tells an act before the time the sentences before are at: with
no time of its own (a year in "a 2012 hopeful" tells a kind, not when; a
"before <act>" only what came after), when it was, only they say.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import MONTH_SHORT, MONTHS
from app.core.extract.fact_markets import has_time
from app.core.extract.lexicon import SPEECH_VERBS

_BACK = re.compile(
    r"\b[Aa]t (?:the|that) time\b(?! of\b)"
    r"|\bfor (?:a|the) (?:second|third|fourth|fifth|sixth|(?:\w+ )?(?:straight|consecutive|successive))"
    r" (?:day|night|week|month|year)s?\b"
    # "That week, ...", "that same morning": the week of what the sentences
    # before told ("that year's" too; "later that month" is `fact_pointers`').
    r"|\b[Tt]hat (?:same )?(?:day|night|week|weekend|month|year|morning|afternoon|evening)\b"
    # "Shortly after, ...", "soon afterward.": after what?
    r"|\b(?:[Ss]hortly|[Ss]oon|[Jj]ust|[Ii]mmediately) (?:after|afterwards?|thereafter)(?=[,.;])"
    # "Hours earlier, ...", "two days later": than what? ("two days after
    # the vote" says.)
    r"|\b(?:[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|\d+)"
    r" (?:minute|hour|day|week|month)s?) (?:earlier|later)\b"
    # "within a week" (of what?), "by then", "until then".
    r"|\b[Ww]ithin (?:(?:an?|one|two|three|\d+) (?:hour|day|week|month)s?|hours|days|weeks)\b(?! of\b)"
    r"|\b(?:[Bb]y|[Uu]ntil) (?:then|that time)\b"
)
# Words one of the times above holds, looked for before the pattern is:
# "that day", "that same week", "shortly after", "soon afterward".
_THAT_CUES = tuple(
    f"hat {w}" for w in "same day night week month year morning afternoon evening".split()
)
_AFTER_CUES = ("ly after", "oon after", "ust after", "thereafter")


def _cued(sentence: str) -> bool:
    """Whether the sentence holds a word of one of the times above (most
    hold none: substring tests, in C, cheaper than the pattern's search)."""
    if (
        " time" in sentence
        or "for a " in sentence
        or "for the " in sentence
        or " earlier" in sentence
        or " later" in sentence
        or "ithin " in sentence
        or " then" in sentence
    ):
        return True
    if "hat " in sentence and any(cue in sentence for cue in _THAT_CUES):
        return True
    return "after" in sentence and any(cue in sentence for cue in _AFTER_CUES)


# A bracket the rules gave that holds a day or a year ("[May 3, 2016]"), or
# a month with its day ("May 8", which `has_time` leaves: "May" is as often
# the verb).
_DATED = re.compile(r"\[[^\]]*\d|\b(?:" + "|".join(MONTHS + MONTH_SHORT) + r")\.? \d")


# "had previously given", "had also earlier endorsed", "had previously been
# fined": a past perfect before the time the sentences before are at.
_PREVIOUSLY = re.compile(r"\bhad (?:also )?(?:previously|earlier) (?:been )?[a-z]+")
# A year after "a"/"an": a kind's ("a 2016 hopeful", "a 2012 law"), not when.
_KIND_YEAR = re.compile(r"\b(?:a|an) (?:19|20)\d\d\b")


def previously(sentence: str) -> bool:
    """Whether the cited `sentence` tells, not in someone's words, an act in
    the past perfect with "previously" or "earlier", and no time of its own
    (the module's second paragraph)."""
    if "had " not in sentence or ("previously" not in sentence and "earlier" not in sentence):
        return False  # (most sentences: three substring tests)
    m = _PREVIOUSLY.search(sentence)
    if m is None or not SPEECH_VERBS.isdisjoint(
        t.strip(",").lower() for t in sentence[: m.start()].split()
    ):
        return False  # ("Roe said she had previously ...": the saying's time)
    rest = _KIND_YEAR.sub("a", sentence)
    return not has_time(rest, rest.split()) and _DATED.search(rest) is None


def counted_from_before(sentence: str) -> bool:
    """Whether the cited `sentence` tells its time only as one counted from
    what the sentences before told ("at the time", "for a second day", "had
    previously given": `previously`), with no other time of its own."""
    if previously(sentence):
        return True
    if not _cued(sentence):
        return False  # (most sentences)
    m = _BACK.search(sentence)
    if m is None:
        return False
    before = sentence[: m.start()].split()
    if before and before[-1].strip(",").lower() in SPEECH_VERBS:
        return False  # ("Roe said at the time": when Roe said it, the attribution's)
    rest = sentence[: m.start()] + sentence[m.end() :]
    return not has_time(rest, rest.split()) and _DATED.search(rest) is None
