"""Corroboration: which sources agree, which copy, and where they disagree.

Entry points:

- `update(library)` after each import: indexes only the items not seen yet
  (the importer calls it), merges them into the stored groups, re-judges
  derived sources around them and rebuilds the (few) conflicts;
- `regroup(library)` from scratch (a new or changed library, the benchmark).

The matching rules are in `app/core/grouping.py`, the tables in
`app/core/store_groups.py`. The index is stored in the library with the
groups (`app/core/index_store.py`) and read a bucket at a time, so each
import, the first of a session too, costs about its own items; a library
changed behind the index's back (deleted or re-extracted items) is regrouped.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from app.core import conflicts, index_store
from app.core.claims import claim_values, content_stems, kind_label, name_as_written
from app.core.grouping import Edge, GroupIndex, UnionFind
from app.core.model import Conflict
from app.core.store import Library

# A source is judged a rewrite or near copy of another when much of what it
# carries is also in the other, and its own wording (outside quotes, which
# any report may repeat verbatim) keeps many of the other's word pairs.
# Measured on the seeds: the rewrite 003 shares 53% of its items and 25% of
# its word pairs with 000; no other pair passes 16% of items or word pairs.
DERIVED_SHARED = 0.4  # share of the copy's items also carried by the original
DERIVED_MIN_SHARED = 3  # at least this many items in common
DERIVED_SIMILARITY = 0.2  # share of word pairs (outside quotes) in common
WIDE_GROUP = 30  # a group in more sources than this says nothing about copying


@dataclass
class Summary:
    """What a grouping run did, for the CLI and the status bar."""

    items_indexed: int = 0
    groups: int = 0
    derived: dict[int, int] = field(default_factory=dict)  # source -> original
    conflicts: int = 0
    rebuilt: bool = False


@dataclass
class _State:
    index: GroupIndex = field(default_factory=GroupIndex)
    same: UnionFind = field(default_factory=UnionFind)
    conflict_edges: list[Edge] = field(default_factory=list)
    item_source: dict[int, int] = field(default_factory=dict)
    item_kind: dict[int, str] = field(default_factory=dict)
    carried: Counter = field(default_factory=Counter)  # items per source
    n_conflicts: int = 0


_STATES: weakref.WeakKeyDictionary[Library, _State] = weakref.WeakKeyDictionary()


def _item_rows(library: Library, up_to: int | None = None, after: int = 0):
    sql = "SELECT id, source_id, kind, text FROM items WHERE id > ?"
    params: tuple = (after,)
    if up_to is not None:
        sql += " AND id <= ?"
        params = (after, up_to)
    yield from library.db.execute(sql + " ORDER BY id", params)


def _index_items(state: _State, rows) -> tuple[int, list[Edge]]:
    n, edges = 0, []
    for item_id, source_id, kind, text in rows:
        state.item_source[item_id] = source_id
        state.item_kind[item_id] = kind
        state.carried[source_id] += 1
        edges.extend(state.index.add(item_id, source_id, kind, text))
        n += 1
    return n, edges


def _load_state(library: Library, up_to: int, count: int) -> _State | None:
    """The index of the items grouped before (ids up to `up_to`, `count` of
    them), with the stored groups and conflicts; None when no index matching
    the mark and this format is stored (the groups and conflicts stored with
    it may have been found by other rules, so the caller regroups)."""
    state = _State()
    index = index_store.open_stored(library, up_to, count)
    if index is None:
        return None
    state.index = index
    for item_id, source_id, kind in library.db.execute(
        "SELECT id, source_id, kind FROM items WHERE id <= ?", (up_to,)
    ):
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
    subjects = dict(library.db.execute("SELECT id, subject FROM conflicts"))
    for cid, members in direct.items():
        # A chain of edges joins the claims again; the conflict's subject
        # goes on its first claim, as the subject of its lowest edge did.
        members.sort()
        for n, ((a, kind, va), (b, _, vb)) in enumerate(zip(members, members[1:], strict=False)):
            subject = subjects.get(cid, "") if n == 0 else ""
            state.conflict_edges.append(Edge(a, b, "conflict", kind, (va, vb), subject))
    state.n_conflicts = len(direct)
    return state


def regroup(library: Library) -> Summary:
    """Group every item of the library from scratch and store the result."""
    forget(library)
    state = _State()
    n, edges = _index_items(state, _item_rows(library))
    for e in edges:
        if e.relation == "same":
            state.same.union(e.a, e.b)
        else:
            state.conflict_edges.append(e)
    groups = [(state.item_kind[root], ids) for root, ids in state.same.members.items()]
    library.write_clusters(groups)
    derived = _judge_derived(library, state, set(state.item_source.values()))
    library.replace_detected_derivations(derived)
    n_conflicts = state.n_conflicts = conflicts.store_all(library, state)
    _mark(library, state)
    _STATES[library] = state
    return Summary(
        items_indexed=n,
        groups=sum(len(ids) > 1 for _, ids in groups),
        derived={s: o for s, (o, _) in derived.items() if o},
        conflicts=n_conflicts,
        rebuilt=True,
    )


def update(library: Library, source_id: int | None = None) -> Summary:
    """Bring groups, derived marks and conflicts up to date after an import.

    Only items not yet indexed are compared (with the items sharing a rare
    key with them). `source_id` names the source just imported; it is only a
    hint, every new item is picked up. When items were deleted or changed
    since the index was built, the library is regrouped instead.
    """
    state = _STATES.get(library)
    if state is None:
        mark = library.grouping_mark()
        if mark is None:
            return regroup(library)
        state = _load_state(library, mark[0], mark[1])
        if state is None or len(state.item_source) != mark[1]:
            return regroup(library)  # items changed since: start again
        _STATES[library] = state
    stored = dict(library.db.execute("SELECT id, source_id FROM items"))
    if any(iid not in stored for iid in state.item_source):
        return regroup(library)
    new_ids = {iid for iid in stored if iid not in state.item_source}
    if not new_ids and source_id is None:
        return Summary()
    # New items get higher ids than every indexed one (deletions regroup above).
    n, edges = _index_items(state, _item_rows(library, after=max(state.item_source, default=0)))
    touched = set(new_ids)
    new_claims: set[tuple[int, str]] = set()  # claims of new conflict edges
    for e in edges:
        if e.relation == "same":
            touched.update((e.a, e.b))
            state.same.union(e.a, e.b)
        else:
            state.conflict_edges.append(e)
            new_claims.update(((e.a, e.kind), (e.b, e.kind)))
    members = {root: state.same.group(root) for root in {state.same.find(i) for i in touched}}
    groups = [(state.item_kind[root], ids) for root, ids in members.items()]
    library.write_clusters(groups, replace_items=[i for ids in members.values() for i in ids])
    changed_sources = {state.item_source[i] for i in new_ids}
    if source_id is not None:
        changed_sources.add(source_id)
    derived = _judge_derived(library, state, changed_sources, list(members.values()))
    library.replace_detected_derivations(derived)
    # Only the conflicts that gained an edge, or whose claims' groups grew,
    # can have changed: those are rebuilt, the others stay as stored.
    n_conflicts = state.n_conflicts = conflicts.store_touched(
        library, state, new_claims, set(members)
    )
    _mark(library, state)
    return Summary(
        items_indexed=n,
        groups=sum(len(ids) > 1 for _, ids in groups),
        derived={s: o for s, (o, _) in derived.items() if o},
        conflicts=n_conflicts,
    )


def _mark(library: Library, state: _State) -> None:
    """Store the grouping mark with the index, and from then on read the
    index from the library (an in-memory one is dropped: its maps are stored,
    its signatures are recomputed when a comparison needs them)."""
    max_item_id, count = max(state.item_source, default=0), len(state.item_source)
    index_store.save(library, state.index, max_item_id, count)
    if not index_store.is_stored(state.index):
        state.index = index_store.open_stored(library, max_item_id, count) or state.index


def forget(library: Library) -> None:
    """Drop the in-memory index of a library (it is rebuilt when next needed)."""
    _STATES.pop(library, None)
    _PAIRS_CACHE.pop(library, None)


# -- derived sources -------------------------------------------------------------

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _judge_derived(
    library: Library, state: _State, sources: set[int], groups: list[list[int]] | None = None
) -> dict[int, tuple[int, float]]:
    """For each source in `sources` (and those it shares material with):
    {source: (original or 0, similarity)}.

    Evidence first comes from the groups (cheap): how many of a source's
    items are also carried by another source. Only pairs with enough shared
    items have their texts compared.
    """
    carried = state.carried
    shared: Counter[tuple[int, int]] = Counter()  # (s, t): items of s carried by t
    for ids in state.same.members.values() if groups is None else groups:
        if len(ids) < 2:
            continue
        srcs = Counter(state.item_source[i] for i in ids)
        if len(srcs) < 2 or len(srcs) > WIDE_GROUP or not (srcs.keys() & sources):
            continue
        for s, n in srcs.items():
            for t in srcs:
                if s != t:
                    shared[(s, t)] += n
    verdict: dict[int, tuple[int, float]] = {s: (0, 0.0) for s in sources}
    candidates = {
        tuple(sorted((s, t)))
        for (s, t), n in shared.items()
        if n >= DERIVED_MIN_SHARED and n >= DERIVED_SHARED * carried[s]
    }
    for s, t in sorted(candidates):
        sim = _text_similarity(library, s, t)
        if sim < DERIVED_SIMILARITY:
            continue
        copy, original = _direction(library, s, t)
        best = verdict.get(copy, (0, 0.0))
        if sim > best[1]:
            verdict[copy] = (original, round(sim, 3))
    return verdict


_PAIRS_CACHE: weakref.WeakKeyDictionary[Library, dict[int, set]] = weakref.WeakKeyDictionary()


def _own_word_pairs(library: Library, source_id: int) -> set[tuple[str, str]]:
    """Pairs of neighbouring content words of a source, outside its quotes."""
    cache = _PAIRS_CACHE.setdefault(library, {})
    if source_id not in cache:
        (text,) = library.db.execute(
            "SELECT text FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        parts, last = [], 0
        for start, end in library.db.execute(
            "SELECT start, \"end\" FROM items WHERE source_id = ? AND kind = 'quote'"
            " ORDER BY start",
            (source_id,),
        ):
            if start >= last:
                parts.append(text[last:start])
                last = end
        parts.append(text[last:])
        stems = content_stems(" | ".join(parts))
        cache[source_id] = set(zip(stems, stems[1:], strict=False))
    return cache[source_id]


def _text_similarity(library: Library, a: int, b: int) -> float:
    """Share of the smaller text's word pairs found in the other: a rewrite
    rephrases sentences but keeps many phrases."""
    pa, pb = _own_word_pairs(library, a), _own_word_pairs(library, b)
    smaller = min(len(pa), len(pb))
    return len(pa & pb) / smaller if smaller else 0.0


def _direction(library: Library, a: int, b: int) -> tuple[int, int]:
    """(copy, original): the later-dated source copies the earlier; without
    dates, the one added later copies the one added first."""
    dates = dict(
        library.db.execute("SELECT id, date FROM sources WHERE id IN (?, ?)", (a, b)).fetchall()
    )
    da, db = _DATE.search(dates.get(a, "")), _DATE.search(dates.get(b, ""))
    if da and db and da.group() != db.group():
        return (a, b) if da.group() > db.group() else (b, a)
    return (max(a, b), min(a, b))


# -- reports (CLI, tests, scripts) ----------------------------------------------


def ensure_current(library: Library) -> Summary | None:
    """Group whatever was added since the last grouping; None when up to date."""
    mark = library.grouping_mark()
    now = library.db.execute("SELECT coalesce(max(id), 0), count(*) FROM items").fetchone()
    if mark is not None and tuple(mark) == tuple(now):
        return None
    return update(library)


def _item_rows_by_id(library: Library, item_ids: list[int]) -> dict[int, dict]:
    rows = {}
    for start in range(0, len(item_ids), 500):
        chunk = item_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for iid, sid, start_, end, text, fname, title, derived in library.db.execute(
            'SELECT i.id, i.source_id, i.start, i."end", i.text, s.file_name, s.title,'
            " s.derived_from FROM items i JOIN sources s ON s.id = i.source_id"
            f" WHERE i.id IN ({marks})",
            chunk,
        ):
            rows[iid] = {
                "item_id": iid,
                "source_id": sid,
                "source": fname,
                "title": title,
                "derived_from": derived,
                "start": start_,
                "end": end,
                "text": text,
            }
    return rows


def describe_clusters(library: Library, kind: str | None = None) -> list[dict]:
    """Every group carried by two or more sources, as plain data: kind,
    source and independent-source counts, and each member with its source
    file, span and text."""
    clusters = library.clusters(kind=kind)
    rows = _item_rows_by_id(library, [i for c in clusters for i in c.item_ids])
    out = []
    for c in clusters:
        items = sorted((rows[i] for i in c.item_ids), key=lambda r: (r["source_id"], r["start"]))
        out.append(
            {
                "id": c.id,
                "kind": c.kind,
                "sources": c.source_count,
                "independent": c.independent_count,
                "items": items,
            }
        )
    return out


def describe_conflicts(library: Library) -> list[dict]:
    """Every conflict as plain data: what kind of value differs, the values,
    each claim with its value and source, and the user's resolution."""
    conflicts = library.conflicts()
    rows = _item_rows_by_id(library, [i for c in conflicts for i in c.item_ids])
    out = []
    for c in conflicts:
        claims = [{**rows[i], "value": v} for i, v in zip(c.item_ids, c.values, strict=True)]
        if c.kind.startswith("name:"):
            for claim in claims:
                claim["as_written"] = _name_in(claim["text"], c.kind, claim["value"])
        out.append(
            {
                "id": c.id,
                "kind": c.kind,
                "label": kind_label(c.kind),
                "subject": c.subject,
                "values": sorted(set(c.values)),
                "resolved": bool(c.resolution),
                "choice": c.resolution,
                "note": c.note,
                "claims": claims,
            }
        )
    return out


def _name_in(text: str, kind: str, value: str) -> str:
    """How `text` writes the person of a name value ("Jerry Brown" for "Brown")."""
    for v in claim_values(text):
        if v.kind == kind and v.value == value:
            return name_as_written(text, v)
    return value


def value_labels(library: Library, conflict: Conflict) -> dict[str, str]:
    """{value: how the claims write it} for a name conflict ("Brown" ->
    "Jerry Brown", the longest form found); {} for other kinds."""
    if not conflict.kind.startswith("name:"):
        return {}
    labels: dict[str, str] = {}
    for item_id, value in zip(conflict.item_ids, conflict.values, strict=True):
        written = _name_in(library.item(item_id).text, conflict.kind, value)
        if len(written) > len(labels.get(value, "")):
            labels[value] = written
    return labels
