"""Finding the same quote or claim across sources, and claims that disagree.

An index over the library's items that grows one item at a time:
`GroupIndex.add(item)` compares the new item only with the items that share
a rare key with it (blocking), never with every other item, and reports

- "same" edges: the same quote (verbatim, other quote marks or punctuation,
  or one contained in the other), or the same claim in other words;
- "conflict" edges: two claims about the same thing whose values differ.

The rules, and why they look the way they do (precision first: a careful
reader stops trusting the app at the first absurd flag):

* Quotes are compared as word sequences. One is "the same" as another when it
  is contained in it and is at least `MIN_QUOTE_WORDS` long (claims.same_quote).
* Two values are about the same thing (`_about_same`) only when they are of
  the same kind and unit ("40 homes" and "40 cars" are not), their clauses
  name no different people, places or bodies, their sentences place them at
  no different times, and the words around them share most of their weight
  (the measure and its subject: "raised ... from small donors"). A year
  written as a label ("the 2010 midterms", "his 2008 bid") names which thing
  is meant, so it is not one side of a disagreement unless the thing is
  pinned down (below).
* Same claim: every value the two sentences both state agrees, at least one
  telling value is about the same thing, and the sentences share enough of
  their weight; or the sentences are nearly the same with no differing value.
  Sharing a number, a name or a topic is not enough.
* Conflict: a value about the same thing that does not agree (their ranges do
  not meet, so "nearly $1 billion" and "$916 million" agree), neither said as
  a change ("rose from 4.9 to 5 percent"), neither sentence also stating the
  other's value, with the contexts agreeing more strongly than for a same
  claim, and the figures not said of two different subjects ("Ana Roe won
  52 percent" / "Tom Wells won 45 percent").
* Pinned down (rules.pinned_down): two words around both figures that few
  claims of the library use ("pages of ... correspondence", "immunity ... gun
  manufacturers"). Then one report may name more than the other ("in
  Florida's primary" / "in the primary"), word the rest of its sentence
  otherwise, or label the figure's year ("her 2005 vote"). Shares are never
  relaxed so: they differ from poll to poll about one named thing.
* Names in one-holder roles disagree only about the same act: a shared telling
  word pair around both, the same action word after the name when both have one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from app.core.corroborate.claims import (
    SOMEONE,
    FactSig,
    QuoteSig,
    ValueContext,
    fact_signature,
    hash_key,
    quote_signature,
    same_quote,
)
from app.core.corroborate.quantities import agree, same_value
from app.core.corroborate.rules import (
    contrasting,
    durations,
    other_figures_agree,
    other_subjects,
    own_time,
    pinned_down,
    same_figures,
    same_times,
    times_comparable,
)

POSTING_CAP = 100  # keys carried by more items than this are too common to block on
SKETCH = 8  # word-pair hashes kept per claim for near-duplicate lookup
SKETCH_MATCH = 2  # sketch hashes two claims must share to be compared as near duplicates
SKETCH_COMMON = 0.01  # word pairs in more than this share of claims stay out of sketches

NEAR_DUPLICATE = 0.5  # weighted Jaccard of two sentences that say the same thing
NAMELESS_DUPLICATE = 0.8  # the same for two sentences naming nobody
SAME_SHARE = 0.5  # weighted share of a value's context the other's context holds
SAME_JACCARD = 0.3  # and weighted Jaccard of the two contexts (neither adds much)
SAME_COSINE = 0.3  # and weighted cosine of the whole sentences
# A tally, an amount or a day shared by two claims rarely recurs by chance:
# looser wording suffices.
SPECIFIC_SHARE, SPECIFIC_JACCARD, SPECIFIC_COSINE = 0.4, 0.25, 0.2
RARE_VALUE = 5  # claims of the library a figure may be in and still tie two of them
CONFLICT_SHARE = 0.6
CONFLICT_COSINE = 0.35
CONFLICT_COMMON = 3  # context words two values in conflict must share
# Two claims placed at no stated time may be of different days (a running
# count, a poll): they disagree only when they are nearly the same sentence.
UNANCHORED_COSINE = 0.5
YEAR_COSINE = 0.45  # a bare year recurs by chance: its sentences must be closer
PINNED_COSINE = 0.1  # how alike the rest of two such sentences must at least be
# Two sentences this alike outside their names and figures say the same
# thing of the same subject, however common the names they give.
NEAR_SAME = 0.6

_SMOOTHING = 1000

# Values that rarely recur by chance: one shared, about the same thing, ties two claims.
_SPECIFIC = ("money", "percent", "tally", "date", "count:")


def _is_name(kind: str) -> bool:
    return kind.startswith("name:")


def _specific(kind: str) -> bool:
    return kind.startswith(_SPECIFIC)


@dataclass
class Edge:
    a: int
    b: int
    relation: str  # "same" or "conflict"
    kind: str = ""  # value kind of a conflict
    values: tuple[str, str] = ("", "")
    subject: str = ""
    # A conflict found on a telling term alone: it counts only between
    # sources that cover one story (they share a quote or claim).
    loose: bool = False


@dataclass
class Match:
    """Two values found to be about the same thing, and how strongly."""

    a: ValueContext
    b: ValueContext
    share: float  # weighted share of the smaller context found in the other
    common: frozenset[str]  # context words both have
    contained: bool = True  # each clause's names are given by the other sentence
    # One clause's names are all given by the other sentence: one report
    # says more of the same thing ("in Florida's primary" / "in the primary").
    covered: bool = True


@dataclass
class GroupIndex:
    """Every indexed item's signature and the blocking keys that find it."""

    quotes: dict[int, QuoteSig] = field(default_factory=dict)
    facts: dict[int, FactSig] = field(default_factory=dict)
    quote_keys: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    fact_keys: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    df: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # The first quote seen with each exact wording: a repeat links to it alone.
    exact_quotes: dict[str, int] = field(default_factory=dict)

    def __contains__(self, item_id: int) -> bool:
        return item_id in self.quotes or item_id in self.facts

    # -- adding ---------------------------------------------------------------

    def add(
        self, item_id: int, source_id: int, kind: str, text: str, when=None, proper=None
    ) -> list[Edge]:
        """Index one item; return its edges to items indexed before it.
        `when` is the source's date (a `datetime.date`), if known, and
        `proper` the words the source uses as names (see fact_signature)."""
        if kind == "quote":
            return self._add_quote(item_id, quote_signature(source_id, text))
        return self._add_fact(item_id, fact_signature(source_id, text, when, proper))

    def _add_quote(self, item_id: int, sig: QuoteSig) -> list[Edge]:
        if sig.length >= 2:
            # A quote worded exactly like one indexed before matches what that
            # one matches (same_quote reads only the words), so one edge to it
            # groups it the same way, and a text repeating one quote thousands
            # of times is not compared thousands of times over.
            first = self.exact_quotes.setdefault(sig.norm, item_id)
            if first != item_id:
                self.quotes[item_id] = sig
                return [Edge(first, item_id, "same")]
        edges = []
        if sig.shingles:
            postings = [self.quote_keys.get(h, ()) for h in sig.shingles]
            usable = [p for p in postings if len(p) <= POSTING_CAP] or [min(postings, key=len)]
            seen = set()
            for posting in usable:
                for other in posting:
                    if other in seen:
                        continue
                    seen.add(other)
                    if same_quote(sig, self.quotes[other]):
                        edges.append(Edge(other, item_id, "same"))
            for h in sig.shingles:
                self.quote_keys[h].append(item_id)
        self.quotes[item_id] = sig
        return edges

    @staticmethod
    def _fact_keys(sig: FactSig) -> set[int]:
        """Blocking keys of a claim: each value with each word around it
        (where the same claim is found) and each value's kind with each
        pair of words around it (where a claim about the same thing with
        another value is found)."""
        keys = set()
        for vc in sig.values:
            kind = vc.value.kind
            if not _is_name(kind):
                figure = f"{kind}={vc.value.value}"
                keys.update(hash_key(f"{figure}|{w}") for w in vc.words)
            keys.update(hash_key(f"{kind}|{p}") for p in vc.pairs)
        return keys

    def _add_fact(self, item_id: int, sig: FactSig) -> list[Edge]:
        for f in sig.feats:
            self.df[f] += 1
        # Weights are read many times while one claim is compared: the
        # library's size is fixed meanwhile, and each feature's weight is kept.
        self._log_n = math.log(len(self.facts) + _SMOOTHING)
        self._weights = {}
        keys = self._fact_keys(sig)
        candidates: dict[int, None] = {}
        for key in keys:
            posting = self.fact_keys.get(key, ())
            if len(posting) <= POSTING_CAP:
                candidates.update(dict.fromkeys(posting))
        limit = max(20, SKETCH_COMMON * len(self.facts))
        sig.sketch = sorted(
            hash_key(f) for f in sig.feats if " " in f and f[0] != "=" and self.df[f] <= limit
        )[:SKETCH]
        shared: dict[int, int] = defaultdict(int)
        for key in sig.sketch:
            posting = self.fact_keys.get(key, ())
            if len(posting) <= POSTING_CAP:
                for other in posting:
                    shared[other] += 1
        near = {other for other, n in shared.items() if n >= SKETCH_MATCH}
        edges = []
        for other in candidates.keys() | near:
            osig = self.facts[other]
            if osig.source_id != sig.source_id:
                edges.extend(self._compare_facts(other, osig, item_id, sig, other in near))
        for key in (*keys, *sig.sketch):
            posting = self.fact_keys[key]
            if len(posting) <= POSTING_CAP:  # past the cap the key is never read again
                posting.append(item_id)
        self.facts[item_id] = sig
        return edges

    # -- weighing -------------------------------------------------------------

    _log_n: float = 0.0
    _weights: dict | None = None

    def _weight(self, feature: str) -> float:
        """How telling a feature is: rare ones weigh more (inverse document frequency)."""
        found = self._weights.get(feature) if self._weights is not None else None
        if found is None:
            # Smoothed: in a small library every word is rare, and raw inverse
            # frequencies would weigh chance differences like telling ones.
            log_n = self._log_n or math.log(len(self.facts) + _SMOOTHING)
            found = log_n - math.log(self.df.get(feature, 0) + 1)
            if self._weights is not None:
                self._weights[feature] = found
        return found

    def _sum(self, features) -> float:
        weight = self._weight
        return sum(weight(f) for f in features)

    def _share(self, a: frozenset[str], b: frozenset[str]) -> tuple[float, frozenset[str]]:
        common = a & b
        if not common:
            return 0.0, common
        den = min(self._sum(a), self._sum(b))
        return (self._sum(common) / den if den > 0 else 0.0), common

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
        weight = self._weight
        num = sum(weight(f) ** 2 for f in both)
        den = math.sqrt(sum(weight(f) ** 2 for f in a) * sum(weight(f) ** 2 for f in b))
        return num / den if den > 0 else 0.0

    # -- comparing ------------------------------------------------------------

    def _about_same(self, a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext):
        """A `Match` when two values of one kind are about the same thing, else None."""
        # Different people, places or bodies in the two clauses: two subjects.
        ca, cb = va.clause_names, vb.clause_names
        if ca and cb and not (ca & b.all_names or cb & a.all_names):
            return None
        # What one clause names, the other sentence must name too ("the
        # Varn party's nomination" is not "the nomination"); only a loose year
        # conflict, within one story, may do with names in common (see Edge.loose).
        a_in_b, b_in_a = va.names <= b.all_names, vb.names <= a.all_names
        if not (a_in_b or b_in_a) and va.value.kind != "year":
            return None
        common = va.words & vb.words
        # Most candidates share a word or two of many: weigh only those that may match.
        if len(common) < 2 or len(common) * 5 < min(len(va.words), len(vb.words)):
            return None
        # Relative times of undated sources ("r:tuesday") tell nothing here;
        # a conflict is refused on them separately.
        ta = {t for t in va.times - own_time(va) if t[0] != "r"}
        tb = {t for t in vb.times - own_time(vb) if t[0] != "r"}
        if ta and tb and not (ta <= tb or tb <= ta):
            return None  # said of different times
        share, common = self._share(va.words, vb.words)
        if len(common) < 2:
            return None
        return Match(va, vb, share, common, a_in_b and b_in_a, a_in_b or b_in_a)

    def _compare_facts(
        self, a_id: int, a: FactSig, b_id: int, b: FactSig, near: bool = True
    ) -> list[Edge]:
        """Edges between two claims; `near` when they share rare word pairs
        (only then can they be the same sentence reworded)."""
        if a.names and b.names and not (a.names & b.all_names or b.names & a.all_names):
            return []  # about different people, places or bodies altogether
        cosine = core = None
        matches: list[Match] = []
        for va in a.values:
            kind = va.value.kind
            best, best_key = None, (False, 0.0)
            for vb in b.values:
                if vb.value.kind != kind:
                    continue
                if any(o is not va and same_value(o.value, vb.value) for o in a.values):
                    continue  # stated by another figure of this claim
                m = self._about_same(a, va, b, vb)
                if m is None:
                    continue
                # The same figure, if the other states it, is its counterpart.
                key = (same_value(va.value, vb.value), m.share)
                if best is None or key > best_key:
                    best, best_key = m, key
            if best is not None:
                matches.append(best)
        agreeing = [m for m in matches if same_value(m.a.value, m.b.value)]
        differing = [m for m in matches if not agree(m.a.value, m.b.value)]
        conflicts = []
        if sum(m.share >= SAME_SHARE for m in differing) > 1:
            differing = []  # two figures differ: two different things, not one disagreement
        for m in differing:
            kind = m.a.value.kind
            if not other_figures_agree(a, b, kind):
                continue  # another figure differs too: two different things
            # When a thing happened: the thing is named by a telling term
            # next to both years ("sanctuary state", "deposit law").
            telling = kind == "year" and any(
                self.df.get(p, 0) <= self._telling_limit() for p in m.a.pairs & m.b.pairs
            )
            # What both figures are said of is named by words few claims use
            # ("pages of correspondence", "gun manufacturers' immunity").
            pinned = m.covered and pinned_down(
                m.a, m.b, m.common - a.all_names - b.all_names, self.df, len(self.facts) + 1
            )
            # A name one report gives and the other does not may be another
            # subject ("Ana Roe won 38 percent" / "won 52 percent"), unless
            # what is measured is pinned down.
            strong = (m.contained or pinned) and len(m.common) >= CONFLICT_COMMON
            strong = strong and (m.share >= CONFLICT_SHARE or pinned and m.share >= SAME_SHARE)
            if not (strong or telling):
                continue
            if not m.contained and contrasting(a, m.a, b, m.b):
                continue  # each names someone the other does not: two subjects
            if other_subjects(a, m.a, b, m.b):
                continue  # "Ana Roe won 52 percent" / "Tom Wells won 45 percent"
            if not self._may_differ(a, m, b, pinned):
                continue
            if core is None:
                core = self._cosine(a.core, b.core)
            # A year or a day pinned to one thing is itself the time of what it
            # dates: another time one sentence gives is that of the report's own event.
            timed = kind in ("year", "date") and pinned and strong
            if not timed and not times_comparable(
                m.a.times - own_time(m.a), m.b.times - own_time(m.b)
            ):
                continue
            ta = {t for t in m.a.times - own_time(m.a) if t[0] != "r"}
            tb = {t for t in m.b.times - own_time(m.b) if t[0] != "r"}
            anchored = kind in ("year", "date") or bool(ta and tb)
            need = CONFLICT_COSINE if anchored else UNANCHORED_COSINE
            if pinned and strong and kind != "percent":
                # The rest of two sentences pinned to one thing may say other
                # things; not so for shares, which differ from poll to poll
                # and question to question about one named thing.
                need = PINNED_COSINE
            loose = telling and (not strong or core < need)
            if loose and contrasting(a, m.a, b, m.b):
                continue  # each names someone the other does not: two subjects
            if loose:
                need = 0.0
            elif kind != "year" and not (core >= NEAR_SAME or pinned or self._identified(m)):
                continue
            if core >= need:
                conflicts.append(
                    Edge(
                        a_id,
                        b_id,
                        "conflict",
                        m.a.value.kind,
                        (m.a.value.value, m.b.value.value),
                        _subject(m),
                        loose,
                    )
                )
        if conflicts or any(m.share >= SAME_SHARE for m in differing):
            return conflicts  # a claim that differs in a value is not the same claim
        if not same_figures(a, b):
            return []  # each states a figure the other does not: two claims
        same = near and same_times(a, b) and self._near_duplicate(a, b)
        for m in agreeing:
            if same:
                break
            kind = m.a.value.kind
            if not m.contained or _is_name(kind):
                continue  # one person says many things
            # A tally or an amount few claims of the library state, with words
            # around it in common, is one claim however the rest is worded.
            rare = self.df.get(f"={kind}={m.a.value.bound}{m.a.value.value}", 0) <= RARE_VALUE
            if rare and kind in ("tally", "money") and len(m.common - m.a.names) >= 2:
                same = True
                continue
            # A day said as the time of the claim's own act ("voted on Nov. 19"),
            # not as the label of an event it mentions ("the June 7 primary").
            own_day = kind == "date" and not (m.a.label or m.b.label)
            if rare and own_day and len(m.common - m.a.names) >= 3:
                same = True
                continue
            if m.share < SPECIFIC_SHARE:
                continue
            if cosine is None:
                cosine = self._cosine(a.feats, b.feats)
            jaccard = self._jaccard(m.a.words, m.b.words)
            if durations(kind):
                continue  # "for two decades", "over six weeks": a time frame, not a claim
            close = m.share >= SAME_SHARE and jaccard >= SAME_JACCARD
            # So is a rare count or share with more words and wording in common.
            if rare and close and kind != "date" and len(m.common - m.a.names) >= 3:
                if cosine >= SPECIFIC_COSINE:
                    same = True
                    continue
            close = close and cosine >= SAME_COSINE
            if kind == "tally" or own_day:
                same = jaccard >= SPECIFIC_JACCARD and cosine >= SPECIFIC_COSINE
            elif _specific(kind) or kind == "year":
                # A figure said of nobody named ("the margin of error is 3
                # points") recurs by chance; so does a day or a year.
                same = close and bool(a.names & b.names)
                if kind == "year":
                    same = same and m.share >= CONFLICT_SHARE and cosine >= YEAR_COSINE
        return [Edge(a_id, b_id, "same")] if same else []

    def _may_differ(self, a: FactSig, m: Match, b: FactSig, pinned: bool = False) -> bool:
        """Whether two values about the same thing that do not agree are a
        disagreement, not a change, a comparison or a label (`pinned`: the
        thing is named by telling words, so a year labelling it is its year)."""
        va, vb = m.a.value, m.b.value
        # A change is no level to disagree on, unless both figures are said
        # with the same words ("compared with 33 percent last month").
        same_cue = va.cue and va.cue == vb.cue and va.kind != "count:point"
        if (va.change or vb.change) and not same_cue:
            return False
        # A sentence stating the other's value too is not in conflict with it.
        if any(agree(v.value, vb) for v in a.values if v.value.kind == vb.kind):
            return False
        if any(agree(v.value, va) for v in b.values if v.value.kind == va.kind):
            return False
        if va.kind == "year" and (m.a.label or m.b.label) and not pinned:
            return False  # "lost the 2010 race" / "the 2014 race": two races
        # A running figure ("now has") holds at its source's date only.
        if (m.a.running or m.b.running) and (m.a.running != m.b.running or m.a.running == "?"):
            return False
        if _is_name(va.kind):
            if a.times != b.times:
                return False  # one role, different times: different holders
            if not any(self.df.get(p, 0) <= self._telling_limit() for p in m.a.pairs & m.b.pairs):
                return False  # names need a shared telling word pair
            if m.a.action and m.b.action and m.a.action != m.b.action:
                return False  # "X opposed" / "Y backed": two acts
        return True

    def _near_duplicate(self, a: FactSig, b: FactSig) -> bool:
        """Whether two sentences say the same thing in nearly the same words.
        Said of nobody named, they must be nearly word for word: boilerplate
        ("the margin of error is 3 points") recurs about different things."""
        jaccard = self._jaccard(a.feats, b.feats)
        named = bool(a.names & b.all_names) and SOMEONE not in a.names & b.names
        return jaccard >= (NEAR_DUPLICATE if named else NAMELESS_DUPLICATE)

    def _identified(self, m: Match) -> bool:
        """Whether what two figures are said of is pinned down: a person,
        place or body named by both that is rare enough to tell (a party or
        a pronoun is not), or, when neither names anyone, a context so alike
        that only one thing fits."""
        limit = self._telling_limit()
        shared = m.a.names & m.b.names
        if any(self.df.get(n, 0) <= limit for n in shared if n != SOMEONE):
            return True
        if m.a.names or m.b.names:
            return False
        return len(m.common) >= 4 and m.share >= 0.7

    def _telling_limit(self) -> float:
        """How many claims a feature may be in and still say what one is about."""
        return max(3, min(0.1 * (len(self.facts) + 1), POSTING_CAP))


def _subject(m: Match) -> str:
    """A few words naming what two values are about, as written."""
    surface = {**m.b.surface, **m.a.surface}
    order = [w for w in m.a.surface if w in m.common]
    return " ".join(surface.get(w, w) for w in order[:4])
