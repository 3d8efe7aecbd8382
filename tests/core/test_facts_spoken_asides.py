"""Words said once with no time, #17 round 50: an account told in the past
("recounted the night on the radio") and a report of figures ("four firms
reported losses") are words said once, as "said" is: when, only the
sentences before say (an announcement, "announced they will close ...", a
decision made known, stays). A time
inside an aside set off by dashes ("Ivo Brask, whose guild - founded in
1950 - backs Roe, said ...") is the aside's, not the saying's.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import undated_speech
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Tova Quarrow, who said Roe fined her in 1998, recounted the fine on Quillon Radio.",
        "Four Velmar depots \u2014 North, South, East and West \u2014 reported 12 percent losses.",
        "Dana Roe reported between $5,000 and $9,000 in income from a Quillon fund.",
        # A time only inside an aside set off by dashes.
        "Ivo Brask, head of the Velmar Guild - which was founded in 1950 and which backs Roe -"
        " said the guild has 12 options.",
        "Ivo Brask, head of the Velmar Guild \u2014 founded in 1950 \u2014 said the guild has 12"
        " options.",
    ],
)
def test_words_said_with_no_time_of_their_own_are_not_offered(sentence: str) -> None:
    assert undated_speech(sentence, sentence.split())
    text = OPENING + "\n" + sentence + "\n"
    assert verdict(text, sentence) == "time"
    assert sentence not in " ".join(dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe and Ivo Brask announced they will close 12 Velmar depots.",
        "Tova Quarrow recounted the 1998 fine on Quillon Radio on May 4, 2016.",
        "Four Velmar depots reported 12 percent losses in the quarter to March 2016.",
        # A time outside the dashes dates the saying.
        "Ivo Brask, head of the Velmar Guild - which backs Roe - said in 2015 the guild had 12"
        " options.",
    ],
)
def test_the_same_words_with_a_time_stay(sentence: str) -> None:
    assert not undated_speech(sentence, sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == ""
