"""Figure claims in conflicts (issue #10): each source's sentences that
state a figure and are not offered as facts (figure_claims.wide_claims)
are stored as figure claims and compared with the facts and with each
other, for conflicts only.

A claim never joins a group. It is compared in an index of its own
(`WideState.index`, kept on the library between runs as the grouping state
is, and stored with the library, wide_store.py, so that a new process reads
it): source after source, each source's fact items and then
its figure claims, as an import compares new facts, so the grouping's own
index never holds a claim and the groups never change for one; a regroup
and the updates after each import index the same in the same order, and
find the same conflicts. Only
"conflict" edges with a claim on a side are kept, a loose one (a telling
term alone) only between sources some group links, as the grouping's own.
Edges sharing a side that states one value are one conflict (`conflicts.joined`:
one report's figure against four others' is one conflict of five sides),
stored `wide`; a user's decision on it is kept by the sides' spans, as any
conflict's.

`refresh` runs at the end of every grouping run that stores the groups
(grouping.finish: an import's update, a regroup from scratch or beside the
writer, a deleted source, a new date), inside its transaction: it finds
the claims of the sources not scanned yet (new ones, those whose date or
text changed, every source of a library upgraded from before schema 15),
then, after an import that only added sources (`appended`) to a state
still in step (kept on the library, else the stored one), indexes the new sources' facts and claims and adds their
conflicts; after anything else it builds the index and every wide
conflict anew. The
rules are the facts' own (matching.GroupIndex, judging.ClaimJudge,
two_things); what the claims are is figure_claims.py's.
"""

from __future__ import annotations

import copy
import marshal
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from app.core.corroborate import sig_cache, signing, wide_store
from app.core.corroborate.conflicts import Part, joined
from app.core.corroborate.matching import Edge, GroupIndex
from app.core.corroborate.wide_store import CLAIM_BASE
from app.core.store import Library


@dataclass
class WideState:
    """The index of every fact item and figure claim compared so far."""

    # A fact is compared only with the claims (`pair_floor`): what two facts
    # share or dispute is the grouping's, and would be dropped here.
    index: GroupIndex = field(
        default_factory=lambda: GroupIndex(pair_floor=CLAIM_BASE, floor_keys=set())
    )
    items_up_to: int = 0  # the highest item id indexed
    sources_up_to: int = 0  # the highest source id indexed
    claim_source: dict[int, int] = field(default_factory=dict)  # of each claim indexed
    data_version: int | None = None  # the library's when last in step
    # What a whole index was built from (`claim_conflicts`): the stored one,
    # built from the same, is left as it is (wide_store.save_whole).
    built_from: str = ""
    # A whole index's comparisons' edges, till stored with it (`_keep_state`).
    edge_log: wide_store.EdgeLog | None = None


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


def _fact_rows(
    library: Library, after: int, checks: dict[int, int] | None = None
) -> dict[int, list]:
    """The signatures of the fact items above `after`, by source (in id
    order): those the grouping kept in the library where they still hold
    (sig_cache.py, read only: the cache is the grouping's), else built.
    `checks`: given each fact's check (sig_cache.check)."""
    from app.core.corroborate.claims import fact_signature
    from app.core.corroborate.text import proper_words
    from app.core.corroborate.times import parse_date

    rows = [r for r in library.grouping_rows(after) if r[2] == "fact"]
    if not rows:
        return {}
    cache = sig_cache.SigCache(library, after, write=lambda _rows: None)
    kept, _ = cache.kept(cache.checks(rows))
    if checks is not None:
        checks.update(cache.checked)
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


def _claim_rows(library: Library, after: int, cache: sig_cache.SigCache | None = None) -> dict:
    """The signatures of the figure claims of the sources above `after`, by
    source: those kept in the library where they still hold (sig_cache.py,
    part `CLAIM_PART`), else built and kept (`cache`: where and how; by
    default this run's, which asks every claim when `after` is 0: kept ones
    of claims gone are dropped from the rows it writes)."""
    rows = library.figure_claim_rows(after)
    if cache is None:
        cache = claim_cache(library, every=not after)
    # Signed in id order, each row of kept signatures read and written once.
    todo = sorted((cid, sid, "claim", cited, date or "") for cid, sid, _a, _b, cited, date in rows)
    sigs = {
        cid: sig
        for cid, _sid, _kind, sig in signing.signed(todo, library.source_text, len(todo), cache)
    }
    by_source: dict[int, list] = {}
    for claim_id, source_id, *_ in rows:
        by_source.setdefault(source_id, []).append((claim_id, sigs[claim_id]))
    return by_source


def claim_cache(library: Library, every: bool, write=None) -> sig_cache.SigCache:
    """The kept claims' signatures a run reads and writes: `every` claim
    asked (a rebuild: kept ones of claims not asked are dropped from the
    rows written), else only some (an import's: the others' are left as
    they are). `write`: see sig_cache.SigCache."""
    after = 0 if every else _ALL_IDS
    return sig_cache.SigCache(library, after, write=write, part=sig_cache.CLAIM_PART)


_ALL_IDS = 1 << 62  # every claim id is at or below it


def _add(
    state: WideState,
    facts: dict[int, list],
    claims: dict[int, list],
    out: dict,
    log: wide_store.EdgeLog | None = None,
    checks: dict[int, int] | None = None,
) -> None:
    """Index, source after source in id order, each source's facts and then
    its claims (an import's order: a regroup and the updates after each
    import index the same in the same order, and find the same); the
    conflicts with a claim on a side go into `out`. `log`: a whole index's
    edges, those of the last regroup taken where they hold, and `checks`
    each fact's and claim's check (by its node) they are told by."""
    index = state.index
    add = index.add_signed if log is None else partial(_logged, index, log, checks or {})
    for source_id in sorted(facts.keys() | claims.keys()):
        for item_id, sig in facts.get(source_id, ()):
            _keep(out, add(item_id, sig))
            state.items_up_to = max(state.items_up_to, item_id)
        for claim_id, sig in claims.get(source_id, ()):
            state.claim_source[claim_id] = source_id
            _keep(out, add(CLAIM_BASE + claim_id, sig))
        state.sources_up_to = max(state.sources_up_to, source_id)


def _logged(index, log: wide_store.EdgeLog, checks: dict[int, int], node: int, sig) -> list[Edge]:
    """`index.add_signed` taking the edges stored for `node` where they
    hold, noting those found (only what `_keep` keeps: no other is read)."""
    check = checks.get(node)
    known = log.known(node, check)
    found = index.add_signed(node, sig, known=known)
    if known is None:
        log.found(node, check, [e for e in found if _kept(e)])
    return found


def _kept(e: Edge) -> bool:
    return e.relation == "conflict" and (e.a >= CLAIM_BASE or e.b >= CLAIM_BASE)


def _side(node: int) -> int:
    """A conflict's side: an item's id, or a claim's negated."""
    return -(node - CLAIM_BASE) if node >= CLAIM_BASE else node


def _keep(out: dict, edges: list[Edge]) -> None:
    """The conflict edges of `edges` with a claim on a side, by sides and kind."""
    for e in edges:
        if _kept(e):
            out.setdefault((_side(e.a), _side(e.b), e.kind), e)


def _conflicts(
    library: Library,
    state: WideState,
    edges: dict,
    linked_of: Callable[[], tuple[dict[int, int], set]] | None = None,
    stored: Iterable[Part] = (),
) -> list[dict]:
    """The edges as conflicts `Library.write_conflicts` takes (`conflicts.joined`,
    with the `stored` conflicts an update's edges reach); a loose one
    only between sources some group links (GroupingState.sources_linked).
    `linked_of()`: (each item's source, the pairs of sources some group
    links), by default read from the library's stored groups."""
    places: dict[int, int] = {}
    linked: set[tuple[int, int]] = set()
    parts: list[Part] = []
    for (a, b, kind), e in edges.items():
        if e.loose:
            if not places:
                places, linked = (linked_of or partial(_stored_links, library))()
            sources = tuple(state.claim_source.get(-s) if s < 0 else places.get(s) for s in (a, b))
            if sources not in linked:
                continue
        parts.append((kind, e.subject, ((a, e.values[0]), (b, e.values[1]))))
    return joined([*parts, *stored])


def _stored_links(library: Library) -> tuple[dict[int, int], set[tuple[int, int]]]:
    places = {iid: sid for iid, sid, _kind in library.item_places()}
    groups: dict[int, list[int]] = {}
    for cid, iid in library.cluster_memberships():
        groups.setdefault(cid, []).append(iid)
    return places, _linked(places, groups.values())


def _linked(places: dict[int, int], groups: Iterable[list[int]]) -> set[tuple[int, int]]:
    """Pairs of sources (both ways round) some group holds an item of each
    (`places`: each item's source)."""
    sources = [{places.get(iid, -1) for iid in ids} for ids in groups]
    return {(a, b) for ss in sources for a in ss for b in ss if a != b}


def claim_conflicts(
    library: Library,
    facts: dict | None = None,
    built_from: str = "",
    checks: dict[int, int] | None = None,
) -> tuple[WideState, list[dict]]:
    """A new index of every fact and figure claim, and every conflict with
    a figure claim on a side, as `Library.write_conflicts` takes them.
    `facts`: every fact's signature, by source (`grouping_facts`), when the
    run has them (by default read as `_fact_rows` reads them), and
    `built_from` what the run read them from (index_store.inputs): then the
    index is marked with what it is built from (`WideState.built_from`).
    `checks`: those facts' checks, by id (read with them by default):
    then the edges the last whole index's comparisons found are taken
    where they hold, and this run's kept (`WideState.edge_log`)."""
    state = WideState()
    edges: dict = {}
    cache = claim_cache(library, every=True)
    claims = _claim_rows(library, 0, cache)
    given = facts is not None
    if facts is None:
        checks = {}
        facts = _fact_rows(library, 0, checks)
    if given and built_from:
        # The claims in the order indexed, with what each was signed from.
        order = marshal.dumps([c for s in sorted(claims) for c, _ in claims[s]])
        state.built_from = ":".join(
            (wide_store.code_format(), built_from, cache.inputs(), zlib.crc32(order).__str__())
        )
    log = _edge_log(library, state, checks, cache)
    if log is not None and state.built_from:
        if _as_stored(library, state, facts, claims, log, checks or {}, edges):
            return state, _conflicts(library, state, edges)
        edges.clear()  # indexed and compared, the stored edges taken where they hold
        log = state.edge_log = wide_store.EdgeLog(library, wide_store.WIDE_EDGES)
    _add(state, facts, claims, edges, log, checks)
    return state, _conflicts(library, state, edges)


def _as_stored(
    library: Library,
    state: WideState,
    facts: dict,
    claims: dict,
    log: wide_store.EdgeLog,
    checks: dict[int, int],
    out: dict,
) -> bool:
    """When the stored index is the one `_add` would build now (built whole
    from what this one is, `state.built_from`: wide_store.built_alike) and
    the stored edges are those of its facts and claims, in order: `state`
    given that index, and `out` those edges, as `_add` gives them, without
    indexing anything (a regroup of a library unchanged since the last)."""
    index = wide_store.built_alike(library, state.built_from)
    if index is None:
        return False
    for source_id in sorted(facts.keys() | claims.keys()):
        nodes = [i for i, _ in facts.get(source_id, ())]
        nodes += [CLAIM_BASE + c for c, _ in claims.get(source_id, ())]
        for node in nodes:
            known = log.known(node, checks.get(node))
            if known is None:
                return False
            _keep(out, known)
    if not log.whole():
        return False
    state.index = index
    state.items_up_to = max((i for ids in facts.values() for i, _ in ids), default=0)
    state.sources_up_to = max(facts.keys() | claims.keys(), default=0)
    state.claim_source = {c: s for s in sorted(claims) for c, _ in claims[s]}
    return True


def _edge_log(
    library: Library, state: WideState, checks: dict[int, int] | None, cache: sig_cache.SigCache
) -> wide_store.EdgeLog | None:
    """The log of a whole index's edges (wide_store.EdgeLog), given the
    facts' `checks`, None without; the claims' checks (`cache`'s, as their
    signatures were read) join `checks`, by node."""
    if checks is None:
        return None
    checks.update({CLAIM_BASE + c: k for c, k in cache.checked.items()})
    state.edge_log = wide_store.EdgeLog(library, wide_store.WIDE_EDGES)
    return state.edge_log


@dataclass
class Prebuilt:
    """Every conflict with a figure claim on a side, built beside the writer
    for a regroup's result (`build_beside`), and what it was built from."""

    state: WideState
    conflicts: list[dict]
    claims: dict[int, int]  # {claim id: its source's id} of every claim read
    rows: list | None = None  # the index's rows to store (wide_store.whole_rows)


def build_beside(
    library: Library, grouping, groups, write: Callable, checks: dict[int, int] | None = None
) -> Prebuilt | None:
    """On a connection that only reads (corroborate/beside.py), as its
    regroup is built: the index and conflicts `refresh` would build on the
    writer once the regroup's `groups` are stored, from the facts'
    signatures the regroup indexed (`grouping`, its GroupingState: copied,
    as the index marks each with its sketch) and the claims' (kept ones
    read, those built handed to `write`, as the regroup's). None when some
    source's claims are not found yet or a claim is offered now: `refresh`
    writes those first, and builds on the writer. `checks`: the facts'
    checks (see `claim_conflicts`)."""
    if not library.claims_in_step() or library.offered_claims():
        return None
    facts = grouping_facts(grouping)
    cache = claim_cache(library, every=True, write=write)
    claims = _claim_rows(library, 0, cache)
    state, edges = WideState(), {}
    log = _edge_log(library, state, checks, cache)
    _add(state, facts, claims, edges, log, checks)
    source_of = grouping.item_source

    def links() -> tuple[dict[int, int], set[tuple[int, int]]]:
        return source_of, _linked(source_of, [ids for _, ids in groups])

    found = _conflicts(library, state, edges, links)
    return Prebuilt(state, found, dict(state.claim_source), wide_store.whole_rows(state))


def grouping_facts(grouping, copied: bool = True) -> dict[int, list]:
    """The facts' signatures a regroup indexed (`grouping`, its
    GroupingState), by source in id order, as `_fact_rows` gives those kept:
    copied, as the index marks each with its sketch (`copied` False: the
    grouping's own, for a claims' index built once the grouping's index is
    stored, no signature's sketch read again: a sketch is read only as its
    claim is indexed)."""
    kind, source_of, sigs = grouping.item_kind, grouping.item_source, grouping.index.facts
    take = copy.copy if copied else _same
    facts: dict[int, list] = {}
    for item_id in sorted(source_of):
        if kind[item_id] == "fact":
            facts.setdefault(source_of[item_id], []).append((item_id, take(sigs[item_id])))
    return facts


def _same(sig):
    return sig


def _store_prebuilt(library: Library, prebuilt: Prebuilt) -> int:
    library.prune_group_cache(sig_cache.CLAIM_PART, sig_cache.SPAN, "figure_claims")
    library.write_conflicts(prebuilt.conflicts, wide=True)
    _keep_state(library, prebuilt.state, prebuilt.rows)
    return len(prebuilt.conflicts)


def _keep_state(library: Library, state: WideState, rows=None) -> None:
    """Keep a whole index built: stored (wide_store.save_whole; `rows`:
    made before), with its edges, kept on the library, read from the
    library from then on."""
    wide_store.save_whole(library, state, rows)
    if state.edge_log is not None:
        state.edge_log.save(library)
        state.edge_log = None
    state.data_version = library.data_version()
    library.wide_state = state


def refresh(
    library: Library,
    appended: bool = False,
    prebuilt: Prebuilt | None = None,
    facts: dict | None = None,
    built_from: str = "",
    checks: dict[int, int] | None = None,
) -> int:
    """Find the claims of sources not scanned yet and bring every conflict
    holding a figure claim up to date, inside the caller's grouping
    transaction (see the module's docstring); return how many conflicts
    the run added or stored. `prebuilt`: built beside the writer for the
    groups just stored (`build_beside`), only stored when the claims are
    still those it read (a source deleted meanwhile took its claims).
    `facts`: every fact's signature, by source, from a regroup run on the
    writer (`grouping_facts`), for an index built whole, `built_from`
    what that regroup read and `checks` the facts' checks (see
    claim_conflicts)."""
    scanned = set(find_claims(library))
    dropped = library.drop_offered_claims()  # a claim clipped as a fact: its index is void
    if prebuilt is not None and not scanned and not dropped:
        if library.figure_claim_sources() == prebuilt.claims:
            return _store_prebuilt(library, prebuilt)
    state = library.wide_state
    if appended and not dropped:
        if not isinstance(state, WideState) or state.data_version != library.data_version():
            # Another process's, or a new process's: the stored one, when still true.
            state = wide_store.open_stored(library, WideState)
    else:
        state = None
    if state is not None:
        last = state.sources_up_to
        added = _fact_rows(library, state.items_up_to)
        # In step only when what came is sources after every one indexed.
        if min(added.keys() | scanned, default=last + 1) > last:
            claims = _claim_rows(library, last)
            edges: dict = {}
            _add(state, added, claims, edges)
            # A stored conflict sharing a side with a new one is joined with it.
            reached = library.wide_conflicts_holding({s for a, b, _ in edges for s in (a, b)})
            stored = [(kind, subject, sides) for _cid, kind, subject, sides in reached]
            conflicts = _conflicts(library, state, edges, stored=stored)
            library.write_conflicts(conflicts, replace=[r[0] for r in reached], wide=True)
            if wide_store.is_stored(state):
                wide_store.save_changed(library, state)
            else:  # an index of an earlier version's kind: stored whole
                wide_store.save_whole(library, state)
            state.data_version = library.data_version()
            library.wide_state = state
            return len(conflicts)
    # Rows of kept claims' signatures that no claim is left in.
    library.prune_group_cache(sig_cache.CLAIM_PART, sig_cache.SPAN, "figure_claims")
    state, conflicts = claim_conflicts(library, facts, built_from, checks)
    library.write_conflicts(conflicts, wide=True)
    _keep_state(library, state)
    return len(conflicts)
