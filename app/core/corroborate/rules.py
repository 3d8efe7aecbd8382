"""Tests on two claims that the matching rules share (matching.py): are
they placed at comparable times, do their other figures agree, is a figure
a span of time, is what it measures pinned down, is it said of different
subjects. Plain functions of two signatures (and the library's word
counts), no library.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from app.core.corroborate.amounts import amount_keys
from app.core.corroborate.claims import SOMEONE, FactSig, ValueContext
from app.core.corroborate.contests import mark_keys
from app.core.corroborate.day_counts import day_keys
from app.core.corroborate.quantities import MONTHS, durations, same_value
from app.core.corroborate.vote_days import vote_keys

# Words that pin a figure to one thing: two shared around both figures
# that this many claims of the library would hold together by chance.
PINNED_CHANCE = 0.05
# Years recur by chance around many claims: what one dates must be rarer.
PINNED_CHANCE_YEAR = 0.015
# Three such words must be this many times less likely together by chance.
PINNED_THIRD = 0.1


def own_time(vc: ValueContext) -> frozenset[str]:
    v = vc.value
    if v.kind == "year":
        return frozenset({f"y:{v.value}"})
    if v.kind == "date":
        return frozenset({f"d:{v.value}", f"m:{int(v.value[:2])}"})
    return frozenset()


def other_figures_agree(a: FactSig, b: FactSig, kind: str) -> bool:
    """Whether, besides the figures of `kind`, one sentence states no figure
    the other does not (a paraphrase may leave one out)."""
    fa = {f for f in a.numbers if not f.startswith(kind + "=")}
    fb = {f for f in b.numbers if not f.startswith(kind + "=")}
    return fa <= fb or fb <= fa


def contrasting(
    a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext, near: bool = False
) -> bool:
    """Whether each clause (with `near`, the words near each figure) names
    a person, place or body (not a role holder) that the other sentence
    does not name."""
    na, nb = (va.names, vb.names) if near else (va.clause_names, vb.clause_names)
    return bool(
        (na - a.holders - {SOMEONE}) - b.all_names and (nb - b.holders - {SOMEONE}) - a.all_names
    )


def times_comparable(
    ta: frozenset[str], tb: frozenset[str], when_a: date | None = None, when_b: date | None = None
) -> bool:
    """Whether two claims placed at these times can disagree: not at
    different times, not a running figure of an unknown day ("now has") on
    either side, and the same relative words ("on Monday") when their
    sources' dates are unknown (perhaps two different Mondays). A claim that
    states no time is one of its source's days (`when_a`, `when_b`)."""
    if "r:now" in ta or "r:now" in tb:
        return False
    ra, rb = {t for t in ta if t[0] == "r"}, {t for t in tb if t[0] == "r"}
    if ra and rb and ra != rb:
        return False
    # A year, a month or a day said by one and not the other: perhaps the
    # figure of another time ("204 delegates in 2001"), unless it is about
    # when the other's source was written ("on Tuesday" in a report of that week).
    fa, fb = ta - ra, tb - rb
    if fa and not fb:
        return all(_near(t, when_b) for t in fa)
    if fb and not fa:
        return all(_near(t, when_a) for t in fb)
    return not times_apart(fa, fb, when_a, when_b)


def times_apart(
    ta: frozenset[str] | set[str],
    tb: frozenset[str] | set[str],
    when_a: date | None = None,
    when_b: date | None = None,
) -> bool:
    """Whether two claims stating times place them at different ones:
    neither's times are among the other's. Not so when one's are all days
    past of its report and the other's all to come after its own ("the poll
    released on Wednesday" / "voters in the primary next month"): the one
    is when it was told, the other when an event it mentions comes, and
    neither when the figure holds."""
    if not ta or not tb or ta <= tb or tb <= ta:
        return False
    sides = {_side(ta, when_a), _side(tb, when_b)}
    return sides != {"past", "coming"}


COMING_DAYS = 183  # a day or month named up to this far after a report's date is still to come


def days_ahead(day: str, when: date) -> int | None:
    """Days from a report's date `when` to a day "MM-DD" it names, in the
    report's year, or in the year before when that is more than
    `COMING_DAYS` ahead; None when the year has no such day (Feb. 29)."""
    month, d = (int(x) for x in day.split("-"))
    try:
        ahead = (date(when.year, month, d) - when).days
    except ValueError:  # Feb. 29 of another year
        return None
    return ahead - 365 if ahead > COMING_DAYS else ahead


def _side(times: frozenset[str] | set[str], when: date | None) -> str:
    """Where a claim's `times` lie from its report's date `when`: "past"
    when each is a day or month up to it, "coming" when each is after it,
    else "" (a year, a mix, or no date known)."""
    if when is None:
        return ""
    sides = set()
    for t in times:
        kind, value = t[0], t[2:]
        if kind == "m":
            ahead = (int(value) - when.month) % 12
            sides.add("" if ahead == 0 else "coming" if ahead < COMING_DAYS // 30 else "past")
        elif kind == "d":
            ahead = days_ahead(value, when)
            if ahead is None:
                return ""
            sides.add("coming" if ahead > 0 else "past")
        else:
            return ""  # a year: a goal's or a forecast's as well as an event's
    return sides.pop() if len(sides) == 1 else ""


def settled_years(
    va: ValueContext, vb: ValueContext, when_a: date | None, when_b: date | None
) -> bool:
    """Whether two years are both before the years of both reports: a time
    already past when each was written ("since 1981", "her failed 2008
    run") is no level that holds on one day, whatever "now" the sentence
    says of another part of it; undated reports may be of any year."""
    if va.value.kind != "year" or when_a is None or when_b is None:
        return False
    first = min(when_a.year, when_b.year)
    return all(v.value.value.isdigit() and int(v.value.value) < first for v in (va, vb))


def figure_times(vc: ValueContext) -> frozenset[str]:
    """The times a figure is placed at besides itself; for a year, other
    years of its sentence are those of other events ("won in 2008 but lost
    in 2012"), not its time."""
    times = vc.times - own_time(vc)
    if vc.value.kind == "year":
        return frozenset(t for t in times if t[0] != "y")
    return times


NEAR_DAYS = 7  # a day stated this close to a report's date may be the day it reports


def _near(time: str, when: date | None, days: int = NEAR_DAYS) -> bool:
    """Whether a time ("d:03-15", "m:3", "y:2016") is about when a report
    dated `when` was written: the same year, the same month or the next
    (an event coming up), or a day within `days` of it."""
    if when is None:
        return False
    kind, value = time[0], time[2:]
    if kind == "y":
        return value == str(when.year)
    if kind == "m":
        return value in (str(when.month), str(when.month % 12 + 1))
    if kind != "d":
        return False
    month, day = (int(x) for x in value.split("-"))
    for year in (when.year - 1, when.year, when.year + 1):
        try:
            if abs((date(year, month, day) - when).days) <= days:
                return True
        except ValueError:  # Feb. 29 of another year
            continue
    return False


def same_figures(a: FactSig, b: FactSig) -> bool:
    """Whether two sentences state no differing figure: the figures of one
    are all among the other's."""
    return a.numbers <= b.numbers or b.numbers <= a.numbers


def same_times(a: FactSig, b: FactSig) -> bool:
    return not a.times or not b.times or a.times <= b.times or b.times <= a.times


def pinned_down(
    va: ValueContext, vb: ValueContext, common: frozenset[str], df: Mapping[str, int], n: int
) -> bool:
    """Whether the words around two figures name one thing: the two rarest
    of the `common` words around both (names left out: rare names say who,
    not what of them is measured) would be found together by chance in
    fewer than `PINNED_CHANCE` of the library's `n` claims (`df`: how many
    claims hold each word), or the three rarest in far fewer."""
    rarest = sorted((df.get(w, 0) + 1, w) for w in common if w != SOMEONE)
    # Words written side by side in both ("double digits") are one term:
    # they go together far more often than chance, so count them once.
    pairs = va.pairs & vb.pairs
    chosen: list[tuple[int, str]] = []
    for d, w in rarest:
        if not any(f"{w} {c}" in pairs or f"{c} {w}" in pairs for _, c in chosen):
            chosen.append((d, w))
        if len(chosen) == 3:
            break
    if len(chosen) < 2:
        return False
    chance = PINNED_CHANCE_YEAR if va.value.kind == "year" else PINNED_CHANCE
    (d1, _), (d2, _) = chosen[:2]
    if d1 * d2 / n <= chance:
        return True
    # Or three words that each few claims use ("attended ... third wedding
    # ... husband"); words of one topic go together, so the third counts less.
    return len(chosen) == 3 and d1 * d2 * chosen[2][0] / (n * n) <= chance * PINNED_THIRD


def partnered(
    a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext, ties: Callable[[str], bool]
) -> bool:
    """Whether two differing figures are each listed with others of their
    kind that all agree, in the same order, and each `ties` the two claims
    (see `beside_alike`): one pair of a list both give ("55 percent to 44
    percent" / "46 percent to 44 percent", "Nevada on Feb. 20 and Sorrel on
    Feb. 27" / "Nevada on Feb. 14 and Sorrel on Feb. 27")."""
    kind = va.value.kind
    if durations(kind):
        return False  # "15 days before" / "3 days after": offsets from one event
    xs = [vc.value for vc in a.values if vc.value.kind == kind]
    ys = [vc.value for vc in b.values if vc.value.kind == kind]
    if len(xs) != len(ys) or len(xs) < 2 or xs.index(va.value) != ys.index(vb.value):
        return False
    at = xs.index(va.value)
    others = [(x, y) for n, (x, y) in enumerate(zip(xs, ys, strict=True)) if n != at]
    return all(same_value(x, y) and ties(f"{x.kind}={x.bound}{x.value}") for x, y in others)


def beside_alike(va: ValueContext, vb: ValueContext, ties: Callable[[str], bool]) -> bool:
    """Whether both figures are stated beside another figure, of another
    kind, that both state alike and that `ties` the two claims: "1,106
    delegates in five states" / "691 delegates in five states", "to $15 an
    hour by 2020" / "to $24 ... by 2020". A figure ("percent=44%") ties two
    claims when few reports state it and the judge found it said of the
    same thing in both: the same figure said of other things ("spent $2
    million, up from $1 million" / "others spent only $1 million"; "10
    percent in 1987" / "10 percent in October 2009") ties nothing."""
    if durations(va.value.kind):
        return False
    return any(ties(f) and not durations(f.split("=")[0]) for f in va.beside & vb.beside)


def other_subjects(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext) -> bool:
    """Whether the two figures are said of different people, places or
    bodies: each sentence names one before its figure, they differ, and one
    of them is not named at all by the other sentence; or each names a
    person in a role the other does not name at all ("Gov. Ana Ruiz won it
    in 2010" / "Gov. Tom Wells won it in 2011")."""
    named = a.holders and b.holders and not va.value.kind.startswith("name:")
    if named and not (a.holders & b.all_names or b.holders & a.all_names):
        return True
    if not (va.subject and vb.subject) or va.subject == vb.subject:
        return False
    # Two words of one name ("handed to Varn" / "the Varn Office"): one subject.
    both = {va.subject, vb.subject}
    if any(both <= set(run[1:].split()) for run in a.runs | b.runs):
        return False
    return va.subject not in b.all_names or vb.subject not in a.all_names


def event_day(va: ValueContext, vb: ValueContext, common: frozenset[str]) -> bool:
    """Whether two days are each said of a place or body both name near
    them, with a word of what happens there both use besides the month
    ("Varnby before the caucuses Feb. 7" / "the Varnby caucuses on Feb. 1",
    "the primary comes June 20, when voters in Varnby vote" / "Varnby's
    primary is June 14"): the day of one event."""
    if va.value.kind != "date" or not (va.names & vb.names) - {SOMEONE}:
        return False
    # A word written in lower case in both: not a name nor the month.
    return any(
        w not in MONTHS and va.surface.get(w, "A").islower() and vb.surface.get(w, "A").islower()
        for w in common
    )


def one_event(va: ValueContext, vb: ValueContext, common: frozenset[str]) -> bool:
    """Whether two days are of one event named alike: said of a place or
    body both name (`event_day`), with the same name and word of what
    happens there written close to each ("the Varnby caucuses on Feb. 1" /
    "Varnby's Feb. 7 caucuses" / "Varnby, where voters go to caucuses Feb.
    7"; claims.ValueContext.marks). Such a day is the event's, whatever else
    the two sentences say."""
    return event_day(va, vb, common) and bool(va.marks & vb.marks)


OFFICE_DAYS = 31  # reports this close name the holder of a state's office at one time


def one_office(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext) -> bool:
    """Whether two people named in a role a state has one holder of are
    named as that state's holder ("New Jersey Gov. Ana Ruiz" / "New Jersey
    Gov. Tom Wells"; claims.ValueContext.marks) by reports dated within
    `OFFICE_DAYS` of each other: then they disagree, whatever else the two
    sentences say. Undated reports may be years apart, and the office may
    have changed hands."""
    if not va.value.kind.startswith("name:") or not va.marks & vb.marks:
        return False
    return a.when is not None and b.when is not None and abs((a.when - b.when).days) <= OFFICE_DAYS


def offices_named(a: FactSig, b: FactSig) -> bool:
    """Whether the two claims name holders of one state's one-holder office
    (rules.one_office): what other names they give is no other subject."""
    return any(
        one_office(a, va, b, vb)
        for va in a.values
        if va.marks and va.value.kind.startswith("name:")
        for vb in b.values
        if vb.value.kind == va.value.kind
    )


def office_times(
    ta: frozenset[str] | set[str], tb: frozenset[str] | set[str], when_a: date, when_b: date
) -> bool:
    """Whether the times two claims naming one state's office holder state
    (`one_office`: reports of one month) are of that month too: each day
    within `OFFICE_DAYS` of both reports' dates, each month or year theirs.
    Another year ("Gov. Ana Ruiz signed it in 2009") is another holder's time."""
    return all(_near(t, w, OFFICE_DAYS) for t in set(ta) | set(tb) for w in (when_a, when_b))


# (kind, context words, their count, the office a role holder holds: the
# marks of one state's one-holder role, else empty) of each figure of a claim.
Probe = list[tuple[str, frozenset[str], int, frozenset[str]]]
_NO_OFFICE: frozenset[str] = frozenset()


MIN_COMMON = 2  # context words two figures about one thing share at least ...
COMMON_PART = 5  # ... and a fifth of the smaller context (enough_in_common)


def enough_in_common(common: int, n_a: int, n_b: int) -> bool:
    """Whether two figures' contexts, of `n_a` and `n_b` words, share enough
    (`common` words) to be about one thing: two at least, and a fifth of the
    smaller context."""
    return common >= MIN_COMMON and common * COMMON_PART >= min(n_a, n_b)


def figure_probe(sig: FactSig) -> Probe:
    """A claim's figures as `words_may_match` reads them: (kind, context
    words, their count, office) of each; read once for all a new claim's
    candidates. Only a role holder's office is kept (`one_office`: one
    state's office ties two claims whatever else they say), and a year's
    (contests.py: one contest's or one death's); a day's marks tie
    nothing without words in common but the day one state votes
    (vote_days.py); a count's, but how many states vote on a named day
    (day_counts.py); a sum's, but one subject's for one thing (amounts.py:
    compared whatever words each sentence gives)."""
    return [
        (
            vc.value.kind,
            vc.words,
            len(vc.words),
            vc.marks
            if vc.value.kind.startswith("name:")
            else mark_keys(vc.marks)
            if vc.value.kind == "year"
            else vote_keys(vc.marks)
            if vc.value.kind == "date"
            else frozenset(amount_keys(vc.marks))
            if vc.value.kind == "money"
            else day_keys(vc.marks)
            if vc.marks
            else _NO_OFFICE,
        )
        for vc in sig.values
    ]


def words_may_match(other: FactSig, probe: Probe) -> bool:
    """Whether some figure of `other` and one of its kind in the claim
    `probe` is of (`figure_probe`) share enough context words to be about one
    thing (two at least, and a fifth of the smaller context: the word test
    of `ClaimJudge._about_same`, `enough_in_common`), or name one state's
    holder of one office (`one_office`). Without such a pair no figure matches,
    and two claims that are not near duplicates have no edge: a quick test
    of each candidate, before the rules weigh anything."""
    return probes_may_match(figure_probe(other), probe)


def probes_may_match(a: Probe, b: Probe) -> bool:
    """`words_may_match` of two claims' probes (`figure_probe`): the index
    keeps each claim's, read for millions of candidates a regroup."""
    for kind, words, n_words, office in a:
        for k, w, n, o in b:
            if k == kind:
                if office and office & o:
                    return True  # one state's office (one_office)
                # enough_in_common, inlined.
                common = len(words & w)
                if common >= MIN_COMMON and common * COMMON_PART >= (n if n < n_words else n_words):
                    return True
    return False
