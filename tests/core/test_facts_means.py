"""The writer's account of how a result came about: "by" and a verb's
"-ing" form ("won the support of millions by echoing ..."), "thanks to",
"on the strength of", in the writer's own voice, is not offered; the same
words in someone's reported speech, after an infinitive (an offer, a plan),
or with "-ing" nouns ("by morning") stay.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_means import by_means
from tests.core.facts_helpers import cited, verdict

LEAD = "Dana Roe and Tova Quarrow met in Quillon on May 9, 2016, for a debate.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe has won the support of 2 million voters by echoing the Velmar Guild's themes.",
        "By voting to delay the 2016 Quillon levy, the council knocked out a pillar of the plan.",
        "Dana Roe earned some goodwill in 2016 by raising money for the Velmar Guild.",
        "Quillon voters ended 40 years of one-party rule in 2016 by electing a split council.",
        "The Velmar Guild won 12 seats in 2016 by simply outspending Tova Quarrow.",
        "In 1972, Dana Roe thrilled Quillon voters on the strength of her opposition to the levy.",
        "Dana Roe won the 2016 Quillon primary thanks to the Velmar Guild's 3,000 volunteers.",
    ],
)
def test_the_writers_account_of_means_is_not_offered(sentence: str) -> None:
    assert by_means(sentence.split())
    text = LEAD + sentence + "\n"
    assert sentence not in cited(text)
    assert verdict(text, sentence) == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        # Reported: the speaker's claim.
        "Dana Roe said on May 10, 2016, that the guild saved $2 million by closing two halls.",
        "The guild cut its costs by 5 percent in 2016 by closing two halls, according to Roe.",
        # The means of an offer or a plan the line reports.
        "Dana Roe on May 10, 2016, rejected Quarrow's offer to end the levy by raising fees.",
        # No verb's "-ing" form after "by".
        "The Quillon council passed the 2016 levy by 5 votes to 4 on May 10.",
        "The Velmar Guild had counted 3,000 ballots by morning on May 10, 2016.",
        "The 2016 Quillon levy was drafted by Dana Roe and passed on May 10.",
        "Dana Roe sent 3,000 thanks notes to Quillon voters on May 10, 2016.",
    ],
)
def test_other_bys_stay(sentence: str) -> None:
    assert not by_means(sentence.split())


def test_a_plain_report_stays_a_fact() -> None:
    sentence = "The Quillon council passed the 2016 levy by 5 votes to 4 on May 10, 2016."
    text = LEAD + sentence + "\n"
    assert sentence in cited(text)
