"""The figure claims' comparison index (wide.WideState) kept in the library
between sessions, as the grouping's own is (index_store.py).

Without it a new process (each `main.py import FILE`) builds the index of
every fact and claim again before it compares the few it imports. Its
postings and feature counts are stored in the `group_index` table, parts
`wide_fact_keys` and `wide_df`, cut into buckets as the grouping's
(index_store.map_rows, StoredMap), with a row `wide_meta`: the format (a
digest of the code that builds the index), how far the index went (the
highest item and source ids indexed, the highest claim id), how many
signatures it holds, and the extent of the library it was built over:
how many fact items and figure claims there were up to those ids, and the
sums of their ids, and how many conflicts holding a claim were stored
with it, and their highest id (Library.wide_extent: a run of another
version that stored conflicts without keeping the parts moves these).

Every run of `wide.refresh` keeps them true: a whole index built (a
regroup, a delete or its undo, a new date, another speaker: anything but
an import's update) is stored whole (`save_whole`, only the rows that
differ written), and from then on read from the library as the grouping's
is; an import's update writes the buckets it changed (`save_changed`). A
new process opens the stored index (`open_stored`) only when its format
is this code's and the library's extent is still the one it was built
over; else the index is built again, as before.

Beside it, `EdgeLog` keeps the edges each claim's comparison found in the
last regroup, for this index and the grouping's, so the next one compares
only the claims that are no longer those stored (see below).
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable

from app.core.corroborate import index_store, sig_cache
from app.core.corroborate.claims import FactSig
from app.core.corroborate.index_format import FORMAT
from app.core.corroborate.index_store import StoredMap, map_rows
from app.core.corroborate.matching import Edge, GroupIndex
from app.core.store import Library

META, FACT_KEYS, DF = index_store.WIDE_PARTS
# A claim is indexed under its id past this: no item's id comes near.
CLAIM_BASE = 1 << 40


def code_format() -> str:
    """The format tag stored parts must carry to be read: the grouping
    index's, the signatures' version and a digest of the modules whose code
    decides what the index holds given the signatures (the signatures' own
    code is the kept ones' check, sig_cache.VERSION)."""
    modules = (*index_store.INDEX_MODULES, "wide", "wide_store")
    return sig_cache.package_digest(f"{FORMAT}:{sig_cache.VERSION}", modules)


class WideSigs(index_store.StoredSigs):
    """The signatures of the facts and claims a stored index holds, built
    from their text when first asked for (the stored index keeps none); a
    claim's under `CLAIM_BASE` plus its id, as wide.py indexes it."""

    def __init__(self, library: Library, meta: dict) -> None:
        super().__init__(library, "fact", meta["count"], meta["items_up_to"])
        self._base, self._claims_up_to = CLAIM_BASE, meta["claims_up_to"]

    def _stored(self, node: int) -> bool:
        if node >= self._base:
            return node - self._base <= self._claims_up_to
        return node <= self._up_to

    def __setitem__(self, node: int, sig: FactSig) -> None:
        if node not in self._sigs and not self._stored(node):
            self._count += 1
        self._sigs[node] = sig

    def _row(self, node: int) -> tuple[int, str, str] | None:
        if not self._stored(node):
            return None
        if node >= self._base:
            return self._library.figure_claim(node - self._base)
        return self._library.grouping_item(node, "fact")


def _meta(library: Library, state) -> dict:
    claims_up_to = max(state.claim_source, default=0)
    return {
        "format": code_format(),
        "items_up_to": state.items_up_to,
        "sources_up_to": state.sources_up_to,
        "claims_up_to": claims_up_to,
        "count": len(state.index.facts),
        "extent": list(library.wide_extent(state.items_up_to, state.sources_up_to)),
        "inputs": state.built_from,  # see save_whole
    }


def _meta_row(library: Library, state) -> tuple[str, int, bytes]:
    return (META, 0, marshal.dumps(_meta(library, state)))


def whole_rows(state) -> list[tuple[str, int, bytes]]:
    """The rows an in-memory index is stored in, but its meta (which reads
    the library: see `save_whole`); made off the writer by a regroup built
    beside it."""
    index = state.index
    return [*map_rows(FACT_KEYS, index.fact_keys), *map_rows(DF, index.df)]


def is_stored(state) -> bool:
    return is_stored_index(state.index)


def is_stored_index(index: GroupIndex) -> bool:
    return isinstance(index.df, StoredMap)


def save_whole(
    library: Library, state, rows: Iterable[tuple[str, int, bytes]] | None = None
) -> None:
    """Store an in-memory index whole (`rows`: made before, `whole_rows`),
    inside the caller's grouping transaction, and from then on read it from
    the library: `state.index` is given the stored one. An index built
    from what the stored one was (`state.built_from`: the same facts and
    claims, signed alike, in the same order, by the same code) is the same:
    its rows are left as they are, and only the meta is written (a regroup
    of a library unchanged since the last; what an update writes clears
    the mark, see `save_changed`)."""
    meta = _meta_row(library, state)
    stored = _part_meta(library, META) if rows is None and state.built_from else None
    if stored is not None and stored.get("inputs") == state.built_from:
        if stored != marshal.loads(meta[2]):  # the conflicts found, their ids
            library.write_group_cache([meta])
    else:
        rows = whole_rows(state) if rows is None else rows
        library.replace_group_parts(index_store.WIDE_PARTS, [*rows, meta])
    built, state.index = state.index, _stored_index(library, marshal.loads(meta[2]))
    if not is_stored_index(built):  # read from the library already (`built_alike`)
        # One entry at a time, as the grouping's: freed at once, its millions
        # of objects would hold the interpreter's lock (index_store.let_go).
        index_store.let_go(built)


def save_changed(library: Library, state) -> None:
    """Store what an import's update changed in a stored index: the buckets
    written to, and the meta (no longer marked as built whole from anything)."""
    state.built_from = ""
    index = state.index
    rows = [*index.fact_keys.dirty_rows(), *index.df.dirty_rows(), _meta_row(library, state)]
    library.write_group_cache(rows)


def drop(library: Library) -> None:
    """Drop the stored index (the conflicts were built without one)."""
    library.drop_group_parts(index_store.WIDE_PARTS)


def _stored_index(library: Library, meta: dict) -> GroupIndex:
    return GroupIndex(
        facts=WideSigs(library, meta),  # type: ignore[arg-type]
        fact_keys=StoredMap(library, FACT_KEYS, list),  # type: ignore[arg-type]
        df=StoredMap(library, DF, int),  # type: ignore[arg-type]
        distinct_postings=False,  # not looked through
        pair_floor=CLAIM_BASE,
    )


def built_alike(library: Library, built_from: str) -> GroupIndex | None:
    """The stored index when a whole index built now from `built_from`
    (what `wide.claim_conflicts` marks it with) would be it: the stored one
    was built whole from the same, by this code, over the library's facts
    and claims as they still are; else None."""
    meta = _part_meta(library, META)
    if not built_from or meta is None or meta.get("inputs") != built_from:
        return None
    if meta.get("format") != code_format():
        return None
    extent = library.wide_extent(meta["items_up_to"], meta["sources_up_to"])
    return _stored_index(library, meta) if list(extent) == meta["extent"] else None


def open_stored(library: Library, make_state):
    """The stored index as a state (`make_state(index, items_up_to,
    sources_up_to, claim_source)`), or None when none is stored, another
    code wrote it, or the library's facts and claims up to where it went
    are no longer those it was built over."""
    meta = _part_meta(library, META)
    if meta is None or meta.get("format") != code_format():
        return None
    items_up_to, sources_up_to = meta["items_up_to"], meta["sources_up_to"]
    if list(library.wide_extent(items_up_to, sources_up_to)) != meta["extent"]:
        return None
    claim_source = {c: s for c, s in library.figure_claim_sources().items() if s <= sources_up_to}
    index = _stored_index(library, meta)
    return make_state(index, items_up_to, sources_up_to, claim_source)


# -- the comparisons' edges ----------------------------------------------------
#
# Comparing each claim with those indexed before it is the largest part of
# a regroup (two fifths of its time at 200,000 items). What a claim's
# comparison finds depends only on the claims indexed before it, in order,
# their signatures (each one's check, sig_cache.check, says what it was read
# from) and the code below: so the edges each regroup found are stored, in
# the order found, with each claim's id and check, one list for the
# grouping's index (`GROUP_EDGES`) and one for the figure claims'
# (`WIDE_EDGES`: only conflicts with a claim on a side, all `wide._keep`
# reads). The next regroup takes a claim's stored edges instead of comparing
# it while its claims so far are those stored, in the same order (a claim
# changed, gone or put between two others is compared again, and so is every
# one after it: the feature counts its comparisons weigh words by have
# changed); the index is built as before. Bucket 0 of a part is its meta
# (the code's digest, `edge_format`, and how many claims), buckets 1 on
# hold `EDGE_CHUNK` claims each.

GROUP_EDGES, WIDE_EDGES = index_store.EDGE_PARTS
EDGE_CHUNK = 4096
# The modules whose code decides which claims are compared and what the
# comparison finds, given their signatures (every module matching.py reads,
# a test keeps the list whole), and those that decide the order claims are
# indexed in.
EDGE_MODULES = (
    "claims",
    "counterparts",
    "judging",
    "matching",
    "needed",
    "quantities",
    "rules",
    "same_claim",
    "short_wordings",
    "two_things",
    "vote_days",
    "weights",
    "grouping",
    "wide",
    "wide_store",
)

Entry = tuple[int, int, tuple]  # a claim's node, its check, its edges as tuples


def edge_format() -> str:
    """The format tag stored edges must carry to be read (see EDGE_MODULES)."""
    return sig_cache.package_digest(f"edges:{FORMAT}:{sig_cache.VERSION}", EDGE_MODULES)


def _edge_tuple(e: Edge) -> tuple:
    return (e.a, e.b, e.relation, e.kind, tuple(e.values), e.subject, e.loose)


class EdgeLog:
    """The edges a run's comparisons find, claim after claim, and those a
    regroup before found (`part` in the library), read a chunk at a time
    while the run's claims are the stored ones."""

    def __init__(self, library: Library, part: str) -> None:
        self._library, self._part = library, part
        self.entries: list[Entry] = []  # this run's, in order
        self.reused = 0  # of them, taken from the stored
        meta = _part_meta(library, part)
        self._stored = meta["count"] if meta and meta.get("format") == edge_format() else 0
        self._chunk: list[Entry] = []

    def known(self, node: int, check: int | None) -> list[Edge] | None:
        """The stored edges of the claim `node` with check `check`, indexed
        next, while every claim before it was the stored one; else None
        (it is compared), and so is every claim after it."""
        at = len(self.entries)
        if at != self.reused or at >= self._stored or check is None:
            return None
        if at % EDGE_CHUNK == 0:
            data = self._library.group_index_part(self._part, [at // EDGE_CHUNK + 1])
            row = data.get(at // EDGE_CHUNK + 1)
            self._chunk = marshal.loads(row) if row is not None else []
        entry = self._chunk[at % EDGE_CHUNK] if at % EDGE_CHUNK < len(self._chunk) else None
        if entry is None or entry[0] != node or entry[1] != check:
            self._stored = 0  # out of step from here on
            return None
        self.entries.append(entry)
        self.reused += 1
        return [Edge(*t) for t in entry[2]]

    def found(self, node: int, check: int | None, edges: list[Edge]) -> None:
        """Note the edges a comparison of the claim `node` found (`known`
        gave none)."""
        self.entries.append((node, -1 if check is None else check, tuple(map(_edge_tuple, edges))))

    def whole(self) -> bool:
        """Whether every claim's edges were the stored ones, and no more are stored."""
        return self.reused == len(self.entries) == self._stored

    def checks(self) -> dict[int, int]:
        """Each claim's check, by node."""
        return {node: check for node, check, _ in self.entries}

    def save(self, library: Library) -> None:
        """Store the run's edges as the part's whole, inside the caller's
        grouping transaction; nothing is written when every one was the
        stored one's."""
        if self.whole():
            return
        meta = {"format": edge_format(), "count": len(self.entries)}
        rows = [(self._part, 0, marshal.dumps(meta))]
        for n, at in enumerate(range(0, len(self.entries), EDGE_CHUNK), start=1):
            rows.append((self._part, n, marshal.dumps(self.entries[at : at + EDGE_CHUNK])))
        library.replace_group_parts([self._part], rows)


def _part_meta(library: Library, part: str) -> dict | None:
    """The meta row (bucket 0) of a stored `part`, None where there is none."""
    try:
        data = library.group_index_part(part, [0]).get(0)
        meta = marshal.loads(data) if data is not None else None
    except (EOFError, ValueError, TypeError):
        return None  # written by another Python
    return meta if isinstance(meta, dict) else None
