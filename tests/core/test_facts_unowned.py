"""A forecast no one in the line owns: a noun with "expected" after it and
a time that is no date ("a ruling expected in coming weeks") is the
writer's forecast, not a schedule (`fact_unowned`).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import verdict

OPENING = "Orla Penhallow opened the Tamsk Ferry Works in Dunmarrow on April 8, 2008.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tamsk council met on April 12, 2016, ahead of a tariff ruling expected in coming weeks.",
        "Ferry traffic in Dunmarrow rose in 2015, with over 14,000 crossings expected this year.",
        "A ruling on the Tamsk tariff, expected later this spring, was put off by the Dunmarrow court"
        " on April 12, 2016.",
    ],
)
def test_a_forecast_no_one_owns_is_not_offered(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == "hedge"


@pytest.mark.parametrize(
    "sentence",
    [
        # A comparison with what was expected.
        "About 14,000 crossings were made in Dunmarrow in 2015, about 2,000 more than most ferry"
        " clerks expected.",
        "As expected, the Tamsk council passed the ferry tariff in Dunmarrow on April 12, 2016.",
        # A date a reader can check.
        "The Tamsk council met on April 12, 2016, ahead of a tariff ruling expected on Friday.",
        # "expected" as a verb with its object.
        "In 2015 the Tamsk ferry clerks expected a rise of 14 percent in Dunmarrow crossings.",
    ],
)
def test_a_dated_or_owned_expectation_is_kept(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla Penhallow, seen as a moderate, won the Dunmarrow ward on April 12, 2016.",
        "Orla Penhallow, seen by many ferry clerks as a moderate, won the Dunmarrow ward on April"
        " 12, 2016.",
        "Orla Penhallow won the Dunmarrow ward on April 12, 2016, and is considered the favourite"
        " for the Tamsk seat.",
    ],
)
def test_a_view_no_one_holds_is_not_offered(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # Someone holds the view.
        "Orla Penhallow, seen by Tamsk clerks as a moderate, won the Dunmarrow ward on April 12,"
        " 2016.",
        "Orla Penhallow said on April 12, 2016, that she is seen as a moderate in Dunmarrow.",
        # An act, and a count.
        "The Tamsk council considered a ferry tariff of 12 percent in Dunmarrow on April 12, 2016.",
        "Orla Penhallow has seen as many as 12 ferries leave Dunmarrow since April 12, 2016.",
    ],
)
def test_a_view_someone_holds_or_no_view_is_kept(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsk clerks spent Friday, April 15, 2016, in Dunmarrow, confident that ferrymen would back"
        " the tariff.",
        "Orla Penhallow was eager to take the Dunmarrow ward when she opened 12 piers on April 12,"
        " 2016.",
        "Orla Penhallow wants to bring 12 ferries back to Dunmarrow by 2018.",
    ],
)
def test_a_state_of_mind_no_one_reports_is_not_offered(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # "determined" as a verb.
        "In April 2016 Wren Halloway, the Tamsk auditor, determined that 12 Dunmarrow piers broke"
        " the ferry rules.",
        # Reported.
        "Orla Penhallow said on April 12, 2016, that she wants to bring 12 ferries back to Dunmarrow.",
        "Orla Penhallow told the Tamsk council on April 12, 2016, she was confident of 12 new piers.",
    ],
)
def test_a_reported_or_no_state_of_mind_is_not_this_rules(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) != "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla Penhallow, who said on April 12, 2016, that she would run, could face Wren Halloway"
        " in a runoff.",
        "The Tamsk ferry guild, which told the Dunmarrow council on April 12, 2016, that it lost 12"
        " piers, is poised to sell its yard.",
        "Orla Penhallow won 12 wards on April 12, 2016, putting her on course to take the Tamsk seat.",
    ],
)
def test_the_writers_forecast_after_a_reporting_clause_is_not_offered(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == "hedge"


def test_a_forecast_inside_what_someone_said_is_not_this_rules() -> None:
    sentence = (
        "Orla Penhallow said on April 12, 2016, that the tariff, which she backs, could pass in"
        " June."
    )
    assert verdict(OPENING + sentence + "\n", sentence) != "hedge"
