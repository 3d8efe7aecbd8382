"""Speaker rules of issue 11's nineteenth helper round, each from a cause
found among the realnews tuning part's quotes. Invented names and sentences
only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_an_owner_pronoun_before_a_body_that_speaks_names_the_owner():
    # "her campaign said": the campaign of the woman "her" points to, as
    # news names it; "his office" the man's office, which the scorer and the
    # library read as his.
    text = (
        "Marisol Quint toured the flooded lanes on Sunday. "
        '"Every pump in the ward will run all night," her campaign said in a release.'
    )
    assert speakers(text) == ["Marisol Quint campaign"]
    text = (
        "Senator Edvard Lusk skipped the vote on the ferry fund. "
        '"He had promised his daughter a weekend at the lake," his office said.'
    )
    assert speakers(text) == ["Edvard Lusk's office"]
    text = (
        "Tamsin Orvell has led the polls since spring. "
        '"The numbers will tighten by autumn, as they always do," her team said.'
    )
    assert speakers(text) == ["Tamsin Orvell team"]
    # Near miss: nobody "his" can point to gives the body as written.
    text = '"The ferry will not sail on Sundays any more," his campaign said.'
    assert speakers(text) == ["campaign"]


def test_it_tagging_a_quote_is_the_document_or_body_named_just_before():
    # `," it said` / `It read: "`: the document the sentence before names,
    # else the body that is its subject.
    text = (
        "The Tidewater Guild mailed a letter to members on Friday. "
        '"Dues will rise for the first time in nine winters," it said.'
    )
    assert speakers(text) == ["letter"]
    text = (
        "Corvin Blyth's campaign walked the remark back within the hour. "
        'In plain words, it said, "the candidate misspoke about the pensions."'
    )
    assert speakers(text) == ["Corvin Blyth's campaign"]
    text = (
        "Selka Varrow sent a long memo to the council clerks. "
        'It read: "No paper forms after June, and no exceptions for anyone."'
    )
    assert speakers(text) == ["memo"]
    # The sentence before is the last of the paragraph before: a quote of
    # the document's, tagged by its owner.
    text = (
        '"Nobody on our staff has met the seller," the guild wrote in its bulletin note.\n\n'
        'It added, "We will return every fee paid for the stall."'
    )
    assert speakers(text)[1] == "note"
    # Near miss: "it" that is no tag ("It is clear ...") still names nobody,
    # and the quote keeps the speaker its own tag gives.
    text = (
        "The Tidewater Guild mailed a letter to members on Friday. "
        'It is clear the board wants "a fresh start for the harbor," Selka Varrow said.'
    )
    assert speakers(text) == ["Selka Varrow"]


def test_a_commenter_is_a_person_who_speaks():
    # "wrote one commenter": someone unnamed, known by what they did, as
    # "said one reader" is.
    text = '"The tide tables in this paper are always wrong by an hour," wrote one commenter.'
    assert speakers(text) == ["one commenter"]
    # (With the subject before its verb it was read so already.)
    text = '"The tide tables in this paper are always wrong by an hour," a commenter wrote.'
    assert speakers(text) == ["commenter"]


def test_those_and_a_participle_are_the_people_who_speak():
    # "those surveyed said X has the "..."": the people surveyed, not the
    # name after the verb; also after an opening "While".
    text = 'While those surveyed said Mayor Tobin Vesk has the "best plan for the docks," few back him.'
    assert speakers(text) == ["those surveyed"]
    text = 'Those polled said Tobin Vesk has "the steadiest hand" on the harbor board.'
    assert speakers(text) == ["Those polled"]
    # Near miss: the phrases read so before keep their reading.
    text = 'Those close to Tobin Vesk said he was "tired of the whole fight."'
    assert speakers(text) == ["Those close to Tobin Vesk"]
