"""Grammar of the attribution clause (seventh round of issue 11): closed-class
words are never part of a name, and a participle puts no speaker after it.
Invented names and sentences only; each test fails without its rule."""

from __future__ import annotations

from app.core.extract import find_quotes
from tests.core.speaker_helpers import speakers


def test_an_adverb_or_preposition_opening_a_sentence_is_no_part_of_a_name():
    # Capitalized only because they open the sentence: "Maybe Brask" and
    # "Amid Brask" are no people, so the quote is Brask's own.
    assert speakers(
        'Maybe Brask has a plan after all.\n\n"We are ready for it," Brask told the crowd.'
    ) == ["Brask"]
    assert speakers(
        'Alongside Brask, the mayor spoke.\n\n"We are ready for it," Brask told the crowd.'
    ) == ["Brask"]
    assert speakers('Amid Brask\'s protests, the council voted. "We are ready," Brask said.') == [
        "Brask"
    ]


def test_a_pronoun_after_an_introductory_phrase_keeps_its_antecedent():
    # "Alongside Tamsin Orlo" was read as one person, the subject that "he"
    # then pointed back to.
    text = (
        "Ivo Brask came to the hall.\n\n"
        'Alongside Tamsin Orlo, he spoke first. "We are ready for it," he said.'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_the_object_of_a_participle_is_not_its_speaker():
    # Only a plain tag verb is inverted (`said Mayor Ruiz:`); after
    # "declaring" the name is whom the clause is about.
    declared = (
        'In declaring Ana Ruiz the winner and "a worthy heir," the visiting bishop '
        "again showed his knack for meddling."
    )
    assert speakers(declared) != ["Ana Ruiz"]
    blasted = (
        "After blasting the Lindvale Gazette for a story about his fast, Ivo Brask doubled "
        'down by reciting a passage about "boasters" to the crowd.'
    )
    assert speakers(blasted) == ["Ivo Brask"]


def test_a_capitalized_word_inside_a_sentence_is_no_verb_that_governs_a_quote():
    # "State" and "Report" are names here, not the verbs "state" and
    # "report": nobody is quoted, the marks only set off a phrase.
    tie = 'Former Secretary of State Ana Ruiz and Ivo Brask ended in a "virtual tie" on Monday.'
    passage = (
        'After the Lindvale Report ran the story, Ivo Brask read out a passage about "boasters" '
        "to the crowd."
    )
    assert speakers(tie) == []
    assert speakers(passage) == []
    # The verb itself still governs: lower case, or opening the sentence.
    assert speakers('Ana Ruiz called the plan "a gift" on Monday.') == ["Ana Ruiz"]
    assert speakers('Stated plainly, the plan is "a gift" to the firm.') == [None]


def test_the_object_of_a_verb_or_preposition_is_not_the_speaker():
    # No subject stands right before "called": the nearest name is the
    # object of "knocked", the one before it the subject.
    knocked = (
        "There were sharper jabs, such as when Ana Ruiz knocked Ivo Brask on trade and "
        'called him a "moderate."'
    )
    assert speakers(knocked) == ["Ana Ruiz"]
    # Better no speaker than the person misjudged.
    misjudged = (
        "For instance: that Ruiz also misjudged President Tamsin Orlo, having referred "
        'to him as a "reformer."'
    )
    assert speakers(misjudged) == [None]
    # "prompted Brask to make": the infinitive's subject still speaks.
    prompted = 'The remark prompted Ivo Brask to make a joke and call Ruiz "very flexible."'
    assert speakers(prompted) == ["Ivo Brask"]


def test_a_common_word_opening_a_sentence_is_no_name_where_the_article_writes_it_lower():
    # "nuclear" is written in lower case too: "Nuclear proliferation experts"
    # are experts, not a person called Nuclear.
    text = (
        "Ivo Brask spoke about nuclear power on Monday.\n\n"
        'Nuclear proliferation experts have discounted the claims, calling them "a bluff."'
    )
    assert speakers(text) == ["experts"]


def test_an_indefinite_pronoun_is_no_antecedent_but_may_speak():
    # "Nobody" is no one "he" can mean; "Someone" speaks as written.
    nobody = (
        "Ivo Brask spoke about the vote on Monday.\n\n"
        'Nobody asked about the rules, so Brask raised them himself. He called them "shameful."'
    )
    assert speakers(nobody) == ["Ivo Brask"]
    assert speakers('Someone said, "We are done here."') == ["Someone"]


def test_a_source_given_with_according_to_governs_a_partial_quote():
    assert speakers('According to Dana Tarvek, Marek Quillan "lost his way."') == ["Dana Tarvek"]
    assert speakers('Marek Quillan, according to Dana Tarvek, "lost his way."') == ["Dana Tarvek"]
    # The marks inside the "according to" phrase set off a title, not words said.
    titled = (
        'The plan would cost $2 billion a year, according to the "Fair Share" report he released.'
    )
    assert speakers(titled) == []
    assert speakers('According to her "clawback" plan, firms would pay more.') == []


def test_a_verb_past_a_conjunction_opening_another_clause_is_no_tag():
    # After a partial quote, "while Brask suggests" is Brask's own clause,
    # not an attribution of the words before it.
    text = (
        "Ana Ruiz accuses Ivo Brask of subjecting her to an \u201cartful smear\u201d "
        "about her bank links while Brask suggests she is not progressive."
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_be_to_blame_is_no_speech_so_according_to_names_the_source():
    # "is partly to blame" says what is at fault; the words are the
    # study's authors', as "according to" gives them.
    text = (
        "According to a study by Ivo Brask, the slump is partly to blame for lost jobs, "
        'but so is this "major change in trade policy."'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_a_second_verb_after_and_past_a_quote_takes_the_first_verbs_subject():
    # `with Vesk tweeting that it was a "..." for Ruiz and asking, "..."`:
    # Vesk asks; the quote between does not cut the sentence's first verb off.
    text = (
        'Rivals were quick to chime in, with Tomas Vesk tweeting that it was a "disaster" '
        'for Ruiz and asking, "How can a man with such poor timing run the port?"'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tomas Vesk"] * 2


def test_words_after_a_quote_closed_on_a_bare_word_with_their_own_verb_are_no_tag():
    # `saying "of course" Ruiz has ... -- having suggested`: the sentence goes
    # on past the quote; "suggested" tags nothing. A tag after a comma still
    # does (`"Boots on the ground" would help, Vesk said`).
    text = (
        "Tomas Vesk and Ana Ruiz met on Thursday.\n\nVesk opened the debate saying "
        '"of course" Ruiz has the qualifications to lead -- having suggested she did not.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tomas Vesk"]
    text = '"Boots on the ground" would be right, candidate Tomas Vesk said on Monday.'
    assert [q.speaker for q in find_quotes(text)] == ["Tomas Vesk"]


def test_and_said_after_a_clause_joined_by_a_comma_takes_that_clauses_subject():
    # "pastors called for a walkout, and the lobby ... denounced it and said":
    # the lobby said it, not the pastors of the clause before.
    text = (
        "Before Roe's visit, a circle of pastors called for a walkout from his lecture, and "
        "the farm lobby the Velmar Growers League sharply denounced Roe's rhetoric and said "
        'it would "refund" every one of his earlier gifts.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Velmar Growers League"]


def test_a_speech_verbs_plural_noun_form_after_many_or_in_is_no_verb():
    # "in many coastal states", "several reports": a noun, so nothing earlier
    # in the sentence is its subject, and the tag closing the sentence names
    # who calls it so. "Many said" (no -s) is still a verb.
    wordings = [
        "Lindvale's clout has stirred unease in many coastal states, and it has used \"soft "
        'hands" with its neighbours, said Mara Velmar, a scholar at Quillon College.',
        'Lindvale alarms several island states, and it has shown "patient thrift" in its trade '
        "with them for a decade, said Mara Velmar.",
        'Quillon Harbor appears in numerous reports, and it has kept "open nets" for decades, '
        "said Mara Velmar.",
    ]
    for text in wordings:
        assert speakers(text) == ["Mara Velmar"], text
    assert speakers('Many said the levy was "a gift to the mills," the survey found.') != [
        "Mara Velmar"
    ]


def test_a_quote_closing_an_opening_clause_with_its_own_speaker_is_that_speakers():
    # `After Velmar said that ... "...," Brask said: "..."`: the first quote
    # ends the clause "After Velmar said"; what follows its comma is the main
    # clause and the next quote's tag, not the first quote's.
    wordings = [
        'After Velmar said that night pupils might fare better at "smaller colleges," Brask '
        'said: "I do not like what she said."',
        'When Velmar argued that the tram was "a luxury for tourists," Brask replied: "It is a '
        'lifeline."',
        'Though Mara Velmar called the levy "a tax on bread," Tomas Brask voted for it.',
    ]
    for text in wordings:
        first = find_quotes(text)[0]
        assert first.speaker is not None and "Velmar" in first.speaker, text
    # A clause with no speaker of its own, or closed by a comma before the
    # quote, leaves the tag after the quote as it was.
    assert speakers('When asked about the levy, "It is fair," Brask said.') == ["Brask"]
    assert speakers('When Velmar left, "It is fair," Brask said.') == ["Brask"]


def test_a_quote_in_an_opening_phrase_is_the_main_clauses_speakers():
    # `From Vesk's "..." to his ferry tax, Velmar described ...`: the quote
    # sits in the phrase opening the sentence; the person and the verb of
    # saying or judging of the main clause after the comma own it.
    wordings = [
        'The council met at noon. From the mayor\'s "lazy, tired and costly" budget to his '
        "plan for a ferry tax, Mara Velmar described the council as asleep.",
        'The council met at noon. Beyond the mayor\'s "slow and frankly careless" budget '
        "work, Mara Velmar criticized the harbour plan as a waste.",
        'The council met at noon. Despite a "truly remarkable and generous" grant from the '
        "guild, Mara Velmar called the budget thin.",
    ]
    for text in wordings:
        assert speakers(text) == ["Mara Velmar"], text
    no_verb = (
        'The council met at noon. From the mayor\'s "lazy, tired and costly" budget to his '
        "plan for a ferry tax, Mara Velmar sat through it all."
    )
    assert speakers(no_verb) == [None]


def test_a_verb_of_causing_reaches_its_object_past_an_aside_holding_another_such_verb():
    # "leads" in the aside is a verb of causing too: the object of "prompted"
    # speaks, not the ruling, the sentence's subject.
    text = 'The ruling prompted Ana Ruiz, who leads the guild, to say, "We will appeal."'
    assert speakers(text) == ["Ana Ruiz"]
    # An aside of many words between the object and "to state".
    text = (
        "That record prompted the Orlo Almanac of County Elections, which examines "
        'bellwether towns and counties, to state, "Velmar County is the surest bellwether."'
    )
    assert speakers(text) == ["Orlo Almanac"]
    # Without an aside the nearest verb of causing is still the one.
    text = 'The vote led the union to state, "We will strike on Monday."'
    assert speakers(text) == ["union"]


def test_a_verb_form_after_an_owner_and_an_adjective_is_a_noun_whose_words_are_the_owner_s():
    # "Brask's sudden pledge to be": a noun, not "she" pledging; the words
    # are Brask's, as with no adjective ("Brask's pledge to be").
    text = (
        "Ana Ruiz spoke on Monday. She doubts Ivo Brask's sudden pledge to be "
        '"neutral" in the talks.'
    )
    assert speakers(text) == ["Ivo Brask"]
    # A person noun before a verb in the base form is its subject.
    text = 'Ivo Brask runs the mill. His family claim the mill "turned a profit."'
    assert speakers(text) == ["family"]
    # And so is a verb form ending in -s, -d or -ing.
    assert speakers('Ivo Brask said his aides claim the mill "turned a profit."') == ["aides"]
