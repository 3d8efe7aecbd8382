"""Tests on two claims that the matching rules share (matching.py): are
they placed at comparable times, do their other figures agree, is a figure
a span of time, is what it measures pinned down, is it said of different
subjects. Plain functions of two signatures (and the library's word
counts), no library.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.corroborate.claims import SOMEONE, FactSig, ValueContext

# Words that pin a figure to one thing: two shared around both figures
# that this many claims of the library would hold together by chance.
PINNED_CHANCE = 0.05
# Years recur by chance around many claims: what one dates must be rarer.
PINNED_CHANCE_YEAR = 0.015


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


def contrasting(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext) -> bool:
    """Whether each clause names a person, place or body (not a role holder)
    that the other sentence does not name."""
    return bool(
        (va.clause_names - a.holders - {SOMEONE}) - b.all_names
        and (vb.clause_names - b.holders - {SOMEONE}) - a.all_names
    )


def times_comparable(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether two claims placed at these times can disagree: not at
    different times, not a running figure of an unknown day ("now has") on
    either side, and the same relative words ("on Monday") when their
    sources' dates are unknown (perhaps two different Mondays)."""
    if "r:now" in ta or "r:now" in tb:
        return False
    ra, rb = {t for t in ta if t[0] == "r"}, {t for t in tb if t[0] == "r"}
    if ra and rb and ra != rb:
        return False
    # A year, a month or a day said by one and not the other: perhaps the
    # figure of another time ("204 delegates in 2001").
    fa, fb = ta - ra, tb - rb
    if bool(fa) != bool(fb):
        return False
    return not fa or fa <= fb or fb <= fa


_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")


def durations(kind: str) -> bool:
    """Whether a kind of figure is a span of time or a margin ("points"):
    said around many claims, it ties none of them together."""
    return kind.startswith("count:") and kind[6:] in (*_TIME_UNITS, "point")


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
    claims hold each word)."""
    rarest = sorted((df.get(w, 0) + 1, w) for w in common if w != SOMEONE)
    if len(rarest) < 2:
        return False
    (d1, w1), (d2, w2) = rarest[:2]
    # Words written side by side in both ("double digits") are one term:
    # they go together far more often than chance, so count them once.
    pairs = va.pairs & vb.pairs
    if f"{w1} {w2}" in pairs or f"{w2} {w1}" in pairs:
        if len(rarest) < 3:
            return False
        d2 = rarest[2][0]
    chance = PINNED_CHANCE_YEAR if va.value.kind == "year" else PINNED_CHANCE
    return d1 * d2 / n <= chance


def other_subjects(a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext) -> bool:
    """Whether the two figures are said of different people, places or
    bodies: each sentence names one before its figure, they differ, and one
    of them is not named at all by the other sentence."""
    if not (va.subject and vb.subject) or va.subject == vb.subject:
        return False
    return va.subject not in b.all_names or vb.subject not in a.all_names
