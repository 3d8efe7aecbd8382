"""The day a state votes (issue #10): a day written as the day of one
state's primary, caucuses or contest, read with the claim
(claims.ValueContext.marks holds `VOTE` + the state for such a day) and
compared by `one_vote` (judging.ClaimJudge): two days marked with one state
are that state's voting day, compared on the day whatever else the two
sentences say (the candidates each names, other days, other figures).

The state is one of the published list (us_states.txt), written whole, in
one of these forms:

- its owner: "Varnia's June 7 primary", "Varnia's closed primary on June
  7", "the Varnia caucuses Feb. 1", "the Varnia primary on June 7";
- the day as a label: "the May 9 Varnia primary", "the May 9 primary in
  Varnia";
- a clause on the state: "Varnia, which votes June 7", "Varnia, which
  holds caucuses on Feb. 20", "contests in Varnia on Feb. 14";
- the race told through the state, a stay in it before the event, a win
  in it: "the race runs through Varnia on June 7", "in Varnia ahead of
  the June 7 primary", "her Varnia win over Vesk on Feb. 1";
- the state spoken of again, when the sentence names one state alone
  before the day: "campaigned in Varnia ahead of the state's June 7
  primary", "win the state when it votes May 16";
- states listed, set beside a phrase telling the day they vote, each
  state marked: "Varnia or Quell, the two closed primaries set for May
  3", "Varnia and Quell, states that vote on May 3" (not "Varnia and a
  host of states that vote ...": every item must be a state, and the
  states listed are no person in common);
- the state the site of an event: "Varnia, the state of her youth, and
  the site of the next primary, on April 19".

Not a day told of another name: "the Quell primary in Varnia" (a party's
or a body's own contest) is marked with that name too, and two days
are one state's only when a name so written on one side is named by the
other sentence as well. Words of a party or a creed ("Democratic",
"Velmarist", "Republicans") said anywhere in both sentences must meet, and
the two sentences must name someone or a party alike besides the state (a
day's own name excepted): two parties of one state may vote on two days,
and whose contest it is shows only through its people. A year other than the reports',
or reports far apart, leave the days to the rules every conflict passes.
"""

from __future__ import annotations

import re

from app.core.corroborate.text import STOPWORDS, lemma, state_length
from app.core.corroborate.times import WEEKDAYS

VOTE = "=vote:"  # a mark no name and word term can be (they hold no "=")
VOTE_DAYS = 240  # reports further apart may tell two cycles' days

_EVENT = r"(?:primar(?:y|ies)|caucus(?:es)?|contests?)"
_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_RUN = rf"((?:{_CAP}\s+(?:of\s+)?){{0,2}}{_CAP})"
_POSSESSIVE = r"(?:'s|\u2019s)"
_BRACKET = r"(?:\s*\[[^\]]{1,30}\])?"  # "[2016]" a report added after a day
_LOWER = r"(?:[a-z][a-z-]*\s+)"

# The state owns the day: "Varnia's June 7 primary", "Varnia's June 7 Quell caucuses".
_OWNER = re.compile(_RUN + _POSSESSIVE + r"\s+$")
_OWNED_EVENT = re.compile(_BRACKET + rf"\s+(?:({_CAP})\s+)?{_LOWER}?{_EVENT}\b")
# The day as a label before the state and the event ("the May 9 Varnia primary").
_LABEL = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$")
_STATE_EVENT = re.compile(_BRACKET + rf"\s+{_RUN}\s+{_EVENT}\b")
_EVENT_IN = re.compile(_BRACKET + rf"\s+(?:({_CAP})\s+)?{_EVENT}\s+in\s+(?:the\s+)?{_RUN}")
# The event named before the day: "the Varnia primary on June 7", "Varnia's
# closed primary June 7".
_BEFORE = re.compile(
    rf"(?:\bthe\s+{_RUN}|{_RUN}{_POSSESSIVE})\s+{_LOWER}?{_EVENT}\s+(?:(?:is|on|is\s+on)\s+)?$"
)
# A clause on the state: "Varnia, which votes June 7", "Varnia, which holds
# (a|its) primary on June 7".
_WHICH = re.compile(
    _RUN + r",['\u2019\u201d\"]*\s+which\s+(?:will\s+)?(?:votes?|holds?\s+(?:a\s+|its\s+)?"
    rf"(?:({_CAP})\s+)?{_EVENT})\s+(?:on\s+)?$"
)
# "contests in Varnia on Feb. 14", "the next Quell contest is in Varnia on Feb. 14".
_IN_ON = re.compile(rf"(?:({_CAP})\s+)?{_EVENT}\s+(?:(?:is|are)\s+)?in\s+{_RUN}\s+on\s+$")
# The race told through the state, the day after it: "the race runs through
# Varnia on June 7"; the state's event after a stay in it: "in Varnia ahead
# of the June 7 primary"; a win in the state on the day: "her Varnia win
# over Vesk on Feb. 1".
_THROUGH = re.compile(rf"\bthrough\s+{_RUN}\s+on\s+$")
_AHEAD = re.compile(rf"\bin\s+{_RUN},?\s+(?:ahead\s+of|before|in\s+anticipation\s+of)\s+the\s+$")
_WIN = re.compile(rf"{_RUN}\s+(?:win|victory)\s+(?:over\s+{_RUN}\s+)?on\s+$")
# The state spoken of again: "the state's June 7 primary", "the state when it votes May 16".
_AGAIN = re.compile(rf"\b(?:the|that)\s+state{_POSSESSIVE}\s+$")
_AGAIN_EVENT = re.compile(_BRACKET + rf"\s+{_EVENT}\b")
_WHEN_IT = re.compile(r"\bthe\s+state\s+when\s+it\s+votes\s+(?:on\s+)?$")
_ANY_RUN = re.compile(_RUN)
# States listed, then set beside a phrase telling the day they vote: "Varnia
# and Quell, states that vote on May 3", "Varnia or Quell, the two closed
# primaries set for May 3". The list ends at the comma: "... Quell and a
# host of states that vote May 3" lists no state with the day (its last
# item is no state).
_ONE = rf"(?:{_CAP}\s+(?:of\s+)?){{0,2}}{_CAP}"
_LISTED = re.compile(
    rf"(?<![\w'\u2019-])((?:{_ONE},\s+)*{_ONE},?\s+(?:and|or)\s+{_ONE}),\s+(?:the\s+)?"
    r"(?:(?:two|three|four|five|both)\s+)?(?:[a-z][\w-]*,?\s+){0,3}?"
    rf"(?:states|{_EVENT})\s+(?:that\s+(?:will\s+)?(?:vote|hold\s+(?:their\s+)?{_EVENT})"
    rf"|(?:scheduled|set)\s+for|voting|holding\s+{_EVENT})\s+(?:on\s+)?$"
)
_LIST_SPLIT = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# A state said to be the site of an event, the day after it: "Varnia, the
# site of the next primary, on May 3", also after another description set
# beside the state first ("Varnia, the state of her youth, and the site of
# the next primary, on May 3").
_SITE = re.compile(
    rf"(?<![\w'\u2019-]){_RUN},\s+(?:the\s+[^,.;:!?]{{1,80}},\s+(?:and\s+)?)?the\s+site\s+of\s+"
    rf"(?:the|its|a)\s+(?:[\w-]+\s+){{0,2}}{_EVENT},?\s+(?:on\s+)?$"
)
LIST_REACH = 160  # characters read before a day for a list of states or a site
# A word of a party or a creed: "Democratic", "Velmarist", "Republicans".
_PARTY = re.compile(r"\b[A-Z][a-z]+(?:ic|ican|icans|ist|ists|crat|crats)\b")
REACH = 60  # characters read before a day
# A day's name, a word and a weekday ("Quell Tuesday"), not one of a series ("Quell Tuesday II").
_WEEKDAY = "|".join(d.capitalize() for d in WEEKDAYS)
_NAME = rf"({_CAP}\s+(?:{_WEEKDAY}))(?!\s+(?:I|II|III|IV|\d)\b)[\"'\u201d\u2019]?"
# Set off from the day by a comma, "on" or the event: a day written right
# after the name labels a thing ("the Quell Tuesday March 1 states"),
# unless quote marks set the name off (_NAMED_QUOTED).
_NAMED_BEFORE = re.compile(_NAME + rf"(?:,\s+|\s+on\s+|\s+{_EVENT}\s+(?:on\s+)?)$")
_NAMED_WHEN = re.compile(_NAME + r",\s+when\s+[^,.;:]{0,60}?\s+on\s+$")
# A name set off by quote marks is the day's even when the day labels what
# votes on it after it ("the 11 'Quell Tuesday' March 1 states", "... March
# 1 primaries"): not another thing ("the 'Quell Tuesday' March 1 kiosks").
_NAMED_QUOTED = re.compile(rf"[\"'\u201c\u2018]({_CAP}\s+(?:{_WEEKDAY}))[\"'\u201d\u2019]\s+$")
_VOTERS = re.compile(_BRACKET + rf"\s+(?:states|{_EVENT})\b")
_KNOWN_AS = re.compile(_BRACKET + r",?\s+known\s+as\s+[\"'\u201c\u2018]?" + _NAME)
# What may stand before a day's name: the sentence's opening, a mark, a
# word of function ("on", "the", "until after").
_OPENS = re.compile(
    r"(?:^|[\"'\u201c\u2018(,;:\u2014\u2013-]|\b(?:on|the|until|after|before|by|of|since|and|"
    r"for|into|through|from|to|at))\s*[\"'\u201c\u2018]?\s*$"
)
# Words opening a weekday that tell which week, not a day's name.
_NOT_NAMES = frozenset(("last", "next", "past", "coming", "every", "each", "early", "late"))


def _state(run: str, whole: bool = False) -> tuple[str, str]:
    """The state the capitalized `run` names (its lemmas, "new york") and
    the word before it when the run is longer ("Quell" of "Quell Varnia");
    ("", "") when it names none. With `whole`, the run must be the state."""
    words = [w for w in run.split() if w != "of"]
    run_lemmas = [lemma(w.lower()) for w in words]
    n = state_length(run_lemmas)
    if not n or whole and len(run_lemmas) > n:
        return "", ""
    rest = words[: len(words) - n]
    return " ".join(run_lemmas[-n:]), lemma(rest[-1].lower()) if rest else ""


def _state_first(run: str) -> tuple[str, str]:
    """The state a run opens ("Varnia Quell" -> varnia, quell); ("", "")
    when it opens with none."""
    words = [w for w in run.split() if w != "of"]
    run_lemmas = [lemma(w.lower()) for w in words]
    n = state_length(run_lemmas, first=True)
    if not n:
        return "", ""
    rest = words[n:]
    return " ".join(run_lemmas[:n]), lemma(rest[-1].lower()) if rest else ""


def _last_state(text: str) -> str:
    """The state the last capitalized run of `text` names whole ("... in
    Varnia ahead of" -> varnia); "" when that run names none."""
    runs = _ANY_RUN.findall(text)
    return _state(runs[-1], whole=True)[0] if runs else ""


def _named_day(text: str, start: int, end: int) -> str:
    """The name a day is given, a word and a weekday ("Quell Tuesday on
    March 1", "the 'Quell Tuesday' primary on March 1", "on Quell Tuesday,
    when ten states vote on March 1", "on March 1, known as Quell
    Tuesday", the quoted "'Quell Tuesday' March 1 states"), as its lemmas;
    "" when none."""
    head = text[max(0, start - REACH - 20) : start]
    m = _NAMED_BEFORE.search(head) or _NAMED_WHEN.search(head)
    if m is None and _VOTERS.match(text, end):
        m = _NAMED_QUOTED.search(head)
    if m is None:
        m = _KNOWN_AS.match(text, end)
        if m is None:
            return ""
    elif not _OPENS.search(head, 0, m.start()):
        return ""  # "the second Quell Tuesday": another day of that name
    first, day = m.group(1).split()
    if lemma(first.lower()) in STOPWORDS or first.lower() in _NOT_NAMES:
        return ""  # "On Tuesday", "Last Tuesday"
    return f"@{lemma(first.lower())} {day.lower()}"


def _read(text: str, start: int, end: int) -> tuple[str, str]:
    """(state, name written on its event) of a day at `start`-`end`."""
    head = text[max(0, start - REACH) : start]
    if (m := _OWNER.search(head)) and (e := _OWNED_EVENT.match(text, end)):
        state, before = _state(m.group(1))
        return state, e.group(1) and lemma(e.group(1).lower()) or before
    if _LABEL.search(head):
        if e := _STATE_EVENT.match(text, end):
            return _state_first(e.group(1))
        if e := _EVENT_IN.match(text, end):
            state, _ = _state(e.group(2), whole=True)
            return state, e.group(1) and lemma(e.group(1).lower()) or ""
    if m := _BEFORE.search(head):
        state, before = _state(m.group(1) or m.group(2))
        return state, before
    if m := _WHICH.search(head):
        state, _ = _state(m.group(1))
        return state, m.group(2) and lemma(m.group(2).lower()) or ""
    if m := _IN_ON.search(head):
        state, _ = _state(m.group(2), whole=True)
        return state, m.group(1) and lemma(m.group(1).lower()) or ""
    if (m := _THROUGH.search(head)) or (m := _WIN.search(head)):
        return _state(m.group(1), whole=True)[0], ""
    if (m := _AHEAD.search(head)) and _AGAIN_EVENT.match(text, end):
        return _state(m.group(1), whole=True)[0], ""
    if (_AGAIN.search(head) and _AGAIN_EVENT.match(text, end)) or _WHEN_IT.search(head):
        return _last_state(text[: start - len(head) + head.rindex(" state")]), ""
    return _named_day(text, start, end), ""


def _listed(text: str, start: int) -> list[str]:
    """The states a day at `start` is the voting day of as a list set
    beside it ("Varnia and Quell, states that vote on March 1") or as the
    site of its event ("Varnia, the site of the next primary, on May 3");
    empty when none, or when an item of the list names no state whole."""
    head = text[max(0, start - LIST_REACH) : start]
    if m := _SITE.search(head):
        state, _ = _state(m.group(1), whole=True)
        return [state] if state else []
    m = _LISTED.search(head)
    if m is None:
        return []
    states = [_state(run, whole=True)[0] for run in _LIST_SPLIT.split(m.group(1))]
    return states if all(states) else []


def _party(word: str) -> str:
    """One form of a party's word ("Velmarists", "Velmaristic" -> "velmarist")."""
    word = word.lower().removesuffix("s")
    return word.removesuffix("ic") if word.endswith(("atic", "istic")) else word


def party_words(text: str, pattern: re.Pattern = _PARTY) -> str:
    """The words of a party or a creed `text` gives (`pattern` finds them),
    one form each (`_party`), sorted and joined by commas."""
    return ",".join(sorted({_party(w) for w in pattern.findall(text)}))


def one_cycle(a, va, b, vb) -> bool:
    """Whether two reports are of one cycle: dated within `VOTE_DAYS`, and
    neither sentence names a year other than the reports'."""
    if a.when is None or b.when is None or abs((a.when - b.when).days) > VOTE_DAYS:
        return False
    years = {f"y:{a.when.year}", f"y:{b.when.year}"}
    return all(t in years for t in va.times | vb.times if t.startswith("y:"))


def vote_marks(text: str, start: int, end: int) -> frozenset[str]:
    """{VOTE<state>|<name written on its event>|<party words>} for a day of
    `text` at `start`-`end` written as the day a state votes (see the
    module's docstring); else empty. One mark a state (several for states
    listed together), so that two days share one only when all three are
    alike (a day's marks tie days, day_marks.py)."""
    state, mod = _read(text, start, end)
    found = [(state, mod)] if state else [(s, "") for s in _listed(text, start)]
    if not found:
        return frozenset()
    parties = party_words(text)
    return frozenset(f"{VOTE}{state}|{mod}|{parties}" for state, mod in found)


def _votes(marks: frozenset[str]) -> list[tuple[str, str, set[str]]]:
    """(state, name on its event, party words) of each of a day's vote
    marks (several when the day is that of states listed together)."""
    found = []
    for m in sorted(marks):
        if m.startswith(VOTE):
            state, mod, parties = m[len(VOTE) :].split("|")
            found.append((state, mod, set(parties.split(",")) - {""}))
    return found


def vote_keys(marks: frozenset[str]) -> frozenset[str]:
    """The states of a day's vote marks, as keys (what ties two claims' days)."""
    return frozenset(VOTE + vote[0] for vote in _votes(marks))


def one_vote(a, va, b, vb) -> bool:
    """Whether two days are each marked as one state's voting day
    (`vote_marks`), in reports of one cycle: a name written on either
    event is named by the other sentence too, the words of a party each
    gives, when both give some, meet, both name someone or a party besides
    the state (but for a day's own name), neither names a year other than
    the reports', and the reports are dated within `VOTE_DAYS`."""
    if va.value.kind != "date" or vb.value.kind != "date":
        return False
    xs, ys = _votes(va.marks), _votes(vb.marks)
    # The states marked are no person or party in common ("Quell and Varnia, ...").
    states = {w for v in xs + ys for w in v[0].split()}
    pairs = [(x, y) for x in xs for y in ys if x[0] == y[0]]
    return any(_one_state_vote(a, b, x, y, states) for x, y in pairs) and one_cycle(a, va, b, vb)


def _one_state_vote(a, b, x: tuple, y: tuple, states: set[str]) -> bool:
    """`one_vote`'s tests of two vote marks of one state (`_votes`), but
    for the cycle; `states`: the words of every state the two days mark."""
    if x[1] and x[1] not in b.all_names or y[1] and y[1] not in a.all_names:
        return False
    if x[2] and y[2] and not x[2] & y[2]:
        return False
    # Whose contest: a person or a party both name besides the state (two
    # parties of one state may vote on two days; "Ruiz's state votes ..." /
    # "Vesk looks to the state's ... primary" may be of two). A day's own
    # name is every party's.
    shared = (a.all_names & b.all_names) - states | x[2] & y[2]
    return x[0].startswith("@") or any(n[:1].isalpha() for n in shared)


def votes_marked(a, b) -> bool:
    """Whether the two claims state days of one state's vote (`one_vote`):
    what other names they give is then no other subject."""
    return any(
        one_vote(a, va, b, vb)
        for va in a.values
        if va.value.kind == "date" and va.marks
        for vb in b.values
        if vb.value.kind == "date" and vb.marks
    )


__all__ = ["VOTE", "one_vote", "vote_keys", "vote_marks", "votes_marked"]
