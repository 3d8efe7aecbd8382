"""Two forms of a poll that names no pollster: "in the polls for the Tamsk
seat" (the "for" names the contest, not who the poll was made for), and
"polling" as a verb with its figure ("was polling at 40 percent")
(`fact_polls._for_a_contest`, `fact_polls._polling_at`).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import verdict

LEAD = "Orla Penhallow opened the Tamsk Ferry Works in Dunmarrow on April 8, 2008.\n"


def test_polls_for_a_contest_name_no_pollster() -> None:
    sentence = "Orla Penhallow leads in the polls for the Tamsk seat, held on May 17, 2016."
    assert verdict(LEAD + sentence + "\n", sentence) == "pointer"
    sentence = "Orla Penhallow leads in a poll for the Dunmarrow Courier released on May 17, 2016."
    assert verdict(LEAD + sentence + "\n", sentence) == ""


def test_polling_at_a_figure_names_no_pollster() -> None:
    sentence = "Orla Penhallow was polling at 40 percent in Dunmarrow in May 2016."
    assert verdict(LEAD + sentence + "\n", sentence) == "pointer"
    for sentence in (
        "Orla Penhallow was polling at 40 percent in Dunmarrow in May 2016, according to a Tamsk"
        " College survey.",
        "Orla Penhallow was polling at 40 percent in a Tamsk College survey of Dunmarrow voters in"
        " May 2016.",
    ):
        assert verdict(LEAD + sentence + "\n", sentence) == ""
