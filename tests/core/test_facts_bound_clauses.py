"""An act going on whose only time sits in a clause bound to its object
("is selling the boat she bought in 2012"): the time is that clause's own
act's, so the going on is cited "[as of <the source's date>]", and not
offered without a date. Invented sentences with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import OPENING, dated


def _offered(sentence: str, published="default") -> list[str]:
    text = f"{OPENING}\n{sentence}\n"
    return dated(text)[1:] if published == "default" else dated(text, published)[1:]


def test_a_time_in_a_clause_bound_to_the_object_does_not_date_the_going_on():
    for sentence in (
        "Tova Quarrow is selling the boat she bought in 2012.",
        "Tova Quarrow is selling the boat that she bought in 2012.",
        "Tova Quarrow is courting the clerk who was fired from the Velmar depot in 2014.",
        # (through an apposition to the clause's object)
        "Tova Quarrow is selling the boat she sailed with Ivo Brask, a Quillon pilot, in 2012.",
    ):
        assert _offered(sentence) == [sentence[:-1] + " [as of March 23, 2016]."], sentence
        assert _offered(sentence, None) == [], sentence


def test_a_time_of_the_going_on_itself_or_a_present_clause_is_left_as_it_was():
    # The year is the going on's own, or the bound clause's verb is a present
    # ("she needs"): no "[as of]" is added.
    for sentence in (
        "Tova Quarrow is selling the boat in 2012.",
        "Tova Quarrow is selling the boat she needs in 2012.",
    ):
        assert "[as of" not in " ".join(_offered(sentence)), sentence


def test_a_time_in_what_a_report_told_does_not_date_the_going_on():
    # (#17 round 52) "a report saying ... in 2012": the year is what the report told.
    for sentence in (
        "Tova Quarrow is disputing a report saying the Velmar Guild hired her in 2012.",
        "Tova Quarrow is fighting a memo claiming the Velmar Guild sold 12 boats in 2012.",
    ):
        assert _offered(sentence) == [sentence[:-1] + " [as of March 23, 2016]."], sentence
        assert _offered(sentence, None) == [], sentence
