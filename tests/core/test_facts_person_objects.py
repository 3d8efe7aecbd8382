"""A person only the sentences before identify, inside a fact: a "him",
"his" or "her" before any name ("The board fined him $500 on May 3"), a
surname two people of the article share ("Mr. Vesk" of Peter and Laura
Vesk). Cited with the journalist's bracket where the article gives exactly
one person ("The board fined [Peter Vesk] ...", "Mrs. [Laura] Vesk"),
else not offered. A surname one person of the article bears, not the
fact's subject ("ledgers show Brask has given ...", "Mr. Brask's deck"),
gets the given name the article gave in brackets; where the given name
is unsure (two people of the name, a place's word before it, a pronoun of
the other sex in the line) it is left as written.

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


def test_a_surname_inside_the_line_gets_its_given_name():
    text = (
        "Tomas Brask, a grain trader from Quillon, gave $4,000 to the Velmar Guild on May 3, 2014.\n\n"
        "Tax ledgers show Brask has given $31,000 to Quillon causes since 2009.\n"
    )
    assert "Tax ledgers show [Tomas] Brask has given $31,000 to Quillon causes since 2009." in (
        cited(text)
    )


def test_an_honorific_surname_in_the_object_gets_its_given_name():
    text = (
        "The Velmar Star was first owned by Oskar Vesk, who rebuilt its deck in 1998.\n\n"
        "Ilse Roe bought the Velmar Star in 2011 and kept Mr. Vesk's old deck, harbor papers show.\n"
    )
    assert (
        "Ilse Roe bought the Velmar Star in 2011 and kept Mr. [Oskar] Vesk's old deck, harbor papers show."
        in cited(text)
    )


def test_two_people_of_the_name_leave_it_as_written():
    text = (
        "Tomas Brask and his sister Ilse Brask founded the Velmar Guild in 2009.\n\n"
        "Tax ledgers show Brask gave $31,000 to the Quillon Museum in 2012.\n"
    )
    assert "Tax ledgers show Brask gave $31,000 to the Quillon Museum in 2012." in cited(text)


def test_a_place_before_the_word_is_no_given_name():
    text = (
        "Voters in West Quarrow and in Dunmore cast 4,000 ballots on May 3, 2014.\n\n"
        "The Velmar Guild opened two offices in Quarrow in 2012.\n"
    )
    assert "The Velmar Guild opened two offices in Quarrow in 2012." in cited(text)


def test_a_pronoun_of_the_other_sex_leaves_it_as_written():
    text = (
        "Tomas Brask spoke at the Velmar Guild on May 3, 2014.\n\n"
        "Ilse Roe cited Brask's 2011 visit to Quillon, in which she met 40 farmers.\n"
    )
    assert "Ilse Roe cited Brask's 2011 visit to Quillon, in which she met 40 farmers." in cited(
        text
    )


def test_a_name_as_an_adjective_or_in_a_firm_stays():
    text = (
        "Tomas Brask ran for mayor of Quillon in 2014.\n\n"
        "The Brask campaign paid Brask & Vesk Printing $9,000 in June 2014.\n"
    )
    assert "The Brask campaign paid Brask & Vesk Printing $9,000 in June 2014." in cited(text)


_MARA = "Mara Vesk ran the Quillon depot for a decade.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Peter Brask challenged her when she ran for the Quillon board in 2009.",
        "Peter Brask hired her in Quillon on May 3, 2015.",
        "Mr. Brask paid her $500 on May 3, 2015.",
    ],
)
def test_an_object_no_one_named_before_can_be_is_not_offered(line: str) -> None:
    text = "Dana Roe led the Velmar Guild.\n\nPeter Brask ran the Quillon depot.\n\n" + line + "\n"
    assert not [c for c in cited(text) if "Brask" in c and "depot" not in c]


@pytest.mark.parametrize(
    "line",
    [
        # One of its sex named before it; a surname of both sexes. (An owner
        # only the sentence before names, "Peter Brask doubled her budget",
        # is not offered: test_facts_owners.)
        "Peter Brask hired Mara Vesk and paid her $500 on May 3, 2015.",
        "Mara Vesk said Peter Brask hired her on May 3, 2015.",
    ],
)
def test_an_object_someone_named_before_can_be_stays(line: str) -> None:
    assert line in cited(_MARA + line + "\n")
