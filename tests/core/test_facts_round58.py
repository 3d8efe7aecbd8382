"""Facts, #17 round 58: a time that is a person's clause's, a ranking's
votes, a view of people unnamed inside a relative clause, people held in
the past with no time, a figure with nothing counted.

- A time in a "who" or "whom" clause set off by a comma is that clause's
  person's (`fact_other_times.without_person_clauses`): "Orrin Paskell was
  greeted by Sandy Quarrow, who endorsed him last week." does not say when
  he was greeted, and "Sandy Quarrow, who left Hesketh, Velmaria, in July
  2012, said ..." does not say when she said it (the clause runs over the
  commas of a place or a date to the comma before the main verb). A time
  of the main clause's own keeps the line, and so does a one-time event
  the clause names by its day ("who lost Tuesday's runoff"). In a live
  blog's entry such a line is dated by the entry's day, as a line with no
  time is (`fact_dates`): "[on <date>]" before a clause that ends it.
- "First-place votes" in a line naming no source and no contest are a
  ranking's, which only the sentences before name (`fact_polls`); a line
  naming the poll or the race stays.
- A view of people the line does not name, inside a relative clause ("a
  trade that several weavers say has no heirs") is no one's a
  reader can check (`fact_voices`); the same words after a verb that
  reports a named speaker ("Paskell said that many tanners fear ...")
  stay.
- People or things held in the past, where or doing what ("had clerks
  watching the count"), with no time in the line are undated as a count
  held in the past is (`fact_captions.undated_count`); "has clerks ..."
  and a day keep it.
- A figure someone "comes in at" with nothing counted ("comes in at 34.6
  million and ... at 31 million") is a place in a tally only the
  sentences before name (`fact_earlier`); "34.6 million views" says.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract import find_facts
from app.core.extract.fact_other_times import without_person_clauses
from app.core.extract.facts import sentence_verdicts
from tests.core.facts_helpers import SENTENCE_DAY, sentence_verdict


@pytest.mark.parametrize(
    "sentence",
    [
        # Said once: the only time is the clause's, over a place's commas.
        "Sandy Quarrow, who lost her post at the Brindlemoor tannery in Hesketh, Velmaria, "
        "in July 2012, said that Orrin Paskell had ignored her letters.",
        # An act: the only time is the object's clause's.
        "Orrin Paskell was introduced at the Brindlemoor tannery by Sandy Quarrow, "
        "who endorsed him last week.",
        "Orrin Paskell, who endorsed the Brindlemoor levy in 2012, gave the Quillon "
        "Tanners Fund $40,000.",
        "Orrin Paskell gave $40,000 to Sandy Quarrow, whom the Brindlemoor guild hired on Friday.",
    ],
)
def test_a_time_of_a_persons_clause_does_not_date_the_line(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sandy Quarrow, who lost her post at the Brindlemoor tannery in Hesketh, Velmaria, "
        "in July 2012, said on Friday that Orrin Paskell had ignored her letters.",
        "Orrin Paskell was introduced at the Brindlemoor tannery on Friday by Sandy "
        "Quarrow, who endorsed him last week.",
        "Orrin Paskell, who endorsed the Brindlemoor levy in 2012, gave the Quillon "
        "Tanners Fund $40,000 in 2014.",
        "Orrin Paskell gave $40,000 on Monday to Sandy Quarrow, whom the Brindlemoor guild "
        "hired on Friday.",
        # A one-time event the clause names by its day is the line's occasion too.
        "Sandy Quarrow, who lost Tuesday's Brindlemoor runoff, gave the Quillon Tanners "
        "Fund $40,000.",
        # A clause that is not a person's keeps its time (not measured here).
        "Orrin Paskell voted against the Brindlemoor levy, which passed in 2014.",
    ],
)
def test_a_time_of_the_main_clause_keeps_the_line(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == ""


def test_the_clause_runs_to_the_main_verb_or_the_end() -> None:
    assert (
        without_person_clauses("Tova Roe, who left Quillon, Velmaria, in 2012, said it.")
        == "Tova Roe said it."
    )
    assert without_person_clauses("Vesk met Roe, who won on Tuesday.") == "Vesk met Roe."
    # A clause dated as the line's present stays; a "whose" clause is not one.
    dated = "A poll shows Vesk at 47 percent versus Roe, who has 44 percent [as of May 4, 2016]."
    assert without_person_clauses(dated) == dated
    assert (
        without_person_clauses("Roe, whose plan failed, quit.") == "Roe, whose plan failed, quit."
    )


def test_first_place_votes_of_an_unnamed_ranking_are_dropped() -> None:
    sentence = (
        "Orrin Paskell got 14 first-place votes this week, Sandy Quarrow got six and "
        "Tobin Hesk got two."
    )
    assert sentence_verdict(sentence)[0] == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orrin Paskell got 14 first-place votes in the Brindlemoor Courier's panel poll "
        "this week, Sandy Quarrow got six.",
        "Orrin Paskell got 14,210 first-place votes in the Brindlemoor mayoral race on May 3.",
    ],
)
def test_first_place_votes_of_a_named_poll_or_race_stay(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Orrin Paskell's 32-year-old son has a degree and a trade that several weavers "
        "say has no heirs in Brindlemoor - he repairs looms.",
        "Orrin Paskell's 32-year-old son has a degree and a post that some tanners say "
        "pays $40,000 a year.",
    ],
)
def test_a_view_of_unnamed_people_in_a_relative_clause_is_dropped(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == "unnamed"


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 3, Orrin Paskell said that many tanners fear the $30 levy on hides.",
        "Orrin Paskell's 32-year-old son has a degree and a post that many tanners hold "
        "in Brindlemoor, at $40,000 a year.",
    ],
)
def test_a_named_speakers_words_or_a_groups_act_stay(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == ""


def test_a_live_blogs_line_whose_only_time_is_a_clauses_gets_the_entrys_day() -> None:
    text = (
        "The Latest: Brindlemoor votes.\n\n9:05 p.m.\n\n"
        "Sandy Quarrow has won the Brindlemoor tanners' primary.\n\n8:40 p.m.\n\n"
        "Orrin Paskell was introduced at the Brindlemoor tannery by Sandy Quarrow, who "
        "endorsed him last week.\n\n8:10 p.m.\n\n"
        "Tobin Hesk, who quit the Brindlemoor guild last week, said 40 clerks had voted "
        "twice in the Brindlemoor primary.\n\n7:30 p.m.\n\nPolls closed in Brindlemoor at 7 p.m.\n"
    )
    cited = [f.cited for f in find_facts(text, published=dt.date(2016, 3, 1))]
    assert cited == [
        "Orrin Paskell was introduced at the Brindlemoor tannery by Sandy Quarrow [on March 1, "
        "2016], who endorsed him last week [the week of February 22, 2016].",
        "Tobin Hesk, who quit the Brindlemoor guild last week [the week of February 22, 2016], "
        "said 40 clerks had voted twice in the Brindlemoor primary [on March 1, 2016].",
    ]


OPENING = "The Brindlemoor Courier counted the views of each guild's videos in April."


def _in_text(sentence: str) -> tuple[str, str]:
    """(reason, cited form) of `sentence` after an opening line, dated `SENTENCE_DAY`."""
    text = f"{OPENING}\n{sentence}\n"
    start = text.index(sentence)
    ((reason, fact),) = [
        (r, f) for a, _b, r, f in sentence_verdicts(text, [], SENTENCE_DAY) if a == start
    ]
    return reason, fact.cited if fact else ""


def test_people_held_in_the_past_with_no_time_are_dropped() -> None:
    sentence = (
        "The Brindlemoor Tanners Guild had clerks watching the slow vote count in Quillon; "
        "Tobin Hesk did not."
    )
    assert _in_text(sentence)[0] == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, the Brindlemoor Tanners Guild had clerks watching the slow vote count in "
        "Quillon.",
        "The Brindlemoor Tanners Guild has clerks watching the slow vote count in Quillon.",
    ],
)
def test_people_held_on_a_day_or_now_stay(sentence: str) -> None:
    assert _in_text(sentence)[0] == ""


def test_a_figure_come_in_at_with_nothing_counted_is_dropped() -> None:
    sentence = (
        "The Brindlemoor Tanners Guild comes in at 34.6 million and the Quillon Weavers Guild "
        "at 31 million."
    )
    assert _in_text(sentence)[0] == "pointer"


def test_a_figure_come_in_at_with_what_it_counts_stays() -> None:
    sentence = (
        "The Brindlemoor Tanners Guild comes in at 34.6 million views and the Quillon Weavers "
        "Guild at 31 million."
    )
    assert _in_text(sentence) == ("", sentence.removesuffix(".") + " [as of May 4, 2016].")
