"""Ninth round of issue 11: who a relative pronoun means, descriptions that
name no one, and one-word answers handed over by a tag verb. Invented names
and sentences only; each test fails without its rule."""

from __future__ import annotations

from app.core.extract import find_quotes


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(text)]


def test_a_relative_pronoun_before_the_verb_means_the_noun_before_it():
    # "who"/"that" is the verb's subject: the voter or the letter speaks,
    # not the sentence's subject who quotes them.
    assert quoted('Vesk quoted a voter who said, "We are tired of waiting."') == [
        ("We are tired of waiting.", "voter")
    ]
    assert quoted('Vesk shared a letter from the board that said, "We regret the delay."') == [
        ("We regret the delay.", "letter from the board")
    ]
    assert quoted(
        'Vesk posted his message under a headline that said, "Bridge shut for a year."'
    ) == [("Bridge shut for a year.", "headline")]


def test_a_thing_someone_made_still_speaks_for_its_maker():
    # "released an ad that urges": the ad is Ortiz's, as "Ortiz released a
    # statement saying" is.
    assert quoted('Lena Ortiz released a new ad that urges voters to "show up and be heard."') == [
        ("show up and be heard.", "Lena Ortiz")
    ]


def test_a_description_that_opens_a_clause_is_no_speaker():
    # "that county clerks" is the complement clause's subject, not who
    # implied it: the speaker is found further on, or none is given.
    text = (
        "The crowd booed. Tom Vesk then implied that county clerks should be fired, "
        'specifically for "losing the ballots on purpose."'
    )
    assert quoted(text) == [("losing the ballots on purpose.", "Tom Vesk")]
    text = (
        "The first taste the crowd gets of the mayor is a recording, "
        'calling them "freeloaders" and worse.'
    )
    assert quoted(text) == [("freeloaders", None)]


def test_a_one_word_answer_after_a_tag_verb_and_colon_is_a_quote():
    # Capitalized like a title, but handed over by "said:" it is words said.
    assert quoted('Asked whether he would sign it, Vesk said: "Never."') == [("Never.", "Vesk")]
    assert quoted('Vesk replied, "Gladly."') == [("Gladly.", "Vesk")]
    # A title stays out: named, not spoken.
    assert quoted('Her new book, "Resign," came out on Tuesday.') == []


def test_who_after_an_apposition_means_the_name_before_it():
    # ", the speaker of the state House, who called": the relative clause is
    # Ortiz's, not the last capitalized word of her title.
    text = (
        "Vesk's comments drew a swift rebuke from Lena Ortiz, the speaker of the state "
        'House, who called them "beneath the office."'
    )
    assert quoted(text) == [("beneath the office.", "Lena Ortiz")]
    text = (
        "Vesk's comments drew a rebuke from Lena Ortiz, the House speaker, who called "
        'them "beneath the office."'
    )
    assert quoted(text) == [("beneath the office.", "Lena Ortiz")]


def test_a_quote_alone_in_its_paragraph_continues_a_surname_a_tag_gave():
    # The paragraph before ends with Ortiz's quote, attributed by a tag: the
    # next bare quote goes on with her, even known by her surname alone.
    text = (
        '"We have been saying this for months," said Ortiz. "Nobody listened."\n\n'
        '"Now the bill has come due."'
    )
    assert [s for _, s in quoted(text)] == ["Ortiz", "Ortiz", "Ortiz"]


def test_they_means_the_group_the_sentence_before_is_about():
    # Not the latest organization (none here), and not left unresolved.
    assert quoted('Protesters gathered outside. "We want answers," they chanted.') == [
        ("We want answers,", "Protesters")
    ]
    text = 'The protesters gathered outside the hall.\n\n"We want answers," they said.'
    assert quoted(text) == [("We want answers,", "protesters")]
    # A named group is still the organization it names.
    text = 'The Harbor County Democrats met on Tuesday. "This is a disgrace," they said.'
    assert quoted(text) == [("This is a disgrace,", "Harbor County Democrats")]


def test_one_of_them_is_a_member_of_that_group_and_its_quote_is_kept():
    # A short quote tagged only by "one of them shouted" was dropped as
    # untagged; the tag names a member of the group just mentioned.
    text = 'Protesters gathered outside. "We want answers," one of them shouted.'
    assert quoted(text) == [("We want answers,", "one of the protesters")]
    assert quoted('"We want answers," one of them said.') == [("We want answers,", "one of them")]


def test_a_thing_a_name_owns_speaks_for_that_name_not_its_addressees():
    # "email to her supporters": the head is the email, before "to", and
    # the email is Ortiz's; the supporters it went to said nothing.
    text = (
        "Lena Ortiz's fundraising email to her supporters notes that the clerk "
        '"is a fighter for working families."'
    )
    assert quoted(text) == [("is a fighter for working families.", "Lena Ortiz")]
    # A person she employs speaks for himself.
    text = 'Lena Ortiz\'s spokesman said the plan is "a giveaway."'
    assert quoted(text) == [("a giveaway.", "Lena Ortiz's spokesman")]


def test_expressing_a_view_governs_a_partial_quote():
    assert quoted('Vesk voiced concern that the plan was "rushed."') == [("rushed.", "Vesk")]
    text = (
        "The candidate gave an interview on Wednesday, in which Lena Ortiz expressed "
        'confidence that the audit would not "affect the campaign."'
    )
    assert quoted(text) == [("affect the campaign.", "Lena Ortiz")]


def test_a_pronoun_subject_no_one_here_matches_puts_no_name_after_its_verb():
    # "He called Ortiz": Ortiz is the object; with no antecedent for "he"
    # there is no speaker, rather than the object read as an inverted tag.
    assert quoted('Vesk held a rally. He called Ortiz "a disaster."') == [("a disaster.", None)]
    text = 'Tom Vesk held a rally in Dunmore, where he called Lena Ortiz "a disaster."'
    assert quoted(text) == [("a disaster.", "Tom Vesk")]


def test_said_opening_an_inverted_tag_is_no_part_of_the_name():
    assert quoted('Said Vesk: "It\'s a witch hunt."') == [("It's a witch hunt.", "Vesk")]


def test_a_one_word_answer_named_as_such_is_a_quote():
    text = 'Tom Vesk was asked whether he would sign the bill. His answer: "Never."'
    assert quoted(text) == [("Never.", "Tom Vesk")]


def test_a_short_quote_in_a_sentence_a_tag_closes_is_kept():
    # No verb governs "deeply concerned", but the tag closing the sentence
    # says whose words they are.
    text = 'Lena Ortiz is "deeply concerned" about the plan, her spokesman said.'
    assert quoted(text) == [("deeply concerned", "spokesman")]
    # A title stays out even there.
    text = 'Fans wore "Vote For Vesk" shirts to the rally, the organizer said.'
    assert quoted(text) == []


def test_according_to_closing_the_sentence_names_the_source():
    text = 'Lena Ortiz was "deeply concerned" about the plan, according to two aides.'
    assert quoted(text) == [("deeply concerned", "two aides")]
