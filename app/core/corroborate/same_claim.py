"""Whether two claims whose figures do not differ state the same claim.

`SameClaimJudge` holds the rules of a "same" edge between two claims (the
rules of a conflict are in judging.py, whose `ClaimJudge` builds on it):

* nearly the same sentence, said of the same people at the same times
  (`_near_duplicate`); or
* a figure both state, said of the same thing (a `Match` of
  counterparts.py), that rarely recurs by chance (a tally, an amount, a day,
  a share said of people both name), with enough of their wording in
  common. A figure written as the label of a thing ("the 900 ballots", "the
  county's $4 million levy") is not one: two sentences naming the thing so
  share the thing, not a claim about it. The wording counted is what both
  say of the figure (`said_alike`): not its own words ("million",
  "percent") nor names; a figure said of one named person or place ties
  two sentences only with a word said alike besides whom it concerns.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.corroborate.claims import SOMEONE, FactSig
from app.core.corroborate.counterparts import Match
from app.core.corroborate.quantities import durations, own_words
from app.core.corroborate.rules import same_figures, same_times
from app.core.corroborate.weights import RARE_VALUE, WordWeights

NEAR_DUPLICATE = 0.5  # weighted Jaccard of two sentences that say the same thing
NAMELESS_DUPLICATE = 0.8  # the same for two sentences naming nobody
SAME_SHARE = 0.5  # weighted share of a value's context the other's context holds
SAME_JACCARD = 0.3  # and weighted Jaccard of the two contexts (neither adds much)
SAME_COSINE = 0.3  # and weighted cosine of the whole sentences
# A tally, an amount or a day shared by two claims rarely recurs by chance:
# looser wording suffices.
SPECIFIC_SHARE, SPECIFIC_JACCARD, SPECIFIC_COSINE = 0.4, 0.25, 0.2
YEAR_SHARE = 0.6  # a bare year recurs by chance: its contexts must be closer
YEAR_COSINE = 0.45  # and its sentences

# Values that rarely recur by chance: one shared, about the same thing, ties two claims.
_SPECIFIC = ("money", "percent", "tally", "date", "count:")


def is_name(kind: str) -> bool:
    return kind.startswith("name:")


def _specific(kind: str) -> bool:
    return kind.startswith(_SPECIFIC)


def said_alike(a: FactSig, m: Match, b: FactSig) -> frozenset[str]:
    """The words around two figures of claims `a` and `b` that both say of
    them: their context words in common (`Match.common`), but the figures'
    own (their scale and unit: "million", "percent"; every figure of the
    size has them) and names (who or what the figures concern, not what is
    said of it; a word written capitalized in both, "Tova" opening both
    sentences, is taken for a name too)."""
    sa, sb = m.a.surface, m.b.surface
    return frozenset(
        w
        for w in m.common - own_words(m.a.value.kind) - a.all_names - b.all_names
        if not (sa.get(w, "a")[:1].isupper() and sb.get(w, "a")[:1].isupper())
    )


class SameClaimJudge(WordWeights):
    """The rules of the same claim, over the feature counts `df` of the
    `facts` indexed so far (see judging.ClaimJudge)."""

    def _same_claim(
        self, a: FactSig, b: FactSig, agreeing: list[Match], near: bool, trace: Trace
    ) -> bool:
        """Whether two claims whose figures do not differ state the same
        claim: nearly the same sentence (`near`), or a figure they agree on,
        said of the same thing, with enough of their wording in common."""
        if not same_figures(a, b):
            return bool(note(trace, "not the same claim: each states a figure the other does not"))
        same = near and same_times(a, b) and self._near_duplicate(a, b)
        if trace is not None:
            note(trace, f"near duplicate: {same} (near={near})")
        # The sentences' cosine, weighed when first read (most pairs settle before).
        cosine = Lazy(lambda: self._cosine(a.feats, b.feats)) if agreeing and not same else None
        for m in agreeing:
            if same:
                break
            kind = m.a.value.kind
            if not m.contained or is_name(kind) or durations(kind):
                # One person says many things; "for two decades", "over six
                # weeks" are time frames, not claims.
                continue
            if (m.a.label or m.b.label) and kind not in ("year", "date"):
                continue  # "the 900 ballots": the thing spoken of, no claim about it
            # A tally or an amount few claims of the library state, with words
            # around it in common, is one claim however the rest is worded.
            rare = self.df.get(f"={kind}={m.a.value.bound}{m.a.value.value}", 0) <= RARE_VALUE
            if rare and kind in ("tally", "money") and len(said_alike(a, m, b)) >= 2:
                same = True
                continue
            # A day said as the time of the claim's own act ("voted on Nov. 19"),
            # not as the label of an event it mentions ("the June 7 primary").
            own_day = kind == "date" and not (m.a.label or m.b.label)
            if rare and own_day and len(m.common - m.a.names) >= 3:
                same = True
                continue
            tally = kind == "tally" or own_day
            named = (_specific(kind) or kind == "year") and bool(a.names & b.names)
            if not (rare or tally or named) or m.share < SPECIFIC_SHARE:
                continue  # nothing below can find them the same: not weighed
            jaccard = self._jaccard(m.a.words, m.b.words)
            close = m.share >= SAME_SHARE and jaccard >= SAME_JACCARD
            # So is a rare count or share with more words and wording in common.
            if rare and close and kind != "date" and len(m.common - m.a.names) >= 3:
                if cosine() >= SPECIFIC_COSINE:
                    same = True
                    continue
            if tally:
                same = jaccard >= SPECIFIC_JACCARD and cosine() >= SPECIFIC_COSINE
            elif _specific(kind) or kind == "year":
                # A figure said of nobody named ("the margin of error is 3
                # points") recurs by chance; so does a day or a year. Said
                # of one person or place, it joins two sentences only when
                # they say something alike of it besides whom it concerns.
                same = close and named and bool(said_alike(a, m, b)) and cosine() >= SAME_COSINE
                if kind == "year":
                    same = same and m.share >= YEAR_SHARE and cosine() >= YEAR_COSINE
        if trace is not None:
            note(trace, f"same claim: {same}")
        return same

    def _near_duplicate(self, a: FactSig, b: FactSig) -> bool:
        """Whether two sentences say the same thing in nearly the same words.
        Said of nobody named, they must be nearly word for word: boilerplate
        ("the margin of error is 3 points") recurs about different things."""
        jaccard = self._jaccard(a.feats, b.feats)
        named = bool(a.names & b.all_names) and SOMEONE not in a.names & b.names
        return jaccard >= (NEAR_DUPLICATE if named else NAMELESS_DUPLICATE)


Trace = list[str] | None


class Lazy:
    """A value worked out when first read (`lazy()`), then kept."""

    __slots__ = ("_get", "_value")

    def __init__(self, get: Callable[[], float]) -> None:
        self._get, self._value = get, None

    def __call__(self) -> float:
        if self._value is None:
            self._value = self._get()
        return self._value


def note(trace: Trace, text: str) -> None:
    """Record a rule's verdict when tracing (always returns None)."""
    if trace is not None:
        trace.append(text)
