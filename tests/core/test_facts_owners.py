"""A fact whose "his" or "her" owns a word but whose words before it name no
one who can be the owner is not offered: whose plan, only the sentences
before say (`fact_owners`).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import dated, verdict

OPENING = (
    "Marta Quennock chaired the Pellisk Water Board in Dravenholt from March 2009.\n"
    "A poll of farmers in Dravenholt was taken in a barn.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A Grisby Poll of the Dravenholt race in May 2015 put her support among farmers at 9 percent.",
        "Henrik Sallow voted against her reservoir levy in Dravenholt on April 12, 2016.",
        "Henrik Sallow endorsed and has raised funds for her rival in Dravenholt, a canal engineer.",
    ],
)
def test_an_owner_the_line_does_not_name_is_not_offered(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) == "subject"


@pytest.mark.parametrize(
    "sentence",
    [
        # The owner is in the line: her given name, an honorific, a title, a full name.
        "Marta Quennock won the Dravenholt vote on April 12, 2016, her third win in a row.",
        "Ms. Quennock lost the Dravenholt vote on April 12, 2016, and her seat on the board.",
        "Dravenholt Mayor Quennock vetoed the reservoir levy on April 12, 2016, in her last act.",
        "On April 12, 2016, Ostrava Tekelian Quennock resigned her seat on the Pellisk Water Board.",
        # "her" as an object, not an owner.
        "The Pellisk Water Board fined her on April 12, 2016.",
        # The name after a comma after the pronoun.
        "After her loss in Dravenholt on April 12, 2016, Marta Quennock left the Pellisk Water Board.",
    ],
)
def test_an_owner_the_line_names_is_offered(sentence: str) -> None:
    assert verdict(OPENING + sentence + "\n", sentence) != "subject"


def test_an_owner_the_sentence_before_names_is_bracketed() -> None:
    text = (
        "Ilse Farrowby ran the Toskell ferry yard for a decade.\n\n"
        "Gunnar Pelk doubled her budget in Toskell on May 3, 2015.\n"
    )
    assert dated(text) == [
        "Gunnar Pelk doubled [Ilse Farrowby's] budget in Toskell on May 3, 2015."
    ]


def test_an_owner_two_people_of_the_sex_may_be_is_not_offered() -> None:
    text = (
        "Ilse Farrowby and Wenna Stroud ran the Toskell ferry yard for a decade.\n\n"
        "Gunnar Pelk doubled her budget in Toskell on May 3, 2015.\n"
    )
    assert not [c for c in dated(text) if "Pelk" in c]
