"""Two differing figures that are about two things, not one thing told two
ways: tests a conflict must also pass (judging.ClaimJudge), each a plain
function of the two claims' signatures and the figures' contexts.

Each was written against a kind of wrong flag read on real news, where the
sentences compared are often not offered as facts and name less of what
they are about:

- `one_sided_name`: one figure is said of a name the other sentence does
  not give at all, and the other figure of no name ("to win the Varn
  party's nomination" / "to win the nomination"): the other may be
  another's;
- `count_label`: a count of a few written as the label of things the
  story named already ("the two guilds"), not as a claim of how many
  there are;
- `limit_day`: a count up to a day ("on or before May 4") against one
  on that day;
- `day_label`: a day written before what it is the day of ("the May 9
  Oakvale primary", "the May 12 county convention"), compared with a day
  not said of that thing nor marked as that event's;
- `passed_days`: two days each still to come when told, where one report
  was written after the other's day had passed: two events;
- `whole_part`: a count written as a sum ("in all, 691 delegates")
  against one that is not: the other may be one of its parts.
"""

from __future__ import annotations

from datetime import date

from app.core.corroborate.claims import SOMEONE, FactSig, ValueContext
from app.core.corroborate.dated_events import one_dated
from app.core.corroborate.rules import COMING_DAYS, days_ahead
from app.core.corroborate.text import STOPWORDS, lemma


def one_sided_name(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext) -> bool:
    """Whether one figure is said of a name (near it) that the other
    sentence does not give anywhere, while the other figure is said of no
    name at all, not even a pronoun: nothing says the other is of the same
    one."""
    # Given as a name or as a word: a name opening a sentence may be read
    # as a capitalized word only.
    na = va.names - b.all_names - b.feats - {SOMEONE}
    nb = vb.names - a.all_names - a.feats - {SOMEONE}
    return bool(na and not vb.names or nb and not va.names)


# A count this small written as a label ("the two guilds") points back to
# things the story named (news style spells such counts as words).
FEW = 9


def _few(vc: ValueContext) -> bool:
    v = vc.value
    return vc.label and v.kind.startswith("count:") and v.value.isdigit() and int(v.value) <= FEW


def count_label(va: ValueContext, vb: ValueContext, echo: bool) -> bool:
    """Whether a count of a few is written as the label of things the
    story named before ("the two guilds", "its three rivals";
    claims.ValueContext.label), not as a claim of how many there are.
    Two such labels in sentences worded alike (`echo`) may still differ."""
    if _few(va) and _few(vb):
        return not echo
    return _few(va) or _few(vb)


# Words before a day that make it a limit: "by May 4", "on or before May 4".
_LIMIT = frozenset(("<before", "<by", "<until", "<through", "<till"))


def _days(sig: FactSig) -> dict[str, bool]:
    """The days a sentence states, each with whether it is written as a limit."""
    return {
        vc.value.value: any(w.lower() in _LIMIT for w in vc.next_to)
        for vc in sig.values
        if vc.value.kind == "date"
    }


def limit_day(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext) -> bool:
    """Whether two figures are each said beside one day, one with the day
    as a limit and the other not ("12 guilds voting on or before May 4" /
    "9 guilds voting on May 4"): a count up to a day is not that day's.
    The year of a day naming one event (dated_events.py) is that event's,
    whatever is said to come before it."""
    if va.value.kind == "date" or one_dated(va, vb):
        return False
    da, db = _days(a), _days(b)
    for day in da.keys() & db.keys():
        key = f"date={day}"
        if key in va.beside and key in vb.beside and da[day] != db[day]:
            return True
    return False


def _label_words(vc: ValueContext) -> set[str]:
    """The words written right after a day used as a label, the thing it
    is the day of ("May 9 Oakvale primary" -> {"oakvale", "primary"}),
    function words left out."""
    out = set()
    for w in vc.next_to:
        if w.startswith(">"):
            word = lemma(w[1:].lower())
            if word not in STOPWORDS and not word.isdigit():
                out.add(word)
    return out


def day_label(va: ValueContext, vb: ValueContext) -> bool:
    """Whether one day is written as the label of a thing ("the May 9
    Oakvale primary") and the other day is not said of that thing: the
    words after the label are not all among the words around the other,
    nor is the other day marked as the day of the event the label names,
    the day written beside its name ("Oakvale's May 9 primary" / "the May
    2 primary in Oakvale": one event's, day_marks.py)."""
    shared = va.marks & vb.marks
    for x, y in ((va, vb), (vb, va)):
        if x.value.kind == "date" and x.label:
            words = _label_words(x)
            if _beside_name(x) and any(m.rpartition(" ")[2] in words for m in shared):
                continue
            if not words <= y.words | y.names:
                return True
    return False


def _beside_name(vc: ValueContext) -> bool:
    """Whether a day is written right after its name's owner ("Oakvale's
    May 9 primary") or right before a name ("the May 9 Oakvale primary"):
    the label names the event its mark is of, not a thing of it ("a May 9
    campaign rally" of the campaign the sentence names)."""
    return any(
        w.endswith("'s") if w[0] == "<" else w[1:2].isupper() for w in vc.next_to if len(w) > 1
    )


def _ahead(day: str, when: date | None) -> int | None:
    """Days from a report's date `when` to a day "MM-DD" it names, read as
    the next such day up to `COMING_DAYS` ahead, else as one past; None
    when the report has no date or the day is no day of that year."""
    if when is None:
        return None
    ahead = days_ahead(day, when)
    if ahead is not None and ahead < COMING_DAYS - 365:
        ahead += 365  # further past than that: the next year's
    return ahead


def passed_days(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext) -> bool:
    """Whether two days are each still to come at their reports' dates,
    and one report was written after the other's day: what the earlier
    report looked forward to had passed, and the later looks forward to
    another event ("the next vote, on May 9" / "the next vote, on June
    2", a month apart)."""
    if va.value.kind != "date":
        return False
    da, db = _ahead(va.value.value, a.when), _ahead(vb.value.value, b.when)
    if da is None or db is None or da <= 0 or db <= 0:
        return False
    assert a.when is not None and b.when is not None
    day_a = a.when.toordinal() + da
    day_b = b.when.toordinal() + db
    return b.when.toordinal() > day_a or a.when.toordinal() > day_b


def _whole(vc: ValueContext) -> bool:
    """Whether a figure is written as the sum of parts: "In all, 691
    delegates", "a total of 691", "691 delegates in all", "altogether"."""
    near = {w.lower() for w in vc.next_to}
    return (
        {"<in", "<all"} <= near
        or {">in", ">all"} <= near
        or {"<total", "<of"} <= near
        or bool(near & {"<altogether", ">altogether", ">combined", ">total"})
    )


def whole_part(va: ValueContext, vb: ValueContext) -> bool:
    """Whether one count is written as a whole ("in all, 691 delegates")
    and the other is not: the other may count one part of it ("475
    delegates" of one of the states)."""
    if not (va.value.kind.startswith("count:") or va.value.kind == "money"):
        return False
    return _whole(va) != _whole(vb)
