"""A level told in the present whose only time sits in a clause bound to
what comes after its figure ("More than 9,000 clerks live in camps where
they have been since 2012", "in camps that have stood since 2012"), #17
round 52: the year is that clause's own act's, so the level holds as the
article is written: cited "[as of <the source's date>]", and not offered
without a date. Invented sentences with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import OPENING, dated


def _offered(sentence: str, published="default") -> list[str]:
    text = f"{OPENING}\n{sentence}\n"
    return dated(text)[1:] if published == "default" else dated(text, published)[1:]


def test_a_time_in_a_clause_after_the_figure_does_not_date_the_level():
    for sentence in (
        "More than 9,000 Quillon clerks live in camps where they have been since 2012.",
        "More than 9,000 Quillon clerks live in camps that have stood since 2012.",
    ):
        assert _offered(sentence) == [sentence[:-1] + " [as of March 23, 2016]."], sentence
        assert _offered(sentence, None) == [], sentence


def test_a_time_of_the_level_itself_is_left_as_it_was():
    for sentence in (
        "More than 9,000 Quillon clerks lived in camps in 2012.",
        "In 2012, more than 9,000 Quillon clerks live in camps where they have been since May.",
    ):
        assert "[as of" not in " ".join(_offered(sentence)), sentence
