"""Finding the same quote or claim across sources, and claims that disagree.

An index over the library's items that grows one item at a time:
`GroupIndex.add(item)` compares the new item only with the items that share
a rare key with it (blocking), never with every other item, and reports

- "same" edges: the same quote (verbatim, other quote marks or punctuation,
  or one contained in the other), or the same claim in other words;
- "conflict" edges: two claims about the same thing whose values differ
  (the rules that decide are in judging.py).
"""

from __future__ import annotations

import math
from collections import _count_elements, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, repeat

from app.core.corroborate import short_wordings
from app.core.corroborate.amounts import amount_keys
from app.core.corroborate.claims import (
    FactSig,
    QuoteSig,
    fact_signature,
    hash_keys,
    quote_signature,
    same_quote,
)
from app.core.corroborate.contests import mark_keys
from app.core.corroborate.judging import ClaimJudge, Edge, is_name
from app.core.corroborate.rules import Probe, figure_probe, probes_may_match, vote_keys
from app.core.corroborate.short_wordings import SHORT_WORDING
from app.core.corroborate.weights import POSTING_CAP, SMOOTHING

__all__ = ["POSTING_CAP", "SHORT_WORDING", "Edge", "GroupIndex"]

SKETCH = 8  # word-pair hashes kept per claim for near-duplicate lookup
# Claims whose sketches share two hashes or more (`_in_two`) are compared as near duplicates.
SKETCH_COMMON = 0.01  # word pairs in more than this share of claims stay out of sketches


_TWICE = (2).__le__  # a count of two or more
# Whether a posting of this length is worth reading: it holds an id and is
# not too common to block on (see _usable); tested in C.
_WORTH_READING = range(1, POSTING_CAP + 1).__contains__
_PAST_CAP = POSTING_CAP.__lt__  # a posting no longer appended to


def _usable(keys_map: dict[int, list[int]], keys: Iterable[int]) -> list[list[int]]:
    """The postings of `keys` that hold an id and are not too common to
    block on, in the keys' order. A key no claim had yet (about half of
    a claim's at 200,000 items) has none: its posting would add nothing
    to the candidates or to `_in_two`, which would only read it."""
    # Filtered in C (compress): a regroup looks up millions of keys.
    found = list(map(keys_map.get, keys, repeat(())))
    return list(compress(found, map(_WORTH_READING, map(len, found))))


def _in_two(postings: list[list[int]], distinct: bool) -> Iterable[int]:
    """The ids in two of `postings` or more, in the order they first come
    (as counting each in a dict, then keeping those counted twice, gives).
    `distinct`: no posting holds an id twice; then sets find them, at
    half the cost of counting (both in C): most ids are in one posting
    alone (98% at 200,000 items), and most postings meet no other."""
    if not distinct:
        sharing: dict[int, int] = {}
        _count_elements(sharing, chain.from_iterable(postings))
        return compress(sharing, map(_TWICE, sharing.values()))
    return _met_twice(postings)[0]


def _met_twice(postings: list[list[int]]) -> tuple[Iterable[int], set[int], Sequence[int]]:
    """`_in_two` of distinct postings, with what it read on the way: the ids
    of every posting but the longest, and the longest (so that whether an
    id is in any posting is told without reading them all again)."""
    if len(postings) < 2:
        return (), set(), postings[0] if postings else ()
    # Which ids are met twice does not depend on the order the postings
    # are read in: the next longest is read first (added, nothing to look
    # up) and the longest last (looked up, not added), so the longest two
    # are each read once.
    *rest, second, longest = sorted(postings, key=len)
    seen: set[int] = set(second)
    twice: set[int] = set()
    for posting in rest:
        found = seen.intersection(posting)
        if found:
            twice |= found
        seen.update(posting)
    found = seen.intersection(longest)
    if found:
        twice |= found
    if not twice:
        return (), seen, longest
    return dict.fromkeys(filter(twice.__contains__, chain.from_iterable(postings))), seen, longest


@dataclass
class GroupIndex(ClaimJudge):
    """Every indexed item's signature and the blocking keys that find it."""

    quotes: dict[int, QuoteSig] = field(default_factory=dict)
    facts: dict[int, FactSig] = field(default_factory=dict)
    quote_keys: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    fact_keys: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    df: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # The first quote seen with each exact wording: a repeat links to it alone.
    # A short wording's key names the speaker too (`exact_key`).
    exact_quotes: dict[str, int] = field(default_factory=dict)
    # The speaker entry of each indexed quote that has one, by item id (read
    # from the library's items when the index is built or opened): a short
    # wording joins two quotes only when they name one speaker, or one names
    # none (see `_may_join`). Kept in step by corroborate/respeaking.py.
    speakers: dict[int, int] = field(default_factory=dict)
    # The source being indexed and the figures its claims stated so far.
    _figures_of: tuple[int, set[str]] = field(default_factory=lambda: (-1, set()))
    # Each claim's source and figure_probe, by item id (see _add_fact).
    _probes: dict[int, tuple[int, Probe]] = field(default_factory=dict)
    # Whether no claim posting holds an id twice (it would if two of a
    # claim's keys had one hash): see `_in_two`. Tracked from an empty
    # index; a stored one's postings are not looked through (False).
    distinct_postings: bool = True
    # The claims holding each kind key whose posting is past the cap, by
    # key, kept while `distinct_postings` (see `_may_pass`): the posting
    # holds the first of them only.
    past_cap: dict[int, set[int]] = field(default_factory=dict)
    # The short wordings whose joins are to be decided (`resolve_short`).
    pending_short: set[int] = field(default_factory=set)
    # An item indexed with an id below this is compared only with those at
    # or above it (corroborate/wide.py: a fact only with figure claims, the
    # edges between two facts being the grouping's). 0: with every one.
    pair_floor: int = 0
    # The keys of the items at or above the floor, while tracked from an
    # empty index (None: not known): an item below it sharing none of them,
    # nor its sketch, has none to be compared with, and is only indexed.
    floor_keys: set[int] | None = None

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

    def add_signed(
        self,
        item_id: int,
        sig: QuoteSig | FactSig,
        counted: set[str] | None = None,
        known: list[Edge] | None = None,
    ) -> list[Edge]:
        """`add` for an item whose signature is built already (signing.py).
        `counted`: for a claim indexed again out of an import's order (after
        `take_out`), the figures its source is counted as stating so far
        (`df["#<figure>"]`): the claim's own are counted where new, and
        added to it. None: counted as an import's are, one source's claims
        after another. `known`: a claim's edges as its comparison found them
        in an earlier run of the same claims in the same order
        (wide_store.EdgeLog): it is indexed, not compared."""
        if isinstance(sig, QuoteSig):
            return self._add_quote(item_id, sig)
        return self._add_fact(item_id, sig, counted, known)

    # -- taking out and putting back ------------------------------------------

    def take_out(
        self,
        item_id: int,
        sig: QuoteSig | FactSig,
        deleted: bool = False,
        speakers: Iterable[int | None] | None = None,
    ) -> None:
        """Take an indexed item out of the postings and feature counts it was
        indexed with (`sig`): its indexing undone, but for the figures its
        source states (`uncount_figures`, per source). `add_signed` puts it
        back. `deleted`: the item is gone from the library, its signature
        and speaker go too. `speakers`: the speaker entries a quote may have
        been indexed under (by default the one `self.speakers` holds)."""
        if isinstance(sig, QuoteSig):
            was = {self.speakers.get(item_id)} if speakers is None else set(speakers)
            self._take_out_quote(item_id, sig, was)
            if deleted:
                self.speakers.pop(item_id, None)
                self.quotes.pop(item_id, None)
            return
        self._take_out_fact(item_id, sig)
        if deleted:  # a claim still there is given its new signature when put back
            self.facts.pop(item_id, None)
            self._probes.pop(item_id, None)

    def _take_out_quote(self, item_id: int, sig: QuoteSig, was: set[int | None]) -> None:
        """`_add_quote` in reverse, under each speaker of `was`. Quote
        postings are never capped: it goes from each."""
        for speaker in was:
            key = self.exact_key(sig, speaker)
            if sig.length >= 2 and self.exact_quotes.get(key) == item_id:
                self.exact_quotes.pop(key, None)
        quote_keys = self.quote_keys
        for h in sig.shingles:
            posting = quote_keys.get(h)
            if posting and item_id in posting:
                quote_keys[h] = [i for i in posting if i != item_id]

    def _take_out_fact(self, item_id: int, sig: FactSig) -> None:
        """`_add_fact` in reverse. A posting past the cap stays as it is:
        it is never read again, and one item fewer would make it read."""
        figure_keys, kind_keys = self._fact_keys(sig)
        # Its sketch was cut from these by the feature counts of the moment it
        # was indexed: every key it may have used is looked at.
        sketchable = hash_keys([f for f in sig.feats if " " in f and f[0] != "="])
        fact_keys = self.fact_keys
        for key in {*figure_keys, *kind_keys, *sketchable}:
            posting = fact_keys.get(key)
            if posting and len(posting) <= POSTING_CAP and item_id in posting:
                fact_keys[key] = [i for i in posting if i != item_id]
        df = self.df
        for feature in (*sig.feats, *sig.runs):
            df[feature] -= 1

    def uncount_figures(self, sigs: Iterable[FactSig]) -> None:
        """The sources of the claims `sigs` (all their claims, taken out) no
        longer count as stating those claims' figures (`df["#<figure>"]`)."""
        figures: dict[int, set[str]] = {}
        for sig in sigs:
            figures.setdefault(sig.source_id, set()).update(sig.numbers)
        df = self.df
        for numbers in figures.values():
            for figure in numbers:
                df[f"#{figure}"] -= 1

    def compare_claims(self, a: int, b: int) -> list[Edge]:
        """The edges between indexed claims `a` and `b` as indexing `b` after
        `a` judges them, whether or not they share a key (a "same" edge only
        where their wordings are alike enough without a near sketch)."""
        return self._compare_facts(a, self.facts[a], b, self.facts[b], near=False)

    @staticmethod
    def exact_key(sig: QuoteSig, speaker: int | None) -> str:
        """The key of `sig`'s wording in `exact_quotes`, given to `speaker`:
        the words, and for a short wording the speaker too (a repeat by
        another speaker is compared, not linked: the two may not join)."""
        if sig.length > SHORT_WORDING:
            return sig.norm
        return f"{sig.norm}@{'' if speaker is None else speaker}"

    def _may_join(self, a: int, sig_a: QuoteSig, b: int, sig_b: QuoteSig) -> bool:
        """Whether two quotes the same words may be one quote: one of
        more than `SHORT_WORDING` words always; a shorter one (a phrase
        many people say) only when both name one speaker, or one names none."""
        if min(sig_a.length, sig_b.length) > SHORT_WORDING:
            return True
        speaker_a, speaker_b = self.speakers.get(a), self.speakers.get(b)
        return speaker_a is None or speaker_b is None or speaker_a == speaker_b

    def _add_quote(self, item_id: int, sig: QuoteSig) -> list[Edge]:
        if sig.length >= 2:
            # A quote worded exactly like one indexed before matches what that
            # one matches (same_quote reads only the words), so one edge to it
            # groups it the same way, and a text repeating one quote thousands
            # of times is not compared thousands of times over. A short
            # wording's first under each speaker is compared as a new quote.
            first = self.exact_quotes.setdefault(
                self.exact_key(sig, self.speakers.get(item_id)), item_id
            )
            if first != item_id:
                self.quotes[item_id] = sig
                return [Edge(first, item_id, "same")]
        edges = []
        if sig.shingles:
            postings = [self.quote_keys.get(h, ()) for h in sig.shingles]
            usable = [p for p in postings if len(p) <= POSTING_CAP] or [min(postings, key=len)]
            seen = set()
            pending = self.pending_short
            # What a short wording joins, and what a statement holding one
            # does with it, are decided once the run's items are indexed.
            if sig.length <= SHORT_WORDING:
                pending.add(item_id)
                usable = []
            for posting in usable:
                for other in posting:
                    if other in seen:
                        continue
                    seen.add(other)
                    found = self.quotes[other]
                    if found.length <= SHORT_WORDING:
                        if same_quote(found, sig):
                            pending.add(other)
                    elif same_quote(sig, found):
                        edges.append(Edge(other, item_id, "same"))
            for h in sig.shingles:
                self.quote_keys[h].append(item_id)
        self.quotes[item_id] = sig
        return edges

    def resolve_short(self) -> list[Edge]:
        """The "same" edges of the short wordings noted since the last call
        (`pending_short`: those indexed, and those a statement indexed
        holds), decided on the index as it is now (short_wordings.resolve).
        A run calls it once its items are indexed."""
        pending, self.pending_short = self.pending_short, set()
        return short_wordings.resolve(self, pending)

    @staticmethod
    def _fact_keys(sig: FactSig) -> tuple[set[int], set[int]]:
        """Blocking keys of a claim: each value with each word around it (where the same
        claim is found), and each value's kind with each word around it (where a claim
        about the same thing with another value is found: it must share two such keys)."""
        figure_keys, kind_keys = set(), set()
        for vc in sig.values:
            kind = vc.value.kind
            if not is_name(kind):
                figure_keys.update(hash_keys(vc.words, f"{kind}={vc.value.value}|"))
            kind_keys.update(hash_keys(vc.words, f"{kind}|"))
            if kind == "date" and vc.marks:  # the day one state votes (vote_days.py)
                kind_keys.update(hash_keys(vote_keys(vc.marks), "date|"))
            if kind == "year" and vc.marks:
                # One contest's or one death's year (contests.py) is found by
                # its mark and one word in common (the rival, the person).
                kind_keys.update(hash_keys(mark_keys(vc.marks), "year|"))
            elif vc.marks:  # so is one thing's amount (amounts.py): a unit's word is too common
                kind_keys.update(hash_keys(amount_keys(vc.marks), f"{kind}|"))
        return figure_keys, kind_keys

    def _may_pass(
        self,
        probe: Probe,
        n_keys: int,
        past: Iterable[tuple[int, list[int]]],
        only: set[int],
        seen: set[int],
        longest: Sequence[int],
    ) -> set[int] | None:
        """Of the candidates `only` a figure posting found, and no two kind
        postings, those that may pass the first test (`probes_may_match`)
        with the claim of `probe`; None when that cannot be told (and some
        are left): the claim names an office (one_office needs no word in
        common), or two of its words of one kind have one key (`n_keys`,
        its kind keys, are too few).

        A candidate passes only if it holds two of the claim's kind keys at
        least (two context words of one kind in common), and it is in the
        posting of each key it holds or, past the cap, in the key's set in
        `past_cap`. It is in no two usable postings (not `in_two`): it holds
        two keys or more when it is in two such sets, or in one and in a
        usable posting (those `_met_twice` read: `seen`, and the `longest`).
        The others are left untested, for nothing: nine in ten candidates
        at 200,000 items, found by a figure and one word in common."""
        if not only:
            return set()
        if any(office for *_, office in probe):
            return None
        if n_keys != sum(n for _, _, n, _ in probe):  # words shared by figures, or keys
            words_of: dict[str, set[str]] = {}
            for kind, words, _, _ in probe:
                words_of.setdefault(kind, set()).update(words)
            if n_keys != sum(map(len, words_of.values())):
                return None
        hits: dict[int, int] = {}
        past_cap = self.past_cap
        for key, posting in past:
            held = past_cap.get(key)
            if held is None:  # no claim with the key came since it was capped
                held = past_cap[key] = set(posting)
            _count_elements(hits, held.intersection(only))
        may = {c for c, n in hits.items() if n > 1}
        once = {c for c, n in hits.items() if n == 1}
        if once:
            met = once.intersection(seen)
            if len(met) < len(once):
                met |= (once - met).intersection(longest)
            may |= met
        return may

    def _add_fact(
        self,
        item_id: int,
        sig: FactSig,
        counted: set[str] | None = None,
        known: list[Edge] | None = None,
    ) -> list[Edge]:
        # Counted in C (what Counter.update runs), in the same order as a
        # loop of `df[f] += 1`: millions of features at 200,000 items.
        _count_elements(self.df, sig.feats)
        _count_elements(self.df, sig.runs)
        # How many sources state each figure ("#kind=value"): a source's
        # items are indexed one after another, in one import.
        if counted is not None:
            self._figures_of = (-1, set())  # a claim out of order ends an import's count
        else:
            if sig.source_id != self._figures_of[0]:
                self._figures_of = (sig.source_id, set())
            counted = self._figures_of[1]
        for f in sig.numbers - counted:
            counted.add(f)
            self.df[f"#{f}"] += 1
        # Weights are read many times while one claim is compared: the
        # library's size is fixed meanwhile, and each feature's weight is kept.
        self._log_n = math.log(len(self.facts) + SMOOTHING)
        self._weights = {}
        figure_keys, kind_keys = self._fact_keys(sig)
        keys = figure_keys | kind_keys
        limit = max(20, SKETCH_COMMON * len(self.facts))
        df = self.df
        sig.sketch = sorted(
            hash_keys([f for f in sig.feats if " " in f and f[0] != "=" and df[f] <= limit])
        )[:SKETCH]
        distinct, floor, floor_keys = self.distinct_postings, self.pair_floor, self.floor_keys
        # No item at or above the floor shares a key or a sketch hash with it: none to compare.
        alone = (
            item_id < floor
            and floor_keys is not None
            and floor_keys.isdisjoint(keys)
            and floor_keys.isdisjoint(sig.sketch)
        )
        if known is not None:  # what comparing would find (what it keeps, probes, is a cache)
            edges = known
        elif alone:
            edges = []
        else:
            edges = self._compared(item_id, sig, figure_keys, kind_keys, distinct)
        if len(keys.union(sig.sketch)) < len(keys) + len(sig.sketch):
            self.distinct_postings = False  # two keys of one hash: this id goes in twice
        fact_keys, past_cap = self.fact_keys, self.past_cap
        for key in (*keys, *sig.sketch):
            posting = fact_keys[key]
            if len(posting) <= POSTING_CAP:  # past the cap the key is never read again
                posting.append(item_id)
            elif distinct and key in kind_keys:
                held = past_cap.get(key)
                if held is None:
                    held = past_cap[key] = set(posting)
                held.add(item_id)
        if item_id >= floor and floor_keys is not None:
            floor_keys.update(keys, sig.sketch)
        self.facts[item_id] = sig
        return edges

    def _compared(
        self, item_id: int, sig: FactSig, figure_keys: set[int], kind_keys: set[int], distinct: bool
    ) -> list[Edge]:
        """The edges of a claim being indexed (`_add_fact`) to the claims
        indexed before it that share keys with it or its sketch."""
        fact_keys = self.fact_keys
        # The postings are merged, counted and filtered in C (chain,
        # compress), in the order a loop over them would take: a claim's
        # keys reach hundreds of claims at 200,000 items.
        candidates = dict.fromkeys(chain.from_iterable(_usable(fact_keys, figure_keys)))
        kind_order = list(kind_keys)
        found = list(map(fact_keys.get, kind_order, repeat(())))
        kind_postings = list(compress(found, map(_WORTH_READING, map(len, found))))
        probe = figure_probe(sig)
        may = None  # the candidates that may pass the first test, when known
        if distinct:
            twice, read, longest = _met_twice(kind_postings)
            in_two = dict.fromkeys(twice)
            if candidates:
                past = compress(
                    zip(kind_order, found, strict=True), map(_PAST_CAP, map(len, found))
                )
                only = candidates.keys() - in_two.keys()
                may = self._may_pass(probe, len(kind_keys), past, only, read, longest)
        else:
            in_two = dict.fromkeys(_in_two(kind_postings, distinct))
        candidates.update(in_two)
        near = set(_in_two(_usable(fact_keys, sig.sketch), distinct))
        edges = []
        facts, source_id, probes = self.facts, sig.source_id, self._probes
        pool: Iterable[int] = candidates.keys() | near
        if may is not None:
            # Read in the order of all the candidates (filtered in C): the
            # edges come in the same order as when each is tested.
            may.update(in_two, near)
            pool = filter(may.__contains__, pool)
        if item_id < self.pair_floor:  # filtered in C, in the same order
            pool = filter(self.pair_floor.__le__, pool)
        for other in pool:
            # Each claim's source and figures, as the rules' first test reads
            # them, are kept: a claim is a candidate of many, most of which
            # (nine in ten) it fails that test with.
            seen = probes.get(other)
            if seen is None:  # indexed in an earlier session (a stored index)
                osig = facts[other]
                seen = probes[other] = (osig.source_id, figure_probe(osig))
            if seen[0] == source_id:
                continue
            is_near = other in near
            if is_near or probes_may_match(seen[1], probe):
                edges.extend(self._compare_facts(other, facts[other], item_id, sig, is_near))
        probes[item_id] = (source_id, probe)
        return edges
