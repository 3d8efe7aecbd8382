"""How telling a claim's words are, over the library's counts.

`WordWeights` weighs features (words, word pairs, names, figures) by how
few of the library's claims hold them (inverse document frequency), and
compares two feature sets by weight: the share of one the other holds,
their Jaccard and cosine. The rules (judging.py) read every similarity
through it; `GroupIndex` (matching.py) keeps the counts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from itertools import repeat

POSTING_CAP = 100  # keys carried by more claims than this are too common to block on
SMOOTHING = 1000
RARE_VALUE = 5  # claims of the library a figure may be in and still tie two of them
# The share of the library's claims a figure listed beside another may be in
# and still place both in one statement (the current year is in far more).
RARE_FIGURE = 0.005


_SETS = (frozenset, set)


class WordWeights:
    """Weights of features over the counts `df` of the `facts` indexed so far."""

    df: Mapping[str, int]
    facts: Mapping

    _log_n: float = 0.0
    _weights: dict | None = None

    def _weight(self, feature: str) -> float:
        """How telling a feature is: rare ones weigh more (inverse document frequency)."""
        return next(self._weighed((feature,)))

    def _weighed(self, features: Iterable[str]) -> Iterator[float]:
        """The weight of each feature, in the features' order: those not
        weighed yet are weighed and kept first (while `_weights` is kept),
        then all are read from what is kept, in C: hundreds of thousands of
        sets are summed in a regroup."""
        cache = self._weights if self._weights is not None else {}
        # Smoothed: in a small library every word is rare, and raw inverse
        # frequencies would weigh chance differences like telling ones.
        log_n = self._log_n or math.log(len(self.facts) + SMOOTHING)
        log, count = math.log, self.df.get
        # A set's features not weighed yet are found in C (a set's
        # difference with a dict looks each member up in it): most are.
        missing = features.difference(cache) if isinstance(features, _SETS) else features
        for f in missing:
            if f not in cache:
                cache[f] = log_n - log(count(f, 0) + 1)
        return map(cache.__getitem__, features)

    def _sum(self, features) -> float:
        return sum(self._weighed(features))

    def _total(self, features: frozenset[str], power: int = 1) -> float:
        """The sum of the weights (`power` 2: of their squares) of one
        claim's feature set, kept with the weights while they hold: a new
        claim's sets are weighed against each candidate's, and each
        candidate's against many new claims. Kept by identity (the set is
        kept with it, so its id is not reused), summed as `_sum` does."""
        cache = self._weights
        key = (id(features), power)
        found = cache.get(key) if cache is not None else None
        if found is None or found[0] is not features:
            if power == 1:
                total = sum(self._weighed(features))
            else:  # pow(w, power) is w**power, called from C
                total = sum(map(pow, self._weighed(features), repeat(power)))
            found = (features, total)
            if cache is not None:
                cache[key] = found
        return found[1]

    def _share(
        self, a: frozenset[str], b: frozenset[str], common: frozenset[str] | None = None
    ) -> tuple[float, frozenset[str]]:
        """The weighted share of the lighter of two feature sets that the
        other holds, and the features they share (`common`, when known)."""
        if common is None:
            common = a & b
        if not common:
            return 0.0, common
        den = min(self._total(a), self._total(b))
        if den <= 0:
            return 0.0, common
        # Both sets are weighed now: while weights are kept, those of the
        # words in common are read as they are (what `_sum` would do).
        cache = self._weights
        num = sum(map(cache.__getitem__, common)) if cache is not None else self._sum(common)
        return num / den, common

    def _jaccard(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted share of everything two feature sets hold that both hold."""
        common = a & b
        if not common:
            return 0.0
        den = self._sum(a | b)
        return self._sum(common) / den if den > 0 else 0.0

    def _cosine(self, a: frozenset[str], b: frozenset[str]) -> float:
        both = a & b
        if not both:
            return 0.0
        num = sum(map(pow, self._weighed(both), repeat(2)))
        den = math.sqrt(self._total(a, 2) * self._total(b, 2))
        return num / den if den > 0 else 0.0

    def _rare_figure(self, figure: str) -> bool:
        """Whether few reports state a figure ("percent=44%"): one that two
        sentences share then ties them. Reports, not claims: a running
        report repeating its figures in update after update is one."""
        limit = max(RARE_VALUE, min(RARE_FIGURE * len(self.facts), POSTING_CAP / 2))
        return self.df.get(f"#{figure}", 0) <= limit

    def _telling_limit(self) -> float:
        """How many claims a feature may be in and still say what one is about."""
        return max(3, min(0.1 * (len(self.facts) + 1), POSTING_CAP))
