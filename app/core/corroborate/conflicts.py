"""Conflicts from the grouping state: built all at once, or only those an
update can have changed.

A conflict is a connected set of claims (item, value kind) joined by direct
conflict edges, widened by the claims grouped with its members that state
one of its values. What a conflict holds depends only on its edges, the
groups of its claims, and those groups' members' values; so after an import
only the conflicts that gained an edge, or whose claims' groups gained or
merged members, can change. The others, their ids and the user's
resolutions attached to them, stay as stored.

The figure claims' conflicts (wide.py) are joined alike: `joined` makes one
conflict of the disagreements that share a side stating one value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from app.core.corroborate import index_store
from app.core.corroborate.state import GroupingState
from app.core.corroborate.unionfind import UnionFind
from app.core.store import Library

Node = tuple[int, str]  # (item id, value kind)


def _components(state: GroupingState):
    """The direct claims joined by conflict edges: (components by root node,
    value of each node, subject of nodes that head an edge with one)."""
    joined = UnionFind()
    value_of: dict[Node, str] = {}
    subject_of: dict[Node, str] = {}
    # Loose edges count between sources of one story, and then any loose
    # edge reaching a claim already in a conflict joins it as a further witness.
    active = list(state.conflict_edges)
    waiting = []
    for e in state.loose_edges:
        linked = state.sources_linked(
            state.item_source.get(e.a, -1), state.item_source.get(e.b, -1)
        )
        (active if linked else waiting).append(e)
    claimed = {(n, e.kind) for e in active for n in (e.a, e.b)}
    grew = True
    while grew and waiting:
        grew = False
        for e in list(waiting):
            if (e.a, e.kind) in claimed or (e.b, e.kind) in claimed:
                waiting.remove(e)
                active.append(e)
                claimed.update(((e.a, e.kind), (e.b, e.kind)))
                grew = True
    for e in active:
        if e.a not in state.item_source or e.b not in state.item_source:
            continue
        na, nb = (e.a, e.kind), (e.b, e.kind)
        joined.union(na, nb)
        value_of.setdefault(na, e.values[0])
        value_of.setdefault(nb, e.values[1])
        if e.subject:
            subject_of.setdefault(na, e.subject)
    components: dict[Node, list[Node]] = defaultdict(list)
    for node in value_of:
        components[joined.find(node)].append(node)
    return components, value_of, subject_of


def _conflict(state: GroupingState, nodes: list[Node], value_of, subject_of) -> dict | None:
    """One component as a conflict to store, or None when it is not one
    (a single value, or a single source)."""
    kind = nodes[0][1]
    members = {iid: (value_of[(iid, k)], True) for iid, k in nodes}
    values = {v for v, _ in members.values()}
    for iid, _ in nodes:
        for mate in state.same.group(iid):
            if mate in members or state.item_kind.get(mate) != "fact":
                continue
            for v in index_store.fact_values(state.index, mate):
                if v.kind == kind and v.value in values:
                    members[mate] = (v.value, False)
                    break
    sources_per_value = defaultdict(set)
    for iid, (value, _) in members.items():
        sources_per_value[value].add(state.item_source[iid])
    if len(sources_per_value) < 2 or len(set().union(*sources_per_value.values())) < 2:
        return None
    subject = next((subject_of[n] for n in sorted(nodes) if n in subject_of), "")
    return {
        "kind": kind,
        "subject": subject,
        "members": [(iid, v, d) for iid, (v, d) in sorted(members.items())],
    }


def _build(state: GroupingState, components, value_of, subject_of) -> list[dict]:
    out = []
    for nodes in sorted(components, key=min):
        conflict = _conflict(state, nodes, value_of, subject_of)
        if conflict is not None:
            out.append(conflict)
    return out


def store_all(library: Library, state: GroupingState) -> int:
    """Build every conflict and replace the stored ones (user resolutions
    are attached again); return how many there are."""
    components, value_of, subject_of = _components(state)
    conflicts = _build(state, list(components.values()), value_of, subject_of)
    library.write_conflicts(conflicts)
    return len(conflicts)


def store_touched(
    library: Library, state: GroupingState, new_edges: Iterable[Node], grown_roots: set[int]
) -> int:
    """Rebuild only the conflicts an update can have changed: those holding
    a claim of a new conflict edge (`new_edges`: its nodes), or a claim whose
    group is one of `grown_roots` (groups that gained or merged members).
    Their stored versions are replaced (a resolution is attached again when
    kind and values still match, so a new differing value reopens it); the
    other conflicts are left as stored. Return the number of conflicts."""
    components, value_of, subject_of = _components(state)
    seeds = set(new_edges)
    # A loose edge counts once its two sources share a group: a grown group
    # may have just linked them.
    for root in grown_roots:
        sources = {state.item_source.get(i) for i in state.same.group(root)}
        for e in state.loose_edges:
            if state.item_source.get(e.a) in sources and state.item_source.get(e.b) in sources:
                seeds.update(((e.a, e.kind), (e.b, e.kind)))
    touched = [
        nodes
        for nodes in components.values()
        if any(n in seeds or state.same.find(n[0]) in grown_roots for n in nodes)
    ]
    if not touched:
        return library.count_conflicts()
    nodes_touched = {n for nodes in touched for n in nodes}
    stale = library.conflicts_with_direct_claims(nodes_touched)
    conflicts = _build(state, touched, value_of, subject_of)
    library.write_conflicts(conflicts, replace=stale)
    return library.count_conflicts()


# A disagreement found: its value kind, its subject, its sides (a side's
# id, as `_side` gives it, and its value); an edge, or a stored conflict.
Part = tuple[str, str, tuple[tuple[int, str], ...]]


def joined(parts: Iterable[Part]) -> list[dict]:
    """The disagreements as conflicts `Library.write_conflicts` takes: those
    sharing a side that states the same value of the same kind joined into
    one, so that one report's figure against four others' is one conflict
    of five sides, not four of two (a side giving two values of the kind in
    one joined set leaves that set's disagreements apart). The subject is
    the one most of the set's disagreements give, the first on a tie."""
    parts = list(parts)
    sets = UnionFind()
    for kind, _subject, sides in parts:
        first = (sides[0][0], kind, sides[0][1])
        for side, value in sides[1:]:
            sets.union(first, (side, kind, value))
    by_root: dict = {}
    for part in parts:
        kind, _subject, sides = part
        by_root.setdefault(sets.find((sides[0][0], kind, sides[0][1])), []).append(part)
    out = []
    for group in by_root.values():
        values: dict[int, set[str]] = {}
        for _kind, _subject, sides in group:
            for side, value in sides:
                values.setdefault(side, set()).add(value)
        if any(len(v) > 1 for v in values.values()):
            out.extend(_of_sides(part[0], part[1], part[2]) for part in group)
            continue
        subjects = Counter(subject for _kind, subject, _sides in group if subject)
        subject = max(subjects, key=subjects.__getitem__, default="")
        sides = tuple((side, next(iter(v))) for side, v in values.items())
        out.append(_of_sides(group[0][0], subject, sides))
    return out


def _of_sides(kind: str, subject: str, sides) -> dict:
    members = sorted(((side, value, True) for side, value in sides), key=lambda m: abs(m[0]))
    return {"kind": kind, "subject": subject, "members": members}
