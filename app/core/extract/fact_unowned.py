"""A forecast or a view no one in the line owns.

A forecast: "a ruling expected in coming weeks",
"12,000 arrivals expected this year". "expected" stands after its noun as
a participle (a reduced relative: "a ruling [that is] expected ...") and
no one is said to expect it: the writer's forecast, not a schedule. The
other forms of the forecast ("is expected to", "are expected") are
`fact_rules`' hedges.

Left alone: a date a reader can check ("a ruling expected on Tuesday",
"expected in March": a weekday or a month after it); "expected" as a
verb with its subject and object ("analysts expected a rise": the next
word is no preposition or time word); a comparison with what was
expected ("than most analysts expected", "as expected"); someone's
reported words ("Roe said ...", "according to").

A view: "Roe, seen as a moderate, ...", "the levy is regarded as a
model", "Roe is considered the favourite": a verb of regarding in the
passive with no one who regards ("by" and a name after it owns the view:
"viewed as a model by the Velmar Guild"). "as many as" is a count, and
"considered" is read only after a verb of being or a comma ("the guild
considered a levy" is an act).

A state of mind: "..., confident that the levy would pass", "Roe is
eager to run": an adjective of certainty, wish or feeling that takes a
"that" or a "to" clause (the stance adjectives of Biber et al.,
Longman Grammar of Spoken and Written English, 1999, 9.4.5 and 9.4.6),
after a comma or a verb of being, or a verb of wanting with its "to"
("Roe wants to end the levy"), in the writer's voice: what someone
thinks, wants or feels, which only that person could say.

A forecast after a relative clause that reports: "Roe, who said on
Tuesday that she would run, could face Quarrow in a runoff". The "said"
belongs to the clause the commas close; the "could" that follows is the
main clause's, the writer's own (`fact_rules` lets a hedge pass when a
verb of saying stands anywhere before it). Also "on course to", "on
pace to": a projection.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import MONTHS, STUCK_ON, WEEKDAYS
from app.core.extract.fact_reported import REPORTING, reported_words
from app.core.extract.lexicon import BE_FORMS

_EXPECTED = frozenset("expected" + p for p in STUCK_ON)
# Verbs of regarding whose participle with "as" after it is a view ("seen
# as", "viewed as"), and those that take their view with no "as" after a
# verb of being or a comma ("is considered the favourite").
_REGARDED_AS = frozenset("seen viewed regarded perceived portrayed".split())
_CONSIDERED = frozenset(("considered", "deemed", "thought"))
_VIEW_OPENERS = frozenset(("a", "an", "the", "to", "as", "one", "among"))
# How many words "by" may hold before the "as": "seen by many voters as".
_BY_MANY = 4
# How far after the view its owner may be named: "by the Velmar Guild".
_OWNER_REACH = 8
# Stance adjectives that take a "that" or a "to" clause (Biber et al. 1999,
# 9.4.5-6): certainty, wish, feeling.
_MINDS = frozenset(
    """
    confident convinced certain afraid worried anxious eager keen determined reluctant
    unwilling hopeful glad pleased proud upset angry furious frustrated disappointed
    nervous optimistic pessimistic skeptical sceptical wary fearful desperate loath
    """.split()
)
_MIND_CLAUSES = frozenset(("that", "to"))
# Verbs of wanting, read with their "to" ("hope", "wish" are `fact_rules`'
# beliefs).
_WANTING = frozenset(("wants", "wanted"))
_SEEMING = BE_FORMS | frozenset(
    "seems seem seemed appears appear appeared remains remain remained feels feel felt".split()
)
_DEGREE = frozenset("very so too more most less not also still increasingly quite deeply".split())
# Modals of a forecast, and the adjectives a verb of being takes them with
# ("is poised to"), as the main verb after a relative clause.
_MODALS = frozenset("could might may should couldn't".split())
_POISED = frozenset(("poised", "likely"))
_RELATIVES = frozenset(("who", "which"))
# A projection: "on course to", "on pace to".
_COURSE = frozenset(("course", "pace"))
# Every word the rules read: one set test per sentence.
WATCHED = _EXPECTED | _REGARDED_AS | _CONSIDERED | _MINDS | _WANTING | _MODALS | _POISED | _COURSE
# Words after the participle that open its time or its place in time ("in
# coming weeks", "this year", "later", "by 2020", "soon").
_TIME_OPENERS = frozenset(
    "in this next later soon by within before early shortly sometime over around".split()
)
# Words before "expected" that make it no noun's participle: a verb of
# being or having ("is expected", "had expected"), a comparison ("than",
# "as"), negation and adverbs of degree or time ("not", "widely").
_NOT_AFTER_A_NOUN = BE_FORMS | frozenset(
    """
    had has have having than as not also widely generally originally initially previously
    long once still now ever first earlier what who which that were
    """.split()
)
# How far back a comparison may open: "than most party insiders expected".
_COMPARED = 4
_DATES = frozenset(f + p for f in (*WEEKDAYS, *MONTHS) for p in STUCK_ON)


def unowned(tokens: list[str], found: set[str]) -> str:
    """Why the sentence (split at spaces: `tokens`), whose words `found` are
    among `WATCHED`, is the writer's forecast or view: "hedge" for a noun
    with "expected" after it and a time that is no date ("a ruling expected
    in coming weeks"), "opinion" for a view no one holds ("seen as a
    moderate"); "" for neither, or for someone's reported words."""
    for i, t in enumerate(tokens):
        if t not in found:
            continue
        if t in _MODALS or t in _COURSE or t in _POISED:
            if _after_reporting_clause(tokens, i) or _on_course(tokens, i):
                return "hedge"
            continue
        if t in _EXPECTED and _after_reporting_clause(tokens, i):
            return "hedge"
        if t in _EXPECTED:
            if _forecast_at(tokens, i):
                return "" if reported_words(tokens, i) else "hedge"
        elif t in _MINDS or t in _WANTING:
            if _mind_at(tokens, i):
                return "" if reported_words(tokens, i) else "opinion"
        elif _unowned_view(tokens, i):
            return "" if reported_words(tokens, i) else "opinion"
    return ""


def _on_course(tokens: list[str], i: int) -> bool:
    """Whether `tokens[i]` is the "course" or "pace" of "on course to",
    in the writer's voice."""
    return (
        tokens[i] in _COURSE
        and 0 < i < len(tokens) - 1
        and tokens[i - 1] == "on"
        and tokens[i + 1] == "to"
        and not reported_words(tokens, i)
    )


def _after_reporting_clause(tokens: list[str], i: int) -> bool:
    """Whether the forecast at `tokens[i]` (a modal, or "expected" after a
    verb of being with "to" after it) is the main verb right after a
    relative clause the commas close ("Roe, who said ..., could face"),
    and every verb of saying before it stands in that clause."""
    j = i
    if tokens[i] not in _MODALS:
        if i + 1 >= len(tokens) or tokens[i + 1] != "to" or i < 2:
            return False
        if tokens[i - 1].lower() not in BE_FORMS:
            return False
        j = i - 1
    if j < 3 or tokens[j - 1][-1] != ",":
        return False
    for w in range(j - 2, 0, -1):
        if tokens[w] in _RELATIVES and tokens[w - 1][-1] == ",":
            said = [k for k in range(j) if tokens[k] in REPORTING]
            return bool(said) and all(k > w for k in said)
    return False


def _mind_at(tokens: list[str], i: int) -> bool:
    """Whether the stance adjective `tokens[i]` is a predicate with its
    clause: after a comma or a verb of being (degree words between), before
    "that" or "to" ("..., confident that", "is eager to")."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i + 1] not in _MIND_CLAUSES:
        return False
    if tokens[i] in _WANTING:
        return tokens[i + 1] == "to"
    j = i - 1
    while j > 0 and tokens[j].lower() in _DEGREE:
        j -= 1
    if tokens[j].lower() in _SEEMING:
        return True
    # After a comma, not a verb's past ("Roe, the auditor, determined that").
    return tokens[j][-1] == "," and not tokens[i].endswith("ed")


def _unowned_view(tokens: list[str], i: int) -> bool:
    """Whether the participle `tokens[i]` holds a view in the passive that
    no one is said to hold: "seen as a moderate", "is considered the
    favourite", "seen by many as", with no "by" and a name after it."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].lower()
    if tokens[i] in _REGARDED_AS:
        if nxt == "by":
            return _by_many_as(tokens[i + 2 : i + 2 + _BY_MANY])
        if nxt != "as" or (i + 2 < len(tokens) and tokens[i + 2].lower() in ("many", "much")):
            return False
    elif nxt not in _VIEW_OPENERS or not (
        tokens[i - 1][-1] == "," or tokens[i - 1].lower() in BE_FORMS
    ):
        return False
    reach = tokens[i + 2 : i + 2 + _OWNER_REACH]
    return not any(
        w == "by" and any(x[:1].isupper() for x in reach[k + 1 : k + 4])
        for k, w in enumerate(reach)
    )


def _forecast_at(tokens: list[str], i: int) -> bool:
    """Whether "expected" at `tokens[i]` follows its noun and opens an
    undated time."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i][-1] in ",;:.":
        return False
    before = tokens[i - 1]
    if (
        before.lower() in _NOT_AFTER_A_NOUN
        or before.endswith("ly")
        or {"than", "as"} & {w.lower() for w in tokens[max(0, i - _COMPARED) : i]}
    ):
        return False
    if tokens[i + 1].lower() not in _TIME_OPENERS:
        return False
    return _DATES.isdisjoint(tokens[i + 1 : i + 6])


def _by_many_as(words: list[str]) -> bool:
    """Whether the words after "seen by" hold no name before their "as":
    "seen by many as a moderate", "viewed by some voters as" (whose view?),
    not "seen by Velmar voters as"."""
    for w in words:
        if w == "as":
            return True
        if w[:1].isupper() or w[-1] in ",;:":
            return False
    return False
