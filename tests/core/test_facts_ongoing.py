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
        "In Quillon, he is touring 12 Velmar towns.",
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
