"""Figure claims in conflicts (issue #10): each source's sentences that
state a figure and are not offered as facts (figure_claims.wide_claims)
are stored as figure claims and compared with the facts and with each
other, for conflicts only.

A claim never joins a group. It is compared in an index of its own
(`WideState.index`, in memory, kept on the library between runs as the
grouping state is): source after source, each source's fact items and then
its figure claims, as an import compares new facts, so the grouping's own
index never holds a claim and the groups never change for one; a regroup
and the updates after each import index the same in the same order, and
find the same conflicts. Only
"conflict" edges with a claim on a side are kept, a loose one (a telling
term alone) only between sources some group links, as the grouping's own.
Each edge is one conflict of two sides, stored `wide`; a user's decision on
it is kept by the sides' spans, as any conflict's.

`refresh` runs at the end of every grouping run that stores the groups
(grouping.finish: an import's update, a regroup from scratch or beside the
writer, a deleted source, a new date), inside its transaction: it finds
the claims of the sources not scanned yet (new ones, those whose date or
text changed, every source of a library upgraded from before schema 15),
then, after an import that only added sources (`appended`) to a state
still in step, indexes the new sources' facts and claims and adds their
conflicts; after anything else it builds the index and every wide
conflict anew. The
rules are the facts' own (matching.GroupIndex, judging.ClaimJudge,
two_things); what the claims are is figure_claims.py's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.corroborate import sig_cache
from app.core.corroborate.matching import Edge, GroupIndex
from app.core.store import Library

# A claim is indexed under its id past this: no item's id comes near.
CLAIM_BASE = 1 << 40


@dataclass
class WideState:
    """The index of every fact item and figure claim compared so far."""

    index: GroupIndex = field(default_factory=GroupIndex)
    items_up_to: int = 0  # the highest item id indexed
    sources_up_to: int = 0  # the highest source id indexed
    claim_source: dict[int, int] = field(default_factory=dict)  # of each claim indexed
    data_version: int | None = None  # the library's when last in step


def find_claims(library: Library) -> list[int]:
    """Find and store the figure claims of every source not scanned yet;
    return those sources' ids."""
    from app.core.corroborate.figure_claims import wide_claims
    from app.core.corroborate.times import parse_date

    found = {}
    for source_id, date, text in library.unscanned_sources():
        quotes = library.item_spans(source_id, "quote")
        facts = library.item_spans(source_id, "fact")
        claims = wide_claims(text, quotes, parse_date(date or ""))
        found[source_id] = [
            (c.start, c.end, c.cited, c.how)
            for c in claims
            # A sentence stored as a fact (clipped by hand, kept for a memo
            # when a new date took it away) is offered: no claim.
            if not any(a < c.end and c.start < b for a, b in facts)
        ]
    if found:
        library.write_figure_claims(found)
    return list(found)


def _fact_rows(library: Library, after: int) -> dict[int, list]:
    """The signatures of the fact items above `after`, by source (in id
    order): those the grouping kept in the library where they still hold
    (sig_cache.py, read only: the cache is the grouping's), else built."""
    from app.core.corroborate.claims import fact_signature
    from app.core.corroborate.text import proper_words
    from app.core.corroborate.times import parse_date

    rows = [r for r in library.grouping_rows(after) if r[2] == "fact"]
    if not rows:
        return {}
    cache = sig_cache.SigCache(library, after, write=lambda _rows: None)
    kept, _ = cache.kept(cache.checks(rows))
    by_source: dict[int, list] = {}
    proper_of, proper = None, None
    for item_id, source_id, _kind, text, date in rows:
        sig = kept.get(item_id)
        if sig is None:
            if source_id != proper_of:
                proper_of, proper = source_id, proper_words(library.source_text(source_id))
            sig = fact_signature(source_id, text, parse_date(date or ""), proper)
        by_source.setdefault(source_id, []).append((item_id, sig))
    return by_source


def _claim_rows(library: Library, after: int) -> dict[int, list]:
    """The signatures of the figure claims of the sources above `after`, by source."""
    from app.core.corroborate.claims import fact_signature
    from app.core.corroborate.text import proper_words
    from app.core.corroborate.times import parse_date

    by_source: dict[int, list] = {}
    proper_of, proper = None, None
    for claim_id, source_id, _start, _end, cited, date in library.figure_claim_rows(after):
        if source_id != proper_of:
            proper_of, proper = source_id, proper_words(library.source_text(source_id))
        sig = fact_signature(source_id, cited, parse_date(date or ""), proper)
        by_source.setdefault(source_id, []).append((claim_id, sig))
    return by_source


def _add(state: WideState, facts: dict[int, list], claims: dict[int, list], out: dict) -> None:
    """Index, source after source in id order, each source's facts and then
    its claims (an import's order: a regroup and the updates after each
    import index the same in the same order, and find the same); the
    conflicts with a claim on a side go into `out`."""
    index = state.index
    for source_id in sorted(facts.keys() | claims.keys()):
        for item_id, sig in facts.get(source_id, ()):
            _keep(out, index.add_signed(item_id, sig))
            state.items_up_to = max(state.items_up_to, item_id)
        for claim_id, sig in claims.get(source_id, ()):
            state.claim_source[claim_id] = source_id
            _keep(out, index.add_signed(CLAIM_BASE + claim_id, sig))
        state.sources_up_to = max(state.sources_up_to, source_id)


def _side(node: int) -> int:
    """A conflict's side: an item's id, or a claim's negated."""
    return -(node - CLAIM_BASE) if node >= CLAIM_BASE else node


def _keep(out: dict, edges: list[Edge]) -> None:
    """The conflict edges of `edges` with a claim on a side, by sides and kind."""
    for e in edges:
        if e.relation == "conflict" and (e.a >= CLAIM_BASE or e.b >= CLAIM_BASE):
            out.setdefault((_side(e.a), _side(e.b), e.kind), e)


def _conflicts(library: Library, state: WideState, edges: dict) -> list[dict]:
    """The edges as conflicts `Library.write_conflicts` takes; a loose one
    only between sources some group links (GroupingState.sources_linked)."""
    places: dict[int, int] = {}
    linked: set[tuple[int, int]] = set()
    out = []
    for (a, b, kind), e in edges.items():
        if e.loose:
            if not places:
                places = {iid: sid for iid, sid, _kind in library.item_places()}
                linked = _linked(library, places)
            sources = tuple(state.claim_source.get(-s) if s < 0 else places.get(s) for s in (a, b))
            if sources not in linked:
                continue
        members = sorted([(a, e.values[0], True), (b, e.values[1], True)], key=lambda m: abs(m[0]))
        out.append({"kind": kind, "subject": e.subject, "members": members})
    return out


def _linked(library: Library, places: dict[int, int]) -> set[tuple[int, int]]:
    """Pairs of sources (both ways round) some group holds an item of each
    (`places`: each item's source)."""
    groups: dict[int, set[int]] = {}
    for cid, iid in library.cluster_memberships():
        groups.setdefault(cid, set()).add(places.get(iid, -1))
    return {(a, b) for ss in groups.values() for a in ss for b in ss if a != b}


def claim_conflicts(library: Library) -> tuple[WideState, list[dict]]:
    """A new index of every fact and figure claim, and every conflict with
    a figure claim on a side, as `Library.write_conflicts` takes them."""
    state = WideState()
    edges: dict = {}
    _add(state, _fact_rows(library, 0), _claim_rows(library, 0), edges)
    return state, _conflicts(library, state, edges)


def refresh(library: Library, appended: bool = False) -> int:
    """Find the claims of sources not scanned yet and bring every conflict
    holding a figure claim up to date, inside the caller's grouping
    transaction (see the module's docstring); return how many conflicts
    the run added or stored."""
    scanned = set(find_claims(library))
    dropped = library.drop_offered_claims()  # a claim clipped as a fact: its index is void
    state = library.wide_state
    if appended and not dropped and isinstance(state, WideState) and state.data_version == library.data_version():
        last = state.sources_up_to
        facts = _fact_rows(library, state.items_up_to)
        # In step only when what came is sources after every one indexed.
        if min(facts.keys() | scanned, default=last + 1) > last:
            claims = _claim_rows(library, last)
            edges: dict = {}
            _add(state, facts, claims, edges)
            conflicts = _conflicts(library, state, edges)
            library.write_conflicts(conflicts, replace=(), wide=True)
            state.data_version = library.data_version()
            return len(conflicts)
    state, conflicts = claim_conflicts(library)
    library.write_conflicts(conflicts, wide=True)
    state.data_version = library.data_version()
    library.wide_state = state
    return len(conflicts)
