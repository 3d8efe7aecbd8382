"""Items' signatures kept in the library, so a regroup reads them instead
of reading every item again.

A claim's signature (claims.fact_signature) is most of a regroup's work, and
depends only on the claim's text, its source (its id, date and text)
(the words it uses as names), and on the code that reads them; a quote's
(claims.quote_signature: its words and shingles) on its text and source id
only. Each one built is kept in the `group_index` table (part `PART`,
bucket = the item's id // `SPAN`), with a check: a CRC-32 of those, of the
item's kind and of `VERSION`, a digest of the modules and word lists a
signature is read with. A kept signature is used only when its check still
holds, so an edited item, a source given another date or text, or another
version of the reading code builds it again.

A row is written again with the signatures built into it, without those of
items deleted since; rows left with no item are dropped at each regroup. The index written
with the grouping mark (index_store.py) leaves this part alone.

Figure claims' signatures (corroborate/wide.py) are kept alike, in the part
`CLAIM_PART` by claim id, with a claim's check (its text is its cited form);
rows left with no claim are dropped as the claims' conflicts are rebuilt.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import marshal
import sys
import zlib
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from types import ModuleType

import simplemma

from app.core.corroborate import (
    amounts,
    claims,
    contests,
    dated_events,
    day_counts,
    day_marks,
    named_people,
    names,
    needed,
    quantities,
    runs,
    text,
    times,
    us_states,
    vote_days,
)
from app.core.corroborate.claims import FactSig, QuoteSig, ValueContext
from app.core.corroborate.quantities import Value
from app.core.store import Library

PART = "fact_sigs"  # named when only claims' were kept
# Figure claims' signatures (corroborate/wide.py), by claim id: a part of
# their own, as claim ids and item ids are two counts.
CLAIM_PART = "claim_sigs"
KEPT_PARTS = (PART, CLAIM_PART)  # parts a regroup's whole index leaves alone
_QUOTE = "q"  # first of a quote's packed fields (a claim's first is its source id)
SPAN = 64  # items a row
# 2: quotes kept too; 3: sets as sets; 4: sets as tuples of interned strings (`pack`).
_FORMAT = f"marshal{marshal.version}-zlib-4"


def _code(module: ModuleType) -> bytes:
    """A module's source, or in a frozen app (compiled code only) its code
    object as marshal writes it: either changes with what the module does."""
    path = Path(module.__file__ or "")
    if path.suffix == ".py" and path.exists():
        return path.read_bytes()
    loader = getattr(module.__spec__, "loader", None)
    try:
        # Version 2 writes no references, whose marks follow reference counts.
        return marshal.dumps(loader.get_code(module.__name__), 2)  # type: ignore[union-attr]
    except (AttributeError, ImportError, ValueError):
        return module.__name__.encode()


def code_digest(tag: str, modules: Iterable[ModuleType]) -> str:
    """A digest of `tag` and the code of `modules` (see `_code`)."""
    digest = hashlib.sha256(tag.encode())
    for module in modules:
        digest.update(_code(module))
    return digest.hexdigest()[:16]


@functools.cache
def package_digest(tag: str, names: tuple[str, ...]) -> str:
    """`code_digest` of `tag` and this package's modules `names`, once a run."""
    return code_digest(tag, [importlib.import_module(f"{__package__}.{name}") for name in names])


# The modules a signature is read with: their code is in `VERSION`.
SIGNATURE_MODULES = (
    amounts,
    claims,
    contests,
    dated_events,
    day_counts,
    day_marks,
    named_people,
    names,
    needed,
    quantities,
    runs,
    text,
    times,
    us_states,
    vote_days,
)


def _version() -> str:
    """A digest of what a signature is read with: the reading modules'
    code, the word lists beside them, the lemma dictionary's version."""
    digest = hashlib.sha256(_FORMAT.encode())
    digest.update(getattr(simplemma, "__version__", "").encode())
    for module in SIGNATURE_MODULES:
        digest.update(_code(module))
    here = Path(__file__).parent
    for data in ("stopwords_en.txt", "us_states.txt", "body_names.txt"):
        digest.update((here / data).read_bytes())
    return digest.hexdigest()[:16]


VERSION = _version()


def check(source_id: int, claim: str, written: str | None, source_hash: str | None) -> int:
    """The check kept with a claim's signature: what the signature depends on."""
    key = f"{VERSION}\x1f{source_id}\x1f{written or ''}\x1f{source_hash or ''}\x1f{claim}"
    return zlib.crc32(key.encode("utf-8"))


def quote_check(source_id: int, quote: str) -> int:
    """The check kept with a quote's signature (never a claim's check: the
    kind is part of it)."""
    return zlib.crc32(f"{VERSION}\x1fquote\x1f{source_id}\x1f{quote}".encode())


_EMPTY: frozenset[str] = frozenset()
_intern = sys.intern


def _kept(strings: frozenset[str]) -> tuple[str, ...] | frozenset[str]:
    """A set of strings as kept: a tuple of its strings, interned, sorted
    (the same bytes whichever process wrote it: a set's own order follows
    the process's string hashes); an empty one, the one `_EMPTY`.

    Sorted, no longer in the order marshal writes the set (its strings
    sorted by their marshalled forms, read back from marshal for each set
    so that `frozenset` of the tuple iterated as a set marshal read): how
    a set iterates follows the process's string hashes whichever order it
    is built in, so nothing can rest on it. Asking marshal took about a
    tenth of a first regroup's CPU at 200,000 items, sorting a fifth of
    that. Rows kept in marshal's order read back as the same sets."""
    if not strings:
        return _EMPTY
    return tuple(sorted(map(_intern, strings)))


def pack(sig: FactSig | QuoteSig) -> tuple:
    """A signature as kept, in types marshal writes and reads back (the
    index's sketch is not kept): a claim's source id, figures and date,
    then its sets; a figure's value, its sets, then its other fields. A
    quote's: its fields after `_QUOTE`.

    Every string is interned, which marshal writes so that reading interns
    it again (an object met twice in a row is written once), and every
    empty set is one object: a regroup's claims read back share one string
    per word, pair and figure, and one empty set a row (about half of a
    claim's sets are empty), a quarter less memory at 200,000 items, and
    equal words of two claims are found equal by identity. A set is kept
    as a sorted tuple (`_kept`), and built from it when read, in that
    order, by `frozenset` in C."""
    if isinstance(sig, QuoteSig):
        return (_QUOTE, sig.source_id, sig.norm, sig.length, sig.shingles)
    values = [
        (
            tuple(_intern(x) if type(x) is str else x for x in vc.value),
            tuple(
                map(
                    _kept,
                    (
                        vc.words,
                        vc.pairs,
                        vc.names,
                        vc.clause_names,
                        vc.frames,
                        vc.times,
                        vc.next_to,
                        vc.beside,
                        vc.marks,
                    ),
                )
            ),
            {_intern(k): _intern(v) for k, v in vc.surface.items()},
            vc.label,
            _intern(vc.running),
            _intern(vc.action),
            _intern(vc.subject),
        )
        for vc in sig.values
    ]
    sets = (sig.feats, sig.core, sig.names, sig.times, sig.numbers)
    return (
        sig.source_id,
        values,
        sig.when.toordinal() if sig.when else None,
        *map(_kept, (*sets, sig.all_names, sig.holders, sig.runs)),
    )


def unpack(data: tuple) -> FactSig | QuoteSig:
    """The signature `pack` kept. Its sets are built by `frozenset` in C
    (`map`): from a tuple, in the tuple's order; the empty one is itself."""
    if data[0] == _QUOTE:
        return QuoteSig(*data[1:])
    source_id, values, when = data[:3]
    contexts = []
    for value, sets, surface, label, running, action, subject in values:
        words, pairs, names_, clause_names, frames, times_, next_to, beside, marks = map(
            frozenset, sets
        )
        contexts.append(
            ValueContext(
                Value(*value),
                words,
                pairs,
                names_,
                clause_names,
                surface,
                label,
                frames,
                running,
                times_,
                action,
                subject,
                next_to,
                beside,
                marks,
            )
        )
    feats, core, names_, times_, numbers, all_names, holders, runs = map(frozenset, data[3:])
    return FactSig(
        source_id,
        contexts,
        feats,
        core,
        names_,
        times_,
        numbers,
        all_names=all_names,
        holders=holders,
        runs=runs,
        when=date.fromordinal(when) if when is not None else None,
    )


def bucket(item_id: int) -> int:
    """The row an item's signature is kept in: `SPAN` items a row, so that
    one compression covers many claims' repeated words."""
    return item_id // SPAN


class SigCache:
    """The kept signatures of one library, read and written a batch of
    whole buckets at a time (signing.py cuts its batches so)."""

    def __init__(
        self,
        library: Library,
        after: int = 0,
        write: Callable[[list[tuple[str, int, bytes]]], None] | None = None,
        part: str = PART,
    ) -> None:
        """`after`: the run signs every item above this id (a regroup: 0);
        kept signatures of items at or below it are left as they are, and
        those of items above it that are not signed (deleted) are dropped.
        `write(rows)` stores rows (default: `Library.write_group_cache`; a
        run on a connection that only reads hands them to the writer).
        `part`: where they are kept (`CLAIM_PART`: figure claims')."""
        self._library, self._after, self._part = library, after, part
        self._write = library.write_group_cache if write is None else write
        self._hashes: dict[int, str] = {}
        # What the items signed so far were, in order: see `inputs`.
        self._inputs = hashlib.blake2b(digest_size=16)
        # Each item's check, from `checks` until a run takes it (for the
        # edges its comparison finds, wide_store.EdgeLog).
        self.checked: dict[int, int] = {}

    def checks(self, rows: list[tuple[int, int, str, str, str]]) -> dict[int, int]:
        """{item id: its check} of `rows` ((item id, source id, kind, text,
        source date) each)."""
        missing = {r[1] for r in rows if r[2] != "quote"} - self._hashes.keys()
        if missing:
            self._hashes.update(self._library.source_hashes(missing))
        hashes = self._hashes
        out = {
            r[0]: quote_check(r[1], r[3])
            if r[2] == "quote"
            else check(r[1], r[3], r[4], hashes.get(r[1]))
            for r in rows
        }
        self._inputs.update(marshal.dumps((out, "".join(r[2][0] for r in rows))))
        self.checked.update(out)
        return out

    def inputs(self) -> str:
        """A digest of every item asked about so far (`checks`), in order:
        its id, its kind and its check, that is every item a signature is
        read from and all a signature depends on (see `check`)."""
        return self._inputs.hexdigest()

    def kept(self, checks: dict[int, int]) -> tuple[dict[int, FactSig | QuoteSig], dict[int, dict]]:
        """(the kept signatures of these items whose check still holds, the
        stored buckets read, as {bucket: {item id: (check, packed)}})."""
        stored = self._library.group_index_part(self._part, {bucket(i) for i in checks})
        buckets = {b: marshal.loads(zlib.decompress(data)) for b, data in stored.items()}
        out = {}
        for entries in buckets.values():
            for item_id, (kept_check, packed) in entries.items():
                if checks.get(item_id) == kept_check:
                    out[item_id] = unpack(packed)
        return out, buckets

    def write(
        self, checks: dict[int, int], built: dict[int, FactSig | QuoteSig], buckets: dict
    ) -> None:
        """Store the buckets of a batch whose items `checks` holds: the
        signatures `built` join the kept ones that still hold; a kept one
        that no longer does, or whose item is gone, is dropped."""
        changed: dict[int, dict] = {}
        for b, entries in buckets.items():
            # Kept: earlier items a run does not sign, and those still holding.
            held = {i: e for i, e in entries.items() if i <= self._after or checks.get(i) == e[0]}
            if len(held) < len(entries):
                changed[b] = held
        for item_id, sig in built.items():
            b = bucket(item_id)
            if b not in changed:
                changed[b] = dict(buckets.get(b, {}))
            changed[b][item_id] = (checks[item_id], pack(sig))
        rows = [
            (self._part, b, zlib.compress(marshal.dumps(entries), 1))
            for b, entries in changed.items()
        ]
        if rows:
            self._write(rows)
