"""Words said once with no time ("Dana Roe said the levy would pay for the
depot.") are not offered: when they were said, only the sentences before
say. The same words with a time of their saying, or of what they tell,
told in the present ("says") or by a factive verb ("noted") stay facts.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import undated_speech
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said the Velmar levy would pay for 12 new depots.",
        "Velmar Mayor Dana Roe criticized the Quillon Guild's 2011 levy for leaving 40 depots shut.",
        "Tova Quarrow, who ran the Velmar Fund in 2012, said on the radio that she backs Dana Roe.",
        "Ivo Brask said Dana Roe placed 12 calls to the Velmar Guild, and that none was answered.",
        "Dana Roe told the Quillon Courier she would hire 12 clerks for the Velmar depot.",
        "Ivo Brask said he had met Dana Roe about the 12 clerks after the guild voted to close.",
        # A span counted from a time the line does not give.
        "Ivo Brask said the Velmar Guild lost 12 clerks over the next six months.",
        "Dana Roe said she would hire 12 clerks within her first 100 days as mayor.",
    ],
)
def test_words_said_with_no_time_are_not_offered(sentence: str) -> None:
    assert undated_speech(sentence, sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "time"
    assert sentence not in " ".join(dated(OPENING + "\n" + sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of the saying: a day, a year, an occasion, an event.
        "Dana Roe said Tuesday the Velmar levy would pay for 12 new depots.",
        "Dana Roe said in a statement released Friday that the levy would pay for 12 depots.",
        "Dana Roe told the Quillon Courier in 2014 that 12 clerks had quit.",
        "Dana Roe said after the vote that the levy would pay for 12 new depots.",
        "In the 1998 campaign, Dana Roe criticized the Quillon Guild's plan for 12 depots.",
        "Dana Roe said in '08 that 12 Velmar clerks had quit.",
        # A time of what was said: it dates what the line tells.
        "Dana Roe said the Velmar levy raised $5 million in 2015.",
        "Dana Roe said she voted for the Velmar levy on Tuesday.",
        "Dana Roe noted that Velmar had only one paid clerk ahead of the 2012 vote.",
        "Dana Roe said the Velmar Guild lost 12 clerks in the six months since 2014.",
        # Not a simple past of speech: the present, the perfect, a factive verb.
        "Dana Roe says the Velmar levy will pay for 12 new depots.",
        "Dana Roe has said the Velmar levy would pay for 12 new depots.",
        "Dana Roe acknowledged that the Velmar levy of 2 percent is the highest in the state.",
        "Dana Roe was declared the winner of the Velmar race with 54 percent of the vote.",
        "Dana Roe won 54 percent of the vote and said the levy would pass.",
    ],
)
def test_dated_present_or_factive_words_stay(sentence: str) -> None:
    assert not undated_speech(sentence, sentence.split())


def test_words_said_on_a_day_the_source_dates_stay() -> None:
    text = OPENING + "\nDana Roe said Tuesday the Velmar levy would pay for 12 new depots.\n"
    assert any("[March 22, 2016]" in c for c in dated(text))
