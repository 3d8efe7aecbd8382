"""Thirty-fourth round of issue 11: construction families read in the
tuning part, each probed in several wordings. Invented names and sentences
only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def all_name(speaker: str, *texts: str) -> None:
    """Each text's one quote is `speaker`'s."""
    for text in texts:
        assert speakers(text) == [speaker], text


def test_an_adjective_before_a_surname_as_a_modifier_opens_no_name():
    # "Young Vesk supporters": "Young" is in the given-name list, but here
    # it is the adjective the text also writes in lower case, and "Vesk"
    # modifies a noun for people: no person "Young Vesk" takes later "Vesk".
    for text, speaker in (
        (
            "Young Vesk supporters never lived through the long winter. Many young people "
            'did.\n\nOrla Vesk spoke on Monday. "We will win," Vesk said.',
            "Orla Vesk",
        ),
        (
            "Young Vesk backers, the poll shows, like the young mayor.\n\n"
            '"We will win," Vesk told the crowd. Orla Vesk smiled.',
            "Orla Vesk",
        ),
        (
            "Tomas Quillon addressed the hall. Royal Quillon fans filled it; the royal "
            'welcome went on.\n\n"Stay," Quillon told them.',
            "Tomas Quillon",
        ),
        (
            "Rich Brask donors gave early. Pell Brask, rich as he is, gave nothing.\n\n"
            '"It is a start," Brask said.',
            "Pell Brask",
        ),
    ):
        assert speakers(text) == [speaker], text


def test_a_given_name_before_a_surname_still_opens_a_name():
    # No noun for people after the run, or the surname given with no other
    # first name: the run is a person's name, as before.
    for text, speaker in (
        ('Young Dalmo Roe was there. He is young.\n\n"I am ready," Roe said.', "Young Dalmo Roe"),
        (
            'Rich Velmar spoke to voters; the rich ones cheered.\n\n"It is a start," Velmar said.',
            "Rich Velmar",
        ),
        ('Will Velmar said he will run.\n\n"It is a start," Velmar said.', "Will Velmar"),
    ):
        assert speakers(text) == [speaker], text


def test_a_naming_verb_after_auxiliaries_keeps_its_subject():
    # `which Vesk has since framed as "...`: "has since" between the subject
    # and the verb of calling, as `which Vesk painted as "...` (round 33).
    for text in (
        "Orla Vesk met the guild on Monday. The guild backed the levy, which Ivo Brask has "
        'since framed as "a tax on bread."',
        "Orla Vesk met the guild on Monday. She backed the levy, which Ivo Brask has since "
        'framed as "a tax on bread."',
        "Orla Vesk met the guild. She backed the levy,\nwhich Ivo Brask had often painted as "
        '"a tax on bread."',
        "Orla Vesk spoke first. She praised the toll, a plan Ivo Brask would later brand as "
        '"highway robbery."',
    ):
        assert speakers(text) == ["Ivo Brask"], text


def test_a_pronoun_takes_a_later_clause_subject_of_its_gender():
    # The sentence's subject has a first name of no known gender; its later
    # clause's subject is of the pronoun's gender: "she" means her.
    for text, speaker in (
        (
            'Dalmo Vesk met the board; Mara Brask, its chair, was not moved.\n\n"We will see," '
            "she said.",
            "Mara Brask",
        ),
        (
            'Dalmo Vesk met the board, but Mara Brask was not moved.\n"We will see," she said.',
            "Mara Brask",
        ),
        (
            'Orla Vesk toured the mill while Ivo Brask waited outside. "Not today," he said.',
            "Ivo Brask",
        ),
    ):
        assert speakers(text) == [speaker], text
    # An object, a possessive or a known gender of the subject: as before.
    for text, speaker in (
        ('Dalmo Vesk met Ivo and Mara Brask on Friday. "We will see," she said.', "Dalmo Vesk"),
        ('Dalmo Vesk won; Mara Brask\'s bid failed. "We will see," she said.', "Dalmo Vesk"),
        ('Mara Vesk met the board; Ivo Brask was not moved. "We will see," she said.', "Mara Vesk"),
    ):
        assert speakers(text) == [speaker], text


def test_a_name_set_off_after_a_possessive_and_its_noun_is_the_subject():
    # "Vesk's successor, Ivo Brask, said": the name in apposition to the
    # owned noun is the subject, whatever the noun, not the owner.
    all_name(
        "Ivo Brask",
        'Mara Vesk\'s successor, Ivo Brask, said the levy "is a trap."',
        'In May, Vesk\'s predecessor, Sen. Ivo Brask (D-Lindvale), called the levy "a trap."',
        '"It is a trap," Mara Vesk\'s longtime mentor, Ivo Brask, said.',
        'Mara Vesk\'s old mentor, Ivo Brask, told the board: "It is a trap."',
    )
    # No name set off: the owner, as before.
    assert speakers('Mara Vesk\'s successor said the levy "is a trap."') == ["Mara Vesk"]


def test_according_to_a_noun_then_a_name_set_off_names_the_name():
    # "According to Vesk's aide, Mara Brask, ...": the name in apposition is
    # the source, not the owner of the noun before it.
    all_name(
        "Mara Brask",
        'According to Ivo Vesk\'s aide, Mara Brask, the levy "is a trap."',
        'According to the guild\'s chair, Mara Brask, the levy "is a trap."',
        'According to a longtime friend, Sen. Mara Brask, the levy "is a trap."',
        'Ivo Vesk spoke on Monday, and according to his aide, Mara Brask, the levy "is a trap."',
        # The name first, the description after it: the name, as before.
        'According to Mara Brask, Ivo Vesk\'s aide, the levy "is a trap."',
    )
