"""A heading set in capitals and run into the sentence after it on the same
line (a newsletter's or a roundup's items) is no part of the fact: the fact
starts at the sentence after it, and its span points there. A dateline's
city, initials and a sentence's own words in capitals are left alone.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_headings import heading_end
from app.core.extract.facts import find_facts

SENTENCE = "The Quillon council voted 5-2 on Tuesday to pass the budget."


@pytest.mark.parametrize(
    "heading",
    [
        "VELMAR COUNCIL PASSES THE BUDGET ",
        "WHY THE QUILLON BUDGET MATTERS - ",
        "BUDGET DAY IN QUILLON: ",
        "QUILLON\u2019S LONG BUDGET FIGHT ENDS \u2014 ",
        # A count and a comma inside the heading.
        "TWO HURT, 3 MISSING IN VELMAR DEPOT FIRE ",
        "3 HURT IN QUILLON DEPOT FIRE ",
        "QUILLON FIRE: 12 CREWS CALLED OUT ",
    ],
)
def test_heading_in_capitals_is_cut_off(heading: str) -> None:
    text = "Tuesday roundup.\n\n" + heading + SENTENCE
    facts = find_facts(text)
    assert [text[f.start : f.end] for f in facts] == [SENTENCE]
    assert facts[0].start == text.index(SENTENCE)


def test_heading_before_an_opening_quote_mark() -> None:
    text = "VELMAR TAX PLAN STALLS \u201cSome words.\u201d " + SENTENCE
    assert heading_end(text, 0, len(text)) == text.index("\u201c")


@pytest.mark.parametrize(
    "text",
    [
        # A dateline's city ends at its comma; fact_start cuts it.
        "QUILLON, Vel. - " + SENTENCE,
        # Initials, not a heading.
        "NBC AND CBS aired the Quillon council's vote on Tuesday, May 3.",
        # The sentence's own words in capitals, then lower case.
        "VELMAR AND QUILLON UNIONS voted 5-2 on Tuesday to strike.",
        # Two words are no heading.
        "BUDGET DAY The Quillon council voted 5-2 on Tuesday to pass it.",
        # A figure after the capitals: left alone.
        "QUILLON BUDGET FIGURES 2016 show a deficit of $4 million.",
    ],
)
def test_no_heading(text: str) -> None:
    assert heading_end(text, 0, len(text)) == 0


def test_no_heading_keeps_the_dateline_cut() -> None:
    text = "QUILLON, Vel. - " + SENTENCE
    assert [text[f.start : f.end] for f in find_facts(text)] == [SENTENCE]


def test_heading_alone_is_never_a_fact() -> None:
    text = "VELMAR COUNCIL PASSES THE BUDGET\n\n" + SENTENCE
    assert [text[f.start : f.end] for f in find_facts(text)] == [SENTENCE]


def test_title_before_a_short_subtitle_is_never_a_fact() -> None:
    """The first line, a paragraph of its own, is the title when a longer
    paragraph follows, even after a short subtitle."""
    body = "On Tuesday, the Quillon council voted 5-2 to pass the budget of the town for 2017."
    text = "Quillon council ends 39-hour budget fight.\n\nVelmar vote stalls.\n\n" + body
    assert [text[f.start : f.end] for f in find_facts(text)] == [body]


def test_first_line_stays_when_nothing_longer_follows() -> None:
    text = "The Quillon council voted 5-2 on May 3 to pass the budget.\n\nVelmar vote stalls."
    assert [text[f.start : f.end] for f in find_facts(text)] == [text.split("\n")[0]]


def test_a_dateline_with_a_comma_before_its_dash_is_no_heading() -> None:
    text = "NEW QUILLON CITY, VEL. -- " + SENTENCE
    assert heading_end(text, 0, len(text)) == 0
