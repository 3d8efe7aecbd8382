"""Which figure of one claim answers which figure of the other.

Each value of a claim that `ClaimJudge._about_same` (judging.py) finds to be
about the same thing as a value of another claim gives a `Match`; a figure
may match several, so each keeps one counterpart (`one_counterpart`), the
best by `match_key`. `match_subject` names what a match is about, for the
user reading a conflict.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.corroborate.claims import ValueContext
from app.core.corroborate.contests import mark_keys
from app.core.corroborate.quantities import same_value
from app.core.corroborate.vote_days import vote_keys

__all__ = ["Match", "match_key", "match_subject", "one_counterpart"]


class Match:
    """Two values found to be about the same thing, and how strongly.

    `share` (the weighted share of the smaller context found in the other)
    is weighed by `weigh` when first read: most matches of a regroup are
    settled without it (their claims state different figures), and weighing
    two contexts is most of what comparing two claims costs. Read while the
    judge compares the two claims, it is what weighing at once would give."""

    __slots__ = ("a", "b", "common", "contained", "covered", "_weigh", "_share")

    def __init__(
        self,
        a: ValueContext,
        b: ValueContext,
        weigh: Callable[[], float],
        common: frozenset[str],
        contained: bool = True,
        covered: bool = True,
    ) -> None:
        self.a, self.b = a, b
        self.common = common  # context words both have
        self.contained = contained  # each clause's names are given by the other sentence
        # One clause's names are all given by the other sentence: one report
        # says more of the same thing ("in Florida's primary" / "in the primary").
        self.covered = covered
        self._weigh = weigh
        self._share: float | None = None

    @property
    def share(self) -> float:
        if self._share is None:
            self._share = self._weigh()
        return self._share


def match_key(m: Match) -> tuple:
    """How well two figures match: the same figure, if the other states it,
    is its counterpart; else a year marked as the year of the same thing
    (contests.py: "Vesk's 2006 presidential campaign" answers "Vesk's
    presidential campaign in 2008", not "Rulo's in 2004"), or a day as
    the day of the same event (day_marks.py); else one said
    as running alike ("now $7.25" is the level today, not the "$15" a plan
    is for); else the one written between the same words ("to $15 by");
    else the one said with more of the same words."""
    alike = bool(m.a.running) == bool(m.b.running)
    marked = bool(m.a.marks and m.b.marks and mark_keys(m.a.marks) & mark_keys(m.b.marks))
    # A day marked as one event's, alike ("Varnby's Feb. 7 caucuses" answers
    # "the Feb. 1 caucuses in Varnby", not "the contests that follow on Feb. 8"),
    # or as one state's vote, whatever party words each sentence gives.
    if m.a.value.kind == "date" and not marked and m.a.marks and m.b.marks:
        marked = bool(m.a.marks & m.b.marks or vote_keys(m.a.marks) & vote_keys(m.b.marks))
    return (
        same_value(m.a.value, m.b.value),
        marked,
        alike,
        len(m.a.next_to & m.b.next_to),
        m.share,
    )


def one_counterpart(matches: list[Match]) -> list[Match]:
    """Each figure has one counterpart: of two figures matched to the
    same one, the one written between more of its words keeps it; when
    neither is, both stay (and two differing figures say the claims are
    about different things)."""
    rivals: dict[int, list[Match]] = {}
    for m in matches:
        rivals.setdefault(id(m.b), []).append(m)
    for group in rivals.values():
        group.sort(key=match_key, reverse=True)
        first, *rest = group
        if rest and len(first.a.next_to & first.b.next_to) > max(
            len(r.a.next_to & r.b.next_to) for r in rest
        ):
            matches = [m for m in matches if m not in rest]
        elif rest and match_key(first)[2]:
            # A level said as running today ("now $7.25") is no rival
            # of a figure said as the counterpart is.
            unlike = [r for r in rest if not match_key(r)[2]]
            matches = [m for m in matches if m not in unlike]
    return matches


def match_subject(m: Match) -> str:
    """A few words naming what two values are about, as written."""
    surface = {**m.b.surface, **m.a.surface}
    order = [w for w in m.a.surface if w in m.common]
    return " ".join(surface.get(w, w) for w in order[:4])
