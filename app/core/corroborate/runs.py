"""The year of one person's run (issue #10), read for contests.year_marks
and compared there (`RUN`): "Vesk's 2008 presidential campaign", "his
failed 2004 presidential bid", "Tam Vesk, the 2008 Varnist presidential
nominee", "Vesk's presidential campaign in 2008", "President Tam Vesk's
2008 election"; and without "presidential", a party's nominee of a year
named beside it ("the party's 2008 nominee, Tam Vesk"; not "the 2008
nominee for warden"), and a verb of running, nominating or losing the
election to a named rival bound to the named person ("Tam Vesk ran in
2008", "Vesk won the nomination in 2008", "Vesk, who lost the 2008
election to Roe", "which Tam Vesk won in the 2008 primaries"); a won
election, which may be to any office, is not read. A campaign of another
kind may be one of several in as many years, its year naming which
("Vesk's 2004 guild campaign"): not marked.

A year written as the label of the run ("Vesk's 2008 presidential
campaign", "the 2008 nominee", "lost the 2008 election to Roe") names its
election, and is marked `LABELLED` too: two such labels of one person's
runs are a term apart at least (contests.years_disagree), where a run
told otherwise ("Vesk's presidential campaign in 2011") may be a launch,
the year before its election. So is a year labelling a presidential race
told with a named opponent in it ("the 2008 presidential race, when
Roe's opponent, Tam Vesk, ..."): the opponent's run, and the owner's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.corroborate.named_people import (
    BREAK,
    LAST_NAME_BEFORE,
    Name,
    compound,
    marks_of,
    name_after,
    name_before,
    name_of,
    subject_before,
)
from app.core.corroborate.quantities import Value

RUN = "=ran"  # marks no name and word term can be (those hold no "=")
LABELLED = "=label"  # a run's year written as its label (no blocking key: contests.mark_keys)

# A person's presidential run labelled by a year: "Vesk's 2008 presidential
# campaign", "his failed 2004 presidential bid", "Vesk, the 2008 Varnist
# presidential nominee", "Vesk's presidential campaign in 2008".
_RUN_NOUN = r"(?:campaign|bid|run|candidacy|nominee|nomination)\b"
_RUN_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][\w-]*|failed|unsuccessful|successful|first|second|third|losing)\s+){0,2}"
    r"presidential\s+(?:primary\s+)?" + _RUN_NOUN
)
_RUN_BEFORE = re.compile(
    r"'s\s+(?:(?:failed|unsuccessful|first|second|losing)\s+)?presidential\s+"
    + _RUN_NOUN
    + r"\s+in\s+$"
)
_OWNER = re.compile(
    r"(?:'s|\b(?P<pronoun>his|her))\s+(?:(?:failed|unsuccessful|successful|first|second|losing)\s+)?$"
)
_APPOSED = re.compile(r",\s+(?:the|a)\s+(?:\w+'s\s+)?$")
# A president's election: "President Tam Vesk's 2008 election", "...'s election in 2008".
_ELECTED_AFTER = re.compile(r"\s+(?:re-?)?election\b")
_ELECTED_BEFORE = re.compile(r"'s\s+(?:re-?)?election\s+in\s+$")
_PRESIDENT = re.compile(r"\bPresident\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*$")


def _run_person(text: str, y: Value, end: int) -> Name:
    """Whose presidential run the year before `end` labels: the owner
    before it ("Vesk's", "his": the last name before), the name it is set
    beside ("Tam Vesk, the 2008 ... nominee") or after ("..., Tam Vesk")."""
    head = text[max(0, y.start - 60) : y.start]
    owner = _OWNER.search(head)
    if owner and owner.group("pronoun"):
        m = LAST_NAME_BEFORE.search(text, 0, y.start - len(owner.group()))
        return name_of([m.group(1)]) if m else ()
    person = name_before(text, y.start - len(owner.group()), owner=True) if owner else ()
    apposed = _APPOSED.search(head)
    if not person and apposed:
        person = name_before(text, y.start - len(apposed.group()))
    if not person and text.startswith(", ", end):
        person = name_after(text, end + 2)
    return person


def _president_elected(text: str, y: Value) -> Name:
    """The president whose election the year labels ("President Tam Vesk's
    2008 election", "President Vesk's election in 2008"), `()` when none:
    another election of a person's ("Vesk's 2010 election") may be to
    another office, two years after."""
    m = _ELECTED_AFTER.match(text, y.end)
    if m and not compound(text, m.end()):
        owner = _OWNER.search(text, max(0, y.start - 60), y.start)
        at = owner.start() if owner and not owner.group("pronoun") else -1
    else:
        before = _ELECTED_BEFORE.search(text, max(0, y.start - 40), y.start)
        at = before.start() if before else -1
    if at < 0 or not _PRESIDENT.search(text, max(0, at - 60), at):
        return ()
    return name_before(text, at, owner=True)


# A party's nominee of a year, no office named: "Tam Vesk, the 2008 Varnist
# nominee", "the party's 2008 nominee, Tam Vesk" (not "nominee for warden").
_NOMINEE_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:nominee|standard-bearer)\b(?!\s+(?:for|to)\s+(?!president\b))"
)
_PARTY_OWNER = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+)?party's\s+$", re.IGNORECASE)
# A named person's run, nomination or election told by a verb bound to the
# name: "Tam Vesk ran in 2008", "Vesk, who ran for president in 2008",
# "Vesk won the 2008 nomination", "Vesk won the nomination in 2008", "Vesk,
# who lost the 2008 election to Roe" (an election only lost to a named
# rival: a won one may be to any office), "a state Tam Vesk won in the 2008
# primaries".
_RAN = re.compile(
    r"(?:,\s*who\s+|\s+)(?:(?:first|later|again|also|unsuccessfully|previously|twice)\s+)?"
    r"(?:ran(?:\s+for\s+(?:president|the\s+(?:presidency|White\s+House)))?(?:\s+again)?\s+in"
    r"|(?:won|lost|clinched|secured|sought)\s+the\s+(?:(?:[A-Z][\w-]*|party's)\s+)?"
    r"(?:presidential\s+)?nomination\s+in"
    r"|(?:won|lost|clinched|secured|sought)\s+the(?=\s+\d{4}\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:presidential\s+)?nomination\b)"
    r"|lost\s+the(?=\s+\d{4}\s+(?:presidential\s+|general\s+)?election\s+to\s+[A-Z])"
    r"|won\s+(?:it\s+|there\s+)?in\s+the(?=\s+\d{4}\s+(?:presidential\s+)?primar(?:y|ies)\b))"
    r"\s+(?=\d{4}\b)"
)


def _ran(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    """Mark the years of a named person's run told by a verb (`_RAN`)."""
    starts = {y.start: y for y in years}
    for m in _RAN.finditer(text):
        y = starts.get(m.end())
        person = subject_before(text, m.start()) if y else ()
        if person:
            out.setdefault(y.start, set()).update(marks_of(RUN, person))


# A year right before a run's noun is its label ("2008 presidential campaign",
# "2008 Varnist nominee", "the 2008 election to", "the 2008 primaries").
_LABEL_NOUN = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:presidential\s+|general\s+)?(?:primary\s+)?"
    r"(?:campaign|bid|run|candidacy|nominee|nomination|standard-bearer|race|election"
    r"|primar(?:y|ies))\b"
)
# A presidential race of a year, no owner before it ("the 2008 presidential race")...
_RACE = re.compile(r"\bthe\s+(?=\d{4}\s+presidential\s+(?:race|election|contest)\b)")
# ... and a named opponent in it, in the same sentence: "Roe's opponent, Tam
# Vesk", "her Varnist opponent Tam Vesk".
_OPPONENT = re.compile(r"\bopponent,?\s+")
OPPONENT_REACH = 120  # characters between the race's year and "opponent", at most
_SENTENCE_END = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")


def _race_opponents(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    """Mark the year of a presidential race as the runs of the opponent
    named in it and of the opponent's owner ("Roe's opponent, Tam Vesk")."""
    starts = {y.start: y for y in years}
    for m in _RACE.finditer(text):
        y = starts.get(m.end())
        if y is None:
            continue
        for o in _OPPONENT.finditer(text, y.end, y.end + OPPONENT_REACH):
            between = text[y.end : o.start()]
            if BREAK.search(between) or _SENTENCE_END.search(between):
                break
            if any(y.end <= v.start < o.start() for v in years):
                break  # another year between: another race's
            rival = name_after(text, o.end())
            owner = OWNER_OF.search(text, y.end, o.start())
            if not rival:
                continue
            marks = out.setdefault(y.start, set())
            marks.update(marks_of(RUN, rival))
            if owner:
                marks.update(marks_of(RUN, name_before(text, owner.start(1), owner=True)))
            break


# An owner right before a noun ("Roe's Varnist opponent"): the name ends at group 1.
OWNER_OF = re.compile(r"[A-Z][\w-]*(')s\s+(?:[A-Z][\w-]*\s+)?$")


def run_marks(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    """Mark in `out` (a year's start: its marks) each of `years` of `text`
    that is a named person's run (see above), and `LABELLED` each written
    as the run's label."""
    _ran(text, years, out)
    _race_opponents(text, years, out)
    for y in years:
        m = _RUN_AFTER.match(text, y.end)
        if m is None and (n := _NOMINEE_AFTER.match(text, y.end)):
            # A nominee's year without "presidential": a party's nominee, named.
            head = text[max(0, y.start - 40) : y.start]
            if _PARTY_OWNER.search(head) or _APPOSED.search(head):
                m = n
        if m:
            person = _run_person(text, y, m.end())
        else:
            m = _RUN_BEFORE.search(text, max(0, y.start - 60), y.start)
            person = name_before(text, m.start(), owner=True) if m else ()
        if not person and "President" in text:
            person = _president_elected(text, y)
        if person:
            out.setdefault(y.start, set()).update(marks_of(RUN, person))
    for y in years:
        marks = out.get(y.start, set())
        if any(m.startswith(RUN) for m in marks) and _LABEL_NOUN.match(text, y.end):
            marks.add(LABELLED)
