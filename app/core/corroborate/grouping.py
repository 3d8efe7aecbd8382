"""Grouping runs: from scratch, or for what was added since the last run.

- `update(library)` after each import: indexes only the items not seen yet,
  merges them into the stored groups, re-judges derived sources around them
  and rebuilds the (few) conflicts they touch;
- `regroup(library)` from scratch (a changed library, the benchmark).

Both run inside one write transaction of the library, so another process
importing into the same file waits instead of interleaving, and a run that
fails leaves the stored groups as they were. The in-memory state is kept on
the library object and dropped when another connection has written since
(`Library.data_version`): the next run then starts from the stored index,
which always matches the stored groups (they are written together).
"""

from __future__ import annotations

import hashlib
import marshal
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from app.core.cancel import CancelledError, Stop, check
from app.core.collector_hold import collector_held
from app.core.corroborate import (
    conflicts,
    derived,
    index_format,
    index_store,
    reindex,
    sig_cache,
    signing,
    wide,
    wide_store,
)
from app.core.corroborate.matching import Edge, GroupIndex
from app.core.corroborate.state import GroupingState
from app.core.store import Library


@dataclass
class Summary:
    """What a grouping run did, for the CLI and the status bar."""

    items_indexed: int = 0
    groups: int = 0
    derived: dict[int, int] = field(default_factory=dict)  # source -> original
    conflicts: int = 0
    rebuilt: bool = False


# A run built beside the writer asked to stop (`_index_items`'s `stop`): the
# one cooperative stop of long work, as an import's (app/core/cancel.py).
StoppedError = CancelledError
# The items' rows (id, source, kind, text, date) as a run reads them.
RowsRead = Callable[[Iterable[tuple]], Iterator[tuple]]


def _index_items(
    library: Library,
    state: GroupingState,
    after: int = 0,
    cache: sig_cache.SigCache | None = None,
    stop: Stop | None = None,
    rows_read: RowsRead | None = None,
):
    """Sign, index and compare the items above `after`; return how many
    and the edges found (a regroup's claims' edges go through its
    `state.edge_log` too)."""
    n, edges, log = 0, [], state.edge_log
    n_new = library.item_extent()[1] - len(state.item_source)
    rows = library.grouping_rows(after)
    if rows_read is not None:
        rows = rows_read(rows)
    if cache is None:
        cache = sig_cache.SigCache(library, after)
    state.index.speakers.update(library.quote_speakers(after))
    checked, add = cache.checked, state.index.add_signed
    for item_id, source_id, kind, sig in signing.signed(rows, library.source_text, n_new, cache):
        state.item_source[item_id] = source_id
        state.item_kind[item_id] = kind
        state.carried[source_id] += 1
        item_check = checked.pop(item_id, None)
        if log is None or kind != "fact":
            edges.extend(add(item_id, sig))
        else:
            known = log.known(item_id, item_check)
            found = add(item_id, sig, known=known)
            if known is None:
                log.found(item_id, item_check, found)
            edges.extend(found)
        n += 1
        if n % 1024 == 0:
            check(stop)
    if rows_read is not None:
        # The speaker entries of quotes left out, as a run that never read them.
        speakers = state.index.speakers
        for item_id in [i for i in speakers if i not in state.item_source]:
            del speakers[item_id]
    return n, edges


def _load_state(library: Library, up_to: int, count: int) -> GroupingState | None:
    """The index of the items grouped before (ids up to `up_to`, `count` of
    them), with the stored groups and conflicts; None when no index matching
    the mark and this format is stored (the groups and conflicts stored with
    it may have been found by other rules, so the caller regroups)."""
    index = index_store.open_stored(library, up_to, count)
    if index is None:
        return None
    state = GroupingState(index=index)
    for item_id, source_id, kind in library.item_places(up_to):
        state.item_source[item_id] = source_id
        state.item_kind[item_id] = kind
    state.carried.update(state.item_source.values())
    by_cluster: dict[int, int] = {}
    for cid, iid in library.cluster_memberships():
        if cid in by_cluster:
            state.same.union(by_cluster[cid], iid)
        else:
            by_cluster[cid] = iid
    direct: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for cid, iid, kind, value, is_direct in library.conflict_memberships():
        if is_direct:
            direct[cid].append((iid, kind, value))
    subjects = library.conflict_subjects()
    for cid, members in direct.items():
        # A chain of edges joins the claims again; the conflict's subject
        # goes on its first claim, as the subject of its lowest edge did.
        members.sort()
        for n, ((a, kind, va), (b, _, vb)) in enumerate(zip(members, members[1:], strict=False)):
            subject = subjects.get(cid, "") if n == 0 else ""
            state.conflict_edges.append(Edge(a, b, "conflict", kind, (va, vb), subject))
    state.n_conflicts = len(direct)
    state.loose_edges = index_store.stored_loose_edges(library)
    return state


def speakers_digest(speakers: dict[int, int]) -> str:
    """A digest of the quotes' speaker entries an index was built with."""
    return hashlib.blake2b(marshal.dumps(sorted(speakers.items())), digest_size=16).hexdigest()


def take_edges(state: GroupingState, edges: Iterable[Edge]) -> set[tuple[int, str]]:
    """Join the items of each "same" edge into one group and keep the other
    edges (loose, or conflicts) with `state`; the claims those others are
    about, (item id, kind), are returned: the conflicts to look at again."""
    claims: set[tuple[int, str]] = set()
    for e in edges:
        if e.relation == "same":
            state.same.union(e.a, e.b)
        else:
            (state.loose_edges if e.loose else state.conflict_edges).append(e)
            claims.update(((e.a, e.kind), (e.b, e.kind)))
    return claims


def regroup(library: Library) -> Summary:
    """Group every item of the library from scratch and store the result."""
    if library.regroup_beside:
        return left_stale(library)
    with library.grouping_transaction(), collector_held():
        return regroup_inside(library)


def regroup_inside(library: Library) -> Summary:
    """`regroup` inside the grouping transaction the caller opened, with the
    collector held (an in-place update that finds it must regroup)."""
    library.prune_group_cache(sig_cache.PART, sig_cache.SPAN)  # rows of deleted items
    built = build(library, sig_cache.SigCache(library))
    # Indexed again by wide.refresh once this index is stored (`finish`).
    built.wide_facts = wide.grouping_facts(built.state, copied=False)
    built.wide_checks = built.edges.checks()
    return store_built(library, built)


@dataclass
class Built:
    """Every item indexed and compared, its groups found: a regroup before
    its writes (`build`, then `store_built`)."""

    state: GroupingState
    n: int
    groups: list[tuple[str, list[int]]]
    built_from: str  # see index_store.save
    # The in-memory index once a stored one took its place (`store_built`
    # with `keep_index`), for the caller to let go of on its own thread.
    index_gone: list[GroupIndex] = field(default_factory=list)
    # The index's rows as stored, made before the store (index_store.all_rows).
    rows: list[tuple[str, int, bytes]] | None = None
    # The figure claims' conflicts built beside the writer (wide.build_beside).
    wide_built: wide.Prebuilt | None = None
    # The facts' signatures of a regroup on the writer, for the claims' index,
    # and their checks (wide.refresh).
    wide_facts: dict | None = None
    wide_checks: dict[int, int] | None = None
    # The claims' edges its comparisons found, or took from the stored.
    edges: wide_store.EdgeLog | None = None


def build(
    library: Library,
    cache: sig_cache.SigCache,
    stop: Stop | None = None,
    rows_read: RowsRead | None = None,
) -> Built:
    """The heavy part of a regroup: read every item, sign it (or take its
    kept signature, `cache`), index it and compare it. It writes nothing but
    through `cache`; `stop()` asked now and then raises `StoppedError`.
    `rows_read`: the items' rows as the run reads them, a regroup's of the
    rows it lets through (beside.py leaves out sources deleted meanwhile)."""
    state = GroupingState()
    log = state.edge_log = wide_store.EdgeLog(library, wide_store.GROUP_EDGES)
    n, edges = _index_items(library, state, cache=cache, stop=stop, rows_read=rows_read)
    state.edge_log = None  # the run's: kept in `Built` till stored
    edges.extend(state.index.resolve_short())  # what each short wording joins
    take_edges(state, edges)
    groups = [(state.item_kind[root], ids) for root, ids in state.same.members.items()]
    # The speakers decide the keys of short wordings (GroupIndex.exact_key).
    built_from = index_store.inputs(f"{cache.inputs()}:{speakers_digest(state.index.speakers)}")
    return Built(state, n, groups, built_from, edges=log)


def store_built(library: Library, built: Built, keep_index: bool = False) -> Summary:
    """Write what `build` found, as a regroup writes it, inside the caller's
    grouping transaction: the groups, the derived marks and conflicts
    (judged here, on the library as it is), the index and the mark.
    `keep_index`: the in-memory index is kept in `built.index_gone`, not
    let go of here (index_store.let_go: seconds on a large library)."""
    state, groups = built.state, built.groups
    release = built.index_gone.append if keep_index else index_store.let_go
    library.write_clusters(groups)
    verdict = derived.judge(library, state, set(state.item_source.values()))
    library.replace_detected_derivations(verdict)
    state.n_conflicts = conflicts.store_all(library, state)
    if built.edges is not None:
        built.edges.save(library)
    return finish(
        library,
        state,
        built.n,
        groups,
        verdict,
        rebuilt=True,
        built_from=built.built_from,
        release=release,
        rows=built.rows,
        prebuilt=built.wide_built,
        wide_facts=built.wide_facts,
        wide_checks=built.wide_checks,
    )


def current_state(library: Library) -> GroupingState | None:
    """The state to continue from: the library's own while no other
    connection has written, else the stored one; None when only a regroup
    can bring the groups in step with the items."""
    state = library.grouping_state
    if isinstance(state, GroupingState) and state.data_version == library.data_version():
        return state
    library.grouping_state = None
    mark = library.grouping_mark()
    if mark is None:
        return None
    state = _load_state(library, mark[0], mark[1])
    if state is None or len(state.item_source) != mark[1]:
        return None  # items changed since the index was stored
    return state


def update(library: Library, source_id: int | None = None) -> Summary:
    """Bring groups, derived marks and conflicts up to date after an import.

    Only items not yet indexed are compared (with the items sharing a rare
    key with them). `source_id` names the source just imported; it is only a
    hint, every new item is picked up, including those another process
    added (and a source another process already grouped is left as it is). When items were deleted or changed since the index was built, the
    library is regrouped instead."""
    if library.regroup_beside:
        return left_stale(library)
    with library.grouping_transaction(), collector_held():
        state = current_state(library)
        if state is None:
            return regroup_inside(library)
        indexed_up_to = max(state.item_source, default=0)
        # Every item up to the last indexed one must still be there: items are
        # only ever added with higher ids, so a smaller count means some were
        # deleted (a removed source, a re-extraction).
        if library.count_items_up_to(indexed_up_to) != len(state.item_source):
            return regroup_inside(library)
        n, edges = _index_items(library, state, after=indexed_up_to)
        if not n:  # nothing new (another process may have grouped it already)
            wide.refresh(library, appended=True)  # a new source with no item: its claims
            library.grouping_state = state
            state.data_version = library.data_version()
            return Summary()
        new_ids = {i for i in state.item_source if i > indexed_up_to}
        # The groups of short wordings a new statement holds that must be
        # decided again (reindex.settle_short), then what each one joins.
        more, settled, dropped = reindex.settle_short(state, (), new_ids)
        edges += more + state.index.resolve_short()
        new_claims = take_edges(state, edges)  # claims of new conflict edges
        touched = new_ids | settled
        touched |= {i for e in edges if e.relation == "same" for i in (e.a, e.b)}
        members = {root: state.same.group(root) for root in {state.same.find(i) for i in touched}}
        groups = [(state.item_kind[root], ids) for root, ids in members.items()]
        library.write_clusters(groups, replace_items=[i for ids in members.values() for i in ids])
        changed_sources = {state.item_source[i] for i in new_ids | settled}
        if source_id is not None:
            changed_sources.add(source_id)
        verdict = derived.judge(library, state, changed_sources, list(members.values()))
        library.replace_detected_derivations(verdict)
        # Only the conflicts that gained an edge, or whose claims' groups grew,
        # can have changed: those are rebuilt, the others stay as stored.
        if dropped:  # the conflicts a group taken apart linked are rebuilt, or go
            stale = library.conflicts_with_direct_claims(dropped)
            if stale:
                library.write_conflicts([], replace=stale)
            new_claims |= {c for c in dropped if c[0] in state.item_source}
        state.n_conflicts = conflicts.store_touched(library, state, new_claims, set(members))
        return finish(library, state, n, groups, verdict, appended=True)


def finish(
    library: Library,
    state: GroupingState,
    n: int,
    groups,
    verdict,
    rebuilt=False,
    built_from="",
    release: Callable[[GroupIndex], None] = index_store.let_go,
    rows: list[tuple[str, int, bytes]] | None = None,
    appended: bool = False,
    prebuilt: wide.Prebuilt | None = None,
    wide_facts: dict | None = None,
    wide_checks: dict[int, int] | None = None,
):
    """Store the mark and index, keep the state on the library, and say what
    was done; `built_from`, `rows`: see index_store.save; `release`: given
    the in-memory index a stored one takes the place of; `appended`: the run
    only added items and sources (an import's update), `prebuilt`: the
    claims' conflicts built beside, `wide_facts` the facts' signatures
    and `wide_checks` their checks (see wide.refresh)."""
    _mark(library, state, built_from, release, rows)
    # The figure claims' conflicts, against these groups.
    wide.refresh(library, appended, prebuilt, wide_facts, built_from, wide_checks)
    library.grouping_state = state
    return Summary(
        items_indexed=n,
        groups=sum(len(ids) > 1 for _, ids in groups),
        derived={s: o for s, (o, _) in verdict.items() if o},
        conflicts=library.count_conflicts(),
        rebuilt=rebuilt,
    )


def _mark(
    library: Library,
    state: GroupingState,
    built_from: str = "",
    release: Callable[[GroupIndex], None] = index_store.let_go,
    rows: list[tuple[str, int, bytes]] | None = None,
) -> None:
    """Store the grouping mark with the index, and from then on read the
    index from the library (an in-memory one is dropped: its maps are stored,
    its signatures are recomputed when a comparison needs them)."""
    max_item_id, count = max(state.item_source, default=0), len(state.item_source)
    index_store.save(library, state.index, max_item_id, count, state.loose_edges, built_from, rows)
    if not index_store.is_stored(state.index):
        stored = index_store.open_stored(library, max_item_id, count, state.index.speakers)
        if stored is not None:
            release(state.index)
            state.index = stored
    # Our own commit does not move data_version; another connection's does.
    state.data_version = library.data_version()


# A grouping mark no index matches: the next grouping run regroups.
STALE_MARK = (0, -1)


def mark_stale(library: Library) -> None:
    """Called inside the transaction of an edit that changes what the groups
    were made from (a quote's speaker, a source's date) and that is committed
    before the run bringing them up to date: if that run never happens (the
    process dies in between), the next grouping run regroups rather than
    trust the groups. The run stores the mark again when it has written its
    result. A library never grouped keeps no mark (the next import groups all)."""
    if library.grouping_mark() is not None:
        library.set_grouping_mark(*STALE_MARK)


def left_stale(library: Library) -> Summary:
    """A grouping run of the writer while a regroup is built beside it
    (corroborate/beside.py): the groups are left marked stale, and the
    edit that asked counted (`Library.grouping_generation`), so the
    regroup beside starts again and takes it in."""
    library.grouping_state = None
    mark_stale(library)
    return Summary()


def forget(library: Library) -> None:
    """Drop the library's in-memory grouping state (rebuilt when next needed)."""
    library.grouping_state = None
    library.wide_state = None


def ensure_current(library: Library) -> Summary | None:
    """Group whatever was added since the last grouping; None when up to date
    (the groups made over the items there are, by this version's rules: a
    library whose index another format wrote is regrouped)."""
    if library.groups_in_step() and index_format.stored_in_format(library):
        if library.claims_in_step():
            return None
        # Groups in step, figure claims not found yet (a library upgraded
        # from before them): only their conflicts are brought up to date.
        with library.grouping_transaction(), collector_held():
            wide.refresh(library)
        return Summary(conflicts=library.count_conflicts())
    return update(library)
