"""An act whose day only the sentences before give: "Dana Roe campaigned in
Velmar on Tuesday. Roe won 52 percent of the vote." (won when? only the
sentence before says) is not offered when the source is dated; an act
with a time of its own, someone's account of it, an act placed after
another, or one far from any day named stays.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.facts_helpers import offered_after

PUBLISHED = dt.date(2016, 3, 2)
DAY_LEAD = "Dana Roe campaigned across Quillon County on Tuesday with Tova Quarrow.\n\n"
PLAIN_LEAD = "Dana Roe campaigned across Quillon County for a week with Tova Quarrow.\n\n"


def offered(lead: str, sentence: str, published: dt.date | None = PUBLISHED) -> bool:
    """Whether `sentence`, after `lead`, is offered as a fact."""
    return offered_after(lead, sentence, published)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe won 52 percent of the vote in the Quillon County primary.",
        "Velmar Group spent $40,000 on radio ads in Quillon County.",
        "Dana Roe picked up all 14 of the Quillon County delegates.",
        "Three Velmar candidates were defeated in the Quillon County primary.",
        # An age holds "year" but says nothing of when the act was.
        "Dana Roe's 41-year-old campaign manager spent $40,000 on radio ads in Quillon County.",
        "Tova Quarrow, 29 years old, spent $40,000 on radio ads in Quillon County.",
        "Velmar Group gave $5,000 to a 6-month-old Quillon County charity.",
        # "who died on Friday" dates Quarrow's death, not the portrait's showing.
        "A portrait of Tova Quarrow, who died on Friday, was shown in the Velmar town hall.",
    ],
)
def test_an_act_whose_day_only_the_sentences_before_give_is_not_offered(sentence):
    assert not offered(DAY_LEAD, sentence)
    # With no day named before, an act in the simple past with no time of
    # its own is not offered either (`fact_captions.undated_act`); a time
    # in a clause of its own ("who died on Friday") keeps it.
    assert offered(PLAIN_LEAD, sentence) == ("Friday" in sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of its own.
        "Dana Roe won 52 percent of the vote in the Quillon County primary on Tuesday.",
        "Dana Roe won 52 percent of the vote in the Quillon County primary in 2012.",
        # Someone's account.
        "Dana Roe says the Velmar Group spent $40,000 on radio ads in Quillon County.",
        "Tova Quarrow told reporters in May that Velmar Group spent $40,000 on radio ads.",
        "Velmar Group spent $40,000 on radio ads in Quillon County, according to its filings.",
        # Placed after an event. (Placed after the subject's own act told by
        # an "-ing" form, "after losing the ... primary", it is held back as
        # a past joined to an act of no time, as the clause "after Quarrow
        # endorsed her" is: `fact_present.undated_joined`, round 67.)
        "Dana Roe suspended her campaign after the Quillon County primary.",
    ],
)
def test_an_act_dated_by_itself_or_told_by_someone_stays(sentence):
    assert offered(DAY_LEAD, sentence)


def test_a_day_named_far_before_does_not_date_the_act():
    filler = "Tova Quarrow has led the Quillon County Farm Guild since 2004.\n\n" * 12
    # (A day in a clause of its own: an act with no time at all is not
    # offered after any lead, `fact_captions.undated_act`.)
    sentence = "A portrait of Tova Quarrow, who died on Friday, was shown in the Velmar town hall."
    assert offered(DAY_LEAD + filler, sentence)
    assert not offered(DAY_LEAD, sentence)


def test_without_the_sources_date_the_day_before_is_not_read():
    sentence = "Dana Roe won 52 percent of the vote in the Quillon County primary."
    assert offered(DAY_LEAD, sentence, None) == offered(PLAIN_LEAD, sentence, None)


def test_an_age_beside_a_time_of_its_own_stays():
    sentence = "Dana Roe's 41-year-old campaign manager spent $40,000 on radio ads last week."
    assert offered(DAY_LEAD, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Only the relative clause is past: the act stands now.
        "Tova Quarrow, who held three rallies in Velmar, has urged Quillon County to count faster.",
        "There are two films about Tova Quarrow, who was arrested in Velmar.",
    ],
)
def test_a_past_relative_clause_does_not_make_the_act_past(sentence):
    assert offered(DAY_LEAD, sentence)
