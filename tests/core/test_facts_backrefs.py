"""Phrases whose content only the sentences before give make a fact that
does not stand alone: an owner's act or word with nothing after it to say
what ("the Velmar Guild's conclusion came as ...", "under his reign"),
"the country" when the country just named is another one than the
article's own, "that <noun>" as the object of a verb that may also open a
clause ("to maintain that margin by ..."). Each is offered when the
sentence itself says what, which country, or opens a clause.

Every example is an invented sentence with invented names (the countries
are the published list's, as the rule reads them).
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_backrefs import owned_told_noun
from app.core.extract.fact_pointers import that_determiners
from tests.core.facts_helpers import verdict

TITLE = "Roe and Quarrow in Quillon\n\n"
LEAD = "The Velmar Guild met in Quillon on May 2, 2019.\n\n"


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # Which conclusion, which reign, which decision: only told before.
        (
            "The Velmar Guild's conclusion came as Quillon cut its budget by $3 million in 2019.",
            "pointer",
        ),
        ("Tova Quarrow wrote of growing up under his reign in the 1990s.", "pointer"),
        ("Tova Quarrow voted in 2019 to reverse her decision.", "pointer"),
        # The words after the noun say what it was.
        ("The Velmar Guild's decision to close 14 depots came on May 9, 2019.", ""),
        ("Tova Quarrow's remarks to the Velmar Guild came on May 9, 2019.", ""),
        ("Dana Roe announced on May 9, 2019, her decision to leave the Velmar Guild.", ""),
    ],
)
def test_an_owners_act_with_nothing_after_it_points_back(sentence, why):
    text = TITLE + LEAD + sentence + "\n"
    assert verdict(text, sentence) == why


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # Which actions, which interviews, whose case: only told before.
        ("Dana Roe says she would undo Quarrow's actions if elected in 2019.", "pointer"),
        ("Tova Quarrow's interviews aired on May 9, 2019 in Quillon.", "pointer"),
        (
            "Dana Roe was asked about their case during a Velmar radio interview on May 9, 2019.",
            "pointer",
        ),
        ("Lee Vesk runs Quarrow's efforts, Dana Roe said on May 9, 2019.", "pointer"),
        # The words after the noun say which.
        ("Tova Quarrow joined Velmar's efforts to cut the levy in Quillon on May 9, 2019.", ""),
        ("The Velmar Guild criticized its actions in Quillon on May 9, 2019.", ""),
    ],
)
def test_an_owners_acts_with_nothing_after_them_point_back(sentence, why):
    assert verdict(TITLE + LEAD + sentence, sentence) == why


def test_an_owned_noun_that_is_no_act_is_no_pointer() -> None:
    assert not owned_told_noun("Tova Quarrow's budget rose by $3 million in 2019.".split())
    assert owned_told_noun("The Velmar Guild's ruling came on May 9, 2019.".split())


@pytest.mark.parametrize(
    ("lead", "sentence", "why"),
    [
        # The country just named is another one: which, only it tells.
        (
            "The Velmar Guild sent 40 engineers to Mongolia in 2018.",
            "The Velmar Guild kept 30 engineers in the country through May 2020.",
            "pointer",
        ),
        # The article's own country named after it, or the sentence names it.
        (
            "The Velmar Guild sent 40 engineers to Mongolia in 2018 before returning"
            " them to the United States.",
            "The Velmar Guild has 900 members across the country, up from 700 in 2018.",
            "",
        ),
        (
            "The Velmar Guild sent 40 engineers to Mongolia in 2018.",
            "The Velmar Guild left Mongolia in 2019, when the country cut its budget by half.",
            "",
        ),
        # No other country named before.
        (
            "The Velmar Guild met in Quillon in 2018.",
            "The Velmar Guild has 900 members across the country, up from 700 in 2018.",
            "",
        ),
    ],
)
def test_the_country_after_another_one_named_points_back(lead, sentence, why):
    text = TITLE + lead + "\n\n" + sentence + "\n"
    assert verdict(text, sentence) == why


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # A base form before "that" and no verb after the noun: its object.
        ("Roe made an effort to maintain that margin by hailing Quarrow's record.", True),
        ("Roe would repeat that claim to the Quillon council.", True),
        # A clause: a verb follows; a relative after a plural noun.
        ("Roe tried to show that turnout in Quillon fell by half.", False),
        ("Roe campaigned in Velmar and Quillon, states that vote on March 1.", False),
        ("Roe said that turnout in Quillon was low.", False),
    ],
)
def test_that_after_a_verb_opening_clauses_may_determine_its_object(sentence, found):
    assert bool(that_determiners(sentence.split())) == found
