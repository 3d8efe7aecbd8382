"""Items' signatures kept in the library (sig_cache.py): read back as
built, used by the next regroup with the same results, and built again when
the claim or quote, its source's date or text, or the reading code changes."""

from __future__ import annotations

import marshal
import os
import sqlite3
import subprocess
import sys
import zlib
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest

from app.core import corroborate
from app.core.corroborate import sig_cache, signing
from app.core.corroborate.claims import FactSig, ValueContext, fact_signature, quote_signature
from app.core.corroborate.text import proper_words
from app.core.store import Library
from tests.core.corroborate_helpers import add
from tests.core.test_corroborate_signing import _stored

FUND_A = "The Marrowby trust raised $916 million for its canal plan in 2019, its treasurer said."
FUND_B = "The Marrowby trust raised $640 million for its canal plan in 2019, its treasurer said."
OTHER = (
    "Gov. Ana Quorrel signed the Tolby water bill on Nov. 19, two days after a 52-47 vote;"
    " last year 40 percent of 1,200 farmers, about 480, backed it, she said."
)


def _comparable(sig: FactSig) -> FactSig:
    """The signature with each value as its repr (a name's range is NaN,
    never equal to itself)."""
    values = [replace(vc, value=repr(vc.value)) for vc in sig.values]
    return replace(sig, values=values)


def test_every_field_of_a_signature_is_kept():
    """pack and unpack write the fields out one by one: a new field must be added there."""
    assert [f.name for f in fields(ValueContext)] == [
        "value", "words", "pairs", "names", "clause_names", "surface", "label", "frames",
        "running", "times", "action", "subject", "next_to", "beside", "marks",
    ]  # fmt: skip
    assert [f.name for f in fields(FactSig)] == [
        "source_id", "values", "feats", "core", "names", "times", "numbers", "all_names",
        "holders", "runs", "when", "sketch",
    ]  # fmt: skip


def test_a_kept_signature_reads_back_as_built():
    text = f"{OTHER} Quorrel's office in Tolby said so on Tuesday."
    sig = fact_signature(3, OTHER, date(2016, 3, 2), proper_words(text))
    assert {vc.value.kind for vc in sig.values} >= {"date", "tally", "percent", "count:farmer"}
    back = sig_cache.unpack(sig_cache.pack(sig))
    assert _comparable(back) == _comparable(sig)
    assert [vc.surface for vc in back.values] == [vc.surface for vc in sig.values]
    undated = fact_signature(4, FUND_A)
    assert _comparable(sig_cache.unpack(sig_cache.pack(undated))) == _comparable(undated)


_PACK_BYTES = f"""
import marshal, sys
from datetime import date
from app.core.corroborate import sig_cache
from app.core.corroborate.claims import fact_signature
from app.core.corroborate.text import proper_words
sig = fact_signature(3, {OTHER!r}, date(2016, 3, 2), proper_words({OTHER!r}))
sys.stdout.write(marshal.dumps(sig_cache.pack(sig)).hex())
"""


def test_a_signature_is_kept_as_the_same_bytes_by_any_process():
    """A set's order follows the process's string hashes; kept, its strings
    are sorted, so two processes keep one claim alike."""
    sig = fact_signature(3, OTHER, date(2016, 3, 2), proper_words(OTHER))
    packed = sig_cache.pack(sig)
    kept_sets = [s for s in packed[3:] if s] + [s for v in packed[1] for s in v[1] if s]
    assert kept_sets and all(list(s) == sorted(s) for s in kept_sets)
    root = Path(__file__).resolve().parents[2]
    out = [
        subprocess.run(
            [sys.executable, "-c", _PACK_BYTES],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert out[0] and out[0] == out[1]


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    add(lib, f"Report one. {FUND_A}", facts=[FUND_A], date="2020-01-05")
    add(lib, f"Report two. {FUND_B} More later.", facts=[FUND_B], date="2020-01-06")
    add(lib, f"Report three. {OTHER}", quotes=["a 52-47 vote"], facts=[OTHER], date="2016-03-02")
    yield lib
    lib.close()


@pytest.fixture
def built(monkeypatch) -> list[str]:
    """The texts of the claims and quotes whose signature a run builds."""
    texts: list[str] = []

    def counted(source_id, text, when=None, proper=None):
        texts.append(text)
        return fact_signature(source_id, text, when, proper)

    def counted_quote(source_id, text):
        texts.append(text)
        return quote_signature(source_id, text)

    monkeypatch.setattr(signing, "fact_signature", counted)
    monkeypatch.setattr(signing, "quote_signature", counted_quote)
    return texts


def _kept(library: Library) -> dict[int, tuple]:
    """{item id: (check, packed signature)} of every signature kept."""
    rows = library.db.execute(
        "SELECT bucket, data FROM group_index WHERE part = ?", (sig_cache.PART,)
    )
    out = {}
    for bucket, data in rows:
        entries = marshal.loads(zlib.decompress(data))
        assert all(sig_cache.bucket(i) == bucket for i in entries)
        out.update(entries)
    return out


def test_a_kept_quote_signature_reads_back_as_built():
    sig = quote_signature(7, "\u201cWe will build the Tolby canal,\u201d she said")
    assert sig.shingles and sig_cache.unpack(sig_cache.pack(sig)) == sig
    # A quote's check is never a claim's, whatever its text.
    assert sig_cache.quote_check(7, FUND_A) != sig_cache.check(7, FUND_A, None, None)


def test_each_item_signed_is_kept_and_the_next_regroup_reads_it(library, built):
    items = {i for (i,) in library.db.execute("SELECT id FROM items")}
    assert {k for (k,) in library.db.execute("SELECT DISTINCT kind FROM items")} == {
        "quote",
        "fact",
    }
    assert set(_kept(library)) == items  # kept by the imports' updates
    first = corroborate.regroup(library)
    assert first.conflicts == 1
    before = _stored(library.path)
    assert built == []  # every claim's signature was read, none built
    corroborate.regroup(library)
    assert _stored(library.path) == before
    corroborate.update(library)  # the index written with the mark keeps them
    assert set(_kept(library)) == items


def test_an_edited_claim_quote_or_source_date_is_signed_again(library, built):
    with library.transaction() as db:
        db.execute(
            "UPDATE items SET text = ? WHERE text = ?", (FUND_B.replace("640", "650"), FUND_B)
        )
        db.execute("UPDATE sources SET date = '2017-01-01' WHERE title LIKE 'Report three%'")
        db.execute("UPDATE items SET text = 'a 52-48 vote' WHERE kind = 'quote'")
    corroborate.regroup(library)
    # The quote's signature does not read its source's date: only its text changed it.
    assert sorted(built) == sorted([FUND_B.replace("640", "650"), OTHER, "a 52-48 vote"])
    [conflict] = library.conflicts()  # read from the edited claim's new signature
    assert sorted(conflict.values) == ["$650m", "$916m"]


def test_a_source_of_other_text_or_other_reading_code_signs_again(library, built, monkeypatch):
    with library.transaction() as db:
        db.execute("UPDATE sources SET content_hash = 'edited' WHERE title LIKE 'Report one%'")
    corroborate.regroup(library)
    assert built == [FUND_A]
    built.clear()
    monkeypatch.setattr(sig_cache, "VERSION", "another")
    corroborate.regroup(library)
    assert sorted(built) == sorted([FUND_A, FUND_B, OTHER, "a 52-47 vote"])
    built.clear()
    corroborate.regroup(library)
    assert built == []


def test_a_deleted_item_s_signature_goes_at_the_next_regroup(library):
    [(gone,)] = library.db.execute("SELECT id FROM items WHERE text = ?", (FUND_B,))
    assert gone in _kept(library)
    with library.transaction() as db:
        db.execute("DELETE FROM items WHERE id = ?", (gone,))
    corroborate.regroup(library)
    assert gone not in _kept(library) and len(_kept(library)) == 3  # two claims, a quote


def test_a_kept_signature_is_the_library_s_own(tmp_path, library):
    """A copy of the file keeps them; the check is of text, not of place."""
    copy = tmp_path / "copy.sqlite"
    with sqlite3.connect(library.path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    rows = "SELECT bucket, data FROM group_index WHERE part = ? ORDER BY bucket"
    with Library(copy) as other:
        kept = other.db.execute(rows, (sig_cache.PART,)).fetchall()
        assert kept and kept == library.db.execute(rows, (sig_cache.PART,)).fetchall()


def test_the_version_follows_the_reading_code_even_without_its_source(monkeypatch):
    """A frozen app keeps compiled code only: the code object stands in for
    the source, so another build's reading code is another version."""
    from app.core.corroborate import claims

    assert sig_cache._code(claims) == Path(claims.__file__).read_bytes()
    monkeypatch.setattr(claims, "__file__", str(Path(claims.__file__).with_suffix(".pyc")))
    compiled = sig_cache._code(claims)
    assert compiled == marshal.dumps(claims.__spec__.loader.get_code(claims.__name__), 2)
    monkeypatch.setattr(claims, "fact_signature", None)  # the module's code is what counts
    assert sig_cache._code(claims) == compiled
