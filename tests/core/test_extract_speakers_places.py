"""A place, a day or a heading's pointer is no speaker: the one from the
town, the source a digest points to, the person a "he" means. Every
sentence here is invented (the states and regions are the published lists
place_names.py reads)."""

from __future__ import annotations

import pytest

from app.core.extract.names import parse_name
from tests.core.speaker_helpers import speakers

# From a town ("of Dunmore, Ohio"), in a place ("According to officials in
# Dunmore"), or pointed to ("-More from Vesk and Brask:").
PLACES_AND_POINTERS = [
    (
        "Ana Vesk of Dunmore, South Carolina says she thinks Quillon can win if he keeps"
        ' "doing what he is doing."',
        "Ana Vesk",
    ),
    (
        'Tobin Brask from Harl, New Hampshire says the plan is "a fraud" and will not pass.',
        "Tobin Brask",
    ),
    (
        "Quillon says he is tough enough after a woman in Dunmore, Ohio, told him"
        ' she worries he is "too nice" to win.',
        "woman",
    ),
    (
        "According to the entrance surveys in Vermont, a third of the crowd asked for a mayor"
        ' who would "say it plainly" at last.',
        "entrance surveys",
    ),
    ('According to officials in Dunmore, the plan was "a fraud" from the start.', "officials"),
    ('According to Ana Ruiz in Dunmore, the plan was "a fraud" from the start.', "Ana Ruiz"),
    (
        "Signs of the late swing were there all along -More from Vesk and Brask:"
        ' "Our panel backs the view that the two trends mattered."',
        "Vesk and Brask",
    ),
    (
        'Turnout fell in the north. More from Ana Quillon: "We knocked on every door we could find."',
        "Ana Quillon",
    ),
    (
        'Polls missed the late swing - More from Mara Vesk: "Nobody expected the surge."',
        "Mara Vesk",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PLACES_AND_POINTERS)
def test_the_speaker_is_who_a_place_or_a_pointer_stands_for(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "run", ["Super Tuesday", "Western Europe", "Central Quillonia", "Velmar War II-era"]
)
def test_a_day_a_region_or_a_described_thing_is_no_person(run):
    parsed = parse_name(run)
    assert parsed is not None and parsed.kind != "person"


def test_he_points_past_a_day_to_the_person():
    text = (
        "The Latest on the vote on Super Tuesday:\n\n"
        "Tobin Vesk has won the Quillon caucus.\n\n"
        'He told the hall his run was meant to face "hard facts" at last.'
    )
    assert speakers(text) == ["Tobin Vesk"]


def test_a_person_named_like_a_direction_stays_a_person():
    assert parse_name("Ana Ruiz-Vesk").kind == "person"
    assert parse_name("Tobin Western").kind == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We cannot have that," said the Ohio businessman, who toured Dunmore.',
            "Ohio businessman",
        ),
        (
            '"We cannot have that," said the New Dunmore grocer, who toured Harl.',
            "New Dunmore grocer",
        ),
        ('"We cannot have that," said the Vermont senator on Monday.', "Vermont senator"),
    ],
)
def test_a_place_before_a_noun_describes_it_and_is_no_speaker(text, speaker):
    assert speakers(text) == [speaker]
