"""Tests on two claims that the matching rules share (matching.py): are
they placed at comparable times, do their other figures agree, is a figure
a span of time. Plain functions of two signatures, no library.
"""

from __future__ import annotations

from app.core.corroborate.claims import SOMEONE, FactSig, ValueContext


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
