"""The writer's grading ("a very good day", "particularly persistent"), a
market's price with no day ("Velmar shares closed at $41") and a poll
named only by its state or month ("in Ohio surveys") leave a sentence
unoffered; the same report without the grade, with its day, or with its
pollster stays a fact.

Every example is an invented sentence with invented names (US states and
months are general knowledge).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_captions import undated_scene
from app.core.extract.fact_characterised import characterised
from app.core.extract.fact_markets import undated_price
from app.core.extract.fact_voices import unnamed_voices
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "May 9, 2016 was a very good day for Dana Roe in Quillon.",
        "Dana Roe has been particularly persistent in her attacks on the 2016 Velmar levy.",
        "The Quillon board of 2016 was a vastly different body from the one before.",
        "Dana Roe won 12 precincts in 2016, with Velmar voters turning out in especially strong numbers.",
        "Dana Roe, a highly vocal critic of the levy, joined the Quillon board in 2016.",
        "Dana Roe did not get very far in the 2016 Quillon race.",
        "Quillon turnout was way down in 2016 while Velmar turnout was way up.",
        # A compromiser grades down, by the writer's measure too.
        "Dana Roe's first post on May 9, 2016 was a fairly measured comment on the Quillon fire.",
        "Dana Roe sent a somewhat more reserved reply to the Velmar Guild on May 9, 2016.",
        "The Quillon levy of 2016 drew a rather modest turnout.",
        # A lead, a margin or a win graded with no figure in the sentence.
        "Dana Roe opened up a big lead in the Quillon race on Tuesday.",
        "Dana Roe lost the Velmar precincts by a wide margin on Tuesday.",
        "The Quillon board passed the levy after Dana Roe's decisive win in Velmar.",
    ],
)
def test_the_writers_grade_is_not_offered(sentence: str) -> None:
    assert characterised(sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe won 12 of the 14 Quillon precincts on May 9, 2016.",
        "Dana Roe won 12 of 14 precincts in 2016, particularly among Quillon renters.",
        "Dana Roe won on the very day the Velmar Guild closed, May 9, 2016.",
        "Dana Roe said Monday a Quillon levy of $4 million was very costly for renters.",
        "Dana Roe won 40 percent of Quillon voters who call themselves very liberal in 2016.",
        "Dana Roe won very few of the 14 Quillon precincts in 2016.",
        "Dana Roe led the way up the Quillon hill on May 9, 2016.",
        # A preference, an adjective, a comparison, a quantity: no grade.
        "Dana Roe, who would rather run for mayor, joined the Quillon board on May 9, 2016.",
        "Quillon, a pretty town of 4,000, elected Dana Roe on May 9, 2016.",
        "Dana Roe won 40 percent of the Quillon vote in 2016, rather than the 50 percent she needed.",
        "Dana Roe won quite a few Quillon precincts in 2016.",
        "Dana Roe said on May 9, 2016 that the Quillon levy was fairly modest.",
        # A figure bears the grade out; no grade; reported words.
        "Dana Roe won the Quillon race by a small margin, 46 percent to 44 percent, on May 9, 2016.",
        "Dana Roe won an outright majority of the Velmar delegates on May 9, 2016.",
        "Dana Roe said on May 9, 2016 that she had a big lead in the Quillon race.",
    ],
)
def test_an_ungraded_or_reported_report_stays(sentence: str) -> None:
    assert not characterised(sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmar Guild shares closed at $41.20, a record high.",
        "Quillon Mills shares fell to $3.10 on the Velmar exchange.",
        "The Quillon index fell 212 points, or 1.2 percent, to 17,500.",
        "The Quillon composite index fell 212 points, or 1.2 percent.",
        "Crude oil rose 4 percent to $48 a barrel as Velmar output slowed.",
        "Velmar's stock is trading near $12 a share after the Quillon deal.",
        "The Quillon Ledger put Dana Roe's net worth at $45 million.",
        "Dana Roe has accumulated Velmar stock worth about $130 million.",
        # A move told with "be", or a verb of a steep move.
        "Shares of the Velmar Guild were down 4 percent in Quillon trading.",
        "Velmar Guild shares plummeted 14 percent after the Quillon deal.",
        # A standing in the polls, which moves with each new one.
        "Dana Roe leads Tova Quarrow by 6 points in the Quillon Ledger poll.",
        "Dana Roe is ahead of Tova Quarrow 44 percent to 41 in the Quillon Ledger poll.",
        "Dana Roe trails Tova Quarrow by 3 percentage points in the Quillon Ledger average of polls.",
        "The Quillon Ledger polling average puts Dana Roe at 44 percent.",
        # An average of a market, a standing "up" some points.
        "The Quillon industrial average fell 212 points after the Velmar deal.",
        "According to the Quillon Ledger average, Dana Roe is up 15 points in Velmar County.",
        # A contest's margin with no contest named and no time: which one, when?
        "In Velmar, Dana Roe bested Tova Quarrow by about 50,000 votes despite a late start.",
        "Dana Roe beat Tova Quarrow 51% to 36% in Velmar County.",
        "Tova Quarrow lost by 13 points.",
        "Dana Roe defeated Tova Quarrow by a 9-point margin in Quillon.",
    ],
)
def test_a_price_with_no_day_is_not_offered(sentence: str) -> None:
    assert undated_price(sentence, sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmar Guild shares closed at $41.20 on May 9, 2016, a record high.",
        "The Quillon index fell 212 points, or 1.2 percent, in 2015.",
        "Velmar's stock closed at $12 a share on Tuesday after the Quillon deal.",
        "Dow Chemical lost a $835 million case against the Velmar Guild in 2016.",
        "The Quillon Ledger put Dana Roe's net worth at $45 million in May 2016.",
        "The Velmar Guild bought $3 million worth of Quillon ads in 2015.",
        "Velmar Guild shares plummeted 14 percent on May 9, 2016.",
        "Dana Roe leads Tova Quarrow by 6 points in the Quillon Ledger poll taken in April 2016.",
        "Dana Roe won the Quillon primary by 6 points in 2012.",
        "Dana Roe defeated Tova Quarrow by 20 points in the 2012 Quillon primary.",
        "Tova Quarrow lost the Velmar race by 13 points on Tuesday.",
        "Dana Roe beat Tova Quarrow 51% to 36% in Velmar County in May 2016.",
        "Tuesday's Quillon Ledger poll has Dana Roe leading Tova Quarrow by 6 points.",
        "The Quillon guard stepped up patrols of oil fields with 3,500 troops in 2015.",
        "Dana Roe gave 7 talks for fees worth as much as $480,000 in all in 2014.",
    ],
)
def test_a_dated_price_or_no_price_stays(sentence: str) -> None:
    assert not undated_price(sentence, sentence.split())
    share = "The share of Quillon voters who backed the levy rose to 55 percent."
    assert not undated_price(share, share.split())  # a proportion, not a stock
    text = OPENING + "\n" + sentence + "\n"
    assert sentence in " ".join(dated(text, dt.date(2016, 5, 11))).replace(" [May 10, 2016]", "")


def test_a_poll_named_by_its_state_or_month_alone_is_unnamed() -> None:
    for sentence in (
        "Dana Roe has polled about 10 percent in New Hampshire surveys since May 2016.",
        "Dana Roe came in second in January polls in Quillon, with 21 percent in 2016.",
    ):
        assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "pointer"
    for sentence in (
        "A University of New Hampshire poll released May 9, 2016 put Dana Roe at 21 percent.",
        "A Velmar College Ohio poll released May 9, 2016 put Dana Roe at 21 percent.",
    ):
        assert verdict(OPENING + "\n" + sentence + "\n", sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Several Quillon strategists cautioned against reading too much into the Quillon vote of May 9, 2016.",
        "Some top Velmar officials are confident in the 2016 levy plan.",
        "A few Quillon aides privately said Dana Roe would quit in 2016.",
        "Dana Roe lost 4 of the 14 Quillon precincts in 2016, analysts say.",
        # "Some of" a group: still no one named.
        "Some of Dana Roe's Quillon supporters said she would quit on May 9, 2016.",
        "After the Velmar count of May 9, 2016, some of Dana Roe's backers saw a villain in"
        " Tova Quarrow.",
        "Some of the Velmar delegates saw a snub in Quillon's vote on May 9, 2016.",
    ],
)
def test_a_view_of_people_not_named_is_not_offered(sentence: str) -> None:
    assert unnamed_voices(sentence, sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "unnamed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Several Quillon clerks voted against a Velmar levy on May 9, 2016.",
        "Some 14 candidates were in the Quillon race on May 9, 2016.",
        "Some of the Velmar Guild's donors gave $4 million to Dana Roe in 2016.",
        # "most of whom" tells more of someone the line names: their words.
        "Dana Roe, a Velmar donor, said on May 9, 2016, that he met 40 Quillon voters, most"
        " of whom thought Quarrow had no chance.",
        "Some of Dana Roe's Quillon donors gave $4 million to a Velmar levy on May 9, 2016.",
        "Dana Roe cautioned against reading too much into the Quillon vote of May 9, 2016.",
        "Floods in Quillon destroyed 215 grain silos on May 9, 2016, officials said.",
    ],
)
def test_a_groups_act_or_a_named_view_stays(sentence: str) -> None:
    assert not unnamed_voices(sentence, sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == ""


def test_a_correction_notice_is_not_offered() -> None:
    sentence = (
        "Because of an editing error, a story on May 9, 2016 about Dana Roe gave the wrong "
        "name of the Velmar Guild."
    )
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "boilerplate"


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillon renters typically back the levy in years like 2016.",
        "Velmar voters tend to choose the incumbent, as they did in 2012 and 2016.",
        "The Velmar levy is almost certain to pass the Quillon board in 2016.",
        "Quillon officials are expecting a record turnout of 40,000 voters.",
        "Dana Roe named Tova Quarrow her deputy on May 9, 2016, in an apparent effort to win Velmar.",
        "Quillon debates have rarely focused on the Velmar levy since 2012.",
        "Dana Roe won 12 precincts on May 9, 2016, effectively ending Tova Quarrow's chances of a third term.",
        "Dana Roe's 2016 campaign is raising the prospect of a Quillon recount.",
        "Dana Roe also did well in Velmar on May 9, 2016, given its many renters.",
        "The Velmar Guild has done well in 11 Quillon elections since 1990.",
        "Dana Roe was the symbol of the 1990 Quillon strike.",
        "Quillon renters showed no sign of backing down on May 9, 2016.",
        "The May 9, 2016 vote was an early reminder that Quillon renters hold the balance.",
        "Dana Roe's 12-point win in 2016 is explained by the Quillon registration rules.",
        "Dana Roe managed to stall, at least temporarily, the Velmar levy on May 9, 2016.",
        "There is a lot of attention on Dana Roe as Quillon votes on May 9, 2016.",
        "Dana Roe, who won in 2016, has emerged as one of the most radical members of the Quillon board.",
    ],
)
def test_a_generalisation_or_the_writers_guess_is_not_offered(sentence: str) -> None:
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said Quillon renters typically back a Velmar levy in years like 2016.",
        "Dana Roe said Monday she is expecting a record turnout of 40,000 Quillon voters.",
    ],
)
def test_a_reported_generalisation_or_guess_stays(sentence: str) -> None:
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == ""


def test_how_well_as_a_measure_or_an_addition_stays() -> None:
    for sentence in (
        "Dana Roe won 12 Quillon precincts on May 9, 2016, and 3 in Velmar as well.",
        "The Velmar Guild dug 2 wells in Quillon in 2016.",
    ):
        assert not characterised(sentence.split()), sentence


def test_a_photo_caption_with_a_year_is_not_offered() -> None:
    caption = "Velmar officer Dana Roe holds up a ledger used in the 2013 Quillon trial."
    assert verdict(OPENING + "\n" + caption + "\n", caption) == "caption"
    report = "Velmar officer Dana Roe held up a ledger used in the 2013 Quillon trial."
    assert verdict(OPENING + "\n" + report + "\n", report) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe, 67, a retiree from Quillon, stood beside the Velmar Guild's stage as 300 people waited.",
        "Tova Quarrow, a bearded 23-year-old clerk of 12 Quillon shops, waved his hand.",
    ],
)
def test_a_scene_with_no_time_is_not_offered(sentence: str) -> None:
    assert undated_scene(sentence, sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe, 67, a retiree from Quillon, stood beside the Velmar Guild's stage on May 9, 2016.",
        "Dana Roe, 67, a retiree from Quillon, said 300 people waited for the Velmar Guild.",
        "Dana Roe, 59, has worked at the Velmar Guild for 13 years.",
        "Dana Roe, 33, came to Quillon from Velmar in 2011.",
    ],
)
def test_a_dated_or_reported_scene_stays(sentence: str) -> None:
    assert not undated_scene(sentence, sentence.split())


def test_a_timelines_entry_is_not_offered() -> None:
    entry = "11:00 am \u2013 Quillon police receive 911 calls from the Velmar Guild."
    assert verdict(OPENING + "\n" + entry + "\n", entry) == "fragment"
    report = "At 11:00 am on May 9, 2016, Quillon police received 911 calls from the Velmar Guild."
    assert verdict(OPENING + "\n" + report + "\n", report) == ""


def test_a_note_on_a_video_is_not_offered() -> None:
    note = "The Velmar Guild segment of Dana Roe's 2016 talk starts about the 7 minute mark."
    assert verdict(OPENING + "\n" + note + "\n", note) == "boilerplate"


def test_a_standing_told_in_the_present_is_dated_as_of_the_source() -> None:
    # It holds as the article was written: the source's date dates it.
    sentence = "Dana Roe trails Tova Quarrow by 4 points, according to the Quillon Ledger average."
    text = OPENING + "\n" + sentence + "\n"
    assert dated(text, dt.date(2016, 5, 11))[-1] == sentence[:-1] + " [as of May 11, 2016]."
    # A standing told in the past, or one that would be, is not.
    for sentence in (
        "Dana Roe would beat Tova Quarrow by 5 points in the Quillon Ledger average of polls.",
        "Tuesday's Quillon Ledger poll has Dana Roe leading Tova Quarrow by 6 points.",
    ):
        text = OPENING + "\n" + sentence + "\n"
        assert not any("as of" in fact for fact in dated(text, dt.date(2016, 5, 11)))


# A rate, a count, a fund or a share of opinion moves: told in the present
# it holds as the article was written (dated as of the source; with no
# date, as of when?). Not a level with its own time, a past, an age group,
# an age in an aside, a noun "total", a rule's threshold.
_LEVELS = [
    ("The Velmar jobless rate is 5.1 percent, according to the Quillon labor office.", True),
    ("The Brask Corporation has about 40 employees at its Velmar plant.", True),
    ("The Quillon pension fund stands at $2 billion, the Velmar treasurer said.", True),
    (
        "According to the Brask Institute, about 12 percent of Velmar firms are subject to the Quillon levy.",
        True,
    ),
    ("Dana Roe leads the Quillon board, which has 12 members.", True),
    (
        "An average of 61 percent of Velmar voters approve of Dana Roe, according to the Quillon Ledger.",
        True,
    ),
    # A figure an estimate sets in the present.
    ("The Brask Institute estimates Velmar's active members at 100,000.", True),
    ("The Brask Institute estimates that 1 in 45 Velmar children has the Quillon cough.", True),
    ("The Quillon Ledger average puts Dana Roe's approval at about 50 percent.", True),
    (
        "The Velmar jobless rate was 5.1 percent in 2015, according to the Quillon labor office.",
        False,
    ),
    ("The Brask Institute estimated Velmar's active members at 100,000 in May 2016.", False),
    ("The Quillon pension fund stood at $2 billion, the Velmar treasurer said in May 2016.", False),
    ("Voters in Velmar who are 65 or older may vote by mail under the Quillon law of 2016.", False),
    ("Dana Roe, who is 67, joined the Quillon board in 2016.", False),
    ("The Brask Corporation gave a total $5 million to the Quillon fund in 2016.", False),
    (
        "Under the Velmar law, candidates trailing by less than 0.3 percent of ballots get a recount.",
        False,
    ),
    # A count as the subject of a present, or what a present holds or
    # tallies; not a relative's verb, a past, a count with its own time.
    ("More than 8,000 Orvask weavers have no contract with the Tarnel mills.", True),
    ("Some 11 bidders are still in the contest for the Orvask ferry line.", True),
    ("About 2,400 Tarnel families live in the Pell valley camps.", True),
    (
        "Dana Roe owns between $4,000 and $9,000 in stock of the weaving mills of the Pell valley.",
        True,
    ),
    ("Pell Data tallies 412 weaving mills in the Orvask valley.", True),
    ("The Orvask mill ranks third with about $6 billion in orders.", True),
    ("In the Pell count, Dana Roe comes in at 2.7 million and her rival at 1.9 million.", True),
    ("More than 8,000 Orvask weavers who live in Pell signed the Tarnel petition.", False),
    ("More than 8,000 Orvask weavers had no contract with the Tarnel mills.", False),
    (
        "Dana Roe owns between $4,000 and $9,000 in stock of the Pell valley mills since 2014.",
        False,
    ),
    ("Pell Data tallied 412 weaving mills in the Orvask valley in 2015.", False),
]


@pytest.mark.parametrize(("sentence", "moves"), _LEVELS)
def test_a_level_told_in_the_present_is_dated_as_of_the_source(sentence: str, moves: bool) -> None:
    text = OPENING + "\n" + sentence + "\n"
    cited = dated(text, dt.date(2016, 5, 11))
    if moves:
        assert cited[-1] == sentence[:-1] + " [as of May 11, 2016]."
        assert verdict(text, sentence) == "time"
    else:
        assert not any("as of" in fact for fact in cited)
