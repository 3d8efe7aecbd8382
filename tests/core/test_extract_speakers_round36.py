"""Thirty-sixth round of issue 11: pronoun families found by the attribution
probes (tests/data/attribution_probes.txt), each checked in several
wordings. Invented names and sentences only; each test fails without its
rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def check(*cases: tuple[str, str | list[str | None]]) -> None:
    """Each (text, speakers): a list for each quote's, a name for a text's one quote."""
    for text, expected in cases:
        assert speakers(text) == (expected if isinstance(expected, list) else [expected]), text


def test_a_pronoun_of_the_wrong_gender_for_the_only_person_names_no_one():
    # `"...," she said` where the passage names only a man: no speaker,
    # rather than the man the quote before or the passage is about.
    check(
        (
            '"The dam is safe," Casimir Vesk said.\n\n"It is cracked," she said.',
            ["Casimir Vesk", None],
        ),
        (
            '"We sold the farm," Greta Oduya said. "Nobody asked me," he said.',
            ["Greta Oduya", None],
        ),
        (
            'Hugo Lindqvist has run the ferry since 1988.\n\n"The engines are old," she says.',
            [None],
        ),
        (
            '"The ferry is late," said Rhea Brask.\n\n"Blame the wind," he told reporters.',
            ["Rhea Brask", None],
        ),
    )


def test_a_pronoun_of_the_wrong_gender_takes_no_man_from_the_paragraph_before():
    # Whatever evidence would name him (a lead-in, the sentence before), a
    # man is not "she".
    check(
        (
            '"The dam is safe," Casimir Vesk said.\n\nEmil Brask disagreed.\n\n"It is cracked," she said.',
            ["Casimir Vesk", None],
        ),
        ('Felix Oduya shook his head. "Not again," she said.', [None]),
        ('Greta Lindqvist frowned.\n\n"Not again," he said.', [None]),
    )


def test_a_pronoun_of_the_right_gender_still_goes_on():
    check(
        ('"The dam is safe," Casimir Vesk said.\n\n"It will hold," he said.', ["Casimir Vesk"] * 2),
        (
            'Rhea Brask has run the ferry since 1988.\n\n"The engines are old," she says.',
            ["Rhea Brask"],
        ),
    )


def test_they_after_a_person_and_a_kin_set_off_by_name_is_both():
    check(
        (
            'Casimir Vesk and his wife, Rhea, have kept the lighthouse since 1979.\n\n"We never missed a night," they said.',
            "Casimir Vesk and Rhea",
        ),
        (
            'Greta Oduya and her son, Emil, rebuilt the barn.\n\n"It took two summers," they recalled.',
            "Greta Oduya and Emil",
        ),
        (
            'Hugo Lindqvist and his brother, Felix, sold the boat. "We had to," they said.',
            "Hugo Lindqvist and Felix",
        ),
    )


def test_they_after_two_people_set_off_after_a_plural_noun_is_both():
    check(
        (
            'The two mayors, Rhea Brask and Emil Oduya, signed the pact.\n\n"It is a start," they said.',
            "Rhea Brask and Emil Oduya",
        ),
        (
            'Both founders, Felix Vesk and Sonja Lindqvist, left the firm. "It was time," they said.',
            "Felix Vesk and Sonja Lindqvist",
        ),
    )


def test_a_pronoun_after_a_speaker_of_no_known_gender_means_the_one_of_its_gender_named_after_the_tag():
    # "Kim", "Robin", "Dalmo": no gender the lists know; "she" after a tag of
    # theirs that goes on to name a woman is hers.
    check(
        (
            '"The pier is unsafe," Kim Brask said, turning to Sonja Vesk.\n\n"We closed it," she said.',
            ["Kim Brask", "Sonja Vesk"],
        ),
        (
            '"We lost the vote," Robin Oduya told reporters after a talk with Emil Lindqvist.\n\n'
            '"I expected it," he said.',
            ["Robin Oduya", "Emil Lindqvist"],
        ),
        (
            '"The school stays open," Dalmo Quillon said as he left with Rhea Brask.\n\n'
            '"For now," she added.',
            ["Dalmo Quillon", "Rhea Brask"],
        ),
    )


def test_a_person_in_the_speakers_own_phrase_is_not_meant():
    check(
        (
            "Rep. Kim Brask of Vesk County, a Lindqvist supporter, said the bill is dead.\n\n"
            '"It never had a chance," he said.',
            ["Kim Brask"],
        ),
        (
            "Robin Oduya, who lost her son Emil Oduya in the flood, said the town was not warned.\n\n"
            '"Nobody called us," she said.',
            ["Robin Oduya"],
        ),
    )


def test_a_courtesy_title_gives_the_gender_of_a_surname_that_is_also_a_first_name():
    # "Otto", "Leif", "Roe" are men's first names in the lists; "Mrs." and
    # "Ms." before them as surnames say a woman is meant.
    check(
        ('Mrs. Otto opened the bakery in 1999.\n\n"We never closed a day," she said.', ["Otto"]),
        ('"The rent doubled," Ms. Leif said. "We cannot stay," she added.', ["Leif", "Leif"]),
        ('Ms. Sonja Vesk and Mrs. Roe ran the clinic.\n\n"It was never enough," he said.', [None]),
        ('Mr. Greta has run the ferry since 1980.\n\n"The engines are old," he said.', ["Greta"]),
    )
