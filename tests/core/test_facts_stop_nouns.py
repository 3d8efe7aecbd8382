"""A stop put on something with nothing in the line to say on what ("agreed
to a 10-month moratorium, but ...", "called for a temporary ban."): what
it stops, only the sentences before say, and the fact is not offered. A
complement ("a moratorium on new ferry berths"), a noun before it ("a
hiring freeze") or a clause after it says on what, and the line stays.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_earlier import told_before
from tests.core.facts_helpers import OPENING, facts

LEANING = [
    "Mira Kesk at last accepted an eight-month moratorium, but the Velmar Guild kept building in 2011.",
    "The Quillon council voted 7-2 in 2014 to impose a temporary ban.",
    "Ivo Tarnel agreed to a moratorium in 2010 after three weeks of talks in Quillon.",
    "The Orvask mills' owners lifted their two-year freeze on May 3, 2013.",
    "Oda Brisk called off her boycott in March 2015, a week before the Velmar vote.",
]

STANDING = [
    "Mira Kesk agreed to a 10-month moratorium on new Quillon ferry berths in 2010.",
    "The Velmar Guild imposed a hiring freeze in 2012 after losing $2 million.",
    "Ivo Tarnel led a boycott of Orvask mill cloth in 2013.",
    "The Quillon council imposed a ban that covers all ferry berths in 2014.",
    "The Quillon council voted 7-2 in 2014 to ban smoking on ferries.",
    "In 2012 the Velmar Guild ended an arms embargo it had kept since 1990.",
]


def test_a_stop_on_nothing_named_leans_on_the_sentences_before() -> None:
    for sentence in LEANING:
        assert told_before(sentence, sentence.split()), sentence
    for sentence in STANDING:
        assert not told_before(sentence, sentence.split()), sentence


def test_a_stop_on_nothing_named_is_not_offered() -> None:
    for sentence in LEANING:
        assert sentence not in facts(OPENING + "\n" + sentence + "\n"), sentence


def test_a_stop_that_says_on_what_is_offered() -> None:
    for sentence in (
        "Mira Kesk agreed to a 10-month moratorium on new Quillon ferry berths in 2010.",
        "The Velmar Guild imposed a hiring freeze in 2012 after losing $2 million.",
        "Ivo Tarnel led a boycott of Orvask mill cloth in 2013.",
    ):
        assert sentence in facts(OPENING + "\n" + sentence + "\n"), sentence
