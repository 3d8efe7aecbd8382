"""A "the <modifier> <noun>" the article introduced before with "a", "an"
or a count ("a new oversight board ... the oversight board", "in a Quillon
poll ... The Quillon poll"): the one the sentences before told of, which
the line leaves unnamed; the fact is not offered.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, facts, verdict


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        (
            "Vesk objects to a new oversight board created under the act.",
            "Roe and Vesk each name two members of the oversight board, while Brask names one.",
        ),
        (
            "In March, Roe had 38 percent support in a Quillon poll.",
            "The Quillon poll had a margin of error near 4.5 points.",
        ),
        (
            "Vesk was told of the death of six Quillon soldiers.",
            "Brask emailed Roe in December 2011 about the Quillon soldiers, who served abroad.",
        ),
    ],
)
def test_a_thing_introduced_before_is_not_offered(before: str, sentence: str) -> None:
    text = OPENING + "\n\n" + before + "\n\n" + sentence + "\n"
    assert sentence not in facts(text)
    assert verdict(text, sentence) == "pointer"
    # Told first in the line itself, it stands alone.
    alone = OPENING + "\n\n" + sentence + "\n"
    assert sentence in facts(alone)


# (before, sentence): the sentence stands after the one before it.
STANDING = [
    # "an oversight board member" is no board.
    ("Roe met an oversight board member at the fair on May 3, 2015.",
     "Vesk named two members of the oversight board on May 4, 2015."),
    # What follows the noun says which one.
    ("Vesk joined a Quillon council in 2009.",
     "Brask chaired the Quillon council of Velmar County from 2010 to 2014."),
    # An appositive to a name says who the name is.
    ("Vesk backed Brask, a former Quillon mayor, in 2015.",
     "Last year, Roe gave $10,000 to a group backing Brask, the former Quillon mayor."),
    # Introduced with "the", not "a": not this rule's.
    ("Vesk spoke at the town meeting on May 3, 2015.", "Brask founded the Quillon poll in 2009."),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence"), STANDING)
def test_other_phrases_stand(before: str, sentence: str) -> None:
    text = OPENING + "\n\n" + before + "\n\n" + sentence + "\n"
    assert sentence in facts(text)
