"""How many states vote on a day given its own name (issue #10): a count
of states said to vote, hold contests or be in play on a day named by a
word and a weekday ("Quell Tuesday"), read with the claim
(claims.ValueContext.marks holds `AMOUNT` + "state@" + the day's name, and
`DAY` + the day's name and the words of a party the sentence gives) and compared by `one_day`
(judging.ClaimJudge) as one state's voting day is (vote_days.py): the count
of that day, whatever else the two sentences say, the people or the other
days and figures they give. Being one thing's amount (amounts.py), it is
also set apart when each is said with someone the other does not name.

The forms read, the count a figure of states written in digits or as a
word (not "a dozen", a round word):

- the day, then the count in a clause of "when": "on Quell Tuesday, when
  nine states are in play", "Quell Tuesday, when voters in 9 states head
  to the polls", "Quell Tuesday, when 9 states vote";
- the count holding contests on the day: "9 states held primaries on
  May 3, known as Quell Tuesday", "9 states vote on Quell Tuesday";
- what is at stake in the states on the day: "410 delegates are at
  stake in 9 states and the Velmaric Isles on Quell Tuesday", "Quell Tuesday
  balloting in 9 states".

Not a count of states someone won or where some voters did something
("her wins in four states on Quell Tuesday", "tanners in four states
voting on Quell Tuesday": a part). Two counts are one day's only in reports
of one cycle (`vote_days.one_cycle`: dated within `VOTE_DAYS`, neither
naming a year other than the reports'), and when the two sentences give the same words of a party,
or none: a day's count of one party's contests may differ from the
other's, and from all the parties' together.
"""

from __future__ import annotations

import re

from app.core.corroborate.amounts import AMOUNT
from app.core.corroborate.needed import one_goal
from app.core.corroborate.text import STOPWORDS, lemma
from app.core.corroborate.times import WEEKDAYS
from app.core.corroborate.vote_days import one_cycle, party_words

# The day and the party words of a count marked with a day. Written as an
# amount's mark, it is a second key of the index besides the day's amount
# mark (amounts.amount_keys): the word of the unit, "states", is in too
# many claims of a large library, and the words around each count may be
# two ("are in play"), so two counts of one day are found by these two.
DAY = f"{AMOUNT}-day:"

_WEEKDAY = "|".join(d.capitalize() for d in WEEKDAYS)
# A day's name, quoted or not: a word and a weekday, not one of a series.
_NAME = rf"[\"'\u201c\u2018]?([A-Z][a-z]+\s+(?:{_WEEKDAY}))(?!\s+(?:I|II|III|IV|\d)\b)"
_CLOSE = r"[\"'\u201d\u2019]?"
# Words opening a weekday that tell which week, not a day's name.
_NOT_NAMES = frozenset(("last", "next", "past", "coming", "every", "each", "early", "late"))
# What states do on their voting day, right after the count.
_VOTING = (
    r"(?:(?:will|would|are\s+to|were\s+to)\s+)?"
    r"(?:vote[sd]?|hold|holds|held|cast|(?:are|were)\s+(?:in\s+play|up\s+for\s+grabs|at\s+stake)"
    r"|(?:go|went|head|headed)\s+to\s+the\s+polls)\b"
)
# The day, then the count in a clause of "when" ("voters in" may come between).
_WHEN = re.compile(_NAME + _CLOSE + r",\s+when\s+(?:voters\s+in\s+)?$")
_WHEN_AFTER = re.compile(r"\s+" + _VOTING)
# The count, then what it holds on the day ("hold contests on March 1, known as").
_HOLD_ON = re.compile(
    r"\s+(?:will\s+)?(?:hold|holds|held|vote|votes|voted)\b[^.;:,]{0,40}?\bon\s+"
    rf"(?:[^.;:,]{{1,20}},\s+known\s+as\s+)?{_NAME}"
)
# What is at stake in the states ("up for grabs in"), then the day after them.
_AT_STAKE = re.compile(r"\b(?:up\s+for\s+grabs|at\s+stake|balloting|voting)\s+in\s+$", re.I)
_ON_DAY = re.compile(rf"(?:\s+and\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){{1,3}}?)?\s*on\s+{_NAME}")
# The day as the label of the voting: "Quell Tuesday balloting in".
_DAY_VOTING = re.compile(_NAME + _CLOSE + r"\s+(?:balloting|voting)\s+in\s+$")
# A word of a party or a creed: "Democratic", "Velmarist", "Republicans";
# not one opening a name ("Velmaric Isles").
_PARTY = re.compile(r"\b[A-Z][a-z]+(?:ic|ican|icans|ist|ists|crat|crats)\b(?!\s+[A-Z])")
REACH = 60  # characters read before the count


def _name(m: re.Match | None) -> str:
    """The lemmas of the day's name a match found ("quell tuesday"); ""
    when none, or when the word tells which week ("Last Tuesday")."""
    if m is None:
        return ""
    first, day = m.group(1).split()
    if lemma(first.lower()) in STOPWORDS or first.lower() in _NOT_NAMES:
        return ""
    return f"{lemma(first.lower())} {day.lower()}"


def day_count_marks(text: str, v) -> frozenset[str]:
    """{AMOUNT:state@<day's name>, DAY<day's name>|<party words>} for a count `v` of
    states of `text` said to vote on a day given its own name (see the
    module's docstring); else empty."""
    if v.kind != "count:state" or v.change or v.bound not in ("", "~"):
        return frozenset()
    if "dozen" in text[v.start : v.end].lower():
        return frozenset()
    head = text[max(0, v.start - REACH) : v.start]
    day = ""
    if (m := _WHEN.search(head)) and _WHEN_AFTER.match(text, v.end):
        day = _name(m)
    elif m := _HOLD_ON.match(text, v.end):
        day = _name(m)
    elif m := _DAY_VOTING.search(head):
        day = _name(m)
    elif _AT_STAKE.search(head):
        day = _name(_ON_DAY.match(text, v.end))
    if not day:
        return frozenset()
    parties = party_words(text, _PARTY)
    return frozenset((f"{AMOUNT}:state@{day}", f"{DAY}{day}|{parties}"))


def _parties(marks: frozenset[str]) -> set[str] | None:
    """The party words of a count's day mark; None when it has none."""
    for m in marks:
        if m.startswith(DAY):
            return set(m[len(DAY) :].partition("|")[2].split(",")) - {""}
    return None


def day_keys(marks: frozenset[str]) -> frozenset[str]:
    """The day's amount mark of a count marked with a day (`day_count_marks`),
    as a key of what ties two claims' counts (rules.figure_probe)."""
    if _parties(marks) is None:
        return frozenset()
    return frozenset(m for m in marks if m.startswith(AMOUNT))


def one_day(a, va, b, vb) -> bool:
    """Whether two counts of states are each marked as the count voting on
    one named day (`day_count_marks`), in reports of one cycle, with the
    same words of a party, or none on either side (one party's count of
    states on the day may be less than all the parties')."""
    if not va.value.kind == vb.value.kind == "count:state":
        return False
    x, y = _parties(va.marks), _parties(vb.marks)
    if x is None or y is None or not day_keys(va.marks) & day_keys(vb.marks):
        return False
    if x != y:  # one party's contests, or one party's against all of them
        return False
    return one_cycle(a, va, b, vb)


def one_count(a, va, b, vb) -> bool:
    """Whether two counts are each one thing's whatever else the two
    sentences say: how many states vote on one named day (`one_day`), or
    one party's count needed for one goal (needed.one_goal)."""
    return one_day(a, va, b, vb) or one_goal(a, va, b, vb)


__all__ = ["DAY", "day_count_marks", "day_keys", "one_count", "one_day"]
