"""Facts, #17 round 63: words said up to the writing, a lead graded by
its worth.

- A verb of speech in the present perfect ("has said", "have argued",
  "has told", "has acknowledged") tells words said up to the writing
  (`fact_perfect`): a time inside what was said dates the thing said,
  not the saying ("Tobin Marsk has said he opposed the 2007 ferry bill":
  as of when does he say so?). With the source's date the line is cited
  "[as of <date>]" at the end of what was said, a clause inside it ("...
  because of ...") no clause of the line's own. A time before the verb,
  or right after it up to what was said ("has said since 2012 that",
  "has told reporters this week that"), is the saying's, and a perfect
  of any other verb keeps its time ("has sold 40 boats since 2009").

- A lead, a margin or a win graded by a word of value or of its hold
  ("a comfortable margin", "a healthy lead", "a solid margin";
  `fact_characterised._VALUE_SIZES`) is the writer's
  grade also with its figure in the line: the figure bears out a lead's
  size ("a narrow margin of 2 points" stays), never its worth.

Each has a near miss that stays offered. Every example is an invented
sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict as _verdict

AS_OF = "[as of May 4, 2016]"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Marsk has said he opposed the 2007 Brennock ferry bill because of its toll "
        "provisions.",
        "Ilse Harrowgate has said that she sold 31 Brennock ferry boats in 2014, calling them "
        "surplus.",
        "Tobin Marsk has told the Brennock ferry guild he will retire in 2018.",
        "Ilse Harrowgate has acknowledged that the Brennock ferry guild lost 40 members after "
        "2011.",
    ],
)
def test_words_said_up_to_the_writing_are_dated_as_of_it(sentence: str) -> None:
    reason, cited = _verdict(sentence)
    assert reason == ""
    # At the end of what was said: "because of ..." is part of it.
    assert cited == sentence[:-1] + f" {AS_OF}."
    # Undated, offered as before (the card shows the missing date).
    assert _verdict(sentence, None) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The saying's own time, before the verb or right after it.
        "Tobin Marsk has said since 2012 that the Brennock ferry guild sold 40 boats in 2009.",
        "In 2015, Ilse Harrowgate has said that the Brennock ferry levy doubled in 2011.",
        # A perfect of another verb: its time is its own.
        "The Brennock ferry guild has sold 40 boats since 2009.",
        # Words said once, with their time.
        "Tobin Marsk said in 2015 that he opposed the 2007 Brennock ferry bill.",
    ],
)
def test_a_saying_with_its_own_time_stays_as_written(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence)


def test_a_clause_after_a_comma_is_no_part_of_what_was_said() -> None:
    sentence = (
        "Tobin Marsk has said he opposed the 2007 Brennock ferry levy, while Ilse Harrowgate "
        "backed it."
    )
    assert _verdict(sentence)[1] == sentence.replace(", while", f" {AS_OF}, while")


@pytest.mark.parametrize(
    "sentence",
    [
        # A figure bears out a lead's size, never its worth.
        "Ilse Harrowgate won the Brennock ferry primary on Tuesday by a comfortable margin of 22 "
        "points.",
        "The Brennock ferry poll released on Tuesday showed Ilse Harrowgate with a healthy lead "
        "over Tobin Marsk, 51 percent to 40 percent.",
        "Ilse Harrowgate won the Brennock ferry primary on Tuesday by 2,000 votes, a solid margin.",
    ],
)
def test_a_lead_the_writer_grades_by_its_worth_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Harrowgate opened up a lead in ferry delegates on Tuesday.",
        "Ilse Harrowgate won the Brennock ferry primary on Tuesday by a margin of 22 points.",
        # A size the figure bears out.
        "Ilse Harrowgate won the Brennock ferry primary on Tuesday by a narrow margin of 2 points.",
        "The Brennock ferry poll released on Tuesday showed Ilse Harrowgate with a lead over "
        "Tobin Marsk, 51 percent to 40 percent.",
    ],
)
def test_a_lead_told_plainly_or_by_its_figure_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""
