"""Figure claims in conflicts (issue #10): each source's sentences that
state a figure and are not offered as facts (figure_claims.wide_claims)
are stored as figure claims and compared with the facts and with each
other, for conflicts only.

A claim never joins a group: it is compared with the library's facts as an
import compares a new fact (added, after every item, to the index stored
with the groups, opened afresh so the grouping state's own index never
holds it), and only its "conflict" edges are kept: a loose one (a telling
term alone) only between sources some group links, as the grouping's own.
Each edge is one conflict of two sides, stored `wide`; a user's decision
on it is kept by the sides' spans, as any conflict's.

`refresh` runs at the end of every grouping run that stores the groups
(grouping.finish: an import's update, a regroup from scratch or beside the
writer, a deleted source, a new date), inside its transaction: it finds
the claims of the sources not scanned yet (new ones, those whose date or
text changed, every source of a library upgraded from before schema 15)
and rebuilds every wide conflict. The rules are the facts' own
(matching.GroupIndex, judging.ClaimJudge, two_things); what the claims
are is figure_claims.py's.
"""

from __future__ import annotations

from app.core.corroborate import index_store
from app.core.store import Library

# Claims are indexed under ids this far past the last item's (as
# bench/plant_claims.py indexes them): no item has one.
_PAST_ITEMS = 1_000_000


def find_claims(library: Library) -> int:
    """Find and store the figure claims of every source not scanned yet;
    return how many sources were scanned."""
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
    return len(found)


def claim_conflicts(library: Library) -> list[dict]:
    """Every conflict between a figure claim and a fact or another claim,
    as `Library.write_conflicts` takes them (a claim's id negated). The
    index stored with the groups must match the grouping mark."""
    from app.core.corroborate.matching import GroupIndex
    from app.core.corroborate.text import proper_words
    from app.core.corroborate.times import parse_date

    rows = library.figure_claim_rows()
    if not rows:
        return []
    mark = library.grouping_mark()
    index = index_store.open_stored(library, *mark) if mark else None
    if index is None:
        index = GroupIndex()  # no items grouped: claims meet claims only
    first = next_id = library.item_extent()[0] + _PAST_ITEMS
    claim_of: dict[int, int] = {}  # index id -> claim id
    source_of: dict[int, int] = {}  # index id -> source id
    places = {iid: sid for iid, sid, _kind in library.item_places()}
    linked = _linked(library, places)
    out: dict[tuple, dict] = {}
    proper_source, proper = None, None
    for claim_id, source_id, _start, _end, cited, date in rows:
        next_id += 1
        claim_of[next_id], source_of[next_id] = claim_id, source_id
        if source_id != proper_source:
            proper_source, proper = source_id, proper_words(library.source_text(source_id))
        edges = index.add(next_id, source_id, "fact", cited, parse_date(date or ""), proper)
        for e in edges:
            if e.relation != "conflict":
                continue
            other = -claim_of[e.a] if e.a > first else e.a
            if e.loose:
                other_source = source_of[e.a] if e.a > first else places.get(e.a)
                if (source_id, other_source) not in linked:
                    continue
            key = (other, -claim_id, e.kind)
            out.setdefault(
                key,
                {
                    "kind": e.kind,
                    "subject": e.subject,
                    "members": sorted(
                        [(other, e.values[0], True), (-claim_id, e.values[1], True)],
                        key=lambda m: -m[0] if m[0] < 0 else m[0],
                    ),
                },
            )
    return list(out.values())


def _linked(library: Library, places: dict[int, int]) -> set[tuple[int, int]]:
    """Pairs of sources (both ways round) some group holds an item of each
    (`places`: each item's source): where a loose conflict edge counts
    (GroupingState.sources_linked)."""
    groups: dict[int, set[int]] = {}
    for cid, iid in library.cluster_memberships():
        groups.setdefault(cid, set()).add(places.get(iid, -1))
    return {(a, b) for ss in groups.values() for a in ss for b in ss if a != b}


def refresh(library: Library) -> int:
    """Find the claims of sources not scanned yet and rebuild every conflict
    holding a figure claim, inside the caller's grouping transaction;
    return how many there are."""
    find_claims(library)
    conflicts = claim_conflicts(library)
    library.write_conflicts(conflicts, wide=True)
    return len(conflicts)
