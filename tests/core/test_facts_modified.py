"""Noun phrases a capitalized modifier describes without naming: a
bracket the article's "a <description>" would give ("a Quillon talk
station" -> "[the Quillon talk station]") leaves the fact unoffered.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract import find_facts
from app.core.extract.fact_modified import described_bracket


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited."""
    return [f.cited_text(text) for f in find_facts(text)]


STATION = (
    "Vesk anchor quits.\n\n"
    "The host of Velmar Radio, a Quillon talk station, was fired in May after a row.\n\n"
)


def test_a_bracket_from_an_indefinite_description_is_not_offered() -> None:
    text = (
        STATION + "Dana Roe has run the station's news desk since 1998, drawing 40,000 listeners.\n"
    )
    assert not any("news desk" in c for c in cited(text))


def test_a_bracket_from_a_definite_mention_stays() -> None:
    text = (
        "Vesk anchor quits.\n\n"
        "The host of the Quillon talk station was fired in May after a row.\n\n"
        "Dana Roe has run the station's news desk since 1998, drawing 40,000 listeners.\n"
    )
    assert (
        described_bracket(text, text.index("Dana"), [(0, 3, "[the Quillon talk station]")]) is False
    )


def test_a_title_after_the_phrase_says_which() -> None:
    text = (
        "Quillon mayor sued.\n\n"
        "The Brask Gazette reprinted a harsh Velmar Post editorial about the mayor.\n\n"
        "Roe's aides were angry at the editorial, entitled \u201cRoe Is No Reformer,\u201d "
        "when it posted on May 3.\n"
    )
    assert any("[the Velmar Post editorial], entitled" in c for c in cited(text))


def test_names_and_plain_brackets_are_not_read() -> None:
    text = STATION + "Dana Roe ran it.\n"
    at = text.index("Dana")
    assert described_bracket(text, at, [(0, 3, "[Velmar Radio]"), (5, 3, "[Dana Roe]")]) is False
    assert described_bracket(text, at, [(0, 3, "[the Quillon talk station]")]) is True
