"""Years that are the year of one thing between named people, whatever
else their sentences say (issue #10): read with the claim
(claims.ValueContext.marks holds them for years, `year_marks`) and
compared by `one_thing` and `years_disagree` (judging.ClaimJudge).

- The year of one contest between two people: a sentence naming a rival
  right after "against", "versus", "defeated", "beat", "upset", or "over"
  after a word of winning ("the 2008 race against Tam Vesk", "when she
  beat Tam Vesk in 1996", "her lead over Vesk in 2004") marks the year
  nearest that word `CONTEST` + the rival. Two claims so marked that both
  name the other person too, or whose rivals are each named by the other
  claim (one contest told from either side), tell of one contest: years
  `APART` or more apart disagree, adjacent ones do not (a campaign spans
  the turn of a year). A name owning what follows it is no rival ("over
  Vesk's objection"), nor a plural ("against Varnists": a group, many
  contests).
- The year of one person's death: "Ana Ruiz was killed in 1998", "the
  death of Ana Ruiz in 1998", "Ruiz's 1998 murder", "police fatally shot
  Ana Ruiz in 1998", "the rifle used to kill 17-year-old Ana Ruiz in
  1998", "Ruiz, who died in 1998" mark the year nearest the words of the
  death `DEATH` + the person. Two claims so marked tell of one death: any
  two years disagree. A year labelling another thing ("died after the
  2012 race") is that thing's year, not the death's, unless the death
  happened during or in it ("killed during a 2012 riot").
- The year of one person's run (runs.py): "Vesk's 2008 presidential
  campaign", "the party's 2008 nominee, Tam Vesk", "Tam Vesk ran in 2008"
  mark the year `RUN` + the person. Two such years `APART` apart
  disagree: adjacent ones are one campaign's (launched the year before
  its election), and one person's runs come a term apart at least
  (`RUNS_APART` from an election to the next run's launch); two years
  both written as a run's label name elections, `TERM` apart at least.
- The year of one violent event named by its full day (dated_events.py).

A person is named (named_people.py) by the lemma of a name's last word, as everywhere in the
package, and by its other words ("~": "Orlen Tavish" is the "Orlen" of a
report naming him by his given name alone). The year marked is the one
nearest the words read, on either side, within `REACH` characters, with no
other year and no break of the sentence between (a semicolon, a colon, a
dash, a bracket): "Roe, who beat Vesk in 2008, ran again in 2012" marks
2008 alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.corroborate.dated_events import DATED, dated_marks, one_dated
from app.core.corroborate.named_people import (
    BREAK,
    LAST_NAME_BEFORE,
    REACH,
    Name,
    compound,
    label_noun,
    marks_of,
    name_after,
    name_before,
    name_of,
    nearest_year,
    subject_before,
)
from app.core.corroborate.quantities import Value
from app.core.corroborate.runs import LABELLED, RUN, run_marks

if TYPE_CHECKING:
    from app.core.corroborate.claims import FactSig, ValueContext

CONTEST = "=vs"  # marks no name and word term can be (those hold no "=")
DEATH = "=died"
APART = 2  # years of one contest this far apart disagree; adjacent ones do not
RUNS_APART = 3  # one person's next presidential run may be launched this far after an election
TERM = 4  # two elections of one office, labelling one person's two runs, this far apart at least
WON_REACH = 80  # characters before "over" a word of winning may stand at most

# A word of a contest, the rival's name after it; "over" only after a word
# of winning or of choosing ("won the seat over Tam Vesk", "backing Ruiz
# over Vesk"): else it is what a dispute is about.
_CONTEST = re.compile(
    r"\b(?:against|versus|vs\.|defeat(?:s|ed|ing)?|beat(?:s|ing|en)?|upset(?:s|ting)?"
    r"|(?P<over>over))\s+",
    re.IGNORECASE,
)
_WON = re.compile(
    r"\b(?:won|wins?|winning|victory|victories|victorious|edged|edging|prevailed|triumph\w*"
    r"|lead|led|support\w*|back(?:s|ed|ing)|favou?r(?:s|ed|ing)?|prefer\w*|cho(?:se|osing)"
    r"|endors\w*)\b[^;:.\u2014()]*$",
    re.IGNORECASE,
)
# A death, the person after "of" ...
_DEATH_OF = re.compile(r"\b(?:death|killing|murder|assassination|slaying)\s+of\s+", re.IGNORECASE)
# ... or before "'s" ("Ruiz's 1998 death") ...
_DEATH_NOUN = re.compile(
    r"'s\s+(?:\d{4}\s+)?(?P<noun>death|killing|murder|assassination|slaying)\b", re.IGNORECASE
)
# ... or before these ("Ana Ruiz died", "Ruiz, who was killed") ...
_DIED = re.compile(
    r"(?:,\s*who\s+|\s+)(?:(?:later|suddenly)\s+)?(?:died\b"
    r"|(?:was|were|had\s+been|has\s+been)\s+(?:(?:fatally|allegedly|reportedly)\s+)?"
    r"(?:killed|murdered|assassinated|slain|fatally\s+shot|shot\s+(?:dead|and\s+killed))\b)",
    re.IGNORECASE,
)
# ... or after these ("police fatally shot Ana Ruiz", "the rifle used to kill Ana Ruiz").
_KILLED = re.compile(
    r"\b(?:killed|murdered|assassinated|fatally\s+shot|shot\s+and\s+killed|shot\s+dead"
    r"|used\s+to\s+kill)\s+",
    re.IGNORECASE,
)
# A year labelling what a death happened during or in ("killed during a
# 2012 riot", "died in the 2012 crash") is the death's year too.
_DURING = re.compile(r"\b(?:during|in)\s+(?:the|a|an)\s+$", re.IGNORECASE)
DEATH_WORDS = frozenset("death killing murder assassination slaying shooting".split())


def _contests(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    for m in _CONTEST.finditer(text):
        if m.group("over") and not _WON.search(text, max(0, m.start() - WON_REACH), m.start()):
            continue
        rival = name_after(text, m.end())
        y = nearest_year(text, years, m.start(), m.end()) if rival else None
        if y is None:
            continue
        # A year labelling a thing before the word ("the 2008 race against
        # Vesk") is the contest's when the word follows the label closely.
        if y.end <= m.start() and label_noun(text, y):
            if len(text[y.end : m.start()].split()) > 3:
                continue
        marks = out.setdefault(y.start, set())
        marks.update(marks_of(CONTEST, rival))
        # The other side, named before the word ("Quenby's lead over Yelt"):
        # a key only, so that the contest told from either side is found.
        side = LAST_NAME_BEFORE.search(text, max(0, m.start() - REACH), m.start())
        if side and not BREAK.search(text, side.start(), m.start()):
            marks.update(f"{CONTEST}@{w}" for w in name_of([side.group(1)]))


_NAMES_ONLY = re.compile(r"[\s,]*(?:(?:the|[A-Z][\w'.-]*)[\s,]*)*")


def _deaths(text: str, years: Sequence[Value], out: dict[int, set[str]]) -> None:
    found: list[tuple[Name, int, int]] = []
    for m in _DEATH_OF.finditer(text):
        found.append((name_after(text, m.end()), m.start(), m.end()))
    for m in _DEATH_NOUN.finditer(text):
        if not compound(text, m.end()) and not text.startswith(" of ", m.end()):
            found.append((name_before(text, m.start(), owner=True), m.start(), m.end()))
    for m in _KILLED.finditer(text):
        found.append((name_after(text, m.end()), m.start(), m.end()))
    for m in _DIED.finditer(text):
        found.append((subject_before(text, m.start()), m.start(), m.end()))
    for person, start, end in found:
        y = nearest_year(text, years, start, end) if person else None
        if y is None:
            continue
        # A year before the words is the death's only with names alone between
        # ("In 1998, Orlen Tavish died", "the 1998 death of"): "from his
        # arrival in 2006 to the death of Tavish" gives another event's.
        if y.end <= start and not _NAMES_ONLY.fullmatch(text, y.end, start):
            continue
        noun = label_noun(text, y)
        if (
            noun
            and noun not in DEATH_WORDS
            and not _DURING.search(text, max(0, y.start - 12), y.start)
        ):
            continue  # another thing's year ("died after the 2012 race")
        out.setdefault(y.start, set()).update(marks_of(DEATH, person))


_RUN_WORD = re.compile(r"\b(?:ran|nominee|standard-bearer|nomination|election|primaries|primary)\b")
_ANY_DEATH = re.compile(r"\b(?:died|death|kill|murder|assassinat|slay|slain|shot)", re.I)


def year_marks(text: str, values: Sequence[Value]) -> dict[int, frozenset[str]]:
    """{a year's start: its marks} for the years among `values` of `text`
    (a claim, `plain`) that are one contest's, one death's, one run's (see
    above) or one violent event's named by its day (dated_events.py)."""
    years = [v for v in values if v.kind == "year" and v.value.isdigit()]
    if not years:
        return {}
    out: dict[int, set[str]] = {}
    dated_marks(text, values, out)  # one violent event's, named by its day (dated_events.py)
    contest, death = _CONTEST.search(text), _ANY_DEATH.search(text)
    run = "presidential" in text or "President" in text or _RUN_WORD.search(text) is not None
    if contest:
        _contests(text, years, out)
    if death:
        _deaths(text, years, out)
    if run:
        run_marks(text, years, out)
    return {start: frozenset(marks) for start, marks in out.items()}


def mark_keys(marks: frozenset[str]) -> frozenset[str]:
    """The blocking keys of a year's marks: one per word of each person
    named, whether the last word or another ("=vs:vesk", "=vs:tam" for
    "Tam Vesk"), so that a name given whole and the given name alone meet,
    and a contest's other side ("@"), so that one contest told from either
    side does."""
    return frozenset(
        _ANY_SIDE.sub(":", m, 1)
        for m in marks
        if m[:2] in ("=v", "=d", "=r", "=o") and "/" not in m
    )


_ANY_SIDE = re.compile("[~+@]")


def _people(marks: frozenset[str], kind: str) -> tuple[set[str], set[str], set[str]]:
    """(the last words, the other words, the given names among them) of the
    people a year's marks of `kind` name."""
    n = len(kind)
    last = {m[n + 1 :] for m in marks if m.startswith(kind) and m[n] == ":"}
    given = {m[n + 1 :] for m in marks if m.startswith(kind) and m[n] == "+"}
    other = {m[n + 1 :] for m in marks if m.startswith(kind) and m[n] == "~"}
    return last, other | given, given


def _one_person(va: ValueContext, vb: ValueContext, kind: str) -> set[str]:
    """The words of the one person both years' marks of `kind` name: their
    last words, or one's last word the other's given name ("Orlen" /
    "Orlen Tavish"); empty when none."""
    last_a, other_a, given_a = _people(va.marks, kind)
    last_b, other_b, given_b = _people(vb.marks, kind)
    if given_a and given_b and not given_a & given_b:
        return set()  # "Nora Vesk" / "Ivo Vesk": two people of one surname
    return last_a & last_b or last_a & other_b or last_b & other_a


def one_contest(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext, someone: str) -> bool:
    """Whether two years are each marked as the year of a contest between
    the same two people: the rival of each (`CONTEST`) is one person, and
    both claims name another besides (one named in one figure's clause or
    its claim, anywhere in the other); or each claim's rival is named by
    the other claim (the two sides of one contest, each told from the
    other's side: "Roe's win over Vesk" / "Vesk's loss against Roe").
    `someone`: the mark of a pronoun (claims.SOMEONE), no one named."""
    rivals = _one_person(va, vb, CONTEST)
    if rivals:
        side_a = (va.clause_names | a.names | a.holders) - rivals - {someone}
        side_b = (vb.clause_names | b.names | b.holders) - rivals - {someone}
        return bool(side_a & b.all_names or side_b & a.all_names)
    last_a = _people(va.marks, CONTEST)[0]
    last_b = _people(vb.marks, CONTEST)[0]
    return bool(last_a & b.all_names and last_b & a.all_names)


def one_thing(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext, someone: str) -> str:
    """What two years are each marked as the year of, alike: one person's
    death (`DEATH`), one person's presidential run (`RUN`), one contest
    between the same two people (`CONTEST`, `one_contest`); "" when none.
    `someone`: the mark of a pronoun (claims.SOMEONE)."""
    if not (va.marks and vb.marks) or va.value.kind != "year":
        return ""
    if one_dated(va, vb):
        return DATED
    if _one_person(va, vb, DEATH):
        return DEATH
    if _one_person(va, vb, RUN):
        return RUN
    return CONTEST if one_contest(a, va, b, vb, someone) else ""


def years_disagree(thing: str, va: ValueContext, vb: ValueContext) -> bool:
    """Whether two years of one thing (`one_thing`) disagree: a death's
    whenever they differ; a contest's `APART` or more apart (adjacent years
    are of one campaign, spanning the turn of a year); a presidential run's
    `APART` up to `RUNS_APART` apart, not as far (adjacent: one campaign
    launched the year before its election; as far: the next run's launch,
    a term after the election; two labels of runs name their elections,
    so they differ up to `TERM` apart: runs.LABELLED)."""
    apart = abs(int(va.value.value) - int(vb.value.value))
    if thing in (DEATH, DATED):
        return apart > 0
    if thing == RUN:
        labels = LABELLED in va.marks and LABELLED in vb.marks
        return APART <= apart < (TERM if labels else RUNS_APART)
    return apart >= APART


def years_marked(a: FactSig, b: FactSig, someone: str) -> bool:
    """Whether two claims state years marked as one thing's (`one_thing`):
    what other names they give is then no other subject."""
    return any(
        one_thing(a, va, b, vb, someone)
        for va in a.values
        if va.marks and va.value.kind == "year"
        for vb in b.values
        if vb.marks and vb.value.kind == "year"
    )
