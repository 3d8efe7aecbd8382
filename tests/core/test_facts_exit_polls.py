"""An exit or entrance poll names who made or reported it: "exit polls
suggested ..." names neither pollster nor sponsor, though its contest is
named (`fact_polls._exit_poll_maker`).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import verdict

OPENING = "Brisa Tolland founded the Marrow Fen Guild in Ostrevik on June 4, 2009.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "In Ostrevik, exit polls suggested that 41 percent of voters backed Brisa Tolland on June 7.",
        "Exit polls in the Ostrevik primary on June 7 showed 41 percent of voters backed Brisa Tolland.",
        "Brisa Tolland won 54 percent of tenant households to 46 percent on June 7 in Ostrevik,"
        " according to exit polls.",
        "Early results of an entrance poll of Ostrevik caucus-goers on June 7 showed Brisa Tolland"
        " won 48 percent of tenants.",
        "Democratic exit polls in Ostrevik on June 7 showed 41 percent of voters backed Brisa Tolland.",
    ],
)
def test_an_exit_poll_with_no_maker_is_not_offered(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostrevik Courier exit polls in the Ostrevik primary on June 7 showed 41 percent backed"
        " Brisa Tolland.",
        "Exit polls conducted for the Ostrevik Courier in the Ostrevik primary on June 7 showed 41"
        " percent of voters backed Brisa Tolland.",
        "Brisa Tolland won 41 percent of Ostrevik tenants on June 7, according to preliminary exit"
        " polling reported by the Ostrevik Courier.",
    ],
)
def test_an_exit_poll_naming_its_maker_is_kept(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == ""
