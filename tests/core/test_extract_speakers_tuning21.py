"""Speaker rules of issue 11's twenty-first helper round, each from a cause
found among the realnews tuning part's quotes. Invented names and sentences
only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_main_clause_after_an_opening_clause_has_its_own_speaker():
    # `While X calls it "...," Y fixates on the "..." line`: the main
    # clause's subject, not the opening clause's speaker, owns its quote.
    text = (
        "Tobin Vesk forwarded a column that praised the ferry plan. "
        'While Vesk calls the column "a fine piece of work," Dana Roe fixates on the '
        '"harbor pivot" line.'
    )
    assert speakers(text) == ["Tobin Vesk", "Dana Roe"]
    text = (
        "Tobin Vesk and Dana Roe spoke at the pier. "
        'Although Roe called the levy "a burden," Vesk described it as "the only way out."'
    )
    assert speakers(text) == ["Dana Roe", "Tobin Vesk"]
    # Near misses: with no opening clause, the quote after the comma goes
    # on with its sentence's speaker; a name right before the mark opens
    # the quoted words' own clause (`," Roe "opted for ..."`), the tag's
    # speaker still saying them.
    text = (
        "Tobin Vesk spoke at the pier. "
        'Vesk called the levy "a burden," adding that the board should "start again."'
    )
    assert speakers(text) == ["Tobin Vesk", "Tobin Vesk"]
    text = (
        "Dana Roe spoke at the pier on Monday. "
        'Tobin Vesk, an aide to the mayor, said, "Instead of calming the crowd," Roe '
        '"chose to pick a fight."'
    )
    assert speakers(text) == ["Tobin Vesk", "Tobin Vesk"]


def test_a_noun_for_a_body_before_a_name_makes_it_a_body():
    # `the advocacy group Tidewater Watch`: a body's name, which no "she"
    # means; she is the woman the passage is about.
    text = (
        "Dana Roe spoke to the guild in March. The harbor advocacy group Tidewater Watch "
        "later showed the clip to voters. Years earlier, she had backed the levy as "
        '"the price of a working port."'
    )
    assert speakers(text) == ["Dana Roe"]
    # Near miss: a given name after the noun opens a person's name.
    text = (
        "Dana Roe spoke to the guild in March. The harbor group Ana Ruiz founded later "
        'showed the clip to voters. Years earlier, she had backed the levy as "the price '
        'of a working port."'
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_a_speech_verb_in_a_closed_aside_does_not_govern_a_later_clause():
    # `that his boat is not small - as Vesk has claimed - and he can "..."`:
    # the aside's verb reports only its own clause; the clause after it, with
    # a subject of its own, is the sentence subject's.
    text = (
        "Ivo Brask spoke for an hour. He mocked his rivals and even said that his boat "
        'is not small - as Tobin Vesk has claimed - and he can "prove it" any day.'
    )
    assert speakers(text) == ["Ivo Brask"]
    text = (
        "Ivo Brask spoke for an hour. He said that his boat is not small (as Tobin Vesk "
        'has claimed) and he can "prove it" any day.'
    )
    assert speakers(text) == ["Ivo Brask"]
    # Near miss: an aside right after the subject, with no subject of its
    # own after it, gives the whole sentence's source.
    text = (
        "Ivo Brask runs the harbor board. Tobin Vesk -- as the Brask campaign noted this "
        'week -- even taunted the board for "losing to a ferry."'
    )
    assert speakers(text) == ["Brask campaign"]


def test_will_opening_a_question_is_no_given_name():
    # `Will Brask come back?`: a modal verb before the surname, so "Brask"
    # is still the one full name the article gives.
    text = (
        "Game over. Will Brask come back to the harbor?\n\n"
        "After Monday, Ivo Brask's chance of a comeback is slim.\n\n"
        'Brask said the board was "in good hands."'
    )
    assert speakers(text) == ["Ivo Brask"]
    # Near miss: a name that opens with the given name "Will".
    text = 'Will Brask, a pilot, spoke on Monday. He said the board was "in good hands."'
    assert speakers(text) == ["Will Brask"]


def test_along_opens_no_name():
    text = (
        "Ivo Brask spoke at the pier on Monday. Along with the photo, he had written: "
        '"We are not afraid."'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_a_quote_inside_a_block_under_a_colon_lead_in_is_its_speakers():
    # `Vesk argued that:` and a list of items, each opening with one bullet
    # mark: a quote inside an item, not opening it, is Vesk's.
    text = (
        "Nora Vesk, who chairs the ferry guild, spoke on Monday.\n\n"
        "Vesk argued that:\n\n"
        "- Fares have not risen in ten years.\n\n"
        "- The fleet is old, and this matters because "
        '"a ferry that sinks costs more than a levy."\n\n'
        "The board will vote in May."
    )
    assert speakers(text) == ["Nora Vesk"]
    # `Vesk wrote:` and her paragraph, a quote at its end.
    text = (
        "Nora Vesk posted a long note on Monday.\n\n"
        "In the note, Vesk wrote:\n\n"
        "I think the levy is fair. But what we should ask is "
        '"who pays when the ferry stops?"'
    )
    assert speakers(text) == ["Nora Vesk"]
    # Near misses: a heading in capitals names no one (the words are left
    # as no one's, no quote); a paragraph that is no item of the list,
    # after one, stands under no lead-in.
    text = (
        "Nora Vesk posted a long note on Monday.\n\n"
        "SHORT READS:\n\n"
        "- Fares are up, and what we should ask is "
        '"who pays when the ferry stops?"'
    )
    assert speakers(text) == []
    text = (
        "Nora Vesk, who chairs the ferry guild, spoke on Monday.\n\n"
        "Vesk argued that:\n\n"
        "- Fares have not risen in ten years.\n\n"
        "The board is old, and this matters because "
        '"a ferry that sinks costs more than a levy."'
    )
    assert speakers(text) == [None]


def test_a_shared_surname_right_after_a_member_named_in_full_is_that_member():
    # A bare surname a family shares means the member introduced first,
    # except in the sentence or the one after another member is named in full.
    text = (
        "Mara Brask, the wife of Ivo Brask, spoke on Monday. "
        '"He is a good man," she said. Ivo Brask thanked her later. '
        '"She is my rock," Brask said.'
    )
    assert speakers(text) == ["Mara Brask", "Ivo Brask"]
    # Near misses: further on, the member introduced first; a run opening
    # a sentence ("Neither Brask") is no member's full name.
    text = (
        "Mara Brask, the wife of Ivo Brask, spoke on Monday. Ivo Brask thanked her later. "
        "The crowd cheered for an hour. The band played on the pier. "
        '"He is a good man," Brask said.'
    )
    assert speakers(text) == ["Mara Brask"]
    text = (
        "Mara Brask, the wife of Ivo Brask, spoke on Monday. Neither Brask took questions. "
        '"He is a good man," Brask said.'
    )
    assert speakers(text) == ["Mara Brask"]


def test_capitals_after_a_before_a_noun_for_a_person_name_no_one():
    # `A Pacific Islander woman ... she asked`: capitals describing her, no
    # person's name; no one is named, so the question is no one's known.
    text = (
        "Ivo Brask took questions for an hour. A Velmar Islander woman in the front row "
        'asked about the levy. "Who pays for it?" she asked.'
    )
    assert speakers(text) == [None]
    # Near miss: a given name opens a name used as a modifier.
    text = 'Dana Roe spoke. An Ana Ruiz supporter booed. "Go home," Ruiz said later.'
    assert speakers(text) == ["Ana Ruiz"]
