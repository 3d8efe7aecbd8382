"""Name conflicts: two different people named in a single-holder role about
the same thing (governor, mayor, police chief ...)."""

from __future__ import annotations

import sqlite3

import pytest

from app.core import corroborate
from app.core.corroborate.claims import claim_values
from app.core.store import Library
from tests.core.corroborate_helpers import add, filled_library


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


# -- name conflicts ---------------------------------------------------------------

SIGNED_FIRST = (
    "Velmora became a sanctuary state when Gov. Maren Tolliver signed the"
    " Velmora Harbour Act into law."
)
SIGNED_SECOND = (
    "The Velmora Harbour Act, which made Velmora a sanctuary state, was signed"
    " into law by Gov. Ivo Marrin."
)


def test_different_governor_for_the_same_signing_is_a_name_conflict(library):
    a = add(library, SIGNED_FIRST, facts=[SIGNED_FIRST])
    b = add(library, SIGNED_SECOND, facts=[SIGNED_SECOND])
    [conflict] = library.conflicts()
    assert conflict.kind == "name:gov"
    assert sorted(conflict.values) == ["Marrin", "Tolliver"]
    sides = {v: library.item(i) for i, v in zip(conflict.item_ids, conflict.values, strict=True)}
    assert (sides["Tolliver"].source_id, sides["Marrin"].source_id) == (a, b)
    assert (sides["Tolliver"].text, sides["Marrin"].text) == (SIGNED_FIRST, SIGNED_SECOND)
    assert corroborate.value_labels(library, conflict) == {
        "Tolliver": "Maren Tolliver",
        "Marrin": "Ivo Marrin",
    }
    [described] = corroborate.describe_conflicts(library)
    assert (described["kind"], described["label"]) == ("name:gov", "governor")
    assert described["values"] == ["Marrin", "Tolliver"]
    assert {c["as_written"] for c in described["claims"]} == {"Maren Tolliver", "Ivo Marrin"}


def test_bill_author_named_differently_is_a_name_conflict(library):
    a = "The bill's author, Sen. Paz de la Orrin, said it would keep families together."
    b = "Sen. Osk Dellamy, the bill's author, said the measure keeps families together."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [conflict] = library.conflicts()
    assert conflict.kind == "name:senator"
    assert sorted(conflict.values) == ["Dellamy", "de la Orrin"]


def test_same_person_written_two_ways_is_no_conflict(library):
    b = "The Velmora Harbour Act, which made Velmora a sanctuary state, was signed by Tolliver."
    c = "Velmora became a sanctuary state when Gov. Tolliver signed the Velmora Harbour Act."
    for text in (SIGNED_FIRST, b, c):
        add(library, text, facts=[text])
    assert library.conflicts() == []


def test_former_and_current_mayor_are_no_conflict(library):
    a = "Former Mayor Corvel Abney opposed a sanctuary city ordinance for Tarnwick."
    b = "Mayor Ilsa Varn backed the sanctuary city ordinance for Tarnwick."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    assert library.conflicts() == []


def test_two_bills_signed_by_two_governors_in_different_years_are_no_conflict(library):
    a = "Gov. Maren Tolliver signed the sanctuary state law in 2017, limiting police cooperation."
    b = "Gov. Ivo Marrin signed a sanctuary state expansion in 2019, limiting police cooperation."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    assert library.conflicts() == []


def test_two_people_with_a_title_doing_different_things_are_no_conflict(library):
    a = "Police Chief Tamsin Orle said the department would not enforce immigration law."
    b = "Police Chief Jim McDonnell praised officers at a graduation ceremony downtown."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    assert library.conflicts() == []


def test_an_index_stored_by_an_older_format_is_rebuilt_and_finds_name_conflicts(
    tmp_path, monkeypatch
):
    from app.core.corroborate import index_store

    path = tmp_path / "lib.sqlite"
    # Group as the previous format did: no name values at all.
    monkeypatch.setattr(index_store, "FORMAT", "old-format")
    from app.core.corroborate import claims, sig_cache

    # Other reading code keeps its signatures under another version.
    monkeypatch.setattr(sig_cache, "VERSION", "old-code")

    monkeypatch.setattr(claims, "name_values", lambda text, former=False: [])
    monkeypatch.setattr(claims, "role_holders", lambda text: ([], []))
    lib = Library(path)
    add(lib, SIGNED_FIRST, facts=[SIGNED_FIRST])
    add(lib, SIGNED_SECOND, facts=[SIGNED_SECOND])
    assert lib.conflicts() == []
    lib.close()
    monkeypatch.undo()

    lib = Library(path)
    corroborate.forget(lib)
    other = "The parks department hired 40 seasonal workers this summer."
    add(lib, other, facts=[other])
    assert [c.kind for c in lib.conflicts()] == ["name:gov"]
    lib.close()
    import marshal

    meta = (
        sqlite3.connect(path)
        .execute("SELECT data FROM group_index WHERE part = 'meta'")
        .fetchone()[0]
    )
    assert marshal.loads(meta)["format"] == index_store.FORMAT


def test_two_holders_doing_different_things_to_one_thing_are_no_conflict(library):
    a = "Mayor Corvel Abney opposed a sanctuary city ordinance for Tarnwick."
    b = "Mayor Ilsa Varn backed the sanctuary city ordinance for Tarnwick."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    assert library.conflicts() == []


def test_name_values_are_the_surname_of_a_current_title_holder():
    text = (
        "Police Chief Tamsin Orle said the department would comply; the bill's author,"
        " Sen. Paz de la Orrin, agreed with Mayor Ilsa Varn's office and former Mayor"
        " Corvel Abney, as did Former Velmora Gov. Maren Tolliver."
    )
    found = [(v.kind, v.value) for v in claim_values(text)]
    assert found == [
        ("name:chief", "Orle"),
        ("name:senator", "de la Orrin"),
        ("name:mayor", "Varn"),
    ]


_OFFICE_A = "Last week, Vermont Gov. Tam Orrel announced that he would back the Quarr campaign."
_OFFICE_B = (
    "Quarr, speaking at a resort in Ostel, was introduced by former rival Vermont"
    " Gov. Ivo Kell, who endorsed him last week."
)


def test_one_states_holder_of_one_office_in_reports_of_one_month_disagree(tmp_path):
    with filled_library(tmp_path / "lib.sqlite") as library:
        add(library, _OFFICE_A, facts=[_OFFICE_A], date="2031-03-01")
        add(library, _OFFICE_B, facts=[_OFFICE_B], date="2031-03-02")
        assert [(c.kind, sorted(set(c.values))) for c in library.conflicts()] == [
            ("name:gov", ["Kell", "Orrel"])
        ]


@pytest.mark.parametrize(
    ("a", "b", "dates"),
    [
        # Undated reports, or reports years apart: the office may have changed hands.
        (_OFFICE_A, _OFFICE_B, ("", "")),
        (_OFFICE_A, _OFFICE_B, ("2031-03-01", "2034-03-02")),
        # Two states, a party, a state's two senators: not one office.
        (_OFFICE_A, _OFFICE_B.replace("Vermont", "Ohio"), ("2031-03-01", "2031-03-02")),
        (
            _OFFICE_A.replace("Vermont", "Democratic"),
            _OFFICE_B.replace("Vermont", "Democratic"),
            ("2031-03-01", "2031-03-02"),
        ),
        (
            _OFFICE_A.replace("Gov.", "Sen."),
            _OFFICE_B.replace("Gov.", "Sen."),
            ("2031-03-01", "2031-03-02"),
        ),
    ],
)
def test_holders_of_no_one_office_at_one_time_do_not_disagree(tmp_path, a, b, dates):
    with filled_library(tmp_path / "lib.sqlite") as library:
        add(library, a, facts=[a], date=dates[0])
        add(library, b, facts=[b], date=dates[1])
        assert library.conflicts() == []


# One office, two acts: a poll's list and a night's results share no word of
# what happened, yet both name the state's governor in one month.
_POLL = (
    "The Ostel survey put Ansel Brisk first with 42 percent, followed by"
    " Vermont Gov. Tam Orrel at 9 percent."
)
_NIGHT = "Brisk won the Quarr caucuses on Tuesday night, while Vermont Gov. Ivo Kell won no state."


def test_one_office_disagrees_though_the_sentences_tell_other_acts(tmp_path):
    with filled_library(tmp_path / "lib.sqlite") as library:
        add(library, _POLL, facts=[_POLL], date="2031-03-15")
        add(library, _NIGHT, facts=[_NIGHT], date="2031-03-09")
        assert [(c.kind, sorted(set(c.values))) for c in library.conflicts()] == [
            ("name:gov", ["Kell", "Orrel"])
        ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The same holder twice: no disagreement.
        (_POLL, _NIGHT.replace("Ivo Kell", "Tam Orrel")),
        # Another state's governor.
        (_POLL, _NIGHT.replace("Vermont", "Ohio")),
        # A former holder is not the holder.
        (_POLL, _NIGHT.replace("while Vermont", "while former Vermont")),
    ],
)
def test_other_acts_of_no_one_office_do_not_disagree(tmp_path, a, b):
    with filled_library(tmp_path / "lib.sqlite") as library:
        add(library, a, facts=[a], date="2031-03-15")
        add(library, b, facts=[b], date="2031-03-09")
        assert library.conflicts() == []


_SPEAKER_A = "House Speaker Orla Venn met Ansel Brisk on Thursday to talk about the Quarr platform."
_SPEAKER_B = (
    "After a week of tension, House Speaker Tam Orrel's office said he would meet"
    " Ansel Brisk on Thursday."
)


def test_the_national_house_has_one_speaker(tmp_path):
    with filled_library(tmp_path / "lib.sqlite") as library:
        add(library, _SPEAKER_A, facts=[_SPEAKER_A], date="2031-05-12")
        add(library, _SPEAKER_B, facts=[_SPEAKER_B], date="2031-05-06")
        assert [(c.kind, sorted(set(c.values))) for c in library.conflicts()] == [
            ("name:speaker", ["Orrel", "Venn"])
        ]


@pytest.mark.parametrize(
    "b",
    [
        # A state's house has a speaker of its own.
        _SPEAKER_B.replace("House Speaker", "Ohio House Speaker"),
        # A speaker of what, the sentence does not say.
        _SPEAKER_B.replace("House Speaker", "Speaker"),
    ],
)
def test_speakers_of_other_houses_do_not_disagree(tmp_path, b):
    with filled_library(tmp_path / "lib.sqlite") as library:
        add(library, _SPEAKER_A, facts=[_SPEAKER_A], date="2031-05-12")
        add(library, b, facts=[b], date="2031-05-06")
        assert library.conflicts() == []
