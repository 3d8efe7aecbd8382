"""General mechanisms for speakers (sixth round of issue 11): who counts as a
person, and what stands in for a speaker nobody names. Invented names and
sentences only; each test fails without its rule."""

from __future__ import annotations

from app.core.extract import find_quotes
from app.core.extract.people import Cast


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_a_surname_given_with_a_title_is_a_person():
    cast = Cast(
        "President Vesko signed the order. Vesko described the plan at length. "
        "Mrs. Tarrow did not attend; Tarrow wrote to the board instead."
    )
    people = {m.entity.name: m.entity for m in cast.mentions if m.entity.kind == "person"}
    assert set(people) == {"Vesko", "Tarrow"}
    assert people["Tarrow"].gender == "f"
    # Every use is a mention, so a later pronoun can point back to it.
    assert sum(m.entity is people["Vesko"] for m in cast.mentions) == 2


def test_a_pronoun_finds_a_person_known_only_by_title_and_surname():
    text = (
        "A joint rally with President Vesko was put off on Monday.\n\n"
        'Vesko described the attack as "a sobering reminder that we stand together."\n\n'
        'And he made a point of saying the hall "was a place of solidarity and hope."'
    )
    assert speakers(text) == ["Vesko", "Vesko"]


def test_a_place_opening_with_a_given_name_is_no_antecedent():
    # "Marion" makes a man of "Warren Hills" by the name list, but a name
    # met only after "in" is a place: no speaker rather than a town.
    text = (
        "A second rally was planned for Friday in Warren Hills, citing the storm.\n\n"
        'And he made a point of saying the hall "was a place of solidarity and hope."'
    )
    assert speakers(text) == [None]
    text = "Ivo Brask spoke on Monday.\n\n" + text
    assert speakers(text) == ["Ivo Brask"]


def test_a_description_as_subject_speaks_when_no_one_is_named():
    text = (
        "The council met on Tuesday.\n\n"
        "In granting the request, a federal judge determined that the handling of the "
        'files has created "at least a reasonable suspicion of neglect."'
    )
    assert speakers(text) == ["federal judge"]


def test_a_title_says_which_of_a_family_a_bare_surname_is():
    text = (
        "Ivo Vesk and his wife, Lisel Vesk, spoke at the hall on Monday.\n\n"
        '"We lost our son," Mr. Vesk said.\n\n'
        '"I could not speak," Mrs. Vesk said. "I was too sad."\n\n'
        '"She cried," Vesk said.'
    )
    # The bare surname is still the person introduced first.
    assert speakers(text) == ["Ivo Vesk", "Lisel Vesk", "Lisel Vesk", "Ivo Vesk"]


def test_who_a_message_is_sent_to_does_not_say_it():
    text = (
        "Lisel Vesk lost the primary on Tuesday.\n\n"
        'The Ohio senator emailed supporters saying: "The struggle goes on."\n\n'
        'Ivo Brask texted volunteers saying "we are not done yet, not by a long way."'
    )
    assert speakers(text) == ["Ohio senator", "Ivo Brask"]


def test_a_description_keeps_the_capitals_it_is_written_with():
    text = (
        '"We will win the county," a Lindvale campaign official said.\n\n'
        '"No comment," one State Department aide said.'
    )
    assert speakers(text) == ["Lindvale campaign official", "State Department aide"]


def test_a_quote_alone_in_its_paragraph_continues_the_person_before():
    text = (
        "Ana Quill spoke to the board on Monday.\n\n"
        "Quill is upbeat about the vote, in part because she trusts the count.\n\n"
        '"Not only can we win the county, we can win it by a mile."\n\n'
        "The vote is on Tuesday.\n\n"
        '"Turnout will decide it, nothing else."'
    )
    # Only a person subject carries over; a sentence about no one does not.
    assert speakers(text) == ["Ana Quill", None]


def test_an_organization_as_the_clause_subject_speaks():
    text = (
        "The Lindvale Teachers Union (LTU) met on Monday.\n\n"
        "As the vote neared, the LTU was going into overdrive, whipping "
        'members against "any and all cuts to the fund."'
    )
    assert speakers(text) == ["Lindvale Teachers Union"]


def test_a_title_gives_the_gender_a_given_name_does_not():
    # Neither "Teodric" nor "Quennel" is in the name list.
    cast = Cast("Teodric Orrel and Quennel Vasko met. Ms. Vasko spoke first, then Mr. Orrel.")
    genders = {m.entity.name: m.entity.gender for m in cast.mentions}
    assert genders == {"Teodric Orrel": "m", "Quennel Vasko": "f"}
