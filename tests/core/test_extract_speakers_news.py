"""Speaker rules found from the errors on real reporting (the tuning part of
../shared/realnews), each written here as a general pattern in invented words."""

from __future__ import annotations

from app.core.extract.clauses import subject_before
from tests.core.speaker_helpers import speakers


def test_a_bare_role_is_the_person_but_a_described_role_stays_as_written():
    text = (
        "Sen. Mara Quorle voted for the bill on Monday.\n\n"
        '"It is a good day," the senator said.\n\n'
        'Ivo Brask voted against it. "It is a bad day," the Ohio senator said.\n\n'
        '"We tried," the former senator said.'
    )
    assert speakers(text) == ["Mara Quorle", "Ohio senator", "former senator"]


def test_a_name_between_a_heading_dash_and_a_colon_is_the_speaker():
    text = (
        "Tomas Brell spoke on Friday.\n\n"
        'LOW TURNOUT DOES NOT MATTER - Gil Parma: "At long last the contests have started."\n\n'
        'Voters agree - Ana Quill and Gil Parma: "One of the lessons was simple."\n\n'
        'Ana Quill \u2014 the chair since 2010 \u2014 issued this statement: "We are glad."'
    )
    assert speakers(text) == ["Gil Parma", "Ana Quill and Gil Parma", "Ana Quill"]


def test_a_participle_after_an_object_belongs_to_the_clause_subject():
    text = (
        "Voting went badly.\n\n"
        'Gil Parma wrote to supporters saying: "With your help, we won!"\n\n'
        "Ana Quill spoke next. Later, she amended her statement explaining that she had not "
        'kept ledgers that were "locked away back then."'
    )
    assert speakers(text) == ["Gil Parma", "Ana Quill"]


def test_a_tag_set_in_as_an_aside_makes_its_speaker_the_antecedent():
    text = (
        "Gil Parma spoke at the rally in the hall.\n\n"
        'Tomas Brell, Gil Parma said, has created a "strange, reality-bending zone where '
        'anything goes."\n\n'
        '"So by now, his backers feel entitled," he said.'
    )
    assert speakers(text) == ["Gil Parma", "Gil Parma"]


def test_who_writes_a_letter_to_someone_asking_speaks_it():
    text = (
        '"It is up to them," Tomas Brell said.\n\n'
        "Harbor Mayor Gil F. Parma wrote a letter to Attorney General Ana Quill asking the "
        'department to investigate the "fiasco."'
    )
    assert speakers(text) == ["Tomas Brell", "Gil F. Parma"]


def test_a_topic_opened_with_of_is_not_the_subject():
    text = (
        "Tomas Brell spoke.\n\n"
        'Of Brell, Gil Parma, who has given money to Ana Quill, said, "He is scary."'
    )
    assert speakers(text) == ["Gil Parma"]


def test_a_participle_after_a_comma_goes_with_the_sentence_subject():
    text = (
        "Tomas Brell spoke.\n\n"
        "Gil Parma also grumbled that Brell is too rigid, suggesting the two-term "
        'senator treats budgets as "fixed in stone forever."\n\n'
        "Ana Quill threw her weight behind Sen. Tomas Brell (R-Texas) Friday, saying the "
        'county needs a "steady hand on the tiller."'
    )
    assert speakers(text) == ["Gil Parma", "Ana Quill"]


def test_a_bare_role_held_by_two_people_in_the_story_stays_as_written():
    two = 'Sen. Mara Quorle met Sen. Ivo Brask on Monday.\n\n"It is a good day," the senator said.'
    one = 'Mayor Ana Quill met the council on Monday.\n\n"It is a good day," the mayor said.'
    assert speakers(two) == ["senator"]
    assert speakers(one) == ["Ana Quill"]


def test_a_bare_role_means_a_holder_among_the_last_two_people_named():
    near = (
        "Sen. Mara Quorle opened the hearing. Ivo Brask spoke next.\n\n"
        '"It is a good day," the senator said.'
    )
    # Two other people named since Quorle: "the senator" may be one of them,
    # called so without the title, so the role stays as written.
    far = (
        "Sen. Mara Quorle opened the hearing. Ivo Brask and Tamsin Orlo spoke next.\n\n"
        '"It is a good day," the senator said.'
    )
    # Nobody named before a headline's role: the one holder named later.
    headline = 'Mayor says "we are ready"\n\nMayor Ana Quill spoke on Monday.'
    assert speakers(near) == ["Mara Quorle"]
    assert speakers(far) == ["senator"]
    assert speakers(headline) == ["Ana Quill"]


def test_a_document_is_its_issuers_only_when_a_verb_says_who_issued_it():
    issued = (
        "The Gazette said Ivo Brask provided a written statement on Monday.\n\n"
        '"We regret the delay," the statement said.'
    )
    relative = (
        "Ana Quill, who thanked Gil Parma, released a short statement.\n\n"
        '"We are glad," the statement said.'
    )
    said_in = 'Ana Quill said in a statement that the vote would go ahead. "We are ready," the statement said.'
    # Only mentioned beside a name: who wrote it is not known.
    mentioned = (
        "The Gazette reported on the letter from the council on Monday.\n\n"
        '"The hall will close," the letter said.'
    )
    assert speakers(issued) == ["Ivo Brask"]
    assert speakers(relative) == ["Ana Quill"]
    assert speakers(said_in) == ["Ana Quill"]
    assert speakers(mentioned) == ["letter"]


def test_a_long_introductory_phrase_is_passed_over_to_the_subject():
    text = (
        "Tomas Brell spoke.\n\n"
        "On Friday evening as the three last contenders took the podium here at the "
        'Quarrow Arts Hall, Brell opened with a call for the party to "embrace" his bid.'
    )
    assert speakers(text) == ["Tomas Brell"]


def test_the_name_after_a_role_heads_the_subject_not_the_name_before_it():
    text = (
        "Tomas Brell spoke.\n\n"
        "Former Brell aide Ana Quill published a column in a weekly about the "
        '"slow collapse of the party" last year.'
    )
    assert speakers(text) == ["Ana Quill"]


def test_a_name_between_two_parts_of_a_quote_is_not_the_tag_pronoun():
    text = (
        "Tomas Brell may run for office.\n\n"
        "Brell's pollster, Gil Parma, says his man has the money. "
        '"I don\'t think the wisdom" -- that Brell is a nanny -- "is going to last," he says.'
    )
    assert speakers(text) == ["Gil Parma", "Gil Parma"]


def test_the_subject_of_a_while_clause_is_the_pronouns_antecedent_not_its_object():
    text = (
        '"I like victories first," Tomas Brell told Ana Quill.\n\n'
        "While Brell insisted that he admires Gil Parma to the podcast host, he also declared "
        'two days before, "If Parma gains ground, we will fight back."'
    )
    assert speakers(text) == ["Tomas Brell", "Tomas Brell"]


def test_a_share_of_those_polled_speaks_as_written_not_a_name_nearby():
    text = (
        'Asked how soon Tomas Brell would quit, 21 percent said "not very soon" and '
        '14 percent said "not soon at all."\n\n'
        'Nine of 10 voters were worried about Tomas Brell; most said they were "very worried."'
    )
    assert speakers(text) == ["21 percent", "14 percent", "most"]


def test_an_as_clause_after_a_quote_tags_it():
    text = (
        "Tomas Brell spoke.\n\n"
        'Even so, the claim that the contest "is a coin toss this week," as Gil Parma said on a '
        "podcast on Friday, only raises the stakes of each ballot.\n\n"
        'The vote was "a disaster for the party," as Ana Quill put it.'
    )
    assert speakers(text) == ["Gil Parma", "Ana Quill"]


def test_a_title_of_a_department_before_a_name_is_part_of_the_name():
    text = "Secretary of State Gil F. Parma said the vote was fair."
    subject = subject_before(text, 0, text.index(" said") + 1)
    assert subject is not None and text[subject.start : subject.end] == (
        "Secretary of State Gil F. Parma"
    )
    # An affiliation after a name is still no part of it.
    text = "Ana Quill of the Harbor Union said the vote was fair."
    subject = subject_before(text, 0, text.index(" said") + 1)
    assert subject is not None and text[subject.start : subject.end] == "Ana Quill"


def test_the_agent_of_was_asked_by_a_described_person_puts_the_question():
    text = (
        "Tomas Brell spoke on Friday.\n\n"
        'Brell was asked by host Gil Parma, "Is it over?"\n\n'
        'Brell was accused by critics of "ruining the party."'
    )
    assert speakers(text) == ["Gil Parma", "Tomas Brell"]


def test_an_infinitive_takes_the_subject_of_the_verb_it_hangs_from():
    text = (
        "Tomas Brell spoke.\n\n"
        "The campaign has denied it happened, with Gil Parma taking to a website to call "
        'Ana Quill "totally delusional" for the accusation.'
    )
    assert speakers(text) == ["Gil Parma"]


def test_a_colon_after_and_that_goes_on_with_the_teller_of_the_quote_before():
    text = (
        "Tomas Brell spoke.\n\n"
        'Gil Parma said this was a "grave blunder" and that Ana Quill has changed her '
        'plan: "They are stocked up for a longer siege."'
    )
    assert speakers(text) == ["Gil Parma", "Gil Parma"]


def test_a_second_verb_after_and_keeps_the_teller_of_the_quote_before():
    text = (
        "Tomas Brell spoke.\n\n"
        'Gil Parma during a Saturday thanked its members "for their patience" and called Harbor '
        'Bakers Guild "one of the pillars of my effort."\n\n'
        'Asked about it, 21 percent said "maybe" and 14 percent said "no way."'
    )
    assert speakers(text) == ["Gil Parma", "Gil Parma", "21 percent", "14 percent"]


def test_a_sentence_with_the_pronouns_own_aside_tag_continues_its_chain():
    text = (
        "Gil Parma, a delegate from the north, spoke on Monday.\n\n"
        "During roll call votes, states are called in turn, he noted, so it may be clear "
        "whether Tomas Brell will be the nominee by then. He said the larger states will "
        "settle it first.\n\n"
        '"If we can\'t get another nominee, we might abstain," he said.'
    )
    assert speakers(text) == ["Gil Parma"]


def test_a_partial_quote_after_a_sentence_of_someones_argument_is_theirs():
    argued = (
        "Gil Parma has argued that the charter was hobbled from day one by the bargains its "
        'authors struck. As a result, there is still "a very powerful industry that can charge '
        'whatever it likes."'
    )
    silent = (
        "Gil Parma spoke on Monday.\n\nThe fund is full. As a result, there is still "
        '"a very powerful industry that can charge whatever it likes."'
    )
    assert speakers(argued) == ["Gil Parma"]
    assert speakers(silent) == [None]


def test_a_tag_leading_into_the_next_quote_is_not_the_question_before_it():
    text = (
        "Ana Quill wrote to her aide Gil Parma in April.\n\n"
        'Quill responds to Parma with, "Why now? That was on my route to the harbor?" Parma then '
        'writes back, "You look great."\n\n'
        '"Why now?" Parma asked.'
    )
    assert speakers(text) == ["Ana Quill", "Gil Parma", "Gil Parma"]


def test_a_participle_after_a_place_or_a_listener_belongs_to_the_clause_subject():
    text = (
        "Ivo Brask says he would be waving at shoppers on their way into the market "
        'saying "Vote for me, please."\n\n'
        'Ana Ruvel wrote to Ivo Brask saying "the depot can wait."\n\n'
        "Ivo Brask won. His campaign sent a text message to members saying: "
        '"We won the county tonight!"'
    )
    assert speakers(text) == ["Ivo Brask", "Ana Ruvel", "Ivo Brask campaign"]


def test_a_verb_that_governs_an_infinitive_or_sits_in_a_closed_aside_is_not_the_tag():
    text = (
        "In a statement, Ivo Brask said he trusts Tolva Rusk will continue to be "
        '"a guardian of the harbor."\n\n'
        "Tolva Rusk was asked by host Ivo Brask whether the levy, which the Harbor "
        'Institute estimates would cost $5 billion, would risk "adding another big '
        'program to the budget."'
    )
    assert speakers(text) == ["Ivo Brask", "Ivo Brask"]


def test_according_to_its_finding_inside_a_told_sentence_is_the_tellers():
    text = (
        "Win Talor, a member of the party board, said Tuesday that according to its "
        'count the party has won, but "we are still counting the seats."\n\n'
        'According to their count, the turnout was "the best in years."'
    )
    assert speakers(text)[0] == "Win Talor"
    assert speakers(text)[1] != "Win Talor"


def test_who_after_an_object_name_is_that_person_when_it_is_the_subject():
    text = (
        'Mia Quill\'s criticism drew a reply from Ivo Brask, who said the depot "will be built."\n\n'
        'Ivo Brask hit back at Mia Quill, who had called the depot "a waste."\n\n'
        'Mia Quill praised Ivo Brask, who she noted was "in his final year."'
    )
    assert speakers(text) == ["Ivo Brask", "Mia Quill", "Mia Quill"]


def test_a_place_or_medium_after_a_name_in_a_heading_is_not_the_speaker():
    text = (
        'Ivo Brask on Twitter: "We will build the depot."\n\n'
        'Mia Quill in Ohio: "We will not pay for it."\n\n'
        'Former Secretary of State Tova Rane: "Both of them are right."'
    )
    assert speakers(text) == ["Ivo Brask", "Mia Quill", "Tova Rane"]


def test_a_capital_modifying_a_noun_after_a_names_no_one():
    text = (
        'Classes resumed on Monday.\n\n"Peace brings trade," said an Egyptian textbook.\n\n'
        '"Peace brings jobs," a Lindvale pamphlet said.'
    )
    assert speakers(text) == ["Egyptian textbook", "Lindvale pamphlet"]


def test_a_charge_or_an_accusation_given_as_someones_is_theirs():
    text = (
        'Mia Quill pushed back on Ivo Brask\'s charge that she was "reckless."\n\n'
        'Ivo Brask answered Mia Quill\'s accusation that he had been "asleep at the wheel."'
    )
    assert speakers(text) == ["Ivo Brask", "Mia Quill"]


def test_who_was_asked_in_the_sentence_before_answers():
    text = 'Mia Quill asked Ivo Brask about the plan. "It will not work."'
    assert speakers(text) == ["Ivo Brask"]


def test_a_running_mate_or_an_ally_named_in_apposition_speaks_not_the_possessor():
    text = (
        'Brask\'s running mate, Gov. Mike Penhall, said the ticket is "ready."\n\n'
        'The nominee\'s running mate said the ticket is "ready to win."\n\n'
        'A Brask ally said the plan was "dead on arrival."'
    )
    assert speakers(text) == ["Mike Penhall", "nominee's running mate", "Brask ally"]


def test_someone_who_disagrees_in_the_sentence_before_a_bare_quote_says_it():
    text = '"We need buses," said Ivo Brask. Mia Quill disagreed. "We need trains."'
    assert speakers(text) == ["Ivo Brask", "Mia Quill"]


def test_a_tag_verb_after_a_determiner_is_a_noun_not_a_tag():
    text = (
        'Still, Ivo Brask called the new rule "much, much fairer" than the Harbor Act, '
        "since it returns more power to the states."
    )
    assert speakers(text) == ["Ivo Brask"]


def test_from_a_source_and_a_colon_names_the_source():
    text = (
        'The survey ran in May. From the report: "Samples vary a great deal."\n\n'
        'From Ivo Brask\'s letter: "We will not pay."'
    )
    assert speakers(text) == ["report", "Ivo Brask"]


def test_so_said_after_a_quote_names_its_speaker():
    text = 'The hall went quiet. "We will not back down." So declared Ivo Brask on Monday.'
    assert speakers(text) == ["Ivo Brask"]


def test_a_lone_capital_in_the_paragraph_before_is_too_weak_to_name_a_speaker():
    text = (
        "The hall was full.\n\nVoices from the crowd said more:\n\n"
        '"We need buses."\n\nIvo Brask said:\n\n"We need trains."\n\nThe NAACP said:\n\n'
        '"We need both."'
    )
    assert speakers(text) == [None, "Ivo Brask", "NAACP"]


def test_a_noun_of_saying_with_its_owner_after_it_names_the_speaker():
    # The owner follows the noun ("the contention of ...", "a report by
    # ..."), the quote stands in its that-clause.
    text = (
        "His remarks back the contention of former mayor Ana Ruiz that her "
        'letters were subjected to "over-classification."\n\n'
        'On Friday it was a report by the Ledger that Brask "fabricated" the story.'
    )
    assert speakers(text) == ["Ana Ruiz", "Ledger"]
    # What the charges are against is not who made them.
    text = 'The charges of fraud against Ana Ruiz that she "stole from the fund" were dropped.'
    assert "Ana Ruiz" not in speakers(text)


def test_the_agent_of_a_passive_naming_something_as_the_quote_says_it():
    text = (
        "The talks cover ballot access, an option described by organizers as a "
        '"lifeboat" for the party. The levy, described by Ana Ruiz as a "theft," passed.'
    )
    assert speakers(text) == ["organizers", "Ana Ruiz"]


def test_a_document_sent_out_by_someone_is_its_senders():
    text = (
        "The race was called at nine. Besides, a donor email sent out by Ivo Brask "
        'on Tuesday night warned of the fight ahead: "There are 14 primaries to go."'
    )
    assert speakers(text) == ["Ivo Brask"]
