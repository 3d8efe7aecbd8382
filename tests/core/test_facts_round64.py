"""Facts, #17 round 64: the writer's characterisation, by construction.

- A contest of votes, a poll or a debate told as a fight or a race in the
  writer's voice (`fact_bouts`): "a showdown between", "43 percent to 42
  -- a dead heat", "were neck and neck", "sought to pick off delegates",
  "held on to a narrow lead among voters". Not the same words in a sport's
  own sense, with no vote, poll or debate in the line ("two colts finished
  in a dead heat", "picked off a runner"), nor in someone's words.

- The writer's reading of what caused something (`fact_causes`): a cause
  assigned, "can be attributed to the levy", "was largely attributable to
  higher tolls", and a help that drove an endeavour, "helped revive her
  campaign", "helped propel him to the lead". Not a thing assigned to its
  author ("the pamphlet was attributed to a clerk", "attributed to him"),
  nor a help given to a thing or a person moved ("helped lift the crate",
  "helped revive a swimmer"), nor in someone's words.

- Three more figures of English idiom (`fact_figures`): a crowd's
  reaction as an eruption, "erupted in protests"; a problem as a
  wrestler, "grappled with the ethics of"; a sum as a tune, "to the tune
  of $2 million"; speaking as mounting a platform, "took to Twitter to
  assail". Not "a volcano erupted in the night", "grappled with a
  thief", "sung to the tune of a hymn", "took the ledgers to the steps of
  the hall", "took to the streets of Quillon to oppose" (a march).

- A contest, a criticism or a wait graded by an adverb of intensity
  (`fact_intensity`): "a hotly contested seat", "after a hard-fought
  vote", "Marsk's widely criticized speech" (a noun's modifier: the
  writer's wording also in reported words), "a levy that was hotly
  contested". Not the participle alone ("the contested seat"), not "a
  closely divided board, 5 to 4" (a count bears it out), not only in a
  relative clause beside a main clause stating a figure or a time.

- A verdict noun handed to someone by a verb of giving, "gave Marsk a
  boost", "dealt the guild a blow", or naming an event after a
  preposition of sequence, "following a triumph in Brennock"
  (`fact_verdicts`). Not a boost over a wall, nor "after a blow to the
  head" (an event).

Each has a near miss that stays offered. Every example is an invented
sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict as _verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon Courier aired the third Brennock mayoral debate on March 3, 2015, a showdown "
        "between Tobin Marsk and Ilse Harrowgate.",
        "A Velmar College poll on March 3, 2015, put Tobin Marsk at 43 percent and Ilse Harrowgate "
        "at 42 percent -- a dead heat.",
        "Tobin Marsk and Ilse Harrowgate were neck and neck among Brennock voters in a Velmar "
        "College poll on March 3, 2015.",
        "On March 3, 2015, Tobin Marsk sought to pick off delegates won by Ilse Harrowgate in the "
        "Brennock caucuses.",
        "Tobin Marsk held on to a narrow lead among Brennock voters in a Velmar College poll on "
        "March 3, 2015.",
        "Tobin Marsk picked off Ilse Harrowgate's delegates in the Brennock caucuses on March 3, "
        "2015.",
    ],
)
def test_a_contest_told_as_a_fight_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] != ""


@pytest.mark.parametrize(
    "sentence",
    [
        # The sport's own words: no vote, poll or debate in the line.
        "Two colts from the Quillon stables finished in a dead heat at the Brennock track on "
        "March 3, 2015.",
        "The Velmar shortstop picked off a runner at second base on March 3, 2015.",
        "The Velmar sprinters held on to the lead in the Brennock relay on March 3, 2015.",
        # Someone's words.
        "Ilse Harrowgate said on March 3, 2015, that the Brennock mayoral race was a dead heat.",
        # The line without the figure.
        "The Quillon Courier aired the third Brennock mayoral debate on March 3, 2015, between "
        "Tobin Marsk and Ilse Harrowgate.",
        "A Velmar College poll on March 3, 2015, put Tobin Marsk at 43 percent and Ilse Harrowgate "
        "at 42 percent.",
    ],
)
def test_a_contest_told_plainly_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The fall in Brennock ferry fares in 2014 can be attributed to the Quillon toll cut.",
        "The rise in Velmar guild dues in 2014 was largely attributable to higher ferry tolls.",
        "Tobin Marsk won the Brennock ward on March 3, 2015, the ward that helped revive his "
        "mayoral campaign in 2009.",
        "Ferry fees paid in 2014 helped propel Ilse Harrowgate to the lead in the Brennock "
        "mayoral race.",
    ],
)
def test_a_cause_read_by_the_writer_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] != ""


@pytest.mark.parametrize(
    "sentence",
    [
        # A thing assigned to its author: no cause.
        "The Brennock ferry pamphlet of 2014 was attributed to a clerk of the Velmar guild.",
        "In 2014 the Brennock ferry pamphlet was attributed to Tobin Marsk by the Velmar guild.",
        # A help given to a thing or a person moved: an act.
        "Brennock boatmen helped lift a crate onto a Quillon ferry on March 3, 2015.",
        "Brennock boatmen helped revive a swimmer at a Quillon dock on March 3, 2015.",
        # Someone's words.
        "Tobin Marsk said on March 3, 2015, that the fall in Brennock ferry fares can be "
        "attributed to the Quillon toll cut.",
    ],
)
def test_an_author_or_a_help_given_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brennock ferry guild erupted in protests on March 3, 2015, after the Quillon toll vote.",
        "The Velmar council grappled with the ethics of ferry tolls in 2014 and 2015.",
        "Tobin Marsk was on the Brennock radio stations in March 2015, to the tune of $40,000.",
        "On March 3, 2015, Ilse Harrowgate took to Twitter to assail a Brennock ferry levy.",
    ],
)
def test_a_figure_of_idiom_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] != ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Mount Quillon erupted in the early hours of March 3, 2015.",
        "A Brennock dockhand grappled with a thief on a Quillon ferry on March 3, 2015.",
        "The Velmar guild sang its ferry song to the tune of an old hymn on March 3, 2015.",
        "On March 3, 2015, Brennock clerks took 40 ferry ledgers to the steps of a Quillon hall.",
        # A march is an event of its own, no platform of speech.
        "On March 3, 2015, about 300 Brennock dockhands took to the streets of Quillon to oppose a new ferry levy.",
    ],
)
def test_the_same_words_said_literally_stay(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Marsk won a hotly contested Brennock council seat on March 3, 2015.",
        "Ilse Harrowgate joined the Velmar ferry board on March 3, 2015, after a hard-fought vote.",
        "Ilse Harrowgate said on March 3, 2015, that Tobin Marsk's widely criticized speech of "
        "May 2014 cost him 40 votes.",
        "The Velmar council passed a Brennock ferry levy in March 2015 that was hotly contested by "
        "boatmen.",
    ],
)
def test_a_grade_of_intensity_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] != ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Marsk won a contested Brennock council seat on March 3, 2015.",
        "Ilse Harrowgate joined the Velmar ferry board on March 3, 2015, after a vote.",
        "Ilse Harrowgate said on March 3, 2015, that Tobin Marsk's speech of May 2014 cost him 40 "
        "votes.",
        "Tobin Marsk joined a closely divided Velmar ferry board, 5 to 4, on March 3, 2015.",
        # Only in a relative clause beside a main clause stating a figure and a time.
        "In Brennock, where Tobin Marsk won a hotly contested seat, ferry tolls fell 40 percent "
        "from 2011.",
    ],
)
def test_the_participle_without_the_grade_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Brennock boatmen voting on March 3, 2015, gave Tobin Marsk a boost.",
        "The Velmar council vote of March 3, 2015, dealt the Brennock ferry guild a blow.",
        "Ilse Harrowgate won the Brennock ward on March 3, 2015, following a triumph in Velmar.",
    ],
)
def test_a_verdict_handed_or_followed_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] != ""


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 3, 2015, Brennock boatmen gave Tobin Marsk a boost over the Quillon dock wall.",
        "Ilse Harrowgate left the Brennock ferry on March 3, 2015, after a blow to the head.",
        "Ilse Harrowgate won the Brennock ward on March 3, 2015, following a recount in Velmar.",
    ],
)
def test_a_lift_or_an_event_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""
