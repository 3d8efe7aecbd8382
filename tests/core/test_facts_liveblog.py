"""A live blog's entries, each opened by a line holding only its clock
time: a line with no time of its own tells of the entry's day, the
source's date ("... [on March 1, 2016]", "[as of ...]" for a state or a
present perfect); a count told in the present perfect with no time is a
count so far ("[as of <date>]"); a poll's or a study's figures with no
time are not offered.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_liveblog import entry_day
from app.core.extract.fact_ongoing import counted_so_far
from app.core.extract.fact_polldates import undated_poll
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 3, 1)

BLOG = (
    "The Latest: Roe wins the Quillon caucuses.\n\n"
    "9:50 p.m.\n\n"
    "More than 500 Roe supporters cheered when Velmar was called for Dana Roe.\n\n"
    "___.\n\n"
    "9:05 p.m.\n\n"
    "Tova Quarrow won 12 titles in the 1990s while Roe was rising in the Velmar guild.\n\n"
    "Tova Quarrow has won the Brask primary, adding to her Super Tuesday wins in Velmar.\n\n"
    "Quarrow says she wants a levy of 2 percent in every county of Velmar.\n\n"
    "___.\n\n"
    "8:40 p.m.\n\n"
    "Dana Roe spoke to 300 people in Quillon on Tuesday.\n"
)


def test_an_entry_with_no_time_of_its_own_is_dated_by_the_source() -> None:
    found = dated(BLOG, DAY)
    assert (
        "More than 500 Roe supporters cheered when Velmar was called for Dana Roe"
        " [on March 1, 2016]." in found
    )
    assert (
        "Tova Quarrow has won the Brask primary, adding to her Super Tuesday wins in Velmar"
        " [as of March 1, 2016]." in found
    )
    assert (
        "[Tova] Quarrow says she wants a levy of 2 percent in every county of Velmar"
        " [on March 1, 2016]." in found
    )
    # A time of its own: a decade, a weekday.
    assert (
        "Tova Quarrow won 12 titles in the 1990s while [Dana] Roe was rising in the Velmar guild."
        in found
    )
    assert "Dana Roe spoke to 300 people in Quillon on Tuesday [March 1, 2016]." in found


def test_clock_lines_ending_in_a_colon_open_entries_too() -> None:
    colons = BLOG.replace(" p.m.\n", " p.m.:\n")
    assert ".m.\n" not in colons
    assert entry_day(colons, colons.index("More than 500"), DAY) == DAY
    assert (
        "More than 500 Roe supporters cheered when Velmar was called for Dana Roe"
        " [on March 1, 2016]." in dated(colons, DAY)
    )


def test_no_day_before_the_first_entry_nor_past_midnight_nor_in_a_story() -> None:
    start = BLOG.index("More than")
    assert entry_day(BLOG, start, DAY) == DAY
    assert entry_day(BLOG, 5, DAY) is None  # the heading, before the first entry
    # Newest first: an "a.m." entry above every "p.m." one is past midnight.
    late = (
        "Roe thanks her aides.\n\n12:05 a.m.\n\nRoe thanked 40 volunteers in Quillon.\n\n___.\n\n"
    )
    late += BLOG
    assert entry_day(late, late.index("Roe thanked"), DAY) is None
    # A morning entry below an afternoon one is the same day.
    morning = BLOG + "\n___.\n\n10:15 a.m.\n\nRoe met 40 volunteers in Quillon.\n"
    assert entry_day(morning, morning.index("Roe met"), DAY) == DAY
    # One clock line alone makes no live blog.
    story = OPENING + "\n\n9:50 p.m.\n\nRoe met 40 volunteers in Quillon.\n"
    assert entry_day(story, story.index("Roe met"), DAY) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Two trials have been held before a Quillon judge on the Velmar law.",
        "The Velmar coalition has grown to 65 member towns, including Quillon.",
        "Nearly 850,000 Velmar absentee ballots have so far been requested.",
        "While no case has yet occurred in Quillon, three Velmar clinics have reported cases.",
    ],
)
def test_a_count_so_far_is_dated_as_of_the_source(sentence: str) -> None:
    assert counted_so_far(sentence)
    text = OPENING + "\n" + sentence + "\n"
    assert dated(text, DAY)[-1] == sentence[:-1] + " [as of March 1, 2016]."
    assert verdict(text, sentence) == "time"  # with no date: as of when?


@pytest.mark.parametrize(
    "sentence",
    [
        "Two trials have been held before a Quillon judge since 2014.",  # a time of its own
        "Dana Roe said two trials have been held before a Quillon judge.",  # reported
        "The Velmar council has nine members.",  # a possession, no perfect
        "Dana Roe, who has won 3 races, will run in Quillon.",  # a relative clause's verb
        "The Velmar poll shows Roe has fallen to 27 percent.",  # a poll's, of its days
        "The Velmar council has approved the levy.",  # no count
    ],
)
def test_no_count_so_far(sentence: str) -> None:
    assert not counted_so_far(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Post poll shows Dana Roe beating Tova Quarrow 45 to 40 percent.",
        "The Velmar Post survey found 90 percent support for the Quillon levy.",
        "A study by Velmar College found that Quillon tuition costs 36 percent of a family income.",
    ],
)
def test_a_poll_with_no_time_is_not_offered(sentence: str) -> None:
    assert undated_poll(sentence, sentence.split())
    text = OPENING + "\n" + sentence + "\n"
    assert verdict(text, sentence) in ("time", "pointer")  # (an unnamed one: `fact_polls`)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Post poll taken June 3-7 shows Roe beating Quarrow 45 to 40 percent.",
        "In a Quillon survey released Tuesday, 90 percent backed the levy.",
        "A Velmar College study in 2015 found that tuition is the highest: 36%.",
        "Polls closed at 8 p.m., and 40 percent of Quillon had voted.",  # where votes are cast
        "The Velmar poll was run by Dana Roe's firm.",  # no figure
        "The Brask poll has a margin of error of 5 percentage points.",  # its method
    ],
)
def test_a_dated_poll_or_no_poll_figure_is_left(sentence: str) -> None:
    assert not undated_poll(sentence, sentence.split())
