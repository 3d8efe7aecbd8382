"""What two sentences stating one figure say alike of it (`said_alike`):
the words around both figures, but the figures' own words (their scale and
unit: "million", "percent", a count's noun), which every figure of that
size has, and names, which say who or what the figure concerns, not what is
said of it. A rare amount or tally joins two sentences as one fact only
with two such words in common."""

from __future__ import annotations

import pytest

from app.core.corroborate.claims import fact_signature
from app.core.corroborate.counterparts import Match
from app.core.corroborate.same_claim import said_alike
from app.core.corroborate.text import proper_words
from app.core.store import Library
from tests.core.corroborate_helpers import filled_library, one_fact


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def _said_alike(a: str, b: str) -> set[str]:
    # Each read as a source of its own, as an import reads it.
    sa, sb = (fact_signature(n, t, None, proper_words(t)) for n, t in ((1, a), (2, b)))
    [va] = [v for v in sa.values if v.value.kind != "number"]
    [vb] = [v for v in sb.values if v.value.kind != "number"]
    return set(said_alike(sa, Match(va, vb, lambda: 1.0, va.words & vb.words), sb))


def test_the_figures_own_words_and_names_are_not_said_alike():
    assert (
        _said_alike(
            "Tova Brenn raised $4.7 million for the harbour fund in May.",
            "Tova Brenn spent $4.7 million of her own money on advertising.",
        )
        == set()
    )
    assert _said_alike(
        "The Ostel guild paid 12 percent of its fines, its lawyer said.",
        "The Ostel guild kept 12 percent of the fines it paid.",
    ) == {"guild", "fine", "pay"}
    assert _said_alike(
        "Clerks in Darrow counted 900 ballots on Friday.",
        "Volunteers in Darrow counted 900 ballots by hand.",
    ) == {"count"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Tova Brenn raised $4.7 million for the harbour fund in May.",
            "Tova Brenn spent $4.7 million of her own money on advertising.",
        ),
        (
            "The Ostel guild paid $4.7 million in fines, its lawyer said.",
            "The Ostel guild's rivals lost $4.7 million on the ferry.",
        ),
    ],
)
def test_a_rare_amount_and_a_name_or_its_scale_make_no_fact(library, a, b):
    assert not one_fact(library, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Tova Brenn raised $4.7 million for the harbour fund in May.",
            "In May, Brenn's harbour fund took in $4.7 million.",
        ),
        (
            "The Ostel board voted to spend $4 million on the sea wall, the clerk said.",
            "The Ostel board approved $4 million for the sea wall on Tuesday.",
        ),
        (
            "The Kestrelby council voted 9-2 on Tuesday to close the Harl Street ferry.",
            "By a 9-2 vote, Kestrelby's council decided to close the Harl Street ferry.",
        ),
    ],
)
def test_a_rare_amount_or_tally_said_alike_isone_fact(library, a, b):
    assert one_fact(library, a, b)


# -- a figure said of one named person or place ------------------------------------


@pytest.fixture
def filled(tmp_path):
    # Words and figures as rare as in a real library.
    lib = filled_library(tmp_path / "filled.sqlite")
    yield lib
    lib.close()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Tova Brenn raised $4.7 million for the harbour fund in May.",
            "Tova Brenn spent $4.7 million of her own money on advertising.",
        ),
        (
            "Ana Quell won 52 percent in the Ostel primary.",
            "Ana Quell lost 52 percent of her donors to Ostel.",
        ),
    ],
)
def test_a_figure_and_whom_it_concerns_alone_make_no_fact(filled, a, b):
    assert not one_fact(filled, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Tova Brenn raised $4.7 million for the harbour fund in May.",
            "In May, Brenn's harbour fund took in $4.7 million.",
        ),
        (
            "In Ostel, Brenn won 52 percent of the vote.",
            "Brenn won 52 percent of the vote in Ostel, the clerk said.",
        ),
    ],
)
def test_a_figure_said_alike_of_one_named_person_isone_fact(filled, a, b):
    assert one_fact(filled, a, b)


def test_a_name_opening_both_sentences_is_no_word_said_alike():
    assert _said_alike(
        "Tova Brenn raised $4.7 million for the harbour fund in May.",
        "Tova Brenn raised $4.7 million on Tuesday.",
    ) == {"raise"}
