"""A bid or a candidacy with nothing saying for what ("Vesk launched her
bid") gets the one kind of race the article wrote before it in brackets
("her [mayoral] bid"); with two kinds or none the fact is not offered.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_complements import (
    apology_unsaid,
    complement_edits,
    office_unnamed,
    owned_unnamed_person,
    poll_measured_unnamed,
)
from tests.core.facts_helpers import dated, verdict

LEAD = "Greta Tamsk ran a mayoral campaign in Brindle Port in 2011. "
LAUNCHED = "Tobin Vesk launched his bid in Quarrow on May 3, 2015, with 400 backers."


def edits(sentence: str, before: str = LEAD) -> list[tuple[int, int, str]] | None:
    text = before + sentence
    return complement_edits(text, len(before), sentence.split())


def test_the_one_kind_the_article_wrote_is_bracketed():
    assert dated(LEAD + LAUNCHED)[1:] == [LAUNCHED.replace("his bid", "his [mayoral] bid")]
    line = "In 2012, Tobin Vesk left the Quarrow ferry guild to mount a bid, and lost by 40 votes."
    assert dated(LEAD + line)[1:] == [line.replace("a bid", "a [mayoral] bid")]


def test_no_kind_or_two_kinds_written_before_is_not_offered():
    bare = "Greta Tamsk opened the Quarrow ferry guild in Brindle Port in 2011. "
    assert verdict(bare + LAUNCHED, LAUNCHED) == "pointer"
    two = LEAD + "Vesk had lost a gubernatorial bid in 2009. "
    assert verdict(two + LAUNCHED, LAUNCHED) == "pointer"
    # (A kind written only after the fact says nothing of it.)
    assert verdict(bare + LAUNCHED + " " + LEAD, LAUNCHED) == "pointer"


def test_a_bid_that_says_for_what_needs_no_bracket():
    assert edits("Vesk launched his mayoral bid in Quarrow on May 3, 2015.") == []
    assert edits("Vesk launched a bid for the Quarrow seat on May 3, 2015.") == []
    assert edits("Vesk launched a bid to unseat Tamsk on May 3, 2015.") == []
    assert edits("Vesk ended his Senate bid on May 3, 2015.") == []
    assert edits("Vesk ended his failed gubernatorial bid on May 3, 2015.") == []


def test_an_offer_is_no_race():
    assert edits("The Quarrow guild won with the highest bid of $4 million in 2015.") == []
    assert edits("The Quarrow guild made a bid of $4 million in 2015.") == []
    assert edits("The guild said on May 3, 2015, that Vesk would bid $4 million.") == []


def test_an_owned_failed_bid_is_bare():
    assert edits("Vesk ended his failed bid on May 3, 2015.", LEAD) == [
        (len(LEAD) + len("Vesk ended his failed "), 0, "[mayoral] ")
    ]


def test_an_owned_part_with_nothing_saying_in_what_is_not_offered():
    for line in (
        "Tobin Vesk ended his participation on May 3, 2015, after 14 months.",
        "Tobin Vesk was asked about his involvement on May 3, 2015.",
        "Greta Tamsk defended her position on May 3, 2015, before 300 pilots.",
        "Greta Tamsk's stance cost the guild 40 members in 2015.",
        "Tobin Vesk cut 12 jobs during his tenure, from 2009 to 2015.",
        "Quarrow pilots offered condolences on May 3, 2015, and lowered 12 flags.",
    ):
        assert verdict(LEAD + line, line) == "pointer", line


KEPT = (
    "Vesk ended his participation in the strike on May 3, 2015.",
    "Tamsk defended her position on the levy on May 3, 2015.",
    "Vesk cut 12 jobs during his tenure as treasurer, from 2009 to 2015.",
    "The guild raised its position to 3.4 percent in 2015.",
    "Quarrow pilots sent condolences to the Tamsk family on May 3, 2015.",
    # (Not owned: "a key role" is a phrase of its own, left as it is.)
    "Vesk played a key role on May 3, 2015, with 40 pilots.",
)


def test_a_part_that_says_in_what_is_kept():
    assert [edits(line) for line in KEPT] == [[]] * len(KEPT)


def test_taking_or_leaving_an_office_the_line_does_not_name_is_not_offered():
    for line in (
        "Tobin Vesk took office in February 2015 with 40 pilots behind him.",
        "Greta Tamsk left office on May 3, 2015, after 14 months.",
    ):
        assert verdict(LEAD + line, line) == "pointer", line


def test_an_office_the_line_names_is_kept():
    assert not office_unnamed("Mayor Tobin Vesk took office in February 2015.".split())
    assert not office_unnamed("Vesk, the guild's treasurer, resigned on May 3, 2015.".split())
    assert not office_unnamed("Vesk took office as treasurer in February 2015.".split())
    assert not office_unnamed("Tamsk left office to run the guild on May 3, 2015.".split())
    assert not office_unnamed("Tamsk resigned on May 3, 2015.".split())  # (as it stands)
    assert not office_unnamed("Vesk left the office at 5 p.m. on May 3, 2015.".split())


def test_an_owners_aide_with_no_name_is_not_offered():
    for line in (
        "Tobin Vesk paid her former aide $4,000 on May 3, 2015.",
        "Greta Tamsk's spokeswoman told 12 pilots on May 3, 2015, that the pier would close.",
    ):
        assert verdict(LEAD + line, line) == "pointer", line


def test_an_aide_named_or_a_predicate_is_kept():
    for line in (
        "Vesk paid her former aide Lena Brask $4,000 on May 3, 2015.",
        "Vesk paid her aide, Lena Brask, $4,000 on May 3, 2015.",
        "Lena Brask was the Quarrow Guild's top donor in 2015, giving $4,000.",
        "Lena Brask, her aide, was paid $4,000 on May 3, 2015.",
        "Vesk paid her husband $4,000 on May 3, 2015.",
    ):
        assert not owned_unnamed_person(line.split()), line


def test_what_a_bid_was_for_before_is_bracketed_after_it():
    lead = "Greta Tamsk announced a bid for governor of Velmaria in 2014. "
    assert dated(lead + LAUNCHED)[1:] == [
        LAUNCHED.replace("his bid", "his bid [for governor of Velmaria]")
    ]
    lead = "Greta Tamsk ran for the Quarrow Senate in 2014. "
    assert dated(lead + LAUNCHED)[1:] == [
        LAUNCHED.replace("his bid", "his bid [for the Quarrow Senate]")
    ]


def test_a_bid_for_someone_or_for_two_kinds_is_not_bracketed():
    two = "Greta Tamsk ran for mayor in 2014 and Lena Brask ran for the Quarrow Senate. "
    assert verdict(two + LAUNCHED, LAUNCHED) == "pointer"
    someone = "Greta Tamsk ran for Lena Brask's seat in 2014. "
    assert verdict(someone + LAUNCHED, LAUNCHED) == "pointer"


def test_an_apology_for_nothing_said_is_not_offered():
    line = "Tobin Vesk did not fire Lena Brask on May 3, 2015, and neither apologized."
    assert verdict(LEAD + line, line) == "pointer"
    assert apology_unsaid(line.split())
    assert not apology_unsaid("Vesk apologized on May 3, 2015, for the 40-minute delay.".split())
    assert not apology_unsaid("Vesk apologized to 12 pilots on May 3, 2015.".split())


def test_a_change_since_the_last_poll_with_no_poll_named_is_not_offered():
    line = (
        "Tobin Vesk's support rose four points since the last Quarrow Gazette poll in March 2015."
    )
    assert verdict(LEAD + line, line) == "pointer"
    assert poll_measured_unnamed(line)
    named = (
        "In the new Quarrow Gazette poll, Vesk rose four points since the last poll in March 2015."
    )
    assert not poll_measured_unnamed(named)
    assert not poll_measured_unnamed("Vesk's support rose four points since March 2015.")
