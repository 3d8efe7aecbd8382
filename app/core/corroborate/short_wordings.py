"""Which quotes a short wording joins, decided on the whole index.

A short wording (`SHORT_WORDING` words or fewer: a slogan, a stock phrase)
quoted alone is an excerpt of some statement (a longer quote holding it).
Held in one statement, or in statements that are one (each holds the
others, `same_quote`), it joins them. Held in two different statements it
is ambiguous: it is an excerpt of one of them, and nothing says which, so
it joins neither; it still joins the short wordings that are ambiguous too
(its exact repeats in other sources, an excerpt of it), which join no
statement either.

The index never decides this as items come (`GroupIndex._add_quote` only
notes the short wordings to decide, `GroupIndex.pending_short`): a run
decides them once its items are indexed (`resolve`), on the index as it is
then. So the groups do not depend on the order items arrive or are indexed
again. A group made before may no longer be right: a statement indexed
later, deleted or given another speaker makes a short wording it holds
ambiguous, or no longer so; `settle` finds those groups, which the run
takes out and indexes again (in_place.py and grouping.update).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.core.corroborate.claims import QuoteSig, same_quote
from app.core.corroborate.judging import Edge

# A wording this short (a stock phrase, a slogan, a term) is said by many
# people: it ties two quotes only when they are given to one speaker, or one
# of them to nobody (`GroupIndex._may_join`), and a statement only when it
# is held in no other (this module). Here, not in claims.py: the quotes'
# signatures, and those the library keeps, do not depend on it.
SHORT_WORDING = 5


class Resolver:
    """The statements and the ambiguity of the short wordings of an index
    (a `GroupIndex`), read once each during one run."""

    def __init__(self, index) -> None:
        self.index = index
        self._statements: dict[int, list[int]] = {}
        self._ambiguous: dict[int, bool] = {}

    def first(self, item_id: int) -> int:
        """The quote an exact repeat was linked to (`GroupIndex.exact_key`),
        which stands for it in the postings; the quote itself when none."""
        index = self.index
        sig: QuoteSig = index.quotes[item_id]
        if sig.length < 2:
            return item_id
        found = index.exact_quotes.get(index.exact_key(sig, index.speakers.get(item_id)))
        return item_id if found is None or found not in index.quotes else found

    def statements(self, item_id: int) -> list[int]:
        """The indexed statements (quotes of more than `SHORT_WORDING` words)
        holding the short wording `item_id` that it may join. Each holds
        every shingle of it: one posting has them all."""
        found = self._statements.get(item_id)
        if found is not None:
            return found
        index = self.index
        quotes = index.quotes
        sig: QuoteSig = quotes[item_id]
        posting = min((index.quote_keys.get(h, ()) for h in sig.shingles), key=len, default=())
        found = []
        for other in posting:
            if other == item_id:
                continue
            osig = quotes[other]
            if (
                osig.length > SHORT_WORDING
                and same_quote(sig, osig)
                and index._may_join(item_id, sig, other, osig)
            ):
                found.append(other)
        self._statements[item_id] = found
        return found

    def one(self, ids: Iterable[int]) -> bool:
        """Whether the statements `ids` are one: each holds the others (they
        hold one another in a chain, from the shortest to the longest)."""
        quotes = self.index.quotes
        sigs = sorted((quotes[i] for i in set(ids)), key=lambda s: (s.length, s.norm))
        return all(same_quote(a, b) for a, b in zip(sigs, sigs[1:], strict=False))

    def ambiguous(self, item_id: int) -> bool:
        """Whether the short wording `item_id` is held in two different
        statements (of its own, or of the quote it repeats)."""
        item_id = self.first(item_id)
        known = self._ambiguous.get(item_id)
        if known is None:
            known = self._ambiguous[item_id] = not self.one(self.statements(item_id))
        return known

    def shorts(self, item_id: int) -> list[int]:
        """The other short wordings in the postings that are `item_id`'s
        words, hold them or are held in them, and that it may join."""
        index = self.index
        quotes = index.quotes
        sig: QuoteSig = quotes[item_id]
        seen: set[int] = {item_id}
        found = []
        for h in sig.shingles:
            for other in index.quote_keys.get(h, ()):
                if other in seen:
                    continue
                seen.add(other)
                osig = quotes[other]
                if (
                    osig.length <= SHORT_WORDING
                    and same_quote(sig, osig)
                    and index._may_join(item_id, sig, other, osig)
                ):
                    found.append(other)
        return found

    def joins(self, item_id: int) -> list[int]:
        """The indexed quotes the short wording `item_id` joins."""
        ambiguous = self.ambiguous(item_id)
        own = self.statements(item_id)
        out = [] if ambiguous else list(own)
        for other in self.shorts(item_id):
            if self.ambiguous(other) != ambiguous:
                continue
            if ambiguous or self.one([*own, *self.statements(other)]):
                out.append(other)
        return out

    def consistent(self, item_id: int, members: Iterable[int]) -> bool:
        """Whether the group `members` that the short wording `item_id` is in
        may stand: an ambiguous one's holds ambiguous short wordings alone,
        and no other short wording's holds an ambiguous one."""
        quotes = self.index.quotes
        ambiguous = self.ambiguous(item_id)
        for m in members:
            sig = quotes[m]
            if sig.length > SHORT_WORDING:
                if ambiguous:
                    return False
            elif self.ambiguous(m) != ambiguous:
                return False
        return True


def held(index, sig: QuoteSig) -> set[int]:
    """The indexed short wordings the statement `sig` holds (whoever said
    them: a speaker changed may let them join it, or no longer)."""
    if sig.length <= SHORT_WORDING:
        return set()
    quotes = index.quotes
    found = set()
    for h in sig.shingles:
        for other in index.quote_keys.get(h, ()):
            osig = quotes[other]
            if osig.length <= SHORT_WORDING and same_quote(osig, sig):
                found.add(other)
    return found


def resolve(index, pending: Iterable[int]) -> list[Edge]:
    """The "same" edges of the short wordings `pending` (item ids; those no
    longer indexed are passed over), as the whole index now decides them."""
    r = Resolver(index)
    quotes = index.quotes
    todo = sorted({r.first(i) for i in pending if i in quotes})
    edges = []
    for item_id in todo:
        for other in r.joins(item_id):
            a, b = min(item_id, other), max(item_id, other)
            edges.append(Edge(a, b, "same"))
    return edges


def settle(
    index, group: Callable[[int], list[int]], seeds: Iterable[int], fresh: set[int]
) -> list[list[int]]:
    """The groups that must be taken out and indexed again: those of the
    short wordings `seeds` (not indexed again in this run, `fresh`) that
    the index now decides otherwise than their group says (`consistent`).
    `group`: an item's group's members (`UnionFind.group`)."""
    r = Resolver(index)
    quotes = index.quotes
    out: dict[int, list[int]] = {}
    for item_id in sorted(set(seeds) - fresh):
        if item_id not in quotes:
            continue
        sig = quotes[item_id]
        if sig.length > SHORT_WORDING:
            continue
        members = group(item_id)
        key = min(members)
        if key in out:
            continue
        if not r.consistent(item_id, members):
            out[key] = list(members)
    return list(out.values())
