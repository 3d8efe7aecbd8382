"""Figures pinned to one thing by words few claims of the library use.

In a real library a report often names more than another ("in the Quarle
archive's count" / "the count"), words its sentence around the figure
differently, or labels the figure's year ("her 2005 vote"). Those differences
no longer hide a disagreement when what is measured is named by words that
are rare in the library. Rarity is only known in a library of some size, so
each test first fills one with unrelated claims, in invented words."""

from __future__ import annotations

import pytest

from app.core.store import Library
from tests.core.corroborate_helpers import add, filled_library


@pytest.fixture
def library(tmp_path):
    """A library already holding 700 unrelated claims of one source."""
    lib = filled_library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def _conflicts(library: Library, a: str, b: str):
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    return library.conflicts()


def test_a_figure_pinned_by_rare_words_conflicts_though_one_report_names_more(library):
    a = (
        "The Quarle archive worked to index 55,000 pages of Tamsin Orrel's correspondence"
        " for public release, including 900 pages released on Friday."
    )
    b = "The Quarle archive has read Orrel's correspondence as it prepared 52,000 pages for release."
    [conflict] = _conflicts(library, a, b)
    assert conflict.kind == "count:page" and sorted(conflict.values) == ["52000", "55000"]


def test_an_unpinned_figure_with_a_name_only_one_report_gives_is_not_a_conflict(library):
    a = "In the Dunmere count, Ostrava Kell took 52 percent of the vote."
    b = "In the Dunmere count, the winner took 45 percent of the vote."
    assert _conflicts(library, a, b) == []


def test_a_year_labelling_a_pinned_act_is_its_year(library):
    a = "Ivo Brannock has singled out Orla Venn's 2002 vote for a bill giving immunity to kiln makers."
    b = "Brannock took shots at Venn over her vote in 2005 to give legal immunity to kiln makers."
    [conflict] = _conflicts(library, a, b)
    assert conflict.kind == "year" and sorted(conflict.values) == ["2002", "2005"]


def test_a_year_labelling_an_unpinned_thing_is_still_no_conflict(library):
    a = "In Varn, Corvel Abney lost the 2010 mayoral race by a wide margin."
    b = "In Varn, Corvel Abney lost the 2014 mayoral race by a wide margin."
    assert _conflicts(library, a, b) == []


def test_shares_about_one_rare_name_in_different_wording_are_not_a_conflict(library):
    # Two polls, or two questions: shares differ from one to the next.
    a = "Thirty-seven percent would back Mara Quint, while four percent would back Ostel Gov. Orla Venn."
    b = "Less than 1 percent chose former Ostel Gov. Orla Venn."
    assert _conflicts(library, a, b) == []


def test_a_pinned_act_of_two_different_people_is_not_a_conflict(library):
    a = "Ivo Brannock has singled out Orla Venn's 2002 vote for a bill giving immunity to kiln makers."
    b = "Brannock took shots at Tamsin Quell over her vote in 2005 to give legal immunity to kiln makers."
    assert _conflicts(library, a, b) == []


def _year_contexts(a: str, b: str):
    from app.core.corroborate.claims import fact_signature

    va = next(v for v in fact_signature(1, a).values if v.value.kind == "year")
    vb = next(v for v in fact_signature(2, b).values if v.value.kind == "year")
    return va, vb, va.words & vb.words


def test_three_words_few_claims_use_pin_a_figure_two_do_not():
    from app.core.corroborate.rules import pinned_down

    va, vb, common = _year_contexts(
        "Ana Quint attended the third feast of Ivo Kell with her husband in 2002.",
        "Her husband by her side, Quint attended in 2005 the feast Kell gave for his third bride.",
    )
    assert {"attend", "husband", "feast", "third"} <= common
    # 5,000 claims, each word in 20 of them: two together by chance in
    # 9% of them (too many for a year), three in 0.04% (few).
    df = {"attend": 20, "husband": 20, "feast": 20, "third": 400, "quint": 2, "kell": 2}
    assert pinned_down(va, vb, frozenset(common - {"quint", "kell"}), df, 5000)
    common_words = {w: 400 for w in df}
    assert not pinned_down(va, vb, frozenset(common - {"quint", "kell"}), common_words, 5000)
    two = frozenset({"attend", "husband"})
    assert not pinned_down(va, vb, two, df, 5000)
