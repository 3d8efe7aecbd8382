"""A level told in the present whose line holds a time only outside its
main clause, #17 round 50: in a relative clause set off by commas ("There
are two guilds in Velmar, which was founded in 1950."), or inside a name
("the Velmar 2016 Host Fund"). The time is not the level's: with the
source's date the line is cited "[as of <date>]" (before the clause), with
none it is not offered. A count said to exist ("There are two guilds") is
such a level, as "has two guilds" is.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There are two Velmar guilds for depot clerks, which the Quillon board chartered in"
            " 1950.",
            "There are two Velmar guilds for depot clerks [as of May 11, 2016], which the Quillon"
            " board chartered in 1950.",
        ),
        (
            "The Velmar levy fund is $4 million short, said Dana Roe, who chairs the Quillon 2016"
            " Host Fund.",
            "The Velmar levy fund is $4 million short, said Dana Roe [as of May 11, 2016], who"
            " chairs the Quillon 2016 Host Fund.",
        ),
    ],
)
def test_a_time_outside_the_main_clause_leaves_the_level_undated(
    sentence: str, expected: str
) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text, DAY)[-1] == expected
    assert verdict(text, sentence) == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of the main clause's own.
        "There are two Velmar guilds for depot clerks in 2016, which the Quillon board chartered.",
        "The Velmar levy fund was $4 million short in May 2016 Dana Roe said.",
        # A past: no level held now.
        "There were two Velmar guilds for depot clerks, which the Quillon board chartered in 1950.",
    ],
)
def test_a_level_with_its_own_time_or_in_the_past_is_not_dated_as_of(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert not any("[as of" in line for line in dated(text, DAY))
