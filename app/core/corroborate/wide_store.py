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
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable

from app.core.corroborate import index_store, sig_cache
from app.core.corroborate.claims import FactSig
from app.core.corroborate.index_format import FORMAT
from app.core.corroborate.index_store import StoredMap, map_rows
from app.core.corroborate.matching import GroupIndex
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
    return isinstance(state.index.df, StoredMap)


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
    stored = _stored_meta(library) if rows is None and state.built_from else None
    if stored is not None and stored.get("inputs") == state.built_from:
        if stored != marshal.loads(meta[2]):  # the conflicts found, their ids
            library.write_group_cache([meta])
    else:
        rows = whole_rows(state) if rows is None else rows
        library.replace_group_parts(index_store.WIDE_PARTS, [*rows, meta])
    built, state.index = state.index, _stored_index(library, marshal.loads(meta[2]))
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


def _stored_meta(library: Library) -> dict | None:
    try:
        data = library.group_index_part(META, [0]).get(0)
        meta = marshal.loads(data) if data is not None else None
    except (EOFError, ValueError, TypeError):
        return None  # written by another Python
    return meta if isinstance(meta, dict) else None


def open_stored(library: Library, make_state):
    """The stored index as a state (`make_state(index, items_up_to,
    sources_up_to, claim_source)`), or None when none is stored, another
    code wrote it, or the library's facts and claims up to where it went
    are no longer those it was built over."""
    meta = _stored_meta(library)
    if meta is None or meta.get("format") != code_format():
        return None
    items_up_to, sources_up_to = meta["items_up_to"], meta["sources_up_to"]
    if list(library.wide_extent(items_up_to, sources_up_to)) != meta["extent"]:
        return None
    claim_source = {c: s for c, s in library.figure_claim_sources().items() if s <= sources_up_to}
    index = _stored_index(library, meta)
    return make_state(index, items_up_to, sources_up_to, claim_source)
