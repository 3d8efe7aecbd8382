"""Claims' signatures kept in the library, so a regroup reads them instead
of reading every claim again.

A claim's signature (claims.fact_signature) is most of a regroup's work, and
depends only on the claim's text, its source's date and its source's text
(the words it uses as names), and on the code that reads them. Each one
built is kept in the `group_index` table (part `PART`, bucket = the item's
id), with a check: a CRC-32 of those three and of `VERSION`, a digest of
the modules and word lists a signature is read with. A kept signature is
used only when its check still holds, so an edited claim, a source given
another date or text, or another version of the reading code builds it
again. Quotes' signatures are cheap (their words and shingles): not kept.

Rows of items deleted since are dropped at each regroup. The index written
with the grouping mark (index_store.py) leaves this part alone.
"""

from __future__ import annotations

import hashlib
import marshal
import zlib
from datetime import date
from pathlib import Path

import simplemma

from app.core.corroborate import claims, names, quantities, text, times
from app.core.corroborate.claims import FactSig, ValueContext
from app.core.corroborate.quantities import Value
from app.core.store import Library

PART = "fact_sigs"
_FORMAT = f"marshal{marshal.version}-zlib-1"


def _version() -> str:
    """A digest of what a signature is read with: the reading modules'
    source, the word lists beside them, the lemma dictionary's version."""
    digest = hashlib.sha256(_FORMAT.encode())
    digest.update(getattr(simplemma, "__version__", "").encode())
    here = Path(__file__).parent
    for module in (claims, names, quantities, text, times):
        path = Path(module.__file__ or "")
        # A frozen app may keep compiled code only: its name stands in, and
        # the app's own version (below) tells one build from another.
        digest.update(path.read_bytes() if path.suffix == ".py" and path.exists() else b"")
        digest.update(module.__name__.encode())
    for data in ("stopwords_en.txt", "us_states.txt"):
        digest.update((here / data).read_bytes())
    return digest.hexdigest()[:16]


VERSION = _version()


def check(claim: str, written: str | None, source_hash: str | None) -> int:
    """The check kept with a claim's signature: what the signature depends on."""
    key = f"{VERSION}\x1f{written or ''}\x1f{source_hash or ''}\x1f{claim}"
    return zlib.crc32(key.encode("utf-8"))


def pack(sig: FactSig) -> bytes:
    """A signature as kept (its sketch is the index's, not kept)."""
    values = [
        (tuple(vc.value), *(getattr(vc, f) for f in ValueContext.__slots__[1:]))
        for vc in sig.values
    ]
    data = (
        sig.source_id,
        values,
        sig.feats,
        sig.core,
        sig.names,
        sig.times,
        sig.numbers,
        sig.all_names,
        sig.holders,
        sig.runs,
        sig.when.toordinal() if sig.when else None,
    )
    return zlib.compress(marshal.dumps(data), 1)


def unpack(data: bytes) -> FactSig:
    """The signature `pack` kept."""
    source_id, values, feats, core, names_, times_, numbers, all_names, holders, runs, day = (
        marshal.loads(zlib.decompress(data))
    )
    return FactSig(
        source_id,
        [ValueContext(Value(*v[0]), *v[1:]) for v in values],
        feats,
        core,
        names_,
        times_,
        numbers,
        all_names=all_names,
        holders=holders,
        runs=runs,
        when=date.fromordinal(day) if day is not None else None,
    )


class SigCache:
    """The kept signatures of one library, read and written a batch at a time."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._hashes: dict[int, str] = {}
        self._new: list[tuple[str, int, bytes]] = []

    def checks(self, rows: list[tuple[int, int, str, str, str]]) -> dict[int, int]:
        """{item id: its check} of the claims (not quotes) among `rows`
        ((item id, source id, kind, text, source date) each)."""
        facts = [r for r in rows if r[2] != "quote"]
        missing = {r[1] for r in facts} - self._hashes.keys()
        if missing:
            self._hashes.update(self._library.source_hashes(missing))
        return {r[0]: check(r[3], r[4], self._hashes.get(r[1])) for r in facts}

    def kept(self, checks: dict[int, int]) -> dict[int, FactSig]:
        """The kept signatures of these claims whose check still holds."""
        out = {}
        for item_id, data in self._library.group_index_part(PART, checks).items():
            kept_check, sig = int.from_bytes(data[:4], "little"), data[4:]
            if kept_check == checks[item_id]:
                out[item_id] = unpack(sig)
        return out

    def keep(self, item_id: int, item_check: int, sig: FactSig) -> None:
        """Remember a signature built, to be written by `flush`."""
        self._new.append((PART, item_id, item_check.to_bytes(4, "little") + pack(sig)))

    def flush(self) -> None:
        """Write the signatures remembered since the last flush."""
        if self._new:
            self._library.write_group_cache(self._new)
            self._new = []
