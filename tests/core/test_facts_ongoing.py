"""Acts whose time only the writing or the sentences before give: an act
told as going on ("Roe is taking questions ...") with no time of its own is
cited "[as of <the source's date>]" (with no date it is not offered); words
someone "added" with no time of their own are not offered (when and where,
the sentences before say).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_ongoing import added_before, ongoing_now
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe is taking questions at the Brask Lodge in Quillon in front of about 230 people.",
        "The Velmar health office is monitoring 265 cases of fever in Quillon.",
        "The Quillon council is considering issuing $100 fines to drivers blocking Velmar Road.",
        "More than 3,000 Velmar students are now studying at Quillon colleges.",
        # After an opening phrase of place or circumstance.
        "In the final days before the Quillon vote, Dana Roe is racing to visit 99 towns.",
        # Going on still: a present perfect progressive.
        "The Velmar health office has been reviewing 400 files from the Quillon clinic.",
    ],
)
def test_an_act_going_on_is_dated_as_of_the_source(sentence: str) -> None:
    assert ongoing_now(sentence)
    text = OPENING + "\n" + sentence + "\n"
    assert dated(text, DAY)[-1] == sentence[:-1] + " [as of May 11, 2016]."
    # With no date: as of when?
    assert verdict(text, sentence) == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of its own.
        "Dana Roe is taking questions at the Brask Lodge in Quillon on Tuesday.",
        "The Velmar health office is monitoring 265 cases of fever in Quillon in 2016.",
        # Someone's reported words.
        "Dana Roe said the Velmar health office is monitoring 265 cases of fever.",
        "The Velmar office is monitoring 265 cases of fever, according to Dana Roe.",
        # A habit.
        "The Quillon bureau is sending its survey to more than 3 million homes a year.",
        # Not the line's own verb: a clause, a pronoun's or a relative's.
        "While Dana Roe is touring Velmar, Tova Quarrow will lead the 12-member board.",
        "In Quillon, where Dana Roe is touring, Tova Quarrow leads the 12-member board.",
        # ("In Quillon, he is touring ..." is the line's own: test_facts_ongoing_clauses.py.)
        "The wave Dana Roe's rivals say she is riding has alarmed 3 Velmar councils.",
        "Voters who are leaving Quillon sold 300 homes in 2016.",
        # No progressive: a future, an "-ing" noun, a past.
        "Dana Roe is going to visit 12 Velmar towns.",
        "The Quillon levy is something 40 Velmar firms oppose.",
        "Dana Roe was taking questions at the Brask Lodge in front of 230 people.",
        "Dana Roe had been taking questions at the Brask Lodge in front of 230 people.",
        "The Velmar office has been reviewing 400 files since May.",
    ],
)
def test_other_presents_are_not_an_act_going_on(sentence: str) -> None:
    assert not ongoing_now(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe added that the Quillon levy would raise $2 million.",
        "Dana Roe added that, in Velmar, 40 firms would pay the Quillon levy.",
    ],
)
def test_words_someone_added_with_no_time_are_not_offered(sentence: str) -> None:
    assert added_before(sentence, sentence.split())
    text = OPENING + "\n" + sentence + "\n"
    assert verdict(text, sentence) == "time"
    assert not any(sentence[:30] in fact for fact in dated(text, DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe added on May 10, 2016, that the Quillon levy would raise $2 million.",
        "The Quillon levy added $2 million to the Velmar budget in 2016.",
        "An added cost of $2 million fell on 40 Velmar firms.",
        "Dana Roe has added 12 seats to the Velmar board.",
    ],
)
def test_other_addeds_stay(sentence: str) -> None:
    assert not added_before(sentence, sentence.split())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A relative clause after the present tells a past act of its own.
        (
            "Dana Roe's campaign is tying the Velmar levy to Tova Vesk, who backed the levy"
            " when it came to the council for a vote.",
            "Dana Roe's campaign is tying the Velmar levy to Tova Vesk [as of May 11, 2016],"
            " who backed the levy when it came to the council for a vote.",
        ),
        (
            "Five Brask clinics have closed in Quillon, which lost its last doctor in a storm.",
            "Five Brask clinics have closed in Quillon [as of May 11, 2016],"
            " which lost its last doctor in a storm.",
        ),
        # A subordinate clause: the act it tells came first.
        (
            "Velmar health workers are testing 40 Quillon wells because a Brask plant leaked fuel.",
            "Velmar health workers are testing 40 Quillon wells [as of May 11, 2016]"
            " because a Brask plant leaked fuel.",
        ),
        (
            "Dana Roe leads Tova Vesk by 6 points in a Brask College poll average, but Vesk won"
            " a Quillon straw poll.",
            "Dana Roe leads Tova Vesk by 6 points in a Brask College poll average"
            " [as of May 11, 2016], but Vesk won a Quillon straw poll.",
        ),
    ],
)
def test_as_of_dates_the_present_not_the_clause_after_it(sentence: str, expected: str) -> None:
    text = OPENING + "\n" + sentence + "\n"
    assert dated(text, DAY)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # No clause after the present: the bracket stays at the end.
        "The Quillon council is considering issuing $100 fines to drivers on Velmar Road.",
        "Two trials have been held before a Brask judge on the Velmar law.",
        # A clause before the present is no clause after it.
        "While no case has yet occurred in Quillon, three Velmar clinics have reported cases.",
        # A comma that opens no clause.
        "Dana Roe trails Tova Vesk by 4 points, according to the Brask average.",
    ],
)
def test_as_of_stays_at_the_end(sentence: str) -> None:
    text = OPENING + "\n" + sentence + "\n"
    assert dated(text, DAY)[-1] == sentence[:-1] + " [as of May 11, 2016]."
