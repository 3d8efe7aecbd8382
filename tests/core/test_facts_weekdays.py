"""Weekdays in facts: which are dated from the source's day, which are not,
and that facts and corroboration read a weekday the same way.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.core.corroborate.times import time_anchors
from app.core.extract import find_facts
from app.core.extract.fact_dates import weekday_date
from app.core.extract.facts import sentence_verdicts
from tests.core.facts_helpers import OPENING, WEDNESDAY, dated


def test_a_weekday_a_present_tense_or_a_tenseless_cue_puts_ahead_is_not_dated():
    # "holds", "meets", "opens": a present that may tell what has happened
    # ("the convention, which opens Monday," in a Wednesday article), and
    # "ahead of", "through": a day after the source's is read only from a
    # future ("will", "is set to"); unsure, the fact is not offered.
    for sentence in (
        "Quillon holds its primary on Tuesday, and Tova Quarrow leads there by 40 votes.",
        "The Quillon board meets on Friday to vote on the $4 million Velmar levy.",
        "The Quillon board met ahead of Tuesday's vote on the Velmar Guild.",
        "Tova Quarrow surveyed 800 Quillon clerks from March 2 through Monday.",
        "Tova Quarrow moved through the Quillon guild halls Monday, signing 30 clerks.",
        "The Quillon board will meet when the Velmar Guild opens its doors on Friday.",
        "Heading into Monday's vote, Tova Quarrow led the Quillon board by 40 votes.",
        "Tova Quarrow spoke just days before Tuesday's Quillon primary, winning 40 votes.",
    ):
        assert dated(f"{OPENING}\n{sentence}\n") == [OPENING], sentence
    # The day itself is the same day either way.
    text = "The Quillon board meets on Wednesday to vote on the $4 million Velmar levy."
    assert dated(text) == [
        "The Quillon board meets on Wednesday [March 23, 2016] to vote on the"
        " $4 million Velmar levy."
    ]
    # A past verb keeps the day past.
    text = "Tova Quarrow won 40 percent in the Quillon primary on Tuesday."
    assert dated(text) == [
        "Tova Quarrow won 40 percent in the Quillon primary on Tuesday [March 22, 2016]."
    ]


def test_last_this_or_past_before_a_weekday_is_not_dated():
    # "last Monday" may be this week's or the week before: no bracket rather
    # than a wrong one, and the fact is not offered for its time.
    for sentence in (
        "Tova Quarrow resigned from the Quillon board last Wednesday.",
        "Tova Quarrow resigned from the Quillon board last Monday.",
        "Tova Quarrow resigned from the Quillon board last Friday evening.",
        # One of many Fridays: no one date.
        "Every Friday, Tova Quarrow met 40 Quillon clerks.",
        "Tova Quarrow met 40 Quillon clerks every Friday.",
    ):
        text = f"{OPENING}\n{sentence}\n"
        start = text.index(sentence)
        reasons = [r for a, _b, r, _f in sentence_verdicts(text, published=WEDNESDAY) if a == start]
        assert reasons == ["time"], sentence
    # "this Monday" may be to come or gone, "this past Monday" this week's or
    # the week before; "this Friday" in a future is the one to come.
    for sentence, day in (
        ("Tova Quarrow resigned this Monday.", None),
        ("Tova Quarrow resigned this past Monday.", None),
        ("Tova Quarrow resigned last Monday.", None),
        ("The Quillon board will vote this Friday.", dt.date(2016, 3, 25)),
    ):
        start = re.search(r"(?:Mon|Fri)day", sentence).start()
        assert weekday_date(sentence, start, WEDNESDAY) == day, sentence


# Whatever the words, no day is dated after the source's own but a future's.
@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Tova Quarrow spoke in Quillon on {}.",
        "Tova Quarrow speaks in Quillon on {}.",
        "Tova Quarrow spoke in Quillon ahead of {}'s vote.",
        "The Velmar convention, which opens {}, drew 40 clerks.",
        "The Quillon board voted last {}.",
        "The Quillon board held its vote this {}.",
        "The Quillon board counted votes through {}.",
        "Heading into {}'s vote, the Quillon board had 40 members.",
        "The Quillon board met 40 times before {}'s vote.",
    ],
)
def test_no_weekday_is_dated_after_the_source_without_a_future(sentence, weekday):
    text = sentence.format(weekday)
    for fact in find_facts(f"{OPENING}\n{text}\n", published=WEDNESDAY)[1:]:
        for day in re.findall(r"\[(\w+ \d+, \d{4})\]", fact.cited_text(f"{OPENING}\n{text}\n")):
            assert dt.datetime.strptime(day, "%B %d, %Y").date() <= WEDNESDAY, text
    for anchor in time_anchors(text, [], WEDNESDAY):
        if anchor.startswith("d:"):
            assert anchor <= f"d:{WEDNESDAY:%m-%d}", text


@pytest.mark.parametrize(
    "sentence",
    [
        # A present right after the weekday: "On Tuesday, Quillon votes".
        "On Tuesday, Quillon votes on the $4 million Velmar levy.",
        # A plan, a hope, a "would": the day may be before or after the writing.
        "Forty Quillon clerks plan to picket the Velmar depot Monday.",
        "Tova Quarrow said she would publish the $4 million Velmar ledger on Friday.",
        # A plan told in the past; "followed by" is no verb of the day's own.
        "Tova Quarrow was scheduled to speak in Velmar on Monday, followed by a vote on Tuesday.",
        # A present that goes on as the article is written.
        "Tova Quarrow is trailing by 40 votes in Tuesday's Quillon guild runoff.",
        "Tova Quarrow, who lacks a majority in Tuesday's runoff, raised $4 million in Quillon.",
    ],
)
def test_a_weekday_a_plan_or_a_present_places_is_not_dated(sentence):
    text = f"{OPENING}\n{sentence}\n"
    start = text.index(sentence)
    reasons = [r for a, _b, r, _f in sentence_verdicts(text, published=WEDNESDAY) if a == start]
    assert reasons == ["time"], sentence
    # The same sentences in the past are dated.
    past = "Tova Quarrow visited the Velmar Guild on Monday to meet with 40 clerks."
    assert dated(f"{OPENING}\n{past}\n")[1:] == [
        "Tova Quarrow visited the Velmar Guild on Monday [March 21, 2016] to meet with 40 clerks."
    ]
    past = "Tova Quarrow, who lost Tuesday's runoff, raised $4 million in Quillon."
    assert dated(f"{OPENING}\n{past}\n")[1:] == [
        "Tova Quarrow, who lost Tuesday's [March 22, 2016] runoff, raised $4 million in Quillon."
    ]
    past = "Tova Quarrow is leaving Quillon, and on Monday she sold the depot for $4 million."
    assert dated(f"{OPENING}\n{past}\n")[1:] == [
        "Tova Quarrow is leaving Quillon, and on Monday [March 21, 2016] she sold the"
        " depot for $4 million."
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Tova Quarrow will speak at the Velmar convention that opens Monday.", None),
        ("Tova Quarrow spoke at the Velmar convention that opened Monday.", dt.date(2016, 3, 21)),
        ("Tova Quarrow will speak at the Velmar convention on Monday.", dt.date(2016, 3, 28)),
        ("Tova Quarrow will speak when the Velmar convention opens Monday.", None),
        ("Tova Quarrow spoke ahead of the Velmar convention on Monday.", None),
        ("Tova Quarrow spoke ahead of the Velmar convention on Wednesday.", WEDNESDAY),
        ("Tova Quarrow spoke last Monday.", None),
    ],
)
def test_weekday_date_names_no_day_after_the_source_but_a_futures(sentence, day):
    start = re.search(r"(?:Mon|Wednes)day", sentence).start()
    assert weekday_date(sentence, start, WEDNESDAY) == day


def test_a_participle_before_by_is_no_past_of_the_days_own():
    sentence = "The Quillon board will meet on Monday, followed by a 5-2 vote on Tuesday."
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == [
        "The Quillon board will meet on Monday [March 28, 2016], followed by a 5-2 vote on"
        " Tuesday [March 29, 2016]."
    ]
    assert time_anchors(sentence, [], WEDNESDAY) == {"d:03-28", "d:03-29"}


def test_a_weekday_of_many_is_no_time_to_date():
    text = "The Velmar Guild has met on Saturday evenings since 2009, with 40 members."
    assert dated(text) == [text]


# One reading of a weekday for the fact's bracket and corroboration's times:
# a source dated Wednesday March 23, 2016.
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Quillon board will vote on Tuesday.", "March 29, 2016"),
        ("The Quillon board is set to vote Tuesday.", "March 29, 2016"),
        ("The Quillon board will be convened Tuesday.", "March 29, 2016"),
        ("The Quillon board voted on Tuesday.", "March 22, 2016"),
        (
            "The Quillon board will rule on the Velmar depot, which closed Tuesday.",
            "March 22, 2016",
        ),
        ("The Quillon board will vote next Wednesday.", "March 30, 2016"),
        ("The Quillon board voted Wednesday.", "March 23, 2016"),
    ],
)
def test_a_weekday_is_read_one_way_by_facts_and_by_corroboration(sentence, day):
    assert dated(f"{OPENING}\n{sentence}\n")[1].endswith(f"[{day}].")
    when = dt.datetime.strptime(day, "%B %d, %Y").date()
    assert time_anchors(sentence, [], WEDNESDAY) == {f"d:{when:%m-%d}"}


# Where the fact finder gives no date, corroboration names no day either:
# the words stay as written, with the source's date.
@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The Quillon board voted last Wednesday.", "r:last wednesday@2016-03-23"),
        ("The Quillon board voted this Monday.", "r:this monday@2016-03-23"),
        ("The Quillon board holds its vote Tuesday.", "r:tuesday@2016-03-23"),
        ("The Quillon board met ahead of Friday's vote.", "r:friday@2016-03-23"),
    ],
)
def test_a_weekday_not_dated_is_no_day_for_corroboration(sentence, kept):
    assert dated(f"{OPENING}\n{sentence}\n") == [OPENING]
    assert time_anchors(sentence, [], WEDNESDAY) == {kept}


def test_the_weekday_after_the_sources_own_told_as_past_is_not_dated():
    # In a Wednesday source, "on Thursday" told as past is the Thursday six
    # days back or, in a story updated after the date it carries, the day
    # after: no bracket rather than a wrong one, and the fact is not offered.
    for sentence in (
        "The Quillon board approved the $4 million Velmar levy on Thursday.",
        "Tova Quarrow told the Velmar Courier on Thursday that she had left the guild.",
    ):
        assert dated(f"{OPENING}\n{sentence}\n") == [OPENING], sentence
    # Two days back, and the day after told as to come, are dated as before.
    assert dated("The Quillon board approved the $4 million Velmar levy on Monday.") == [
        "The Quillon board approved the $4 million Velmar levy on Monday [March 21, 2016]."
    ]
    assert dated("The Quillon board will vote on the $4 million Velmar levy on Thursday.") == [
        "The Quillon board will vote on the $4 million Velmar levy on Thursday [March 24, 2016]."
    ]
