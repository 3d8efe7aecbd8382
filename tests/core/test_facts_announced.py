"""A sentence that only announces what the next ones say: a count the
next sentence lists ("Roe has two advantages in Quillon. One is ..."),
or a stance the next paragraph quotes ("Roe offered her own approach."
before a quotation). The same sentences with a figure or a date of their
own, or followed by something else, stay facts.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_announced import announces
from tests.core.facts_helpers import cited, verdict

LEAD = "Dana Roe and Tova Quarrow met in Quillon on May 9, 2016, for a debate.\n\n"
QUOTE = "\n\n\u201cLook, the levy is fair,\u201d Roe said.\n"


def _announces(text: str, sentence: str) -> bool:
    a = text.index(sentence)
    return announces(text, a, a + len(sentence), sentence.split())


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        ("Dana Roe has two advantages working in the Quillon race.", " One is the money.\n"),
        (
            "Tova Quarrow sees three openings against Dana Roe in Quillon.",
            " The first is the levy.\n",
        ),
        ("Dana Roe listed a few ideas for the Velmar vote plan.", " First, the levy.\n"),
        ("As for the vote in Quillon, Dana Roe offered her own approach.", QUOTE),
        # ("sounded a different note" is a figure of idiom too: `fact_figures`.)
        ("On the Velmar levy vote, Tova Quarrow took a different view.", QUOTE),
    ],
)
def test_an_announcement_is_not_offered(sentence: str, after: str) -> None:
    text = LEAD + sentence + after
    assert _announces(text, sentence)
    assert sentence not in cited(text)
    assert verdict(text, sentence) == "fragment"


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        # A figure or a date of its own: more than an announcement.
        ("Dana Roe faces two charges in Quillon filed in 2015.", " One is fraud.\n"),
        ("Dana Roe has two advantages in the Quillon vote on Tuesday.", " One is money.\n"),
        # The next sentence does not list the count.
        ("Dana Roe won two votes on the Quillon council.", " Tova Quarrow lost.\n"),
        # A decision, not a stance: "announced her candidacy".
        ("In the Quillon race, Dana Roe formally announced her candidacy.", QUOTE),
        ("In the Quillon race, Dana Roe won two seats and a majority.", QUOTE),
        # Not the end of a paragraph before a quote.
        ("As for the vote in Quillon, Dana Roe offered her own approach.", " Roe won.\n"),
    ],
)
def test_a_statement_before_a_list_or_a_quote_stays(sentence: str, after: str) -> None:
    text = LEAD + sentence + after
    assert not _announces(text, sentence)
    assert verdict(text, sentence) != "fragment"
