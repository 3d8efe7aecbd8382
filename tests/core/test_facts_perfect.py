"""An act told in the present perfect with no time of its own ("Roe has
said she would hire 12 clerks", "The board has approved the levy", "The
guild has not endorsed a candidate"), #17 round 47: it holds as the article
was written, so with the source's date it is cited "[as of <date>]" (a
reader repeating it knows as of when); with none it is offered as before.
Not a perfect in someone's reported words, a relative clause's, a clause
opened by "if" or "after", nor one in a line with a time of its own.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_perfect import perfect_at
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dana Roe has said she would hire 12 clerks for the Velmar depot.",
            "Dana Roe has said she would hire 12 clerks for the Velmar depot [as of May 11, 2016].",
        ),
        (
            "The Quillon board has approved the Velmar levy.",
            "The Quillon board has approved the Velmar levy [as of May 11, 2016].",
        ),
        (
            "The Velmar Guild has not endorsed a candidate in the Quillon race.",
            "The Velmar Guild has not endorsed a candidate in the Quillon race"
            " [as of May 11, 2016].",
        ),
        (
            "The Quillon board hasn't approved the Velmar levy.",
            "The Quillon board hasn't approved the Velmar levy [as of May 11, 2016].",
        ),
        (
            "Tova Quarrow has also endorsed Dana Roe in the Velmar primary.",
            "Tova Quarrow has also endorsed Dana Roe in the Velmar primary [as of May 11, 2016].",
        ),
        (
            "The Quillon Guild has announced that it will not close the Velmar depot.",
            "The Quillon Guild has announced that it will not close the Velmar depot"
            " [as of May 11, 2016].",
        ),
        # #17 round 55: adverbs of manner or of the subject's parts between
        # "has" and its participle, and what "there has been" (a thing's being).
        (
            "Dana Roe has finally hired 12 clerks for the Velmar depot.",
            "Dana Roe has finally hired 12 clerks for the Velmar depot [as of May 11, 2016].",
        ),
        (
            "Dana Roe and Ivo Brask have both argued that Velmar lost 40 jobs.",
            "Dana Roe and Ivo Brask have both argued that Velmar lost 40 jobs"
            " [as of May 11, 2016].",
        ),
        (
            "The Quillon board has formally approved 12 new clerks.",
            "The Quillon board has formally approved 12 new clerks [as of May 11, 2016].",
        ),
        (
            "There has never been a count by the Velmar board of the 5,000 ballots.",
            "There has never been a count by the Velmar board of the 5,000 ballots"
            " [as of May 11, 2016].",
        ),
        (
            "Dana Roe and Tova Quarrow as well as Ivo Brask have endorsed the Velmar levy.",
            "Dana Roe and Tova Quarrow as well as Ivo Brask have endorsed the Velmar levy"
            " [as of May 11, 2016].",
        ),
        (
            "There have been 12 arrests at the Velmar depot.",
            "There have been 12 arrests at the Velmar depot [as of May 11, 2016].",
        ),
        # A clause after the perfect may tell an act of its own: left undated.
        (
            "Dana Roe has said she will back the Velmar levy, but she has not voted on it.",
            "Dana Roe has said she will back the Velmar levy [as of May 11, 2016], but she has"
            " not voted on it.",
        ),
    ],
)
def test_a_present_perfect_act_is_dated_as_of_the_source(sentence: str, expected: str) -> None:
    assert perfect_at(sentence) > 0
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text, DAY)[-1] == expected
    # With no date the line is offered as it was, with no bracket.
    assert verdict(text, sentence) == ""
    assert dated(text, None)[-1] == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Someone's reported words: the speaker's, as of the saying.
        (
            "Dana Roe said Tuesday the Quillon board has approved 12 new clerks.",
            "Dana Roe said Tuesday [May 10, 2016] the Quillon board has approved 12 new clerks.",
        ),
        (
            "The Quillon board has approved 12 new clerks, Dana Roe said.",
            "The Quillon board has approved 12 new clerks, Dana Roe said.",
        ),
        # A relative clause's own verb.
        (
            "Dana Roe, who has won three races, opened the Velmar depot in 2012.",
            "Dana Roe, who has won three races, opened the Velmar depot in 2012.",
        ),
        # A time of its own (a possessive day is one too).
        (
            "Dana Roe has served on the Quillon board since 2012.",
            "Dana Roe has served on the Quillon board since 2012.",
        ),
        (
            "Dana Roe has won the Velmar primary, her third win in Tuesday's contests.",
            "Dana Roe has won the Velmar primary, her third win in Tuesday's [May 10, 2016]"
            " contests.",
        ),
        (
            "Dana Roe has won the Velmar primary, her third win in Tuesday\u2019s contests.",
            "Dana Roe has won the Velmar primary, her third win in Tuesday\u2019s"
            " [May 10, 2016] contests.",
        ),
    ],
)
def test_reported_relative_or_timed_perfects_get_no_as_of(sentence: str, expected: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text, DAY)[-1] == expected


def test_a_perfect_in_an_opening_clause_is_no_act_of_the_line() -> None:
    assert perfect_at("If the Quillon board has approved the levy, Dana Roe will sign it.") < 0
    assert perfect_at("After the Quillon board has voted, Dana Roe will sign the levy.") < 0
    assert perfect_at("The Velmar Guild has 12 children in its school.") < 0
    # ("There has been" only before what has been: "if there has been" opens a clause.)
    assert perfect_at("If there has been a count, Dana Roe will sign the levy.") < 0
