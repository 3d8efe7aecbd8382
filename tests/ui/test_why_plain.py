"""Why a group or conflict was made, said in sentences for the window: every
key a `why` can hold (basis, values, subject, words, speakers; measure and
sides), words set in quotes. The views showed `why_text`'s compact line
("Matched on: year; words: sanctuary, state"), which the CLI keeps."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core.corroborate.report import why_conflict, why_group
from app.ui.cluster_view import ClusterView
from app.ui.why_plain import conflict_line, group_lines

Q = "\u201c{}\u201d".format


@pytest.mark.parametrize(
    ("basis", "said"),
    [
        ("same words", "Grouped because they say the same words."),
        (
            "same words, one an excerpt of another",
            "Grouped because they say the same words; the shorter quotes are parts of the longest.",
        ),
        (
            "a phrase they share; the longer quotes differ: check they are one statement",
            "Grouped because they share a phrase, but the longer quotes differ: check they"
            " are one statement before counting its sources.",
        ),
    ],
)
def test_a_quote_group_says_how_its_words_match(basis, said):
    assert group_lines({"basis": basis}) == [said]


def test_quote_groups_made_from_members_read_as_sentences():
    def members(*texts):
        return [{"text": t, "source_id": n} for n, t in enumerate(texts)]

    same = why_group("quote", members("The pier stays shut.", "the pier stays shut"))
    part = why_group(
        "quote", members("The pier stays shut until the storm passes.", "The pier stays shut")
    )
    assert group_lines(same) == ["Grouped because they say the same words."]
    assert group_lines(part)[0].endswith("the shorter quotes are parts of the longest.")


def test_a_claim_group_gives_its_figures_names_and_words():
    why = {
        "basis": "same claim in other words",
        "values": ["date: Nov. 19", "vote: 13-0"],
        "subject": ["Dornwick"],
        "words": ["ferry", "levy"],
    }
    assert group_lines(why) == [
        "Grouped because they state the same claim in other words."
        " They give the same date, Nov. 19, and the same vote, 13-0."
        f" Each names Dornwick and uses the words {Q('ferry')} and {Q('levy')}."
    ]


def test_a_claim_group_in_the_same_words_with_one_figure_and_one_word():
    why = {
        "basis": "same wording",
        "values": ["number of kilns: 40"],
        "subject": [],
        "words": ["fired"],
    }
    assert group_lines(why) == [
        "Grouped because they state the same claim in the same words."
        f" They give the same number of kilns, 40. Each uses the word {Q('fired')}."
    ]


def test_a_claim_group_sharing_nothing_telling_says_to_check_it():
    why = {"basis": "same claim in other words", "values": [], "subject": [], "words": []}
    assert group_lines(why) == [
        "Grouped because they state the same claim in other words."
        " They share no figure, name or telling word: check they say the same."
    ]


def test_a_claim_group_made_from_members_names_the_figure_it_shares():
    why = why_group(
        "fact",
        [
            {"text": "The Dornwick council voted 9-2 to close the ferry pier."},
            {"text": "By 9-2, the Dornwick council voted to close the ferry pier."},
        ],
    )
    line = group_lines(why)[0]
    assert "They give the same vote, 9-2." in line
    assert "Each names Dornwick" in line and Q("ferry") in line and Q("pier") in line


def test_speakers_who_differ_come_first_and_past_four_are_counted():
    two = {"basis": "same words", "speakers": ["Ada Pell (2 sources)", "Ivo Tarn (1 source)"]}
    assert group_lines(two) == [
        "Speakers differ: the sources give these words to Ada Pell (2 sources) and Ivo Tarn"
        " (1 source). Check who said them before citing.",
        "Grouped because they say the same words.",
    ]
    many = {"basis": "same words", "speakers": [f"Person {n} (1 source)" for n in range(6)]}
    first = group_lines(many)[0]
    assert "Person 2 (1 source) and 3 others (each source's column names its own)" in first
    assert "Person 3" not in first


@pytest.mark.parametrize(
    ("measure", "sources", "start"),
    [
        ("year", 2, "Compared because both give a year about the same thing"),
        ("amount", 3, "Compared because all three give an amount about the same thing"),
        ("percentage", 12, "Compared because all 12 give a percentage about the same thing"),
        ("vote", 2, "Compared because both give a vote tally about the same thing"),
        ("date", 2, "Compared because both give a date about the same thing"),
        ("number of kilns", 2, "Compared because both give a number of kilns about"),
        ("governor", 2, "Compared because both name the governor in a claim about the same"),
    ],
)
def test_a_conflict_says_what_its_sources_give(measure, sources, start):
    why = {"measure": measure, "subject": [], "words": ["ferry"], "sides": []}
    line = conflict_line(why, sources)
    assert line.startswith(start)
    assert line.endswith(f"they share the word {Q('ferry')}.")


def test_a_conflict_gives_the_names_and_words_its_claims_share():
    why = why_conflict(
        "year",
        [
            {"text": "Dornwick has had its kiln tax since 1971.", "value": "1971", "source": "a"},
            {"text": "Dornwick brought in its kiln tax in 1975.", "value": "1975", "source": "b"},
        ],
    )
    assert conflict_line(why, 2) == (
        "Compared because both give a year about the same thing: they name Dornwick"
        f" and share the words {Q('kiln')} and {Q('tax')}."
    )


def test_a_conflict_sharing_nothing_else_says_to_check_it():
    why = {"measure": "year", "subject": [], "words": [], "sides": []}
    assert conflict_line(why, 2) == (
        "Compared because both give a year; they share no other name or telling word:"
        " check they are about the same thing."
    )


def test_the_cli_line_is_unchanged():
    why = {"basis": "same claim in other words", "values": ["vote: 13-0"], "words": ["levy"]}
    assert (
        corroborate.why_text(why) == "same claim in other words; figures: vote: 13-0; words: levy"
    )


def test_the_seeded_vote_group_says_its_figure_and_words(qtbot, seeded_library):
    """The bundled articles' group of a council vote: its figure and words."""
    group = next(c for c in seeded_library.clusters(kind="fact"))
    view = ClusterView(seeded_library)
    qtbot.addWidget(view)
    view.show_item(group.item_ids[0])
    last = view.summary.text().splitlines()[-1]
    assert last.startswith("Grouped because they state the same claim in other words.")
    assert "the same vote, 13-0." in last and Q("voted") in last
