"""A count said as what it takes to reach a goal ("the 1,240 votes needed
to lead the Velmarist guild", "it takes 1,240 votes to lead it", "a member
needs 1,240 votes to lead it", "to lead it, a member must win 1,240
votes"): a rule's fixed figure, the same in every
report of that goal, not a tally of some day. Read with the claim
(claims.ValueContext.marks holds `NEEDED` for such a count) and compared
by `required_alike`, also where neither sentence names anyone: then the
goal's words alone tell which rule's figure it is. Two such counts each
given in a sentence naming one party alike ("the 1,240 votes needed for
the Velmarist nomination" / "a Velmarist needs 1,240 votes to take the
nomination") are that party's rule's figure whoever else the two
sentences name, in reports of one cycle (`one_goal`)."""

from __future__ import annotations

import re

from app.core.corroborate.quantities import Value
from app.core.corroborate.vote_days import one_cycle, party_words

NEEDED = "=needed"  # a mark no name and word term can be (they hold no "=")
# The need of whom a pronoun stands for ("he needs 836 votes to lead it"):
# what is left to that person, not the rule's figure.
OWN = "=needed-own"
# The one word of a party the sentence of such a count gives ("Velmarist").
PARTY = "=needed-party:"

_BEFORE = re.compile(
    r"\b(?:it\s+takes|needs?|requires?|must\s+(?:win|get|reach|secure|collect|gather|earn))"
    r"\s+(?:the\s+|at\s+least\s+)?$",
    re.I,
)
# "1,240 votes needed to", "... 1,240 votes," the number needed to".
_AFTER = re.compile(
    r"[,\"'\u201d\u2019]*\s+(?:the\s+(?:number|figure|total|threshold)\s+)?"
    r"(?:needed|required|necessary)\s+(?:to|for)\b",
    re.I,
)
# The figure alone with its unit ("1,240 votes"): not "1,240 more votes",
# nor "1,240 bound votes", a part of the whole the rule asks for.
_PLAIN = re.compile(r"[\d.,]+\s+[A-Za-z-]+[.,]?")  # (a stop ending the sentence read with it)
# A count needed to reach another ("67 delegates to reach the 2,383"): the gap.
_GAP = re.compile(r"\s+(?:to|before)\s+(?:reach|hit|get\s+to|pass|top|cross)\s+(?:the\s+)?\d", re.I)
# Words that make the figure what is left to reach the goal, not the goal.
_MORE = re.compile(r"\b(?:more|another|other|additional|remaining|further|extra)\b", re.I)
# A personal pronoun in the clause before a verb of need: the person's own need.
_PRONOUN = re.compile(r"\b(?:he|she|they|we|i|you)\b", re.I)
_CLAUSE = re.compile(r"[,;:()\u2014]|\s[-\u2013]+\s")
# Verbs of reaching a goal, which name none.
_REACHING = frozenset(
    "win secure clinch get reach capture gain earn achieve become lock grab hit pass".split()
)
STEM = 5  # letters two words of one goal share at their start ("nomin-ation", "nomin-ee")
# Words of the need itself, and so not of what is needed.
NEED_WORDS = frozenset(("need", "require", "take", "necessary"))


def needed_mark(text: str, v: Value) -> frozenset[str]:
    """{NEEDED} when the count `v` of `text` is written as what it takes to
    reach a goal, the figure whole, with its unit alone, not as what is
    left to reach another figure; else empty."""
    if not v.kind.startswith("count:") or v.change or v.bound:
        return frozenset()
    if not _PLAIN.fullmatch(text, v.start, v.end) or _MORE.search(text, v.end, v.end + 12):
        return frozenset()
    if _GAP.match(text, v.end):
        return frozenset()
    if _AFTER.match(text, v.end):
        marks = {NEEDED}
    elif need := _BEFORE.search(text, max(0, v.start - 30), v.start):
        clause = _CLAUSE.split(text[max(0, need.start() - 60) : need.start()])[-1]
        marks = {NEEDED, OWN} if _PRONOUN.search(clause) else {NEEDED}
    else:
        return frozenset()
    party = party_words(text)
    if party and "," not in party:  # one party's, not a sentence weighing two
        marks.add(PARTY + party)
    return frozenset(marks)


def _stems(words, unit: str) -> set[str]:
    """The first `STEM` letters of the words of a goal among `words` (no
    word of the need, nor the unit, nor a short word)."""
    return {w[:STEM] for w in words - NEED_WORDS - {unit} if len(w) > STEM}


def required_alike(names_a, names_b, va, vb, common: frozenset[str], someone: str) -> bool:
    """Whether two counts of one unit are each said as what it takes to
    reach one goal named alike: a word of the goal besides the unit and the
    need ("nomination", "lead"), and a name both sentences give around
    both figures ("the Velmarist nomination"), or none at all in either
    sentence ("it takes 1,240 votes to lead the guild" / "a member needs
    1,240 votes to lead the guild"; a pronoun's own need, `OWN`, is no
    rule's figure). `names_a`, `names_b`: every word of the names each
    sentence gives (FactSig.all_names)."""
    if NEEDED not in va.marks or NEEDED not in vb.marks:
        return False
    unit = va.value.kind.partition(":")[2]
    named = (common & names_a & names_b) - {someone}
    goal = common - names_a - names_b - NEED_WORDS - {unit}
    if named and not goal:  # one goal's words of one stem ("nomination", "nominee")
        goal = _stems(va.words - names_a, unit) & _stems(vb.words - names_b, unit)
    if named:
        return bool(goal)
    # Named by neither: the goal's own word ("nomination"), not a verb of
    # reaching any goal ("win", "secure"), tells it.
    unnamed = not (names_a | names_b) - {someone} and OWN not in va.marks | vb.marks
    return unnamed and bool(goal - _REACHING)


def one_goal(a, va, b, vb) -> bool:
    """Whether two counts of one unit are each said as what it takes to
    reach one goal (a word of it both give, no name, no word of the need or
    of reaching: "nomination") in sentences each naming one party, the
    same ("Velmarist"), in reports of one cycle (`vote_days.one_cycle`):
    that party's rule's figure, whoever else the sentences name. A
    pronoun's own need (`OWN`) is what is left to that person."""
    if va.value.kind != vb.value.kind or OWN in va.marks | vb.marks:
        return False
    party = {m for m in va.marks if m.startswith(PARTY)}
    if not party or not party & vb.marks:
        return False
    unit = va.value.kind.partition(":")[2]
    goal = (va.words & vb.words) - a.all_names - b.all_names - NEED_WORDS - _REACHING - {unit}
    return bool(goal) and one_cycle(a, va, b, vb)


def goals_marked(a, b) -> bool:
    """Whether the two claims state one party's count needed for one goal
    (`one_goal`): what other names they give is then no other subject."""
    return any(
        one_goal(a, va, b, vb)
        for va in a.values
        if NEEDED in va.marks
        for vb in b.values
        if NEEDED in vb.marks
    )
