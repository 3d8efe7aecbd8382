"""A figure written as the label of a thing, after "the" or an owner ("the
900 ballots", "the county's $4 million levy"), names what two sentences
speak of: they share the thing, not a claim about it, and are not one fact
for that figure. Said as what a sentence states ("approved $4 million"),
the same figure still makes one."""

from __future__ import annotations

import pytest

from app.core.corroborate.claims import fact_signature
from app.core.store import Library
from tests.core.corroborate_helpers import one_fact


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "No count was ever made by the Velm registry of the 48,000 pages of the letters"
            " given by Ana Quell from her own archive.",
            "So far, about two-thirds of the 48,000 pages of letters Quell gave the Velm"
            " registry have been made public.",
        ),
        (
            "The Tarnley county's $4 million levy for the sea wall was approved by voters in May.",
            "Opponents of the Tarnley county's $4 million levy for the sea wall held a rally"
            " on Sunday.",
        ),
        (
            "Clerks in Darrow County recounted the 900 ballots from the Elm Street precinct by hand.",
            "The 900 ballots from the Elm Street precinct in Darrow County were kept in a locked"
            " cabinet.",
        ),
    ],
)
def test_a_figure_naming_the_thing_makes_no_fact(library, a, b):
    assert not one_fact(library, a, b)


def test_the_figure_a_sentence_states_still_makesone_fact(library):
    a = "The Ostel board voted to spend $4 million on the sea wall, the clerk said."
    b = "The Ostel board approved $4 million for the sea wall on Tuesday."
    assert one_fact(library, a, b)


def test_the_same_sentence_twice_is_stillone_fact(library):
    a = "Orla Venn was among 25 members in 2011 to vote against the $700 million bailout of the ferry line."
    assert one_fact(library, a, a.replace("Orla Venn", "Venn"))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Clerks recounted the 900 ballots by hand.", True),
        ("The county's $4 million levy passed.", True),
        ("Her 13-0 win surprised the board.", True),
        ("The clerks recounted nearly 900 ballots by hand.", False),
        ("It's $4 million more than last year.", False),
        ("The board voted 13-0 for the levy.", False),
    ],
)
def test_what_is_a_figure_naming_a_thing(text, label):
    [vc] = [vc for vc in fact_signature(1, text).values if vc.value.kind != "number"]
    assert vc.label is label
