"""Two differing figures about two things are no conflict (two_things.py):
each rule on its own, then on the index, with a real disagreement beside
it that must stay flagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.corroborate.claims import claim_values, fact_signature
from app.core.corroborate.matching import GroupIndex
from app.core.corroborate.two_things import (
    count_label,
    day_label,
    limit_day,
    one_sided_name,
    passed_days,
)


def _sigs(first: str, second: str, when_a=None, when_b=None):
    return fact_signature(1, first, when_a), fact_signature(2, second, when_b)


def _figure(sig, kind: str):
    return next(vc for vc in sig.values if vc.value.kind == kind)


def _flagged(first: str, second: str, when_a=None, when_b=None) -> bool:
    index = GroupIndex()
    index.add(1, 1, "fact", first, when_a)
    edges = index.add(2, 2, "fact", second, when_b)
    return any(e.relation == "conflict" for e in edges)


# -- each rule -----------------------------------------------------------------


def test_a_name_one_figure_is_said_of_that_the_other_sentence_lacks():
    a, b = _sigs(
        "A member needs 412 votes to lead the Quillonist guild.",
        "A member needs 977 votes to lead the guild.",
    )
    assert one_sided_name(a, _figure(a, "count:vote"), b, _figure(b, "count:vote"))
    # Both name it: nothing left unsaid.
    a, b = _sigs(
        "A member needs 412 votes to lead the Quillonist guild.",
        "A member needs 977 votes to lead the Quillonist guild.",
    )
    assert not one_sided_name(a, _figure(a, "count:vote"), b, _figure(b, "count:vote"))


def test_a_pronoun_may_stand_for_the_name():
    a, b = _sigs("Tamsin Orvell raised $4 million in May.", "She raised $6 million in May.")
    assert not one_sided_name(a, _figure(a, "money"), b, _figure(b, "money"))


def test_a_count_written_as_a_label_is_no_claim_of_size():
    a, b = _sigs(
        "Eleven guilds hold ballots on May 4.",
        "The two guilds hold ballots on May 4.",
    )
    assert count_label(_figure(a, "count:guild"), _figure(b, "count:guild"), echo=False)
    a, b = _sigs("Eleven guilds hold ballots on May 4.", "Nine guilds hold ballots on May 4.")
    assert not count_label(_figure(a, "count:guild"), _figure(b, "count:guild"), echo=False)


def test_a_large_count_written_as_a_label_still_states_it():
    a, b = _sigs(
        "Clerks never counted the 41,000 ballots of the Oakvale guild.",
        "Clerks never counted the 38,000 ballots of the Oakvale guild.",
    )
    assert not count_label(_figure(a, "count:ballot"), _figure(b, "count:ballot"), echo=True)


def test_a_count_up_to_a_day_against_one_on_that_day():
    a, b = _sigs(
        "Twelve guilds hold ballots on or before May 4, the clerk said.",
        "Nine guilds hold ballots on May 4, the clerk said.",
    )
    assert limit_day(a, _figure(a, "count:guild"), b, _figure(b, "count:guild"))
    a, b = _sigs(
        "Twelve guilds hold ballots on May 4, the clerk said.",
        "Nine guilds hold ballots on May 4, the clerk said.",
    )
    assert not limit_day(a, _figure(a, "count:guild"), b, _figure(b, "count:guild"))


def test_a_day_labelling_a_thing_needs_that_thing_said_of_the_other_day():
    a, b = _sigs(
        "Rivals hope to win the May 9 Oakvale primary before the Brindle caucuses.",
        "Voters in Brindle go to caucuses on May 2.",
    )
    assert day_label(_figure(a, "date"), _figure(b, "date"))
    a, b = _sigs(
        "Rivals hope to win the May 9 Oakvale primary.",
        "Oakvale holds its primary on May 2.",
    )
    assert not day_label(_figure(a, "date"), _figure(b, "date"))


def test_days_to_come_told_after_the_other_had_passed():
    first = "The guild's vote comes on May 9 in Oakvale."
    second = "The guild's vote comes on July 2 in Oakvale."
    a, b = _sigs(first, second, date(2031, 5, 1), date(2031, 6, 20))
    assert passed_days(a, _figure(a, "date"), b, _figure(b, "date"))
    # Told in the same week, both before either day: one vote, a disagreement.
    a, b = _sigs(first, second, date(2031, 5, 1), date(2031, 5, 3))
    assert not passed_days(a, _figure(a, "date"), b, _figure(b, "date"))


# -- on the index --------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "when_a", "when_b"),
    [
        (
            "It takes 412 votes to win the Quillonist nomination for warden.",
            "It takes 977 votes to win the nomination.",
            None,
            None,
        ),
        (
            "Rivals hope to win the May 9 Oakvale primary before the Brindle caucuses.",
            "Voters in Brindle go to the caucuses on May 2, the guild said.",
            None,
            None,
        ),
        (
            "Voters in Oakvale go to the polls in the guild primary on May 9.",
            "Voters in Oakvale go to the polls in the guild primary on June 2.",
            date(2031, 5, 1),
            date(2031, 5, 28),
        ),
        (
            "Twelve guilds hold ballots on or before May 4, the clerk said.",
            "Nine guilds hold ballots on May 4, the clerk said.",
            None,
            None,
        ),
        (
            "The two guilds hold their ballots on May 4, the clerk said.",
            "Eleven guilds hold their ballots on May 4, the clerk said.",
            None,
            None,
        ),
    ],
)
def test_two_things_are_not_flagged(first, second, when_a, when_b):
    assert not _flagged(first, second, when_a, when_b)


def test_a_real_disagreement_is_still_flagged():
    assert _flagged(
        "The Quillon Bureau prepared 55,000 pages of Dana Roe's letters for release.",
        "The Quillon Bureau prepared 52,000 pages of Dana Roe's letters for release.",
    )


def test_a_figure_inside_markup_is_no_claim():
    text = '<post author="@quillon" date="May 7, 2031">Ferry fares rose to $4 in Oakvale.'
    assert [v.kind for v in claim_values(text)] == ["money"]
    assert [vc.value.kind for vc in fact_signature(1, text).values] == ["money"]
