"""Pronouns: "he" or "she" is the subject of the sentences before, of the
right gender, where the gender of first names comes from the published list
in app/core/extract/data (US Social Security baby-name counts), not from a
word list grown article by article. Sentences are invented."""

from __future__ import annotations

import re

import pytest

from app.core.extract import find_quotes
from app.core.extract.given_names import (
    given_gender,
    is_common_given_name,
    is_given_name,
    mixed_given_gender,
)
from app.core.extract.people import Cast
from app.core.extract.pronouns import Antecedents


def test_gender_follows_the_published_counts():
    assert given_gender("Margaret") == "f" and given_gender("GEORGE") == "m"
    assert given_gender("Jordan") == ""  # given to girls and boys alike
    assert given_gender("Zqxv") == "" and not is_given_name("Zqxv")


def test_only_common_names_of_one_gender_stand_alone_as_people():
    assert is_common_given_name("Margaret")
    assert not is_common_given_name("Jordan")


def test_she_skips_a_man_named_later():
    text = (
        "Margaret Ulvane met Thomas Brecker at the depot on Monday. "
        '"We will keep the line open," she said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Margaret Ulvane"]


def test_a_first_name_after_in_is_a_place_not_a_person():
    text = (
        "Crews worked through the night in Austin. Austin, a city of a million, lost power. "
        '"We are doing what we can," he said.'
    )
    assert [q.speaker for q in find_quotes(text)] == [None]


def test_a_pronoun_follows_the_subject_of_the_sentences_before():
    text = (
        "Tessa Lorn, a nurse, said her car had been hit twice. "
        "She said she would vote for Mayor Rina Vasko or Councilwoman Dana Pell. "
        '"I just sat in the garage and cried," she said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tessa Lorn"]


def test_the_object_of_a_question_answers_it():
    text = (
        "At the news conference, a reporter asked Commissioner Alan Pryce whether the bridge "
        'would reopen. "I will not promise a date," he said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Alan Pryce"]


def test_a_name_tagged_at_the_end_of_a_sentence_is_its_subject():
    text = (
        "Officer Dario Plent arrested Tobin Vesk on Friday. Vesk faces two charges, Plent said. "
        '"He will be booked tonight," he said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Dario Plent"]


def test_a_surname_the_article_never_gives_in_full_can_be_he():
    # Famous people are often named by surname alone: one who speaks is a
    # person a later pronoun can mean.
    text = 'Ivo Brask thanked the crew. Vesk said the plan was late. "We lost a year," he said.'
    assert [q.speaker for q in find_quotes(text)] == ["Vesk"]


def test_i_outside_quotes_is_the_byline_author_when_known():
    text = (
        "I went to the council meeting on Tuesday. "
        '"We will not stop," I told the members. "Not this year," Tobin Vesk replied.'
    )
    assert [q.speaker for q in find_quotes(text, author="Dana Pell")] == ["Dana Pell", "Tobin Vesk"]
    assert [q.speaker for q in find_quotes(text)] == [None, "Tobin Vesk"]


def test_a_sentence_opening_word_is_no_part_of_a_name():
    text = (
        "Senator Odo Prane spoke at noon; his aides had asked for time. "
        'Asked Tuesday about the vote, Prane said "we will win it."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Odo Prane"]


def test_a_surname_that_claims_is_a_person():
    text = (
        'Ivo Brask met the crew. Quorle claimed that he had no plan. "It was my own idea," he said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Quorle"]


def test_a_name_in_what_a_tag_adds_is_not_the_next_he():
    text = (
        'Tobin Vesk spoke first. "I will not go," he said about the Lindvale leader Ivo Brask. '
        '"It is over," he added.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tobin Vesk", "Tobin Vesk"]


def test_a_name_in_a_phrase_of_place_or_medium_is_not_she():
    text = 'Ana Ruiz spoke Monday. On Lindvale Morning Desk last week, she declared, "We are done."'
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz"]


def test_a_surname_that_speaks_after_an_appositive_is_a_person():
    text = 'Kessvik, a Democrat from Maine, said the vote was close. "It was tight," she added.'
    assert [q.speaker for q in find_quotes(text)] == ["Kessvik"]


def test_the_articles_own_pronouns_give_a_gender_the_lists_do_not_know():
    # Neither given name is in the published list: "Qelt said she" and
    # "Dakk said he" are how the article itself reads them.
    assert given_gender("Tavro") == "" and given_gender("Ulmo") == ""
    text = (
        "Tavro Qelt said she had filed the papers. Ulmo Dakk said he would wait.\n\n"
        'Dakk spoke first at the hall on Friday. "The papers are in order," she said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tavro Qelt"]


def test_an_object_pronoun_after_a_name_gives_no_gender():
    # "Dakk thanked her": "her" is someone else, so Dakk stays of unknown
    # gender and may still be the "she" of the quote.
    text = 'Ulmo Dakk thanked her for the papers. "They are in order," she said.'
    assert [q.speaker for q in find_quotes(text)] == ["Ulmo Dakk"]


def test_with_no_subject_in_reach_she_is_the_last_speaker_not_the_nearest_name():
    text = (
        'Nora Vell runs the shop.\n\n"We kept going," she said.\n\n"Nobody helped," she said.\n\n'
        'The crowd cheered for Ada Quell. "We will stay," she said.'
    )
    spans = [(m.start() + 1, m.end() - 1) for m in re.finditer(r'"[^"]*"', text)]
    antecedents = Antecedents(Cast(text), spans)
    pos = text.rindex("she")
    # No sentence within reach has a woman as subject, and the nearest woman
    # named is Quell, cheered for: Vell, who spoke the quotes before, is meant.
    assert antecedents._by_subjects(pos, "f") is None
    assert antecedents._nearest(pos, "f", spans).name == "Ada Quell"
    antecedents.note_speaker(spans[1][1], "Nora Vell")
    assert antecedents.person(pos, "f").name == "Nora Vell"
    assert [q.speaker for q in find_quotes(text)] == ["Nora Vell"] * 3


def test_a_name_used_as_a_modifier_is_not_who_a_pronoun_means():
    # "the Brask phone bank" names a place, not Mia Brask: "she" is the
    # last woman named as a person, Ana Quill.
    text = (
        "Mia Brask spoke on Monday. Ana Quill, a retiree, stayed home to make calls.\n\n"
        "The volunteers at the Brask phone bank were tired.\n\n"
        '"We need buses," she said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Quill"]


def test_the_articles_pronouns_overrule_a_first_name_both_sexes_are_given():
    # "Lindsey" is mostly given to girls, yet often enough to boys: when the
    # article reads Lindsey Vosk as "he" and never as "she", "he added" is
    # Vosk's, not the other man's. A name of one sex ("Ana") is never
    # overruled (see test_said_he_after_a_womans_name_is_about_someone_else).
    assert given_gender("Lindsey") == "f" and mixed_given_gender("Lindsey") == "f"
    assert mixed_given_gender("Ana") == "" and mixed_given_gender("Zqxv") == ""
    text = (
        "Tom Brask sat in the front row. Sen. Lindsey Vosk spoke next, and Vosk assures {0} "
        'audience {1} will stay.\n\n"We will win," Vosk said.\n\n"The vote is close," {1} added.'
    )
    assert [q.speaker for q in find_quotes(text.format("his", "he"))] == ["Lindsey Vosk"] * 2
    assert [q.speaker for q in find_quotes(text.format("her", "she"))] == ["Lindsey Vosk"] * 2


def test_only_a_pronoun_surely_the_names_own_overrules_its_usual_gender():
    # "back Vosk if he loses", "wrote to Vosk that he": the "he" may be
    # anyone's, so Lindsey Vosk stays a woman and "she added" is hers.
    text = (
        "Ana Quill spoke first. Lindsey Vosk followed her. Many will back Vosk if he loses, "
        'and the papers wrote to Vosk that he was wrong.\n\n"We will win," Vosk said.\n\n'
        '"The vote is close," she added.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Lindsey Vosk"] * 2


def test_a_pronoun_after_a_name_both_sexes_are_given_when_no_pronoun_reads_it_so():
    # No pronoun of the article reads Lindsey Vosk as the lists do ("she",
    # "her"): "He continued" after Vosk's own quote is Vosk's, not the man
    # named earlier. One "her" anywhere keeps the list's reading; a man named
    # in the sentence before is still the one meant.
    text = (
        "Sen. Lindsey Vosk spoke to Tom Brask's voters on Monday.\n\n"
        'Vosk said, "Who here thinks the ferry sinks? I think it floats."\n\n'
        'He continued, "The vote is close."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Lindsey Vosk"] * 2
    read_as_her = text.replace("on Monday", "on her tour")
    assert [q.speaker for q in find_quotes(read_as_her)] == ["Lindsey Vosk", "Tom Brask"]
    a_man_between = text.replace("Vosk said", "Vosk praised Tom Brask and said")
    assert [q.speaker for q in find_quotes(a_man_between)][-1] == "Tom Brask"


def test_a_sentence_with_they_as_subject_still_names_whom_she_means():
    # "they don't tell where Ruiz would stand. She has called for ...": no
    # person's pronoun opens the sentence; the woman it names is meant, not
    # a woman listed further back.
    text = (
        "The donors include Lisa Brask of Quillon Partners and Tom Orn of Vesk Capital.\n\n"
        "While the gifts complicate Ruiz's line, they don't tell where Ana Ruiz would stand. "
        'She has called for more rules on "shadow banking" at such funds.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz"]


def test_a_subordinate_clause_after_however_names_whom_he_means():
    # "However, as Ivo Brask told the Press, "..." He added": the clause's
    # subject, not the writer quoted the paragraph before.
    text = (
        'As the Quillon Ledger\'s Tomas Vesk wrote, "the council passed a resolution."\n\n'
        "However, as Bishop Ivo Brask of the Lindvale Diocese told the Velmar Press, "
        '"We have suffered the same fate." He added, "So the city should have been first."'
    )
    assert [q.speaker for q in find_quotes(text)][-1].endswith("Ivo Brask")


def test_a_later_sentence_of_a_quote_is_its_speakers_not_a_new_subject():
    # `"The tally held. I checked it," Brask said.`: the "I" (or "we", "he")
    # opening the quote's second sentence is no subject of its own; the whole
    # quote and its tag are one sentence, Brask's, and "he" next means Brask,
    # not the man named before the quote.
    wordings = [
        (
            "Doran Vesk opened the inquiry at noon.\n\n"
            '"The tally held. I checked it twice," Tomas Brask said. "We reconvene soon," he said.'
        ),
        (
            "Doran Vesk opened the inquiry at noon.\n\n"
            '"The tally held up. We saw no gaps," said Tomas Brask.\n\n'
            '"The ledgers go to the archive next," he added.'
        ),
        (
            "Doran Vesk chaired the session while the clerks sorted ballots.\n\n"
            '"Our ferry schedule stays. He agreed to that," Tomas Brask told the board. '
            '"Nobody lost a seat," he said.'
        ),
    ]
    for text in wordings:
        assert [q.speaker for q in find_quotes(text)] == ["Tomas Brask"] * 2, text


def test_a_later_sentence_of_a_quote_gives_her_no_chain_of_its_own():
    text = (
        "Ilse Quillon presided over the orchard board.\n\n"
        '"Pruning begins in March. She approved the budget," Mara Velmar told growers.\n\n'
        '"The cider press is fixed," she said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Mara Velmar"] * 2


def test_a_name_used_as_a_modifier_in_a_tag_gives_way_to_the_speaker():
    # `," Vesk campaign aide Rolf Brask said`: "Vesk" qualifies the aide; the
    # sentence (and the "he" after it) is Brask's. A name alone before its
    # verb ("Vesk explained") is still the one meant.
    wordings = [
        '"Turnout looks thin," Vesk campaign aide Rolf Brask said on Friday.',
        '"Turnout looks thin," former Vesk adviser Rolf Brask wrote in a memo.',
        '"Turnout looks thin," Vesk pollster Rolf Brask told the radio host.',
    ]
    for tag in wordings:
        text = (
            "Senator Ivo Vesk toured the harbour towns this week.\n\n"
            f'{tag} "We need the river wards," he said.'
        )
        assert [q.speaker for q in find_quotes(text)] == ["Rolf Brask"] * 2, tag
    alone = (
        "Rolf Brask toured the harbour towns.\n\n"
        '"Turnout looks thin," Ivo Vesk explained on Friday. "We need the river wards," he said.'
    )
    assert [q.speaker for q in find_quotes(alone)] == ["Ivo Vesk"] * 2


def test_a_quote_with_no_named_tag_is_its_found_speakers_sentence():
    # `"...," the mayor said. "I rode every one."` then `"...," she said`: the
    # quote and its continuation are the mayor's (Quillon), so "she" is
    # Quillon, not the woman named in the sentence before the quotes.
    wordings = [
        (
            "Mayor Ilse Quillon opened the lantern fair. Dana Orn, a ride inspector, cut the "
            'ribbon.\n\n"The swings are sound," the mayor said. "I tried every one of them."'
            '\n\n"Bring your cousins next spring," she said.',
            "Ilse Quillon",
        ),
        (
            "Senator Ivo Vesk met the barley growers. Rolf Brask, a grain broker, listened."
            '\n\n"Prices will mend," the senator said. "I would bet the farm on it."'
            '\n\n"The silos are brimming," he added.',
            "Ivo Vesk",
        ),
        (
            "Judge Mara Velmar closed the session early. Ilse Orn, a juror, stayed behind."
            '\n\n"We are done for today," the judge told the room.'
            '\n\n"Sleep on it," she said.',
            "Mara Velmar",
        ),
    ]
    for text, who in wordings:
        assert {q.speaker for q in find_quotes(text)} == {who}, text


def test_a_subject_of_no_known_gender_with_him_or_her_after_it_is_not_whom_he_means():
    # "Brannock Tessel hired him": the subject (a firm, or a person of no
    # known gender) acts on "him", who is someone else: "he said" next goes
    # back to whom "him" means. A subject of known gender is left as it was.
    wordings = [
        (
            'Tom Vesk is a welder. Brannock Tessel hired him last spring.\n\n"The shifts are '
            'long," he said.',
            "Tom Vesk",
        ),
        (
            "Ilse Quillon trained as a pilot. Corvane Marsh flew her to the coast on Friday."
            '\n\n"The weather held," she said.',
            "Ilse Quillon",
        ),
        (
            "Tom Vesk coached the rowing club for a decade. Last week Dellamy Orr fired him."
            '\n\n"I saw it coming," he said.',
            "Tom Vesk",
        ),
    ]
    for text, who in wordings:
        assert [q.speaker for q in find_quotes(text)] == [who], text
    known = 'Tom Vesk is a welder. Rolf Brask hired him.\n\n"The shifts are long," he said.'
    assert [q.speaker for q in find_quotes(known)] == ["Rolf Brask"]


def test_a_firm_named_like_a_person_is_not_whom_he_or_she_means():
    # "Carson Tessel LLC", "Morgan Brask, a firm from Vesk", "Jordan Orrel
    # Inc.", "Sable Quint, which ...": the article treats the name as a
    # firm's, so "he" or "she" after it means the person named before.
    wordings = [
        (
            "Lisel Orn runs the new depot in Quillon.\n\nCarson Tessel LLC, which built the "
            "depot, hired 40 welders. Carson Tessel signed the lease in May.\n\n"
            '"We open the doors on Monday," she said.',
            "Lisel Orn",
        ),
        (
            "Wenna Dray keeps the ferry books.\n\nThe pier was rebuilt by Morgan Brask, a "
            "firm from Vesk. Morgan Brask billed the town twice.\n\n"
            '"Nobody checked the second bill," she said.',
            "Wenna Dray",
        ),
        (
            "Ivo Pallet leads the mill workers.\n\nJordan Orrel Inc. posted a loss. Jordan "
            'Orrel cut 80 jobs last year.\n\n"They treated the crews badly," he said.',
            "Ivo Pallet",
        ),
        (
            "Tamsin Hale sells grain in Ostel.\n\nSable Quint, which buys most of the harvest, "
            'lowered its price again.\n\n"I cannot sell below cost," she said.',
            "Tamsin Hale",
        ),
    ]
    for text, who in wordings:
        assert [q.speaker for q in find_quotes(text)] == [who], text
    # A person of the same kind of name, with "who" or "he", stays a person.
    person = (
        "Lisel Orn runs the depot.\n\nCarson Tessel, who built it, signed the lease in May."
        '\n\n"We open the doors on Monday," he said.'
    )
    assert [q.speaker for q in find_quotes(person)] == ["Carson Tessel"]


def test_an_aside_in_parentheses_before_an_untagged_quote_is_passed_over():
    # The writer's aside in parentheses ("(The rules require ...)") closing
    # the paragraph before an untagged quote is no one's: the quote goes on
    # with the person the passage before the aside is about.
    wordings = [
        (
            "Ilse Marrow also spoke about the ferry case now before the court. (The rules "
            "require every ferry to carry two pilots. They also cap fares at four crowns.)"
            '\n\n"It is the biggest case in years. Nobody is watching it."',
            "Ilse Marrow",
        ),
        (
            "Rolf Dane walked the picket line at the cannery on Tuesday. (The strike began in "
            'March.)\n"We are not going anywhere until they listen."',
            "Rolf Dane",
        ),
        (
            "Ilse Marrow toured the flooded orchards with her brother. (Both grew up on the "
            'farm, which their father sold in 1998.)\n\n"I never thought I would see the '
            'river this high."',
            "Ilse Marrow",
        ),
    ]
    for text, who in wordings:
        assert [q.speaker for q in find_quotes(text)] == [who], text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ilse Marrow spoke about the toll, the rule the council passed in spring."
            '\n"The toll is the law of the valley. But nobody can pay it twice."',
            "Ilse Marrow",
        ),
        (
            "Rolf Dane stood at the gate of the cannery all morning.\n"
            '"We are staying here until the owners come down."',
            "Rolf Dane",
        ),
        (
            'Osk Tarrow met the ferry crews on Friday. He was in no hurry.\n"I have all '
            'week, and so do they."',
            "Osk Tarrow",
        ),
    ],
)
def test_an_untagged_quote_one_line_after_a_passage_goes_on_with_its_person(text, who):
    # A paragraph that is only a quote, right after a line about someone
    # (one line break, no blank line between): the person the line before
    # is about speaks it, as after a blank line.
    assert [q.speaker for q in find_quotes(text)] == [who]
    assert [q.speaker for q in find_quotes(text.replace("\n", "\n\n"))] == [who]
