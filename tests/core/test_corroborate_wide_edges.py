"""The edges the claims' comparisons found, stored by a regroup
(wide_store.EdgeLog) and taken by the next instead of comparing again:
the same groups and conflicts as comparing every claim; a claim whose
check changed is compared again, with every claim after it; another code
of the modules deciding edges, or a library stored without them, compares
every claim. Invented passages (test_corroborate_wide.py's)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.core import corroborate
from app.core.corroborate import index_store, matching, sig_cache, wide, wide_store
from app.core.store import Library
from tests.core.test_corroborate_wide import CLAIM, FACT, LOOSE, ROOT, _import, _sides
from tests.core.test_corroborate_wide_kept import ANOTHER

# Two more reports of the guild's figure: one another amount, one the same.
RIVAL = FACT.replace("$4 million", "$7 million").replace(
    "according to its filings", "its filings show"
)
AGAIN = FACT + "\nThe hall opened in May.\n"
TEXTS = (FACT, CLAIM, LOOSE, ANOTHER, RIVAL, AGAIN)


@pytest.fixture
def library(tmp_path):
    library = Library(tmp_path / "library.sqlite")
    for n, text in enumerate(TEXTS, 1):
        _import(library, text, n)
    # The first import's regroup stored its claim's edges: none stored.
    library.drop_group_parts(index_store.EDGE_PARTS)
    yield library
    library.close()


@pytest.fixture
def compared(monkeypatch) -> list[tuple[bool, int]]:
    """Each claim compared from now on: (in the figure claims' index, its node)."""
    calls: list[tuple[bool, int]] = []
    real = matching.GroupIndex._compared

    def spy(self, item_id, *args):
        calls.append((self.pair_floor != 0, item_id))
        return real(self, item_id, *args)

    monkeypatch.setattr(matching.GroupIndex, "_compared", spy)
    return calls


def _result(library) -> tuple:
    groups: dict[int, list[int]] = {}
    for cid, iid in library.cluster_memberships():
        groups.setdefault(cid, []).append(iid)
    groups = sorted(sorted(ids) for ids in groups.values())
    return groups, _sides(library), library.count_conflicts()


def _without_edges(library) -> tuple:
    """The result of a regroup comparing every claim (no edges stored)."""
    library.drop_group_parts(index_store.EDGE_PARTS)
    corroborate.regroup(library)
    return _result(library)


def _facts(library, from_source: int = 0) -> set[int]:
    return {
        iid for iid, sid, kind in library.item_places() if kind == "fact" and sid >= from_source
    }


def test_stored_edges_are_taken_and_give_the_same_groups_and_conflicts(library, compared):
    corroborate.regroup(library)
    first = _result(library)
    assert first[1]  # conflicts of facts and of claims: something to compare
    assert {node for wide, node in compared if not wide} == _facts(library)
    compared.clear()
    corroborate.regroup(library)
    assert compared == []  # every edge taken from the stored
    assert _result(library) == first
    assert _without_edges(library) == first


def test_a_changed_claim_is_compared_again_with_every_one_after_it(library, compared):
    corroborate.regroup(library)
    # Another date for the fifth report: its claims' checks change.
    with library.transaction() as db:
        db.execute("UPDATE sources SET date = '2016-04-09' WHERE id = 5")
    compared.clear()
    corroborate.regroup(library)
    again = {node for wide, node in compared if not wide}
    assert again == _facts(library, from_source=5)  # those before it were taken
    assert again and again != _facts(library)
    assert _result(library) == _without_edges(library)


def test_another_code_of_the_edge_modules_compares_every_claim(library, compared, monkeypatch):
    corroborate.regroup(library)
    first = _result(library)
    compared.clear()
    monkeypatch.setattr(wide_store, "edge_format", lambda: "another code")
    corroborate.regroup(library)
    assert {node for wide, node in compared if not wide} == _facts(library)
    assert _result(library) == first
    compared.clear()  # stored again under the new format: taken next time
    corroborate.regroup(library)
    assert compared == []


def test_the_edge_modules_are_every_module_the_comparison_reads():
    """Each module of the package importing matching.py loads (in a new
    process) is hashed into the edges' format, or into every signature's
    check (sig_cache.VERSION, which each stored edge's claim carries)."""
    code = (
        "import sys, app.core.corroborate.matching;"
        "print(' '.join(m for m in sys.modules if m.startswith('app.core.corroborate.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    read = {name.rsplit(".", 1)[1] for name in out.stdout.split()}
    assert "judging" in read
    signed = {m.__name__.rsplit(".", 1)[1] for m in sig_cache.SIGNATURE_MODULES}
    assert read <= set(wide_store.EDGE_MODULES) | signed


def test_a_library_stored_without_edges_compares_every_claim(library, compared):
    corroborate.regroup(library)
    first = _result(library)
    # As an older version left it: no edges stored (and a row of none).
    library.drop_group_parts(index_store.EDGE_PARTS)
    library.write_group_cache([(wide_store.GROUP_EDGES, 0, b"not marshal")])
    compared.clear()
    corroborate.regroup(library)
    assert {node for wide, node in compared if not wide} == _facts(library)
    assert _result(library) == first
    stored = {p for p, _b, _d in library.group_index_rows(("meta",)) if p.endswith("_edges")}
    assert stored == set(index_store.EDGE_PARTS)


def test_a_regroup_of_the_same_claims_takes_the_stored_claims_index_whole(library, monkeypatch):
    """Built from what the stored claims' index was, with every edge
    stored: nothing indexed nor compared, the same conflicts and the same
    stored index; once a claim changed, indexed again."""
    corroborate.regroup(library)
    first, parts = _result(library), _wide_parts(library)
    indexed: list[int] = []
    real = wide._add
    monkeypatch.setattr(wide, "_add", lambda *args: indexed.append(1) or real(*args))
    corroborate.regroup(library)
    assert indexed == []
    assert _result(library) == first
    assert _wide_parts(library) == parts
    with library.transaction() as db:
        db.execute("UPDATE sources SET date = '2016-04-09' WHERE id = 5")
    corroborate.regroup(library)
    assert indexed == [1]
    assert _result(library) == _without_edges(library)


def _wide_parts(library) -> list:
    parts = (*index_store.WIDE_PARTS, *index_store.EDGE_PARTS)
    return [r for r in library.group_index_rows(()) if r[0] in parts]
