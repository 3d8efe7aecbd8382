"""A sentence that only says someone said something, where or when ("Roe
wrote on Twitter on Monday.", "Roe said in a statement."), #17 round 53:
what was said stands in the sentences around it, so the line is no fact,
wherever it stands (not only right after a quote). A verb of saying with
its content ("said that ...", "told the board the depot would close") or
a longer sentence stays. Every example is an invented sentence with
invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_reported import says_nothing
from tests.core.facts_helpers import OPENING, dated


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms. Roe wrote on Twitter on Monday.",
        "Dana Roe said in a statement on May 3, 2016.",
        "The Velmar Guild tweeted late on Tuesday.",
    ],
)
def test_a_bare_attribution_is_no_fact(sentence: str) -> None:
    assert says_nothing(sentence.split())
    text = f"{OPENING}\nThe guild will close its Quillon depot.\n{sentence}\n"
    assert all(
        "Twitter" not in f and "statement" not in f and "tweeted" not in f for f in dated(text)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said on May 3, 2016 that the Velmar depot would close.",
        "Dana Roe told the Velmar board on May 3, 2016 the depot would close in June.",
        "Dana Roe wrote a letter to 12 clerks of the Velmar Guild on May 3, 2016, about the depot.",
    ],
)
def test_a_saying_with_its_content_stays(sentence: str) -> None:
    assert not says_nothing(sentence.split())
