"""The grouping index kept in the library between sessions.

`GroupIndex` (matching.py) holds, besides each item's signature,
four maps that decide what a new item is compared with: the postings of
quote shingles and of claim keys, how many claims carry each feature, and the
first quote of each wording. Rebuilding them means re-reading every item
(half a minute for 200,000 items), so they are stored, split into buckets by
a stable hash of the key, in the `group_index` table. A new session opens a
*stored* index: each map loads a bucket the first time one of its keys is
asked for, and signatures are recomputed from the items' text when a
comparison needs them. An import therefore reads only what its own items
reach, and writes back only the buckets it changed.

The table is a cache of what the items determine: it is written in the same
transaction as the grouping mark, and when it is missing, stale or written
by another format, the index is rebuilt from the items.

Buckets are `marshal`-ed dicts (fast, and only ever read back by this code;
the format tag below names the marshal version, so a change rebuilds).
"""

from __future__ import annotations

import hashlib
import itertools
import marshal
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from app.core.corroborate import sig_cache
from app.core.corroborate.claims import (
    FactSig,
    QuoteSig,
    claim_values,
    fact_signature,
    quote_signature,
)
from app.core.corroborate.index_format import FORMAT, stored_meta
from app.core.corroborate.matching import Edge, GroupIndex
from app.core.corroborate.quantities import Value
from app.core.corroborate.text import ProperWords, proper_words
from app.core.corroborate.times import parse_date
from app.core.store import Library

_MASK = 0x3FFF  # 16,384 buckets a part: a few hundred keys each at 200,000 items
_PARTS = ("quote_keys", "fact_keys", "df", "exact_quotes")


def _int_bucket(key: int) -> int:
    return key & _MASK  # the keys are already CRC-32 hashes


def _str_bucket(key: str) -> int:
    # Python's own str hash changes from one process to the next; CRC-32 does not.
    return zlib.crc32(key.encode("utf-8")) & _MASK


_BUCKET_OF: dict[str, Callable[[Any], int]] = {
    "quote_keys": _int_bucket,
    "fact_keys": _int_bucket,
    "df": _str_bucket,
    "exact_quotes": _str_bucket,
    # The figure claims' comparison index (wide_store.py), kept beside this one.
    "wide_fact_keys": _int_bucket,
    "wide_df": _str_bucket,
}
WIDE_PARTS = ("wide_meta", "wide_fact_keys", "wide_df")
# The edges the comparisons of each index found (wide_store.EdgeLog).
EDGE_PARTS = ("group_edges", "wide_edges")
# Parts a regroup's whole index leaves alone: caches kept with it, each
# with its own checks.
_LEFT = (*sig_cache.KEPT_PARTS, *WIDE_PARTS, *EDGE_PARTS)


class StoredMap:
    """A dict-like map read from the library a bucket at a time.

    Supports what `GroupIndex` does with its maps: `get`, item access (with a
    default for a missing key, like `defaultdict`), assignment and
    `setdefault`. Buckets written to are remembered for `dirty_rows`."""

    def __init__(
        self,
        library: Library,
        part: str,
        default: Callable[[], Any] | None = None,
    ) -> None:
        self._library, self._part, self._default = library, part, default
        self._bucket_of = _BUCKET_OF[part]
        self._buckets: dict[int, dict] = {}
        self._dirty: set[int] = set()

    def _load(self, bucket: int) -> dict:
        data = self._library.group_index_part(self._part, [bucket]).get(bucket)
        loaded = marshal.loads(data) if data is not None else {}
        self._buckets[bucket] = loaded
        return loaded

    def _bucket(self, key: Any) -> dict:
        b = self._bucket_of(key)
        found = self._buckets.get(b)
        return found if found is not None else self._load(b)

    def get(self, key: Any, default: Any = None) -> Any:
        return self._bucket(key).get(key, default)

    def __getitem__(self, key: Any) -> Any:
        b = self._bucket_of(key)
        bucket = self._buckets.get(b)
        if bucket is None:
            bucket = self._load(b)
        self._dirty.add(b)  # the caller may change what it gets (a posting list)
        if key not in bucket and self._default is not None:
            bucket[key] = self._default()
        return bucket[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        b = self._bucket_of(key)
        self._bucket(key)[key] = value
        self._dirty.add(b)

    def pop(self, key: Any, default: Any = None) -> Any:
        b = self._bucket_of(key)
        bucket = self._bucket(key)
        if key not in bucket:
            return default
        self._dirty.add(b)
        return bucket.pop(key)

    def setdefault(self, key: Any, value: Any) -> Any:
        b = self._bucket_of(key)
        bucket = self._bucket(key)
        if key not in bucket:
            bucket[key] = value
            self._dirty.add(b)
        return bucket[key]

    def dirty_rows(self) -> Iterator[tuple[str, int, bytes]]:
        """(part, bucket, data) of each bucket changed since the last call."""
        for b in sorted(self._dirty):
            yield self._part, b, marshal.dumps(self._buckets[b])
        self._dirty.clear()


class StoredSigs:
    """Signatures of indexed items of one kind, recomputed from their text
    when first asked for (a stored index keeps no signatures)."""

    def __init__(self, library: Library, kind: str, count: int, up_to: int) -> None:
        self._library, self._kind = library, kind
        self._count, self._up_to = count, up_to
        self._sigs: dict[int, QuoteSig | FactSig] = {}
        self._proper: dict[int, ProperWords] = {}

    def __len__(self) -> int:
        return self._count

    def __setitem__(self, item_id: int, sig: QuoteSig | FactSig) -> None:
        if item_id not in self._sigs and item_id > self._up_to:
            self._count += 1
        self._sigs[item_id] = sig

    def pop(
        self, item_id: int, default: QuoteSig | FactSig | None = None
    ) -> QuoteSig | FactSig | None:
        """Take an indexed item out: one fewer is counted (a stored index
        counts its items, it does not list them)."""
        self._count -= 1
        return self._sigs.pop(item_id, default)

    def count_back(self, item_id: int) -> None:
        """Count an item about to be indexed again after it was taken out
        (`pop`, in this session or an earlier one): under an id up to the
        mark, which `__setitem__` counts only past it."""
        if item_id <= self._up_to and item_id not in self._sigs:
            self._count += 1

    def _row(self, item_id: int) -> tuple[int, str, str] | None:
        if item_id > self._up_to:
            return None
        return self._library.grouping_item(item_id, self._kind)

    def __contains__(self, item_id: int) -> bool:
        return item_id in self._sigs or self._row(item_id) is not None

    def values(self, item_id: int) -> list[Value]:
        """The claim values of an indexed fact, without building its signature."""
        sig = self._sigs.get(item_id)
        if sig is not None:
            return [vc.value for vc in sig.values]  # type: ignore[union-attr]
        row = self._row(item_id)
        return claim_values(row[1]) if row is not None else []

    def __getitem__(self, item_id: int) -> QuoteSig | FactSig:
        sig = self._sigs.get(item_id)
        if sig is None:
            row = self._row(item_id)
            if row is None:
                raise KeyError(item_id)
            source_id, text, when = row
            if self._kind == "quote":
                sig = quote_signature(source_id, text)
            else:
                if source_id not in self._proper:
                    self._proper[source_id] = proper_words(self._library.source_text(source_id))
                sig = fact_signature(
                    source_id, text, parse_date(when or ""), self._proper[source_id]
                )
            self._sigs[item_id] = sig
        return sig


def _meta_row(
    max_item_id: int,
    item_count: int,
    quotes: int,
    facts: int,
    loose: list[Edge],
    inputs: str = "",
    rows: str = "",
) -> tuple:
    meta = {
        "format": FORMAT,
        "max_item_id": max_item_id,
        "item_count": item_count,
        "quotes": quotes,
        "facts": facts,
        # Loose conflict edges wait here until their sources share a group.
        "loose": [(e.a, e.b, e.kind, e.values[0], e.values[1], e.subject) for e in loose],
        # A whole index a regroup built: what from, and a digest of its rows
        # (see `save`).
        "inputs": inputs,
        "rows": rows,
    }
    return ("meta", 0, marshal.dumps(meta))


# The modules whose code decides what an index holds, given the items'
# signatures: its keys, counts and sketches, and how it is cut into buckets
# (the claims' index of `wide_store` adds its own to these).
INDEX_MODULES = ("claims", "judging", "two_things", "matching", "rules", "weights", "index_store")


def inputs(items: str) -> str:
    """What a whole index built from scratch is built from: `items`, the
    digest of every item read, in order, with its signature's check
    (sig_cache.SigCache.inputs), and the code that builds the index. Two
    indexes built from the same are the same, to the byte (see `save`)."""
    return f"{sig_cache.package_digest(FORMAT, (*INDEX_MODULES, 'grouping'))}:{items}"


class _RowsDigest:
    """A digest of an index's rows, each part's in bucket order, the parts
    in name order: the same for the rows as written and as read back."""

    def __init__(self) -> None:
        self._parts: dict[str, Any] = {}

    def add(self, part: str, bucket: int, data: bytes) -> None:
        found = self._parts.get(part)
        if found is None:
            found = self._parts[part] = hashlib.blake2b(digest_size=16)
        found.update(b"%d:%d:" % (bucket, len(data)))
        found.update(data)

    def hexdigest(self) -> str:
        return ";".join(f"{p}:{self._parts[p].hexdigest()}" for p in sorted(self._parts))


def _digested(rows: Iterable[tuple[str, int, bytes]], digest: _RowsDigest):
    for row in rows:
        digest.add(*row)
        yield row


def same_stored(library: Library, built_from: str) -> str:
    """The digest of the stored index's rows when the whole of it was built
    by a regroup from `built_from` (see `inputs`) and its rows are still
    those it wrote; else ""."""
    meta = stored_meta(library)
    if meta is None or meta.get("format") != FORMAT:
        return ""
    if meta.get("inputs") != built_from or not meta.get("rows"):
        return ""
    digest = _RowsDigest()
    for row in library.group_index_rows(("meta", *_LEFT)):
        digest.add(*row)
    found = digest.hexdigest()
    return found if found == meta["rows"] else ""


def open_stored(
    library: Library, max_item_id: int, item_count: int, speakers: dict[int, int] | None = None
) -> GroupIndex | None:
    """The index stored with the grouping mark (max_item_id, item_count), or
    None when none is stored or it does not match the mark or this format.
    `speakers`: the quotes' speaker entries the index was built with, when
    known (else read from the library's items, see `GroupIndex.speakers`)."""
    meta = stored_meta(library)
    if meta is None or meta.get("format") != FORMAT:
        return None  # none, or written by another Python or format: rebuild
    if (meta.get("max_item_id"), meta.get("item_count")) != (max_item_id, item_count):
        return None
    return GroupIndex(
        quotes=StoredSigs(library, "quote", meta["quotes"], max_item_id),  # type: ignore[arg-type]
        facts=StoredSigs(library, "fact", meta["facts"], max_item_id),  # type: ignore[arg-type]
        quote_keys=StoredMap(library, "quote_keys", list),  # type: ignore[arg-type]
        fact_keys=StoredMap(library, "fact_keys", list),  # type: ignore[arg-type]
        df=StoredMap(library, "df", int),  # type: ignore[arg-type]
        exact_quotes=StoredMap(library, "exact_quotes"),  # type: ignore[arg-type]
        speakers=library.quote_speakers(up_to=max_item_id) if speakers is None else speakers,
        distinct_postings=False,  # not looked through
    )


def let_go(index: GroupIndex) -> None:
    """Empty the maps of an in-memory index a stored one takes the place
    of, one entry at a time. Freed at once (its last reference dropped), its
    millions of objects held the interpreter's lock 0.7-0.8 s at 300,000
    items, one deallocation with no switch of threads: the window, whose
    writer regroups a library it opens out of step, froze that long. From a
    loop, the other threads run between two entries. Its speakers stay: the
    stored index is given them."""
    for name in ("quotes", "facts", *_PARTS):
        entries = getattr(index, name)
        while entries:
            entries.popitem()


def fact_values(index: GroupIndex, item_id: int) -> list[Value]:
    """The claim values of an indexed fact (read from its text for a stored
    index: cheaper than its whole signature)."""
    if isinstance(index.facts, StoredSigs):
        return index.facts.values(item_id)
    return [vc.value for vc in index.facts[item_id].values]


def count_back(index: GroupIndex, item_id: int, sig: QuoteSig | FactSig) -> None:
    """Before an item taken out of `index` as deleted is indexed again (a
    source put back): a stored index counts it again (`StoredSigs.count_back`)."""
    sigs = index.quotes if isinstance(sig, QuoteSig) else index.facts
    if isinstance(sigs, StoredSigs):
        sigs.count_back(item_id)


def is_stored(index: GroupIndex) -> bool:
    """Whether `index` reads its maps from the library (see `open_stored`)."""
    return isinstance(index.df, StoredMap)


def all_rows(index: GroupIndex) -> list[tuple[str, int, bytes]]:
    """Every row an in-memory index is stored in (for `save`'s `rows`)."""
    return list(_all_rows(index))


def _all_rows(index: GroupIndex) -> Iterator[tuple[str, int, bytes]]:
    for part in _PARTS:
        yield from map_rows(part, getattr(index, part))


def map_rows(part: str, entries: dict) -> Iterator[tuple[str, int, bytes]]:
    """The rows a whole in-memory map is stored in, as `part`, in bucket order."""
    # Millions of keys at 200,000 items: each one's bucket is worked out
    # here, as _int_bucket and _str_bucket do, without a call for each
    # (the string keys' CRC-32s by `map`, in C), into a list of buckets.
    # Posting lists are written in marshal's version 2, which does not
    # look for repeated objects: a third faster on lists of ints, as
    # long, and read back alike (loads reads every version).
    buckets: list[dict] = [{} for _ in range(_MASK + 1)]
    version = marshal.version
    if _BUCKET_OF[part] is _int_bucket:
        version = 2
        for key, value in entries.items():
            buckets[key & _MASK][key] = value
    else:
        hashes = map(zlib.crc32, map(str.encode, entries))
        for (key, value), h in zip(entries.items(), hashes, strict=True):
            buckets[h & _MASK][key] = value
    # In bucket order: the table's key, so each row lands after the last.
    for b, found in enumerate(buckets):
        if found:
            yield part, b, marshal.dumps(found, version)


def stored_loose_edges(library: Library) -> list[Edge]:
    """The loose conflict edges stored with the index (see Edge.loose)."""
    meta = stored_meta(library) or {}
    return [
        Edge(a, b, "conflict", kind, (va, vb), subject, loose=True)
        for a, b, kind, va, vb, subject in meta.get("loose", [])
    ]


def save(
    library: Library,
    index: GroupIndex,
    max_item_id: int,
    item_count: int,
    loose: list[Edge] = (),
    built_from: str = "",
    rows: list[tuple[str, int, bytes]] | None = None,
) -> None:
    """Store the index (all of it for an in-memory one, the changed buckets
    of a stored one) together with the grouping mark and the loose edges.

    `built_from`: for an index a regroup built from scratch, what it was
    built from (`inputs`). When the whole index stored was built from the
    same, and its rows are still those written then (their digest is kept
    with them), it is the same to the byte and is left as it is: a regroup
    of a library whose items did not change since the last (tens of
    megabytes at 200,000 items, a tenth of the run to write out and
    compare). An index an import or a date change updated is stored
    without `inputs`, so the next regroup writes it all. `rows`: an
    in-memory index's rows made before (`all_rows`), off the writer."""
    n_quotes, n_facts, loose = len(index.quotes), len(index.facts), list(loose)
    if is_stored(index):
        meta = _meta_row(max_item_id, item_count, n_quotes, n_facts, loose)
        rows: Iterable[tuple[str, int, bytes]] = [
            *(r for part in _PARTS for r in getattr(index, part).dirty_rows()),
            meta,
        ]
        library.write_group_index(rows, max_item_id, item_count, replace_all=False)
    elif built_from and (same := same_stored(library, built_from)):
        meta = _meta_row(max_item_id, item_count, n_quotes, n_facts, loose, built_from, same)
        library.write_group_index([meta], max_item_id, item_count, replace_all=False)
    else:
        digest = _RowsDigest()

        def meta_last() -> Iterator[tuple[str, int, bytes]]:
            # After every row has gone through the digest.
            yield _meta_row(
                max_item_id,
                item_count,
                n_quotes,
                n_facts,
                loose,
                built_from,
                digest.hexdigest() if built_from else "",
            )

        # One bucket at a time: the store writes only those that differ.
        library.write_group_index(
            itertools.chain(_digested(rows or _all_rows(index), digest), meta_last()),
            max_item_id,
            item_count,
            replace_all=True,
            keep=_LEFT,
        )
