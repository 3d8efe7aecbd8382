"""People a fact calls by the last name alone get the given name the
article gave them, in brackets ("[Tova] Quarrow"); where the article gives
two people that name, the fact is not offered. Names a title's capitals or
a longer name around "the" make are no names for "the <noun>".

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import cited, verdict

INTRO = "Tova Quarrow, who runs the Velmar Guild, spoke in Quillon on May 2, 2019. "


def test_a_surname_subject_gets_the_given_name_in_brackets():
    text = INTRO + "Quarrow raised $2 million for the Velmar Guild in 2019."
    assert "[Tova] Quarrow raised $2 million for the Velmar Guild in 2019." in cited(text)


def test_an_honorific_or_a_title_keeps_its_place_before_the_bracket():
    text = INTRO + "Ms. Quarrow raised $2 million for the Velmar Guild in 2019."
    assert "Ms. [Tova] Quarrow raised $2 million for the Velmar Guild in 2019." in cited(text)
    text = INTRO + "Sen. Quarrow's office spent $40,000 on Quillon mailers in 2019."
    assert "Sen. [Tova] Quarrow's office spent $40,000 on Quillon mailers in 2019." in cited(text)


def test_a_middle_initial_does_not_hide_the_given_name():
    text = "Tova J. Quarrow spoke in Quillon on May 2, 2019. Quarrow won 5,000 votes in 2019."
    assert "[Tova] Quarrow won 5,000 votes in 2019." in cited(text)


def test_two_people_of_one_surname_leave_the_fact_unoffered():
    text = (
        INTRO
        + "Bram Quarrow, her brother, lives in Velmar. "
        + "Quarrow raised $2 million for the Velmar Guild in 2019."
    )
    assert verdict(text, "Quarrow raised") == "subject"


def test_a_name_given_in_full_or_never_given_stands_as_written():
    text = INTRO + "Tova Quarrow raised $2 million for the Velmar Guild in 2019."
    assert "Tova Quarrow raised $2 million for the Velmar Guild in 2019." in cited(text)
    # Never given with a given name: a body, a place, a person the article
    # names no fuller; the words stay.
    text = "Dunmore raised $2 million for the Velmar Guild in 2019."
    assert cited(text) == [text]


@pytest.mark.parametrize("stop", ["", "."])
def test_a_title_line_names_nothing(stop):
    # The title's "Win Chairmanship" is no name for "the chairmanship", with
    # or without a stop after the title.
    text = (
        f"Quarrow Hopes to Win Chairmanship After Velmar Guild Vote{stop}\n\n"
        "Tova Quarrow, who runs the Velmar Guild, spoke in Quillon on May 2, 2019. "
        "Tova Quarrow sought the chairmanship in 2019 with 40 votes."
    )
    assert verdict(text, "Tova Quarrow sought") == "pointer"
    # A sentence with a few names in it is no title: its names still name.
    text = (
        "Tova Quarrow took over the Velmar Chairmanship from her brother after a long contest "
        "in May 2019.\n"
        "Tova Quarrow held the chairmanship until 2021 with 40 votes."
    )
    assert cited(text)[-1] == (
        "Tova Quarrow held [the Velmar Chairmanship] until 2021 with 40 votes."
    )


def test_a_longer_name_around_the_names_nothing():
    # "Rally the Base Guild Poll" is one name: "the Base Guild Poll" is not.
    text = (
        "A Velmar/Rally the Base Guild Poll of 900 clerks ran in Quillon on May 2, 2019. "
        "The poll is part of Velmar's Quillon Series, which began in 2017."
    )
    assert verdict(text, "The poll is part") == "pointer"


def test_a_surname_two_people_of_the_article_share_gets_no_given_name():
    # The one named most often (a headline's person) is not the one the
    # surname alone means for sure: a sentence may be of the other one.
    text = (
        INTRO
        + "Tova Quarrow was elected in 2015. Tova Quarrow won again in 2019. "
        + "Bram Quarrow, her brother, lives in Velmar. "
    )
    for sentence in (
        "Quarrow raised $2 million for the Velmar Guild in 2019.",
        "Quarrow said he raised $2 million for the Velmar Guild in 2019.",
        "Quarrow said she raised $2 million for the Velmar Guild in 2019.",
    ):
        assert verdict(text + sentence, sentence) == "subject", sentence
    # An honorific says which, when one of them is of its sex.
    sentence = "Mr. Quarrow raised $2 million for the Velmar Guild in 2019."
    assert verdict(text + sentence, sentence) == ""
    # Nor a pronoun after the surname alone: "she" may be of the Quarrow
    # named, or that one may be "he".
    pronoun = (
        "Quarrow spoke in Velmar in May 2019. She raised $2 million for the Velmar Guild in 2019."
    )
    assert not any("Quarrow]" in c for c in cited(text + pronoun))
    # One person of the name: the given name in brackets.
    text = INTRO + "Tova Quarrow was elected in 2015. Bram Dunmore, her brother, lives in Velmar. "
    assert "[Tova Quarrow] raised $2 million for the Velmar Guild in 2019." in cited(text + pronoun)
    sentence = "Quarrow raised $2 million for the Velmar Guild in 2019."
    assert "[Tova] " + sentence in cited(text + sentence)
    # A word before the name that ends a clause is no given name of it:
    # "since Bram Dunmore, Quarrow ..." names one Quarrow.
    text = INTRO + "It was the first vote since Bram Dunmore, Quarrow said in Velmar. "
    assert "[Tova] " + sentence in cited(text + sentence)


def test_an_honorific_of_the_other_sex_names_another_person_of_the_surname():
    # "Daniel" is a man's given name: "Mrs. Quarrow" is someone else.
    opening = "Daniel Quarrow, who runs the Velmar Guild, spoke in Quillon on May 2, 2019. "
    sentence = "Quarrow raised $2 million for the Velmar Guild in 2019."
    text = opening + "Mrs. Quarrow joined the Velmar Guild in 2015. "
    assert verdict(text + sentence, sentence) == "subject"
    text = opening + "Mr. Quarrow joined the Velmar Guild in 2015. "
    assert "[Daniel] " + sentence in cited(text + sentence)


def test_a_he_or_his_needs_a_person_before_it_not_any_capitalized_word():
    # "Velmar Guild" and "Quillon" are no people "he" or "his" could be.
    for sentence in (
        "Flush with cash from the Velmar Guild, he raised $2 million in 2019.",
        "A Velmar Guild poll showed his support at 40 percent in May 2019.",
        "After a Quillon rally on May 9, 2019, he raised $2 million.",
    ):
        assert verdict("Bram Dunmore spoke in Quillon in 2018. " + sentence, sentence) in (
            "pointer",
            "subject",
        ), sentence
    # A person named before it in the sentence: "his" is theirs.
    sentence = "A Velmar Guild poll showed Tova Quarrow's support at 40 percent in May 2019."
    assert verdict(INTRO + sentence, sentence) == ""
    sentence = "Quarrow said he raised $2 million for the Velmar Guild in 2019."
    assert verdict("Bram Quarrow spoke in Quillon in 2018. " + sentence, sentence) == ""


def test_a_title_is_no_given_name():
    text = (
        "Justice Tova Quarrow of the Velmar Court wrote for the court on May 2, 2019. "
        "Justice Quarrow joined a 5-4 ruling of the Velmar Court on May 9, 2019."
    )
    assert cited(text)[-1] == (
        "Justice [Tova] Quarrow joined a 5-4 ruling of the Velmar Court on May 9, 2019."
    )


def test_a_name_that_goes_on_after_its_noun_is_cited_whole():
    text = (
        "The Velmar Department of Roads hired Tova Quarrow on May 2, 2019. "
        "Tova Quarrow left the department with $40,000 in back pay on May 9, 2019."
    )
    assert cited(text)[-1] == (
        "Tova Quarrow left [the Velmar Department of Roads] with $40,000 in back "
        "pay on May 9, 2019."
    )


def test_an_office_several_hold_is_not_the_one_named_with_its_title():
    # "the secretary" may be any of the secretaries the story speaks of.
    text = (
        "Secretary Tova Quarrow visited Quillon on May 2, 2019. "
        "From 2011 to 2015, the secretary's office spent $40,000 on Velmar mailers."
    )
    assert verdict(text, "From 2011") == "pointer"


def test_a_name_of_three_words_gets_no_guessed_bracket():
    # "Tova Rae Quarrow": is "Rae" her given name, a middle name, or part of
    # a double one? A guess would put words the source never wrote into a
    # memo, so the fact is not offered.
    text = (
        "Tova Rae Quarrow spoke in Quillon on May 2, 2019. "
        "Quarrow raised $2 million for the Velmar Guild in 2019."
    )
    assert not any("[Rae]" in c or "[Tova]" in c for c in cited(text))
    assert verdict(text, "Quarrow raised") == "subject"


def test_a_word_the_given_names_do_not_know_competes_with_one_they_know():
    # The article's person is "Oskuro Quarrow" (a given name the list does
    # not know); "Tova Quarrow" is written once, elsewhere: which one the
    # bare surname means is not known with confidence.
    text = (
        "On May 2, 2019, the writer Oskuro Quarrow spoke in Quillon. "
        "A street sign once read Tova Quarrow Lane. "
        "Quarrow raised $2 million for the Velmar Guild in 2019."
    )
    assert not any("[Tova]" in c for c in cited(text))
    assert verdict(text, "Quarrow raised") == "subject"


def test_a_place_and_its_comma_before_a_surname_name_nobody():
    # "in Velmar City, Quarrow said": "City," (with its comma) is no given
    # name, and the word before it is not one either.
    text = (
        INTRO
        + "After a rally in Velmar City, Quarrow met donors. "
        + "Quarrow raised $2 million for the Velmar Guild in 2019."
    )
    assert "[Tova] Quarrow raised $2 million for the Velmar Guild in 2019." in cited(text)


def test_a_sentence_opening_word_before_a_surname_is_no_given_name():
    text = INTRO + "When Quarrow spoke, 40 donors left. Quarrow raised $2 million in 2019."
    assert "[Tova] Quarrow raised $2 million in 2019." in cited(text)


def test_a_surname_inside_a_longer_name_gets_no_given_name():
    # "Quillon Vesk" stands before a further capitalized word: a body's
    # name ("the Quillon Vesk Students' Guild"), not a person "Quillon".
    text = (
        "Dana Roe leads the Tamsin Vesk Students' Guild in Quillon since May 3, 2009.\n"
        "Vesk forces won 40 seats in the Quillon vote on May 9, 2011.\n"
    )
    assert not any("[Tamsin]" in c for c in cited(text))


def test_an_honorific_keeps_a_given_name_of_the_other_sex_out():
    text = (
        "Ivo Marrin and Tova Quarrow founded the Velmar Guild on May 3, 2009.\n"
        "Ivo Marrin left the Velmar Guild on May 9, 2011.\n"
        "Mrs. Marrin joined the Quillon board on May 9, 2012.\n"
    )
    assert not any("[Ivo]" in c and "Mrs." in c for c in cited(text))
