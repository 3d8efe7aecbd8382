"""A person only the sentences before identify, inside a fact: a "him",
"his" or "her" before any name ("The board fined him $500 on May 3"), a
surname two people of the article share ("Mr. Vesk" of Peter and Laura
Vesk). Cited with the journalist's bracket where the article gives exactly
one person ("The board fined [Peter Vesk] ...", "Mrs. [Laura] Vesk"),
else not offered.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract import find_facts

PUBLISHED = dt.date(2016, 3, 2)


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited, found with its publication date."""
    return [f.cited_text(text) for f in find_facts(text, None, PUBLISHED)]


def test_an_object_pronoun_after_one_person_is_bracketed():
    text = (
        "Peter Brask ran the Quillon depot for a decade.\n\n"
        "The county board fined him $500 on May 3, 2015 for late filings.\n"
    )
    assert "The county board fined [Peter Brask] $500 on May 3, 2015 for late filings." in cited(
        text
    )


def test_a_possessive_after_one_person_is_bracketed():
    text = (
        "Laura Brask ran the Quillon depot for a decade.\n\n"
        "The county board rejected her appeal on May 3, 2015 by a 5-2 vote.\n"
    )
    assert "The county board rejected [Laura Brask's] appeal on May 3, 2015 by a 5-2 vote." in (
        cited(text)
    )


def test_a_pronoun_before_the_name_after_a_comma_is_left():
    text = (
        "Peter Brask ran the Quillon depot for a decade.\n\n"
        "After the board fined him $500 on May 3, 2015, John Vesk resigned.\n"
    )
    assert not [c for c in cited(text) if "[Peter Brask]" in c]


LEAD = (
    "Laura Vesk and her husband, Peter Vesk, opened a bakery in Quillon in 2009.\n\n"
    "The bakery sold 40,000 loaves in 2014, the county said.\n\n"
)


def test_an_honorific_says_which_of_two_people_of_a_surname():
    text = LEAD + "The county fined Mrs. Vesk $200 on May 3, 2015 for a late permit.\n"
    assert "The county fined Mrs. [Laura] Vesk $200 on May 3, 2015 for a late permit." in (
        cited(text)
    )


def test_a_possessive_says_which_of_two_people_of_a_surname_is_the_subject():
    text = LEAD + "Vesk sold her share of the bakery for $90,000 on May 3, 2015.\n"
    assert "[Laura] Vesk sold her share of the bakery for $90,000 on May 3, 2015." in cited(text)


def test_a_couple_stays_as_written():
    text = LEAD + "Mr. and Mrs. Vesk paid $200 on May 3, 2015 for a late permit.\n"
    assert "Mr. and Mrs. Vesk paid $200 on May 3, 2015 for a late permit." in cited(text)


def test_a_surname_whose_full_name_only_a_heading_line_gives():
    text = (
        "These are the people on the Quillon ferry.\n\n"
        "Tova Brask, 62\n"
        "Brask, a mother of four, was a civil engineer in Velmar from 1990 to 2015.\n"
    )
    assert "[Tova] Brask, a mother of four, was a civil engineer in Velmar from 1990 to 2015." in (
        cited(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # "him": Brask or Quillon?
        "Peter Brask and John Quillon ran the depot for a decade.\n\n"
        "The county board fined him $500 on May 3, 2015 for late filings.\n",
        # "Mr. Vesk": the father or the son?
        "Peter Vesk and his son, John Vesk, opened a bakery in Quillon in 2009.\n\n"
        "The county fined Mr. Vesk $200 on May 3, 2015 for a late permit.\n",
    ],
)
def test_a_person_two_people_may_be_is_not_offered(text):
    assert not [c for c in cited(text) if "fined" in c]
