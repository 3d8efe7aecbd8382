"""Finding the same quote or claim across sources, and claims that disagree.

An in-memory index over the library's items that grows one item at a time:
`GroupIndex.add(item)` compares the new item only with the items that share
a rare key with it (blocking), never with every other item, and reports

- "same" edges: the same quote (verbatim, other quote marks or punctuation,
  or one contained in the other), or the same factual claim in other words;
- "conflict" edges: two claims about the same thing whose values of the same
  kind differ (a year, a date, a tally, an amount, a count, the person holding
  a one-holder title: "Gov. Jerry Brown" / "Gov. Gavin Newsom").

The rules, and why they look the way they do:

* Quotes are compared as word sequences (case, quote marks, punctuation
  dropped). One is "the same" as another when it is contained in it and is
  at least `MIN_QUOTE_WORDS` long, so an excerpt, or each half of a quote
  split by "she said", joins the whole statement.
* A claim's values are what can be checked. A value's *context* is the
  content words just before and after it; two values are about the same thing
  when their contexts share words that are not names and not too common
  (names tell who, not what: "Mayor Karen Bass announced ... Nov. 13" and
  "... Nov. 19 and will now move to Mayor Karen Bass" are two events).
* Same claim: a shared value whose contexts agree (how strongly depends on
  how telling the value is: a 13-0 tally is rare, a year is not), or nearly
  the same sentence.
* Conflict: values of one kind that differ, neither claim also stating the
  other's value, with contexts that agree as strongly as for a year match.
* Names are stricter, because people in one title change over time and the
  same title is held in many places: a name conflict needs a shared telling
  word pair around both names, and no year or date on which the two claims
  differ (Brown signing one bill in 2017 and Newsom another in 2019 is two
  events). A shared name never makes two claims the same claim: one mayor
  says many things.
"""

from __future__ import annotations

import math
import zlib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from app.core.claims import Token, Value, claim_parts, words

MIN_QUOTE_WORDS = 4  # a shorter excerpt is too common to tie two quotes together
SHINGLE = 4  # words per quote shingle
CONTEXT = 6  # content words each side of a value
POSTING_CAP = 100  # keys carried by more items than this are too common to block on
SKETCH = 8  # word-pair hashes kept per claim for near-duplicate lookup
SKETCH_MATCH = 2  # sketch hashes two claims must share to be compared as near duplicates
SKETCH_COMMON = 0.01  # word pairs in more than this share of claims stay out of sketches
NEAR_DUPLICATE = 0.5  # weighted cosine of two sentences that say the same thing

# How telling a shared value is: tallies, amounts and full dates rarely recur
# by chance; a day of the month or a count sometimes; a bare year often.
_SPECIFIC_KINDS = {"tally", "money", "percent"}
_TIME_KINDS = ("year", "date")


def _is_name(kind: str) -> bool:
    return kind.startswith("name:")


@dataclass
class QuoteSig:
    source_id: int
    norm: str  # " w1 w2 ... " for containment tests
    length: int
    shingles: list[int]


@dataclass(slots=True)
class ValueContext:
    value: Value
    feats: frozenset[str]  # stems and stem pairs around the value
    common: frozenset[str]  # the part of feats not written as names
    surface: dict[str, str]  # stem -> a word as written, for labels
    # `common` split in stems and pairs, so a comparison counts them without
    # testing each feature for a space.
    common_stems: frozenset[str] = frozenset()
    common_pairs: frozenset[str] = frozenset()
    # For a name value: the stem of the word right after the name, usually
    # what the person did ("signed", "opposed"); "" when none or a name.
    action: str = ""


@dataclass(slots=True)
class FactSig:
    source_id: int
    values: list[ValueContext]
    feats: frozenset[str]  # the whole sentence's stems and stem pairs
    sketch: list[int]
    names: frozenset[str]  # stems of the words written as names
    # The same, without the titles and names of name values: for name
    # conflicts, whose names differ by definition.
    other_names: frozenset[str]
    # (kind, value) of each value, and the kinds alone: computed once here
    # rather than in each of the many comparisons a claim takes part in.
    vals: frozenset[tuple[str, str]] = frozenset()
    kinds: frozenset[str] = frozenset()


class Agreement:
    """What two value contexts share: non-name stems (all, and only the
    telling ones), whether a telling word pair, and (computed only when a
    rule asks) the weighted overlap of the two contexts."""

    def __init__(self, common: int, stems: int, pair: bool, overlap_of: Callable[[], float]):
        self.common, self.stems, self.pair = common, stems, pair
        self._overlap_of = overlap_of

    @cached_property
    def overlap(self) -> float:
        return self._overlap_of()


@dataclass
class Edge:
    a: int
    b: int
    relation: str  # "same" or "conflict"
    kind: str = ""  # value kind of a conflict
    values: tuple[str, str] = ("", "")
    subject: str = ""


def _hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def quote_signature(source_id: int, text: str) -> QuoteSig:
    toks = words(text)
    if len(toks) < SHINGLE:
        shingles = [_hash(" ".join(toks))] if toks else []
    else:
        shingles = sorted(
            {_hash(" ".join(toks[i : i + SHINGLE])) for i in range(len(toks) - SHINGLE + 1)}
        )
    return QuoteSig(source_id, f" {' '.join(toks)} ", len(toks), shingles)


def _pairs(tokens: list[Token]) -> set[str]:
    return {f"{a.stem} {b.stem}" for a, b in zip(tokens, tokens[1:], strict=False)}


def _common_pairs(tokens: list[Token]) -> set[str]:
    return {
        f"{a.stem} {b.stem}"
        for a, b in zip(tokens, tokens[1:], strict=False)
        if not a.name and not b.name
    }


def fact_signature(source_id: int, text: str) -> FactSig:
    tokens, values = claim_parts(text)
    contexts = []
    if values:
        # Tokens are in text order and do not overlap, so both their starts
        # and their ends are sorted: the words around a value are a slice.
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
    for v in values:
        cut = bisect_right(ends, v.start)
        before = tokens[max(0, cut - CONTEXT) : cut]
        cut = bisect_left(starts, v.end)
        after = tokens[cut : cut + CONTEXT]
        around = before + after
        stems = {t.stem for t in around}
        feats = stems | _pairs(before) | _pairs(after)
        common_stems = frozenset(t.stem for t in around if not t.name)
        common_pairs = frozenset(_common_pairs(before) | _common_pairs(after))
        surface = {t.stem: t.word for t in around}
        action = after[0].stem if _is_name(v.kind) and after and not after[0].name else ""
        contexts.append(
            ValueContext(
                v,
                frozenset(feats),
                common_stems | common_pairs,
                surface,
                common_stems,
                common_pairs,
                action,
            )
        )
    feats = {t.stem for t in tokens} | _pairs(tokens)
    # Name values stay out of the sentence's features: the name's words are
    # already there, and a second copy would pull claims about one person together.
    feats |= {f"={v.kind}:{v.value}" for v in values if not _is_name(v.kind)}
    names = frozenset(t.stem for t in tokens if t.name)
    spans = [(v.start, v.end) for v in values if _is_name(v.kind)]
    other_names = (
        frozenset(
            t.stem
            for t in tokens
            if t.name and not any(a <= t.start and t.end <= b for a, b in spans)
        )
        if spans
        else names
    )
    vals = frozenset((v.kind, v.value) for v in values)
    kinds = frozenset(k for k, _ in vals)
    return FactSig(source_id, contexts, frozenset(feats), [], names, other_names, vals, kinds)


class UnionFind:
    """Disjoint sets that also keep each set's members (sets of one are implicit)."""

    def __init__(self) -> None:
        self.parent: dict = {}
        self.members: dict = {}

    def find(self, x):
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = min(ra, rb), max(ra, rb)
            self.parent[drop] = keep
            self.members.setdefault(keep, [keep]).extend(self.members.pop(drop, [drop]))

    def group(self, x) -> list:
        root = self.find(x)
        return self.members.get(root, [root])


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

    def add(self, item_id: int, source_id: int, kind: str, text: str) -> list[Edge]:
        """Index one item; return its edges to items indexed before it."""
        if kind == "quote":
            return self._add_quote(item_id, quote_signature(source_id, text))
        return self._add_fact(item_id, fact_signature(source_id, text))

    def _add_quote(self, item_id: int, sig: QuoteSig) -> list[Edge]:
        if sig.length >= 2:
            # A quote worded exactly like one indexed before matches what that
            # one matches (same_quote reads only the words), so one edge to it
            # groups it the same way. Comparing every repeat with every other
            # would be quadratic in a text that repeats one quote thousands of times.
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
    def _fact_keys(sig: FactSig) -> tuple[set[int], set[int]]:
        """Blocking keys of a claim: (value and a context word: where the same
        claim is found; value kind and a context word pair: where a claim
        about the same thing with another value is found)."""
        same, other = set(), set()
        for vc in sig.values:
            value = f"={vc.value.kind}:{vc.value.value}"
            if _is_name(vc.value.kind):
                # Only the conflict keys: a shared name is never the same claim.
                other.update(_hash(f"{vc.value.kind}|{f}") for f in vc.common_pairs)
                continue
            if vc.value.kind in _SPECIFIC_KINDS:
                same.add(_hash(value))
            for f in vc.common:
                if " " in f:
                    other.add(_hash(f"{vc.value.kind}|{f}"))
                else:
                    same.add(_hash(f"{value}|{f}"))
        return same, other

    def _lookup(self, keys, into: dict[int, None]) -> None:
        for key in keys:
            posting = self.fact_keys.get(key, ())
            if len(posting) <= POSTING_CAP:
                into.update(dict.fromkeys(posting))

    def _add_fact(self, item_id: int, sig: FactSig) -> list[Edge]:
        for f in sig.feats:
            self.df[f] += 1
        same_keys, other_keys = self._fact_keys(sig)
        candidates: dict[int, None] = {}
        self._lookup(same_keys, candidates)
        self._lookup(other_keys, candidates)
        limit = max(20, SKETCH_COMMON * len(self.facts))
        sig.sketch = sorted(
            _hash(f) for f in sig.feats if " " in f and f[0] != "=" and self.df[f] <= limit
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
            if osig.source_id == sig.source_id:
                continue
            edges.extend(self._compare_facts(other, osig, item_id, sig, other in near))
        for key in (*same_keys, *other_keys, *sig.sketch):
            posting = self.fact_keys[key]
            if len(posting) <= POSTING_CAP:  # past the cap the key is never read again
                posting.append(item_id)
        self.facts[item_id] = sig
        return edges

    # -- comparing ------------------------------------------------------------

    def _telling_limit(self) -> float:
        """How many claims a feature may be in and still say what one is about."""
        return max(3, min(0.1 * (len(self.facts) + 1), POSTING_CAP))

    def _telling(self, feats: frozenset[str]) -> set[str]:
        """Features rare enough to say what a claim is about."""
        limit = self._telling_limit()
        return {f for f in feats if self.df.get(f, 0) <= limit}

    def _overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted share of the smaller feature set found in the other."""
        log_n, df = math.log(len(self.facts) + 2), self.df
        weight = {f: log_n - math.log(df.get(f, 0) + 1) for f in a | b}
        num = sum(weight[f] for f in a & b)
        den = min(sum(weight[f] for f in a), sum(weight[f] for f in b))
        return num / den if den > 0 else 0.0

    def _cosine(self, a: frozenset[str], b: frozenset[str]) -> float:
        both = a & b
        if not both:
            return 0.0
        log_n, df = math.log(len(self.facts) + 2), self.df
        weight = {f: (log_n - math.log(df.get(f, 0) + 1)) ** 2 for f in a | b}
        num = sum(weight[f] for f in both)
        den = math.sqrt(sum(weight[f] for f in a) * sum(weight[f] for f in b))
        return num / den if den > 0 else 0.0

    def _compare_facts(
        self, a_id: int, a: FactSig, b_id: int, b: FactSig, near: bool
    ) -> list[Edge]:
        a_vals, b_vals = a.vals, b.vals
        same = False
        conflicts: list[Edge] = []
        if a.kinds & b.kinds:
            shared_kinds = len({k for k, _ in a_vals & b_vals if not _is_name(k)})
            # Two claims naming different people, places or bodies (and none in
            # common) are about different things, however alike their wording.
            strangers = bool(a.names and b.names and not a.names & b.names)
            # For names, the people compared are left out of that test.
            name_strangers = bool(
                a.other_names and b.other_names and not a.other_names & b.other_names
            )
            # Claims that state different years or dates are about different events.
            other_times = any(
                kind in a.kinds
                and kind in b.kinds
                and not {v for k, v in a_vals if k == kind} & {v for k, v in b_vals if k == kind}
                for kind in _TIME_KINDS
            )
            limit = self._telling_limit()
            df = self.df
            for va in a.values:
                kind = va.value.kind
                if kind not in b.kinds:
                    continue
                for vb in b.values:
                    if kind != vb.value.kind:
                        continue
                    common_stems = va.common_stems & vb.common_stems
                    common_pairs = va.common_pairs & vb.common_pairs
                    if not common_stems and not common_pairs:
                        continue  # no shared context: neither the same claim nor a conflict
                    equal = va.value.value == vb.value.value
                    if _is_name(kind):
                        if equal or other_times or name_strangers:
                            continue
                        if (kind, vb.value.value) in a_vals or (kind, va.value.value) in b_vals:
                            continue
                        if not any(df.get(f, 0) <= limit for f in common_pairs):
                            continue  # names need a shared telling word pair
                        if (
                            va.action
                            and vb.action
                            and va.action not in b.feats
                            and vb.action not in a.feats
                        ):
                            continue  # "Garcetti opposed" / "Bass backed": two acts
                    elif equal and same:
                        continue  # already the same claim; a second match adds nothing
                    elif not equal and (
                        (kind, vb.value.value) in a_vals
                        or (kind, va.value.value) in b_vals
                        or strangers
                    ):
                        continue
                    agree = Agreement(
                        common=len(common_stems),
                        stems=sum(df.get(f, 0) <= limit for f in common_stems),
                        pair=any(df.get(f, 0) <= limit for f in common_pairs),
                        overlap_of=lambda va=va, vb=vb: self._overlap(va.feats, vb.feats),
                    )
                    if equal:
                        same = _same_claim(kind, agree, shared_kinds)
                    elif _same_subject(agree):
                        subject = _subject(va, vb, self._telling(common_stems | common_pairs))
                        conflicts.append(
                            Edge(
                                a_id,
                                b_id,
                                "conflict",
                                kind,
                                (va.value.value, vb.value.value),
                                subject,
                            )
                        )
        if not same and near and self._cosine(a.feats, b.feats) >= NEAR_DUPLICATE:
            same = True
        edges = [Edge(a_id, b_id, "same")] if same else []
        seen = set()
        for e in conflicts:  # one edge per kind and pair of values
            key = (e.kind, e.values)
            if key not in seen:
                seen.add(key)
                edges.append(e)
        return edges


def same_quote(a: QuoteSig, b: QuoteSig) -> bool:
    """One quote is the other, or an excerpt of it, up to quote marks and punctuation."""
    short, long = (a, b) if a.length <= b.length else (b, a)
    if short.length == 0:
        return False
    if short.norm == long.norm:
        return short.length >= 2
    return short.length >= MIN_QUOTE_WORDS and short.norm in long.norm


def _same_claim(kind: str, agree: Agreement, shared_kinds: int) -> bool:
    """Whether one shared value, with this much context agreement, is one claim."""
    if agree.common == 0:
        return False
    if kind in _SPECIFIC_KINDS or shared_kinds >= 2:
        return True
    if kind == "year":
        return agree.overlap >= 0.4 and (agree.pair or agree.stems >= 2)
    return agree.pair or agree.common >= 2


def _same_subject(agree: Agreement) -> bool:
    """Whether two differing values are said about the same thing."""
    return agree.pair or (agree.stems >= 2 and agree.overlap >= 0.3)


def _subject(a: ValueContext, b: ValueContext, shared: set[str]) -> str:
    """A few words naming what two values are about, as written."""
    pairs = sorted(f for f in shared if " " in f)
    chosen = pairs[0].split() if pairs else sorted(shared)[:2]
    surface = {**b.surface, **a.surface}
    return " ".join(surface.get(s, s) for s in chosen)
