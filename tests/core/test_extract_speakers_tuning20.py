"""Speaker rules of issue 11's twentieth helper round, each from a cause
found among the realnews tuning part's quotes. Invented names and sentences
only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_gerund_of_saying_after_of_names_who_speaks():
    # `footage of X saying, "`: X says the words, not the ad that shows them.
    text = (
        "The new ad from the dock union runs for thirty seconds. "
        'The ad then cuts to footage of Orla Venn saying, "We will sell the harbor by May."'
    )
    assert speakers(text) == ["Orla Venn"]
    text = (
        "In his memoir, Tobias Crane recalls the night of the count. "
        'He gives an account of Hedda Marsh telling a clerk to "stop the machines."'
    )
    assert speakers(text) == ["Hedda Marsh"]
    # A surname two people of the article share names neither for sure.
    text = (
        "Tobias Crane guarded Hedda Marsh and her husband Arlo Marsh for years. "
        'He gives an account of Marsh telling a clerk to "stop the machines."'
    )
    assert speakers(text) == [None]
    # Near miss: an "of" inside a name is no gerund's subject.
    text = (
        "The Guild of Ferrymen backed Orla Venn early, "
        'with the Guild of Ferrymen calling her "the captain the river needs."'
    )
    assert speakers(text) == ["Guild of Ferrymen"]


def test_a_question_put_to_someone_is_not_theirs():
    # `X was asked, "...?"`: the words are the question, no one named asks it;
    # X's answer after it is X's.
    text = (
        "Dalia Ferrant spoke on the morning show for ten minutes. "
        'Ferrant was asked, "Would you sign the levy if it passed?" '
        'She answered, "I would read it first."'
    )
    assert speakers(text) == [None, "Dalia Ferrant"]
    # A time between the verb and the mark changes nothing; what was asked
    # about (`was asked about the levy,`) leaves the words hers.
    text = 'Dalia Ferrant was asked on Monday, "Would you sign the levy?"'
    assert speakers(text) == [None]
    text = 'Dalia Ferrant was asked about the levy, "I would read it first."'
    assert speakers(text) == ["Dalia Ferrant"]
    # Near miss: the asker named after "by" asks it.
    text = (
        "Dalia Ferrant spoke on the morning show for ten minutes. "
        'Ferrant was asked by host Ivo Brask, "Would you sign the levy?"'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_a_pronoun_after_a_described_speaker_skips_a_person_of_another_office():
    # `"...," the former senator said.` then `"...," he went on`: the one the
    # description stands for goes on, not a mayor named as a subject before it.
    text = (
        "Tobin Vesk urged Mayor Ivo Brask to reopen the depot. Brask closed it last spring.\n\n"
        '"The depot should open again, and soon," the former senator said on the radio.\n\n'
        '"We ought to start this morning," he went on.'
    )
    assert speakers(text)[1] == "Tobin Vesk"
    # Near misses: a person given no title may be the one described; and a
    # description naming no office (a nominee) may be a governor.
    assert speakers(text.replace("Mayor Ivo Brask", "Ivo Brask"))[1] == "Ivo Brask"
    text = (
        "Ivo Brask runs the port. Gov. Tobin Vesk toured the harbor on Monday.\n\n"
        '"The port will reopen," the party\'s nominee said in an interview.\n\n'
        '"We ought to start this morning," he added.'
    )
    assert speakers(text)[1] == "Tobin Vesk"


def test_a_closing_pronoun_tag_is_not_the_subject_of_the_clause_it_reports():
    # `Also, X is no friend of the docks, he said. "..."`: "he" tells the
    # clause; he is not its subject, X.
    text = (
        "Ivo Brask, a ferry pilot from the north shore, said he will not back the levy. "
        'Also, Tobin Vesk is no friend of the docks, he said. "He\'s a landlord!"'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_a_relative_clause_still_open_at_the_quote_tags_it():
    # `from X, who declared in the spin room, "..."`: the comma before the
    # mark leads the quote in; the relative clause's verb tags it.
    text = (
        "On Thursday, Tobin Vesk won his first endorsement from a colleague, "
        'from Ivo Brask, who declared in the spin room, "It is time to unite."'
    )
    assert speakers(text) == ["Ivo Brask"]
    # Near miss: a judging verb with its object closes the relative clause.
    text = (
        "Tobin Vesk was asked by host Ivo Brask, who backs him, but has long "
        'dismissed the ferry story, "Has that story moved at all?"'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_a_capital_before_a_person_noun_is_no_body_it_opens():
    # `," said the Velmaria senator`: a description, not the Velmaria
    # Assembly the article names elsewhere.
    text = (
        "The Velmaria Assembly passed the ferry bill in May.\n\n"
        "Quenby said he backs an exception for the islands.\n\n"
        '"It is a hard issue," said the Velmaria senator, "because two rights conflict."'
    )
    assert speakers(text) == ["Velmaria senator", "Velmaria senator"]


def test_a_quote_after_a_sentence_opened_by_another_person_is_theirs():
    # `"...," Tomas Orn said. Betsy Orn shook her head. "..."`: the quote
    # standing as its own sentence after one that opens with another
    # person is that person's, not the last quote's speaker's.
    text = (
        "Tomas Orn and Betsy Orn drove in from the coast for the count.\n\n"
        '"It goes in one ear and out the other," Tomas Orn said. '
        'Betsy Orn shook her head. "He is calmer about it than I am."'
    )
    assert speakers(text) == ["Tomas Orn", "Betsy Orn"]
    # Near miss: a sentence about a thing the name modifies leaves the
    # speaker as before.
    text = (
        "Tomas Orn and Betsy Orn drove in from the coast for the count.\n\n"
        '"It goes in one ear and out the other," Tomas Orn said. '
        'But the big Orn banner on the hall has not hurt the turnout. "It works."'
    )
    assert speakers(text) == ["Tomas Orn", "Tomas Orn"]


def test_a_pronoun_after_a_sentence_about_a_described_person_skips_another_office():
    # "Instead, the former senator has insisted ..." then `"...," he said`:
    # the one described, not a mayor quoted before.
    text = (
        'Tobin Vesk spoke at the dinner. "It was rude," said Mayor Ivo Brask, who was there.'
        "\n\nMore troubling to many was Vesk's refusal to back the pier. Instead, the "
        "former senator has insisted his hand is stronger if he keeps quiet. "
        '"I want to wait," he said.'
    )
    assert speakers(text) == ["Ivo Brask", "Tobin Vesk"]
