"""A future dated in its own clause: "the council will vote on Tuesday" is
a schedule a reader can check; "Republicans arriving in Quillon next
month will be greeted by 6,000 protesters" is the writer's prediction,
though a date stands in the sentence: the date belongs to another clause
(the arriving), and nothing dates what "will" says.

The date that makes a future checkable stands after the "will" (in the
verb phrase it opens: "will vote on Tuesday", "will leave starting in
2017"), or opens the sentence (among its first three words, "On Friday the
guild will ...", or in the phrase a comma closes before the "will": "On
Tuesday, voters will ..."). A date in a relative clause or a phrase
about the subject ("Roe, who spoke in March, will ...") dates something
else. A "will" that joins a second predicate to a dated first one in the past
("The levy passed on May 3 and will now go to Roe") tells a dated act and
its next step: the sentence's date stands (not after a present: "The
show opens May 3 and will draw 10,000"). (What counts as a date is
`fact_rules`' test for a schedule: a weekday, a month, "next week", "in
2017".)
"""

from __future__ import annotations

from collections.abc import Callable

# How many words may open the sentence before its date ("On Friday", "By
# next month").
_OPENING = 3
# Conjunctions that join a second predicate to the first: "the guild voted on
# May 3 and will ..." tells a dated act, then what comes of it.
_COORDINATING = frozenset(("and", "but"))


def dated_in_clause(tokens: list[str], i: int, dated: Callable[[str, list[str]], bool]) -> bool:
    """Whether a date dates the future `tokens[i]` ("will", "won't") opens:
    `dated(text, words)` tells whether a stretch of the sentence (its
    `text`, split at spaces: `words`) holds a date. After the "will", or
    opening the sentence (its first words, or the phrase a comma closes
    before the "will")."""
    if i and tokens[i - 1] in _COORDINATING and _past_before(tokens, i - 1):
        return True  # "... passed on Nov. 19 and will now go to Roe": the sentence's act is dated
    after = tokens[i + 1 :]
    if dated(" ".join(after), after):
        return True
    opening = tokens[: min(i, _OPENING)]
    for j, t in enumerate(tokens[:i]):
        if t[-1] == ",":
            opening = tokens[: max(j + 1, len(opening))]
            break
    return dated(" ".join(opening), opening)


# Verbs of being and having in the past ("was passed", "had won").
_PAST = frozenset(("was", "were", "had"))


def _past_before(tokens: list[str], j: int) -> bool:
    """Whether a verb in the past stands before `tokens[j]` (its "and"):
    "The levy passed on May 3 and will ...", not "The show opens May 3 and
    will draw 10,000" (a present schedule, then the writer's forecast)."""
    return any(t in _PAST or t.endswith("ed") for t in tokens[:j])
