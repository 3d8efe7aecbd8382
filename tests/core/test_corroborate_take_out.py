"""The grouping index takes an item out and puts it back by its own public
methods (`GroupIndex.take_out`, `add_signed`, `uncount_figures`), which the
in-place updates (corroborate/in_place.py) use: taking out the item indexed
last leaves the index built without it, and putting it back the index built
with it (invented sentences)."""

from __future__ import annotations

from app.core.corroborate.matching import GroupIndex

ITEMS = [
    (1, 1, "fact", "The Varnel council approved a budget of $4 million on Tuesday."),
    (2, 2, "fact", "The Varnel council approved a $4 million budget on Tuesday."),
    (3, 2, "quote", "We will keep the Ostry depot open for as long as we can"),
    (4, 3, "quote", "We will keep the Ostry depot open for as long as we can"),
    (5, 3, "fact", "The Ostry depot employs 42 drivers and opened in 1987, the council said."),
    (6, 4, "fact", "The Ostry depot employs 44 drivers and opened in 1987, the council said."),
]


def _built(items) -> tuple[GroupIndex, list]:
    index, edges = GroupIndex(), []
    for item_id, source_id, kind, text in items:
        edges.append(index.add(item_id, source_id, kind, text))
    return index, edges


def _maps(index: GroupIndex) -> dict:
    """What the index holds, without the counts taken down to nothing and
    the postings emptied (a key no item holds)."""
    return {
        "quotes": sorted(index.quotes),
        "facts": sorted(index.facts),
        "quote_keys": {k: v for k, v in index.quote_keys.items() if v},
        "fact_keys": {k: v for k, v in index.fact_keys.items() if v},
        "df": {k: v for k, v in index.df.items() if v},
        "exact_quotes": dict(index.exact_quotes),
    }


def test_the_last_claim_taken_out_and_put_back():
    index, edges = _built(ITEMS)
    assert any(e.relation == "conflict" for e in edges[-1])  # 42 drivers against 44
    sig = index.facts[6]
    index.take_out(6, sig, deleted=True)
    index.uncount_figures([sig])  # its source's one claim
    assert _maps(index) == _maps(_built(ITEMS[:-1])[0])
    again = index.add_signed(6, sig, counted=set())
    assert again == edges[-1]
    assert _maps(index) == _maps(_built(ITEMS)[0])


def test_a_repeated_quote_taken_out_and_put_back():
    items = ITEMS[:4]
    index, edges = _built(items)
    assert [(e.a, e.b, e.relation) for e in edges[-1]] == [(3, 4, "same")]
    sig = index.quotes[4]
    index.take_out(4, sig, deleted=True)
    assert _maps(index) == _maps(_built(items[:-1])[0])
    assert index.add_signed(4, sig) == edges[-1]
    assert _maps(index) == _maps(_built(items)[0])


def test_the_first_of_a_wording_taken_out_leaves_its_place():
    index, _ = _built(ITEMS[:3])
    index.take_out(3, index.quotes[3])  # still in the library: indexed again next
    assert not index.exact_quotes and not any(index.quote_keys.values())
    assert 3 in index.quotes  # its signature stays until it is put back
