"""A fact that calls its poll "the poll" or "the survey", the one poll the
article named before by its maker, is cited with that poll in brackets and
its findings dated as of the source's day ("[The Quillon Institute poll]
found ... [as of March 23, 2016]."); where another poll may be meant, or
no date is known, it is not offered (`fact_pollmakers`, `fact_pollnames`)."""

from __future__ import annotations

import pytest

from app.core.extract.fact_pollmakers import maker_named, one_maker, one_poll
from tests.core.facts_helpers import WEDNESDAY, dated

TITLE = "Roe leads Vesk.\n\n"
FINDING = (
    "The poll found 52 percent of likely voters backed Dana Roe, against 41 percent for Tobin Vesk."
)
AS_OF = " [as of March 23, 2016]."


def _cited(lead: str, sentence: str = FINDING, published=WEDNESDAY) -> str | None:
    """How `sentence`, after the title and `lead`, is cited; None when it is not offered."""
    text = TITLE + lead + " " + sentence + "\n"
    cut = sentence.split(" ", 4)[-1][:20]
    found = [c for c in dated(text, published) if cut in c and not c.startswith(lead[:20])]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "A Quillon Institute poll released Monday shows Dana Roe ahead.",
            "The Quillon Institute poll",
        ),
        (
            "Dana Roe leads Tobin Vesk, a new Velmar Post/Quarrow News poll shows.",
            "The Velmar Post/Quarrow News poll",
        ),
        (
            "Dana Roe leads, according to a University of Quillon survey.",
            "The University of Quillon survey",
        ),
        (
            "Dana Roe leads, according to a poll of 800 voters released Monday by the Quillon Institute.",
            "The Quillon Institute poll",
        ),
        (
            "Dana Roe leads Tobin Vesk, according to a new poll. The Quillon Institute poll of 800 voters was released Monday.",
            "The Quillon Institute poll",
        ),
    ],
)
def test_the_poll_named_before_by_its_maker_is_bracketed_and_dated(lead, name):
    assert (
        _cited(lead)
        == f"[{name}] found 52 percent of likely voters backed Dana Roe, against 41 percent for Tobin Vesk"
        + AS_OF
    )


def test_a_poll_inside_the_line_and_a_closing_tag_are_bracketed_too():
    lead = "A Quillon Institute poll released Monday shows Dana Roe ahead."
    sentence = (
        "Tobin Vesk and Ivo Brask tied for third at 5% in the poll, while no one else passed 3%."
    )
    assert _cited(lead, sentence) == (
        "Tobin Vesk and Ivo Brask tied for third at 5% in [the Quillon Institute poll], while no one else passed 3%"
        + AS_OF
    )
    sentence = "Eighty percent of Quillon renters back Dana Roe, the survey found."
    lead = "Dana Roe leads, according to a Velmar Post survey."
    assert _cited(lead, sentence) == (
        "Eighty percent of Quillon renters back Dana Roe, [the Velmar Post survey] found" + AS_OF
    )


def test_a_date_of_its_own_is_kept_and_a_month_alone_dates_nothing():
    lead = "A Quillon Institute poll shows Dana Roe ahead."
    own = (
        "The poll of 800 voters was taken May 1 to May 9, 2016 with a margin of error of 4 points."
    )
    assert _cited(lead, own) == (
        "[The Quillon Institute poll] of 800 voters was taken May 1 to May 9, 2016 with a margin of error of 4 points."
    )
    month = "The poll found Dana Roe at 52 percent, unchanged from the last Quillon Institute poll in May."
    assert _cited(lead, month).endswith("in May [2015]" + AS_OF)


@pytest.mark.parametrize(
    "lead",
    [
        # Two makers: which one's poll?
        "A Quillon Institute poll shows Dana Roe ahead. A Velmar Post survey had Tobin Vesk ahead.",
        "Dana Roe leads, a Quillon Institute poll shows, and Velmar Post polls agree.",
        # Another poll spoken of, by no maker or as another.
        "Dana Roe leads, a Quillon Institute poll shows. Another poll had Tobin Vesk ahead.",
        "Dana Roe leads, a Quillon Institute poll shows. A new poll had Tobin Vesk ahead.",
        "Dana Roe leads, a Quillon Institute poll shows. An earlier survey had Tobin Vesk ahead.",
        "Dana Roe leads, a Quillon Institute poll shows, said Ivo Brask, a pollster.",
        # No maker at all.
        "Dana Roe leads Tobin Vesk, a new poll shows.",
        "Dana Roe leads Tobin Vesk in a poll taken from May 1 to May 9.",
    ],
)
def test_the_poll_is_not_offered_where_another_may_be_meant(lead):
    assert _cited(lead) is None


def test_a_poll_named_only_in_the_title_names_nothing():
    text = "Quillon Institute Poll: Roe Leads.\n\nDana Roe leads Tobin Vesk. " + FINDING + "\n"
    assert not [c for c in dated(text) if "52 percent" in c]


def test_without_the_sources_date_the_findings_are_not_offered():
    lead = "A Quillon Institute poll shows Dana Roe ahead."
    assert _cited(lead, published=None) is None
    method = "The poll put its margin of error at 4 points."
    assert _cited(lead, method, published=None) is None
    assert (
        _cited(lead, method)
        == "[The Quillon Institute poll] put its margin of error at 4 points" + AS_OF
    )


def test_a_description_of_another_noun_stays_unoffered():
    lead = "Dana Roe spoke to Velmar Radio, a Quillon talk station, on Monday."
    sentence = "The station reported 52 percent of its callers backed Dana Roe on Tuesday."
    assert _cited(lead, sentence) is None


def test_the_readers_of_a_naming():
    assert maker_named("[The Quillon Institute poll]")
    assert maker_named("[the Velmar Post/Quarrow News survey]")
    assert not maker_named("[the new poll]")
    assert not maker_named("[the Quillon talk station]")
    text = "Roe leads.\n\nDana Roe leads, a Quillon Institute poll shows. The poll found it."
    at = text.index("The poll")
    assert one_poll(text, at, "The poll", at) == (
        "the Quillon Institute poll",
        text.index("poll shows"),
    )
    assert one_poll(text, at, "The debate", at) is None
    assert one_maker(text, at, "[The Quillon Institute poll]")
    assert not one_maker(text, at, "[The Velmar Post poll]")


@pytest.mark.parametrize(
    "lead",
    [
        # The running "the poll" came before the maker's: maybe another one.
        "Dana Roe leads, the poll shows. In March, a Quillon Institute poll had Tobin Vesk ahead.",
        # Named long before and not spoken of since: the story may have moved on.
        "A Quillon Institute poll shows Dana Roe ahead."
        + " Tobin Vesk opened 12 offices in Velmar on May 3, 2015." * 50,
    ],
)
def test_a_naming_the_story_may_have_left_is_not_used(lead):
    assert _cited(lead) is None


def test_general_polls_before_the_naming_leave_it_the_one():
    lead = "Dana Roe came into May atop the polls. A Quillon Institute poll released Monday shows her ahead."
    assert _cited(lead).startswith("[The Quillon Institute poll] found 52 percent")


def test_a_name_ending_the_sentence_before_is_no_maker():
    lead = "Dana Roe leads, said Tobin Vesk. A Quillon Institute poll released Monday shows it."
    assert _cited(lead).startswith("[The Quillon Institute poll] found 52 percent")
    lead = "Dana Roe leads, a U.S. Quillon Institute poll released Monday shows."
    assert _cited(lead).startswith("[The U.S. Quillon Institute poll] found 52 percent")
