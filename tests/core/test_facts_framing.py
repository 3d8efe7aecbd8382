"""The writer's framing and voices no one names: a shell noun as the
subject ("The dilemma for Roe is ..."), a chance held, "is often compared
to", "marked a turning point", "continued to suggest", "..., some are
quietly saying", "A Velmar lawmaker said", a poll's share after a colon,
a date set as a heading; and no bracket that is only a capital letter
("[I]n 2009"). The plain report of the same event stays a fact.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import pictured, timeline_entry
from app.core.extract.fact_framing import framed
from app.core.extract.fact_polls import unnamed_poll
from app.core.extract.fact_samples import unnamed_sample
from app.core.extract.fact_voices import unnamed_voices
from tests.core.facts_helpers import cited, facts, verdict

LEAD = "Dana Roe and Tova Quarrow met in Quillon on May 9, 2016, for a debate.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The dilemma for Dana Roe is that the Velmar levy passed in 2015.",
        "The biggest problem was that the Quillon budget ran $3 million short in 2016.",
        "There are two primary reasons the Velmar Guild left Quillon in 2015.",
        "Dana Roe has a real chance to win the 2016 Quillon primary.",
        "Tova Quarrow had a clearer path to the nomination than in 2012.",
        "Dana Roe has a prime-time chance on May 10, 2016.",
        "The Quillon levy is often compared to the 2009 Velmar tax.",
        "The Velmar Guild is widely described as the oldest union in Quillon since 1901.",
        "The May 10, 2016, vote marked a turning point for the Velmar Guild.",
        "The Velmar Guild met in Quillon on May 10, 2016, marking a proud day for its members.",
        "The challenge for Dana Roe is, in a sense, reversed from 2008.",
        # (A longer complement between the shell noun and its verb.)
        "The strategy behind the Roe-Quarrow ticket is to win 40 seats in Quillon in 2016.",
        "Dana Roe continued to suggest in 2016 that the levy was unfair.",
        "Much like Tova Quarrow in 2004, Dana Roe lost the Quillon primary in 2016.",
        "Yet, much like Tova Quarrow in 2004, Dana Roe lost the Quillon primary in 2016.",
        "Candidates like Dana Roe never won more than 40 percent in Quillon after 2008.",
        "In towns like Quillon, Dana Roe devotes 20 minutes of each speech to the 2015 levy.",
    ],
)
def test_the_writers_framing_is_not_offered(sentence: str) -> None:
    assert framed(sentence.split())
    text = LEAD + sentence + "\n"
    assert sentence not in cited(text)
    assert verdict(text, sentence) != ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe raised the issue of school funding at the Quillon council on May 10, 2016.",
        "The Velmar Guild vote on May 10, 2016, marked the first time the guild lost in Quillon.",
        "The Velmar levy marked a 10 percent rise over the 2015 rate.",
        "The Velmar Guild met in Quillon on May 10, 2016, marking the first time it met there.",
        "Dana Roe routinely netted $5,000 per speech in 2015.",
        "Dana Roe continued to serve on the Quillon council until 2016.",
        "Dana Roe had a chance meeting with Tova Quarrow in Velmar in 2016.",
        "In Velmar, like Quillon, Dana Roe won 5 seats on May 10, 2016.",
        "The levy behind the new Velmar ferry dock was approved 7-2 on May 10, 2016.",
    ],
)
def test_a_report_with_the_same_words_stays(sentence: str) -> None:
    assert not framed(sentence.split())
    text = LEAD + sentence + "\n"
    assert verdict(text, sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "There were in fact three guards at the Quillon hall on May 10, 2016.",
        "Quillon voters will have a chance to vote on the Velmar levy on May 10, 2016.",
        "Dana Roe said on May 10, 2016, that the problem is the Velmar levy.",
    ],
)
def test_no_frame_in_a_fact_schedule_or_report(sentence: str) -> None:
    # (Other rules may turn these away; the frame is not what they read.)
    assert not framed(sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "In the world of Velmar donors, some are privately hinting it is time to back Dana Roe "
        "after the May 10, 2016, vote.",
        "A Republican lawmaker said the Quillon levy would fail on May 10, 2016.",
        "One strategist warned that Dana Roe lost 3,000 votes in 2016.",
        "After the May 10, 2016, vote, Dana Roe's supporters are optimistic about the Velmar race.",
        "Quillon officials remain increasingly wary of the Velmar levy after 2016.",
        "Velmar senators are split on whether they would back Dana Roe in 2016.",
        "Quillon voters remain deeply torn over the 2016 Velmar levy.",
    ],
)
def test_views_of_people_no_one_names_are_not_offered(sentence: str) -> None:
    assert unnamed_voices(sentence, sentence.split())
    assert sentence not in cited(LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the Quillon council said the Velmar levy passed 5-2 on May 10, 2016.",
        "In Quillon on May 10, 2016, some 400 members voted against the Velmar levy.",
        "A Quillon judge ruled on May 10, 2016, that the Velmar levy stands.",
        "Dana Roe told Quillon voters on May 10, 2016, that voters are angry about the Velmar levy.",
        "The Quillon council's votes were split 5-2 on the Velmar levy on May 10, 2016.",
    ],
)
def test_a_named_or_counted_group_stays(sentence: str) -> None:
    assert not unnamed_voices(sentence, sentence.split())
    text = LEAD + sentence + "\n"
    assert verdict(text, sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "A Velmar College poll showed a slimmer lead for Dana Roe on May 10, 2016.",
        "Velmar College gave a much clearer picture of the Quillon levy on May 10, 2016.",
    ],
)
def test_a_comparison_with_nothing_to_compare_with_is_not_offered(sentence: str) -> None:
    text = LEAD + sentence + "\n"
    assert verdict(text, sentence) == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Velmar College poll showed a slimmer lead for Dana Roe than in the 2015 poll.",
        "The Quillon council passed the Velmar levy on May 10, 2016, as part of a broader budget.",
        "A Velmar College poll on May 10, 2016, showed Dana Roe 40 percent versus "
        "55 percent for Tova Quarrow, a wider lead than in 2015.",
    ],
)
def test_a_comparison_the_sentence_completes_stays(sentence: str) -> None:
    text = LEAD + sentence + "\n"
    assert verdict(text, sentence) == ""


def test_a_share_after_a_colon_with_no_poll_is_not_offered() -> None:
    sentence = "Dana Roe fares a bit better: 54% have a negative view of her in 2016."
    assert unnamed_poll(sentence, sentence.split())
    assert sentence not in cited(LEAD + sentence + "\n")
    named = "Dana Roe fares better in the Velmar College poll: 54% have a negative view of her."
    assert not unnamed_poll(named, named.split())


@pytest.mark.parametrize(
    ("sentence", "unnamed"),
    [
        ("Recent polls have shown Dana Roe ahead by 5 points in Velmar.", True),
        ("Several new surveys have shown Dana Roe ahead by 5 points in Velmar.", True),
        ("And surveys of Velmar voters have shown Dana Roe ahead by 5 points.", True),
        ("New Hampshire polls have shown Dana Roe ahead by 5 points in Velmar.", True),
        ("Quillon Post polls have shown Dana Roe ahead by 5 points in Velmar.", False),
    ],
)
def test_a_quantifier_opening_the_sentence_names_no_poll(sentence: str, unnamed: bool) -> None:
    assert unnamed_poll(sentence, sentence.split()) is unnamed


@pytest.mark.parametrize(
    ("sentence", "unnamed"),
    [
        ("Dana Roe is up from 37 percent in January 2016.", True),
        ("Tova Quarrow is at 41 percent in Velmar in May 2016.", True),
        ("Tova Quarrow is at 41 percent in the Velmar College poll of May 2016.", False),
        ("Unemployment is down to 4.9 percent in Velmar in May 2016.", False),
    ],
)
def test_a_persons_standing_in_percent_needs_its_poll(sentence: str, unnamed: bool) -> None:
    assert unnamed_poll(sentence, sentence.split()) is unnamed


def test_a_margin_of_error_opening_the_line_names_no_poll() -> None:
    assert unnamed_sample("Margin of error +/- 3 percentage points in May 2016.")
    assert not unnamed_sample("The Velmar College poll's margin of error is 3 points.")


def test_a_date_set_as_a_heading_is_no_fact() -> None:
    assert timeline_entry("Nov. 4, 2014 The night the ferry sank.")
    assert timeline_entry("2014 The year Dana Roe lost the Quillon race by 40 votes.")
    assert not timeline_entry("Nov. 4, 2014, was the day Dana Roe lost.")
    assert not timeline_entry("In 2014 the Velmar Guild lost 40 members.")
    text = LEAD + "Nov. 4, 2014 The night the ferry sank.\n"
    assert "Nov. 4, 2014 The night the ferry sank." not in facts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "But in 2009, the Velmar Guild left Quillon with 40 members.",
        "And a group of Quillon donors gave $20 million to the Velmar Guild in 2016.",
    ],
)
def test_no_bracket_is_only_a_capital_letter(sentence: str) -> None:
    text = LEAD + sentence + "\n"
    assert verdict(text, sentence) == ""
    # The conjunction stays and the span starts at it: no "[I]n 2009".
    assert sentence in cited(text)
    assert sentence in facts(text)


def test_a_kept_conjunction_keeps_the_other_brackets() -> None:
    text = (
        "Dana Roe founded the Velmar Guild in Quillon on May 3, 2009.\n\n"
        "But in 2012, Roe left the Quillon council with 40 members.\n"
    )
    assert "But in 2012, [Dana] Roe left the Quillon council with 40 members." in cited(text)
    assert "But in 2012, Roe left the Quillon council with 40 members." in facts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "QUILLON, Velmar (AP) \u2014 voters in Velmar approved the Quillon levy 5-2 on May 10, 2016.",
        "QUILLON \u2014 voters in Velmar approved the Quillon levy 5-2 on May 10, 2016.",
    ],
)
def test_a_word_in_lower_case_after_a_dateline_is_not_offered(sentence: str) -> None:
    # Neither "[V]oters ..." (a bracket of a letter) nor the dateline in a fact.
    text = LEAD + sentence + "\n"
    assert verdict(text, sentence) == "fragment"
    assert not any("oters in Velmar" in s for s in cited(text))


def test_a_capitalized_word_after_a_dateline_stays() -> None:
    sentence = "QUILLON (AP) \u2014 Voters in Velmar approved the Quillon levy 5-2 on May 10, 2016."
    text = LEAD + sentence + "\n"
    assert "Voters in Velmar approved the Quillon levy 5-2 on May 10, 2016." in cited(text)


def test_a_persons_place_in_a_picture_is_a_caption() -> None:
    sentence = "Dana Roe, left, and Tova Quarrow talk before the Quillon debate on May 10, 2016."
    assert pictured(sentence, sentence.split())
    text = LEAD + sentence + "\n"
    assert verdict(text, sentence) == "caption"
    plain = "Dana Roe left the Quillon debate on May 10, 2016, before Tova Quarrow spoke."
    assert not pictured(plain, plain.split())
    assert not pictured("Roe said the party, left and right, backs it.", [])
