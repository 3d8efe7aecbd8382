"""A past act with no time of its own, told right after a sentence of the
same paragraph that gives the same subject's act a year or a day ("In
2009, the Quillon Tenants Guild launched a referendum. The Quillon Tenants
Guild lost 61.3 percent of Velmar votes."), is offered with that time in
brackets at its end ("... votes [in 2009]."); where the sentence before
names another subject, several years, or a year that is not its act's
time, the act is not offered, as before.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import dated

LEAD = "The Quillon board met on Monday.\n\n"


@pytest.mark.parametrize(
    ("before", "sentence", "cited"),
    [
        (
            "In 2009, the Quillon Tenants Guild launched a referendum on rents.",
            "The Quillon Tenants Guild lost 61.3 percent of Velmar votes.",
            "The Quillon Tenants Guild lost 61.3 percent of Velmar votes [in 2009].",
        ),
        (
            "Dana Roe won the Velmar primary on May 3, 2015.",
            "She carried 14 Velmar towns.",
            "[Dana Roe] carried 14 Velmar towns [on May 3, 2015].",
        ),
        (
            "Dana Roe won the Velmar primary in June 2014.",
            "Roe carried 14 Velmar towns.",
            "[Dana] Roe carried 14 Velmar towns [in June 2014].",
        ),
        (
            "In 2013, Tova Quarrow, a Quillon clerk, went a step further.",
            "Quarrow filed a complaint with the Velmar Guild.",
            "[Tova] Quarrow filed a complaint with the Velmar Guild [in 2013].",
        ),
    ],
)
def test_an_act_the_sentence_before_dates_is_cited_with_its_time(
    before: str, sentence: str, cited: str
) -> None:
    assert cited in dated(LEAD + before + " " + sentence + "\n")


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        # Another subject: its act's time need not be this one's.
        (
            "Dana Roe won the Velmar primary on May 3, 2015.",
            "Tova Quarrow carried 14 Velmar towns.",
        ),
        # The year names a kind of event, not the time of an act.
        (
            "The 2009 referendum split the Quillon Tenants Guild.",
            "The Quillon Tenants Guild lost 61.3 percent of Velmar votes.",
        ),
        # Two years: which?
        (
            "In 2009 and 2011, the Quillon Tenants Guild launched referendums.",
            "The Quillon Tenants Guild lost 61.3 percent of Velmar votes.",
        ),
        # A span, and a time since.
        (
            "From 2009 to 2011, the Quillon Tenants Guild ran the Velmar depot.",
            "The Quillon Tenants Guild lost 61.3 percent of Velmar votes.",
        ),
        (
            "Since 2009, the Quillon Tenants Guild has run the Velmar depot.",
            "The Quillon Tenants Guild lost 61.3 percent of Velmar votes.",
        ),
    ],
)
def test_an_act_the_sentence_before_does_not_date_is_not_offered(
    before: str, sentence: str
) -> None:
    assert not any(sentence[:-1] in fact for fact in dated(LEAD + before + " " + sentence + "\n"))


def test_a_year_of_another_paragraph_does_not_date_the_act() -> None:
    sentence = "The Quillon Tenants Guild lost 61.3 percent of Velmar votes."
    text = LEAD + "In 2009, the Quillon Tenants Guild launched a referendum.\n\n" + sentence + "\n"
    assert not any(sentence[:-1] in fact for fact in dated(text))
