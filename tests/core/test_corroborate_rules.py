"""The rules of agreement and disagreement, each on passages written for it
in invented words: what counts as the same thing, what is a real conflict,
what is a real group, and what each records as its reason.

The planted pairs at the end mirror bench/plant_disagreements.py: two reports
of one fact, one of them with a figure changed (a plant, to be flagged) or
rewritten as a near miss (a control, never flagged)."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core.corroborate.claims import claim_values
from app.core.store import Library
from tests.core.corroborate_helpers import add


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def _values(text: str) -> set[tuple[str, str]]:
    return {(v.kind, v.value) for v in claim_values(text) if v.kind != "number"}


# -- quantities with any unit ----------------------------------------------------


def test_counts_are_read_with_any_unit_noun():
    assert ("count:kiln", "40") in _values("The fire in Brastow destroyed 40 kilns overnight.")
    assert ("count:tanner", "12") in _values("Police detained 12 tanners near the Ostel mill.")
    assert ("count:decade", "2") in _values("The Quenby fair has run for two decades.")
    assert ("count:barge", "650") in _values("Some 650 flat-bottomed river barges were sold.")
    assert ("count:lantern", "5000000") in _values("They lit 5 million paper lanterns.")


def test_money_percent_tallies_years_and_days_are_typed():
    found = _values(
        "On March 4 the Tolvey board voted 13-0 to spend $1.2 million, 3.5 percent of its 2019 budget."
    )
    assert found >= {
        ("date", "03-04"),
        ("tally", "13-0"),
        ("money", "$1.2m"),
        ("percent", "3.5%"),
        ("year", "2019"),
    }


def test_a_number_before_a_range_shares_its_unit():
    found = _values("Turnout at Vellan rose from 4.9 to 5 percent.")
    assert {("percent", "4.9%"), ("percent", "5%")} <= found
    values = {v.value: v for v in claim_values("Turnout at Vellan rose from 4.9 to 5 percent.")}
    assert values["4.9%"].change and values["5%"].change


# -- real conflicts ------------------------------------------------------------------

FUND_A = "The Marrowby trust raised $916 million for its canal plan in 2019, its treasurer said."


def _conflicts(library: Library, a: str, b: str):
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    return library.conflicts()


def test_a_differing_amount_for_the_same_thing_is_a_conflict(library):
    b = "The Marrowby trust raised $640 million for its canal plan in 2019, its treasurer said."
    [conflict] = _conflicts(library, FUND_A, b)
    assert conflict.kind == "money" and sorted(conflict.values) == ["$640m", "$916m"]


@pytest.mark.parametrize(
    "other",
    [
        # an approximation that agrees
        "The Marrowby trust raised nearly $1 billion for its canal plan in 2019, its treasurer said.",
        "The Marrowby trust raised more than $900 million for its canal plan in 2019, its treasurer said.",
        # a change over time that says so
        "The Marrowby trust raised $916 million for its canal plan in 2019, up from $640 million, its treasurer said.",
        # another subject
        "The Pellory trust raised $640 million for its canal plan in 2019, its treasurer said.",
        # another time
        "The Marrowby trust raised $640 million for its canal plan in 2011, its treasurer said.",
    ],
)
def test_near_misses_are_not_conflicts(library, other):
    assert _conflicts(library, FUND_A, other) == []


def test_more_than_thirty_and_thirty_four_agree(library):
    a = "Inspectors in Grell closed 34 bakeries for unpaid levies last spring."
    b = "Inspectors in Grell closed more than 30 bakeries for unpaid levies last spring."
    assert _conflicts(library, a, b) == []


def test_different_candidates_shares_are_not_a_conflict(library):
    a = "In the Dunmere primary, Ostrava Kell won 52 percent of the vote, officials said."
    b = "In the Dunmere primary, Ivo Brannock won 45 percent of the vote, officials said."
    assert _conflicts(library, a, b) == []


def test_the_same_number_about_different_units_is_neither_conflict_nor_group(library):
    a = "The Harwick depot stores 40 tractors for the county, its manager said."
    b = "The Harwick depot stores 55 ploughs for the county, its manager said."
    assert _conflicts(library, a, b) == []
    c = "The Harwick depot stores 40 ploughs for the county, its manager said."
    add(library, c, facts=[c])
    assert not [g for g in library.clusters() if g.kind == "fact" and len(g.item_ids) > 1 and
                {library.item(i).text for i in g.item_ids} >= {a, c}]  # fmt: skip


def test_a_year_naming_which_thing_is_never_a_conflict(library):
    a = "Corvel Abney lost the 2010 Varn mayoral race by a wide margin."
    b = "Corvel Abney lost the 2014 Varn mayoral race by a wide margin."
    assert _conflicts(library, a, b) == []


def test_relative_times_are_read_against_the_source_date(library):
    a = "The Ettle council spent $2 million on road salt last year, its clerk said."
    b = "The Ettle council spent $3 million on road salt in 2015, its clerk said."
    add(library, a, facts=[a], date="2016-03-01")
    add(library, b, facts=[b], date="2016-03-04")
    [conflict] = library.conflicts()  # "last year" in a 2016 source is 2015
    assert sorted(conflict.values) == ["$2m", "$3m"]


def test_different_relative_times_of_undated_sources_are_not_compared(library):
    a = "The Ettle council spent $2 million on road salt last year, its clerk said."
    b = "The Ettle council spent $3 million on road salt this year, its clerk said."
    assert _conflicts(library, a, b) == []  # without dates, perhaps the same year or not


def test_two_figures_said_with_the_same_comparison_words_can_disagree(library):
    a = "In Quell, 28 percent of voters had a good view of Orla Venn, compared with 33 percent last month."
    b = "In Quell, 28 percent of voters had a good view of Orla Venn, compared with 42 percent last month."
    add(library, a, facts=[a], date="2016-07-14")
    add(library, b, facts=[b], date="2016-07-15")
    [conflict] = library.conflicts()
    assert sorted(conflict.values) == ["33%", "42%"]


def test_a_running_figure_of_undated_sources_is_not_compared(library):
    a = "The Ettle council has now spent $2 million on road salt, its clerk said."
    b = "The Ettle council has now spent $3 million on road salt, its clerk said."
    assert _conflicts(library, a, b) == []  # "now": perhaps two different days


# -- real groups -----------------------------------------------------------------


def test_a_paraphrase_with_the_same_figure_is_one_group(library):
    a = "The Kestrelby council voted 9-2 on Tuesday to close the Harl Street ferry."
    b = "By a 9-2 vote, Kestrelby's council decided to close the Harl Street ferry."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [group] = library.clusters()
    assert {library.item(i).text for i in group.item_ids} == {a, b}


def test_sharing_a_number_or_a_topic_is_not_a_group(library):
    a = "Polls in Lessing show Mara Quint with 41 percent support among farmers."
    b = "Only 41 percent of Lessing's bridges passed the spring inspection."
    c = "Mara Quint campaigned among farmers in Lessing on Monday."
    for text in (a, b, c):
        add(library, text, facts=[text])
    assert library.clusters() == []


# -- why: what each group and conflict was matched on ----------------------------


def _one_group(library: Library, a: str, b: str) -> dict:
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [group] = corroborate.describe_clusters(library)
    return group


def test_groups_and_conflicts_say_what_they_matched_on(library):
    a = "The Kestrelby council voted 9-2 on Tuesday to close the Harl Street ferry."
    b = "By a 9-2 vote, Kestrelby's council decided to close the Harl Street ferry."
    group = _one_group(library, a, b)
    assert group["why"]["values"] == ["vote: 9-2"]
    assert "Kestrelby" in group["why"]["subject"]
    assert {"council", "close", "ferry"} <= set(group["why"]["words"])

    c = "The Marrowby trust raised $640 million for its canal plan in 2019, its treasurer said."
    add(library, FUND_A, facts=[FUND_A])
    add(library, c, facts=[c])
    [conflict] = corroborate.describe_conflicts(library)
    why = conflict["why"]
    assert why["measure"] == "amount"
    assert "Marrowby" in why["subject"]
    assert {"raised", "canal"} <= set(why["words"])
    assert [side["value"] for side in why["sides"]] == ["$640m", "$916m"]
    assert all(len(side["sources"]) == 1 for side in why["sides"])


def test_a_state_read_from_its_abbreviation_is_shown_as_written(library):
    a = "The Quillby, N.H., council voted 9-2 on Tuesday to close the Harl Street ferry."
    b = "The Quillby, New Hampshire, council voted 9-2 on Tuesday to close the Harl Street ferry."
    subject = _one_group(library, a, b)["why"]["subject"]
    assert "Quillby" in subject
    # The abbreviation whole, or the name spelled out: no piece of either.
    assert "N.H." in subject or {"New", "Hampshire"} <= set(subject)
    assert [w for w in subject if w != "N.H." and ("." in w or len(w) < 2)] == []


# -- a small planted set, in invented reports -------------------------------------

# Two reports of one fact each: (first report, second report with the same
# figure). Plants change the figure in the second; controls rewrite it as a
# near miss.
REPORTS = {
    "money": (
        "The Harnby water board approved a $4.5 million pump station on Monday, its chair said.",
        "A $4.5 million pump station was approved by the Harnby water board, its chair said.",
        "$4.5 million",
    ),
    "count": (
        "Floods in Orrin destroyed 212 grain silos along the Tessel river last week, officials said.",
        "Officials said 212 grain silos along the Tessel river in Orrin were destroyed by floods last week.",
        "212 grain silos",
    ),
    "percent": (
        "Turnout in the Belvane referendum reached 63 percent, the election office said.",
        "The Belvane referendum drew a turnout of 63 percent, the election office said.",
        "63 percent",
    ),
    "year": (
        "The Quarrel Bridge over the Ammet was finished in 1931, the Ammet county archive says.",
        "According to the Ammet county archive, the Quarrel Bridge over the Ammet was finished in 1931.",
        "1931",
    ),
    "date": (
        "The Strell festival will open on August 14 at the Varrow fairground, organizers said.",
        "Organizers said the Strell festival opens at the Varrow fairground on August 14.",
        "August 14",
    ),
    "tally": (
        "The Ivel senate passed the ferry levy 31-8 after a long debate on Thursday.",
        "After a long debate, the Ivel senate passed the ferry levy by a 31-8 vote.",
        "31-8",
    ),
    "name": (
        "Gov. Maren Tolliver signed the Ivel ferry levy into law at the harbour office.",
        "At the harbour office, Gov. Maren Tolliver signed the Ivel ferry levy into law.",
        "Gov. Maren Tolliver",
    ),
}
PLANTED = {
    "money": "$7.9 million",
    "count": "340 grain silos",
    "percent": "48 percent",
    "year": "1938",
    "date": "August 21",
    "tally": "35-4",
    "name": "Gov. Maren Osgrove",
}
CONTROLS = {
    "money": ["nearly $5 million", "$4.5 million, up from $3 million,"],
    "count": ["more than 200 grain silos", "212 grain silos, up from 150 grain silos,"],
    "percent": ["about 63 percent", "63 percent, up from 51 percent,"],
}


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_each_planted_disagreement_is_flagged(library, kind):
    first, second, figure = REPORTS[kind]
    planted = second.replace(figure, PLANTED[kind])
    add(library, first, facts=[first])
    add(library, planted, facts=[planted])
    [conflict] = library.conflicts()
    assert {library.item(i).text for i in conflict.item_ids} == {first, planted}
    assert conflict.kind.split(":")[0] == kind.replace("count", "count").split(":")[0] or (
        kind == "name" and conflict.kind.startswith("name:")
    )


@pytest.mark.parametrize(
    "kind,rewrite", [(k, r) for k, rewrites in sorted(CONTROLS.items()) for r in rewrites]
)
def test_near_miss_controls_are_not_flagged(library, kind, rewrite):
    first, second, figure = REPORTS[kind]
    control = second.replace(figure, rewrite)
    add(library, first, facts=[first])
    add(library, control, facts=[control])
    assert library.conflicts() == []


def test_the_unplanted_reports_are_grouped_not_flagged(library):
    for first, second, _ in REPORTS.values():
        add(library, first, facts=[first])
        add(library, second, facts=[second])
    assert library.conflicts() == []
    grouped = [{library.item(i).text for i in g.item_ids} for g in library.clusters()]
    pairs = [{first, second} for first, second, _ in REPORTS.values()]
    assert sum(pair in grouped for pair in pairs) >= 6
