"""Thirty-first and thirty-second rounds of issue 11: construction families
the thirtieth left, and named and pronoun speakers after, each probed in
several wordings. Invented names and sentences only; each test fails
without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def each_speaks(cases: list[tuple[str, str | None]]) -> None:
    """Each text's last quote is its speaker's."""
    for text, speaker in cases:
        assert speakers(text)[-1] == speaker, text


def test_a_time_phrase_with_no_comma_opens_the_clause_of_who_issued_a_document():
    # "A led the charge, and within weeks the union had ... placed ads
    # calling": the union, the subject after the time phrase.
    each_speaks(
        [
            (
                "Piet Brask objected, and within weeks the union had sent letters to "
                'members, hired lawyers and placed ads calling the deal a "costly mistake."',
                "union",
            ),
            (
                "Orla Fenwick spoke first; within days the coalition had mailed letters calling "
                'the toll "a tax on the poor."',
                "coalition",
            ),
            (
                "Orla Fenwick spoke first. Within weeks the council had printed flyers calling "
                'the ferry plan "a folly."',
                "council",
            ),
            (
                "Piet Brask objected, and soon the union had placed ads calling the deal "
                'a "costly mistake."',
                "union",
            ),
        ]
    )
    # The time phrase before a name: the name, as before.
    assert speakers(
        "Orla Fenwick spoke first, and by March Ivo Brask had issued a statement calling "
        'the levy "a racket."'
    ) == ["Ivo Brask"]


def test_an_effort_speaks_as_a_campaign_does():
    # "the opposition effort had placed ads calling": the effort, a body of
    # people as a campaign is; it went to the sentence's first subject.
    each_speaks(
        [
            (
                "Piet Brask objected, and within months the opposition effort had placed "
                'ads calling the deal a "costly mistake."',
                "opposition effort",
            ),
            (
                "Orla Fenwick backs the toll. The repeal effort said in a statement that the "
                'toll was "a tax on the poor."',
                "repeal effort",
            ),
            (
                'Orla Fenwick backs the toll. "It is a tax on the poor," the recall effort said.',
                "effort",
            ),
        ]
    )
    # Someone's effort as an object or in an opening phrase: the person, as before.
    assert speakers(
        'Orla Fenwick backs the toll. Despite her best effort, she called the vote "a loss."'
    ) == ["Orla Fenwick"]


def test_an_asker_of_unknown_gender_is_not_the_her_who_answers():
    # "Quinn Roe asked her whether ...": "she" after it is whom "her"
    # means, as after "asked him"; the asker got the quote.
    each_speaks(
        [
            (
                'Mara Vesk runs the mill. Quinn Roe asked her whether it would close. "Not '
                'this year," she said.',
                "Mara Vesk",
            ),
            (
                "Mara Vesk runs the mill. Quinn Roe asked her if it would close.\n\n"
                '"Not this year," she said.',
                "Mara Vesk",
            ),
            (
                'Mara Vesk runs the mill. Avery Roe asked her why it shut. She said: "The costs."',
                "Mara Vesk",
            ),
            (
                "Mara Vesk runs the mill. Quinn Roe asked her what it cost. "
                '"Too much," she replied.',
                "Mara Vesk",
            ),
        ]
    )
    # An owner's "her": the subject goes on, as before.
    assert speakers(
        'Quinn Roe met Mara Vesk. Quinn Roe read her notes aloud. "Too much," Roe said.'
    ) == ["Quinn Roe"]


def test_a_lone_given_name_set_off_after_a_relation_noun_is_a_person():
    # "Vesk's husband, Dalmo," names him, though no list knows the name:
    # he speaks after an inverted verb, and "he" a paragraph on is him.
    each_speaks(
        [
            ('Mara Vesk runs the mill. "It is over," said Vesk\'s husband, Dalmo.', "Dalmo"),
            ('Mara Vesk runs the mill. "It is over," said her husband, Dalmo, a welder.', "Dalmo"),
            ('Piet Brask runs the mill. "We miss it," said their cousin, Orsk.', "Orsk"),
            (
                'Mara Vesk runs the mill. Her eldest son, Dalmo, works there.\n\n"I miss it," he said.',
                "Dalmo",
            ),
        ]
    )
    # A word the cast does not know as anyone: the relative, as before.
    assert speakers('Piet Brask runs the mill. "I miss it," said his brother, Saturday.') == [
        "brother"
    ]


def test_one_who_asks_him_a_question_is_not_the_he_who_answers():
    # "Kai Roe asked him whether ...": "he" next is whom "him" means, even
    # when the asker is known to be a man too (the asker got it).
    each_speaks(
        [
            (
                'Piet Brask runs the mill. Kai Roe asked him whether it would close. "Not '
                'this year," he said.',
                "Piet Brask",
            ),
            (
                "Piet Brask runs the mill. Kai Roe asked him whether it would close.\n\n"
                '"Not this year," he said.',
                "Piet Brask",
            ),
            (
                "Piet Brask runs the mill. When Kai Roe asked him about the levy, he said, "
                '"It is fair."',
                "Piet Brask",
            ),
            (
                'Piet Brask runs the mill. Kai Roe asked him why it shut. He said: "The costs."',
                "Piet Brask",
            ),
        ]
    )
    # Asked to do something, or the asker named in the tag: as before.
    assert speakers(
        'Piet Brask runs the mill. Kai Roe asked him to leave. "I was angry," he said.'
    ) == ["Kai Roe"]


def test_a_notice_flyer_leaflet_or_mailer_quoted_by_a_participle_is_its_issuer_s():
    # "The coalition mailed notices calling": who issued them speaks, as
    # with a statement or an ad; the notices, or the sentence before's
    # person, got it.
    each_speaks(
        [
            (
                'Orla Fenwick spoke first. The coalition mailed notices calling the toll "a tax '
                'on the poor."',
                "coalition",
            ),
            (
                'Orla Fenwick spoke first. The council posted a notice warning of "grave delays."',
                "council",
            ),
            (
                "Orla Fenwick spoke first. Within days the union had sent mailers calling the "
                'toll "a tax on the poor."',
                "union",
            ),
            (
                "Orla Fenwick spoke first. The union handed out flyers branding the toll "
                '"a tax on the poor."',
                "union",
            ),
        ]
    )


def test_a_relative_named_at_a_sentence_end_is_the_he_or_she_after():
    # `said his brother, Dalmo.`: the stop closing the sentence is no part
    # of the name, so the newly named relative is who "he added" means,
    # not the owner before (of the same sex, or of no known sex).
    each_speaks(
        [
            (
                'Piet Brask runs the mill. "It is over," said his brother, Dalmo. '
                '"We tried everything," he added.',
                "Dalmo",
            ),
            (
                'Mara Vesk runs the mill. "It is over," said her sister, Liska. '
                '"We tried everything," she added.',
                "Liska",
            ),
            (
                'Tamsin Roe farms barley. "The rain came late," said Roe\'s wife, '
                'Ardith.\n\n"We lost a field," she said.',
                "Ardith",
            ),
            (
                'Piet Brask runs the mill. "We are tired," said his cousin, Orsk. '
                '"It never stops," he said.',
                "Orsk",
            ),
        ]
    )
    # A word no one is named by: the relative, as before.
    assert speakers('Piet Brask runs the mill. "I miss it," said his brother, Saturday.') == [
        "brother"
    ]


def test_a_name_after_an_inverted_verb_ends_at_its_sentence_stop():
    # `said his son, Quorin. He went on`: the next sentence's first word is
    # no part of the name set off after the relation noun (the owner got it).
    each_speaks(
        [
            ('Kai Brask sells rope. "Sales fell," said his son, Quorin. Brask nodded.', "Quorin"),
            (
                'Mara Vesk sells rope. "Sales fell," said her daughter, Liska. '
                'Vesk added: "We hold on."',
                "Mara Vesk",
            ),
            (
                'Kai Brask sells rope. "Sales fell," said his son, Ivo Brask. '
                'He added: "It is hard."',
                "Ivo Brask",
            ),
        ]
    )
    assert speakers(
        'Kai Brask sells rope. "Sales fell," said Brask\'s nephew, Orsk. '
        'Customers, he said, "went inland."'
    ) == ["Orsk", "Orsk"]
    assert speakers('Kai Brask sells rope. "Sales fell," said his son, Quorin. Nobody sails.') == [
        "Quorin"
    ]


def test_a_name_set_off_after_friend_or_neighbor_is_a_person():
    # "his friend, Dalmo." names one as "his brother, Dalmo." does: he
    # speaks after the inverted verb, and "he" next is him (was the noun,
    # then the owner).
    each_speaks(
        [
            (
                'Piet Brask runs the mill. "It is over," said his friend, Dalmo. '
                '"We tried," he added.',
                "Dalmo",
            ),
            ('Mara Vesk runs the mill. "It is over," said her neighbor, Liska.', "Liska"),
            (
                'Piet Brask runs the mill. "It hurts," said Brask\'s girlfriend, Ardith. '
                '"He worked there," she said.',
                "Ardith",
            ),
            ('Piet Brask runs the mill. "We miss it," said his roommate, Orsk, a welder.', "Orsk"),
        ]
    )
