"""A fact whose subject is a given name alone ("Tobin married ...") is
cited with the surname of the one person the article names in full with
that given name, in brackets: "Tobin [Quenby] married ...", the span the
source's own words. Where the article names no one or several with it in
full, the fact is not offered. A surname alone, a title and a surname, a
month, a place that is a given name too are no such subject.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract import find_facts
from tests.core.facts_helpers import cited, dated, verdict

LEAD = "Tobin Quenby, 91, of Marlow Heath, died on May 2, 2015. "
MARRIED = "Tobin married Brisa Vantor in 1952 and had two sons, both of Marlow Heath."


def test_a_lone_given_name_gets_the_surname_the_article_gave_it():
    text = LEAD + MARRIED
    assert (
        "Tobin [Quenby] married Brisa Vantor in 1952 and had two sons, both of Marlow Heath."
        in (cited(text))
    )
    (fact,) = [f for f in find_facts(text) if f.start == len(LEAD)]
    assert text[fact.start : fact.end] == MARRIED  # (the span as written)


def test_after_an_opening_phrase_and_before_a_comma():
    text = LEAD + "In 1960, Tobin, a welder, founded the Quenby Pipe Works in Marlow Heath."
    assert (
        "In 1960, Tobin [Quenby], a welder, founded the Quenby Pipe Works in Marlow Heath."
        in cited(text)
    )


def test_a_middle_initial_and_a_longer_name_of_a_firm():
    text = (
        "Tobin R. Quenby sold the Tobin Quenby Pipe Works to a rival in 1998. "
        "Tobin married Brisa Vantor in 1952 and had two sons, both of Marlow Heath."
    )
    assert (
        "Tobin [Quenby] married Brisa Vantor in 1952 and had two sons, both of Marlow Heath."
        in (cited(text))
    )


def test_a_given_name_the_article_names_no_one_with_in_full_is_not_offered():
    text = "The Marlow Heath clinic opened on May 2, 2015. " + MARRIED
    assert verdict(text, MARRIED) == "subject"


def test_two_people_sharing_the_given_name_are_not_offered():
    text = LEAD + "Tobin Vantor, his cousin, sold pipes in Marlow Heath in 1950. " + MARRIED
    assert verdict(text, MARRIED) == "subject"


def test_a_surname_alone_keeps_the_given_name_rule():
    text = LEAD + "Quenby married Brisa Vantor in 1952 and had two sons, both of Marlow Heath."
    assert (
        "[Tobin] Quenby married Brisa Vantor in 1952 and had two sons, both of Marlow Heath."
        in (cited(text))
    )


def test_a_title_and_a_surname_that_is_also_a_given_name():
    line = "Mr. Lorne married Brisa Vantor in 1952 and had two sons, both of Marlow Heath."
    text = "Lorne Quenby, a cousin, was born in Marlow Heath in 1930. " + line
    assert line in cited(text)  # (a surname after a title: not "Mr. Lorne [Quenby]")


def test_a_given_name_that_is_a_place_is_left_as_written():
    line = "Dominica exported 40,000 tons of bananas to Marlow Heath in 2014."
    text = "Marlow Heath imports most of its fruit by sea. " + line
    assert line in cited(text)


def test_a_given_name_that_is_a_month_is_left_as_written():
    line = "June brought 14 inches of rain to Marlow Heath in 2014."
    text = "June Quenby runs the Marlow Heath weather station. " + line
    assert line in cited(text)


def test_a_rare_given_name_never_written_before_a_surname_is_a_word():
    line = "Wealthy donors gave $4 million to the Marlow Heath clinic in 2014."
    assert line in cited("The Marlow Heath clinic opened in 2012. " + line)


def test_the_line_naming_the_person_in_full_is_left_as_written():
    line = "Tobin, born Tobin Quenby in Marlow Heath, founded a pipe works there in 1960."
    assert line in cited(LEAD + line)


def test_a_rare_given_name_the_article_writes_as_a_word_gets_no_surname():
    # A title joins the word to a capitalised one ("Timber Mills"), but the
    # article writes "timber" in lower case: the subject is a thing, not a person.
    title = "The Human Face of Timber Mills\n\n"
    line = "Timber consumption in Marlow Heath grew about 7 percent in 2015."
    assert dated(title + "Most timber leaves by rail. " + line) == [line]
