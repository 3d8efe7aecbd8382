"""A description as the speaker: the group, role or document the subject
names stays that description, and never turns into a name standing nearby
(an owner, an object). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.core.speaker_helpers import speakers


def test_the_people_a_name_owns_speak_not_the_name():
    # "Vesk's first three callers" asked; Vesk did not.
    text = (
        "On the morning show, Tobin Vesk's first three callers ranged from doubtful to "
        'angry: "Why did the levy pass?" . . . "Who pays for it?"'
    )
    assert speakers(text) == ["Tobin Vesk's first three callers"] * 2
    # The owner's own word stays his: "Vesk's aide" is the aide.
    assert speakers('Vesk\'s aide said the plan was "dead on arrival."') == ["Vesk's aide"]
    # The phrase ends at its head noun, before the verb.
    text = 'Ana Ruiz\'s right-hand woman rallied supporters, saying: "We start at dawn."'
    assert speakers(text) == ["Ana Ruiz's right-hand woman"]


def test_a_tag_heard_after_a_question_names_who_was_heard_not_whom_they_asked():
    text = (
        "Vesk backed the registry, and the Harbor Ledger has the tape:\n\n"
        '"Should every tenant be listed?" a reporter can be heard asking Vesk after the '
        'meeting.\n\n"Go home!" Ivo Brask was heard shouting at the crowd.'
    )
    assert speakers(text) == ["reporter", "Ivo Brask"]


def test_words_someone_else_names_as_something_are_not_their_owners():
    # `X's remarks as "..."`: whoever plays them down calls them so.
    text = 'Last year, Ivo Brask played down Vesk\'s comments as "just part of the race for mayor."'
    assert speakers(text) == ["Ivo Brask"]
    assert speakers('In declaring Vesk\'s statements as "not neighborly," the abbot spoke up.') == [
        None
    ]
    # The owner's own promise stays his.
    assert speakers('Vesk\'s promise to be "tough on crime" was broken.') == ["Vesk"]


def test_two_names_with_a_long_affiliation_after_the_quote_are_its_tag():
    # The affiliation's own "and" joins no third speaker, and its length
    # does not hide the tag verb.
    text = (
        '"The seawall would hold for a decade," harbor engineers Ivo Brask and Mara Quorle of '
        "Lindvale's Institute for Tides and Coastal Safety wrote in May."
    )
    assert speakers(text) == ["Ivo Brask and Mara Quorle"]


def test_a_quote_set_off_by_dashes_is_an_aside_of_its_sentence():
    text = (
        'And although former governor Ivo Brask lamented her slips - "why hand them the '
        'next headline?" - Democrats in Ohio who watched the hearing said they were '
        "calm."
    )
    assert speakers(text) == ["Ivo Brask"]
    # A tag after one dash only is still a tag.
    assert speakers('"We won" -- Vesk said.') == ["Vesk"]


def test_a_place_after_in_is_where_the_speakers_are_not_who_they_are():
    text = '"It did not bother me," Democrats in Ohio who watched the hearing said.'
    assert speakers(text) == ["Democrats"]


def test_a_participle_after_an_object_clause_belongs_to_a_described_subject():
    # "even" is not part of the subject, and an unnamed strategist is one.
    text = (
        "Alongside calls for action, even a top party strategist said Quorle will have to "
        'pick a side on the levy, saying, "Sooner or later, she has to answer."'
    )
    assert speakers(text) == ["top party strategist"]
    assert speakers('Even a top aide said it was "a mess."') == ["top aide"]


def test_a_relative_clause_after_an_introductory_phrase_goes_with_it():
    text = (
        "In rejecting a similar appeal on the ferry fares, which was filed last week, the "
        "commission recognized that a court should settle it \u2014 \u201cso that every captain "
        "knows the rule.\u201d"
    )
    assert speakers(text) == ["commission"]


def test_a_given_name_ending_in_ly_opens_a_subject_not_an_adverb_phrase():
    text = (
        "Marly Quorle lent her backing to Councilman Tobin Vesk on Friday, saying the town "
        'needs "a real builder in City Hall."'
    )
    assert speakers(text) == ["Marly Quorle"]


def test_an_adverb_before_the_verb_and_an_agent_after_a_participle():
    text = (
        "The hearing was set so late that a spokesman for Ivo Brask could only quip: "
        '"I guess the ferry was full."'
    )
    assert speakers(text) == ["spokesman for Ivo Brask"]
    # A participle names a term, and its agent after the quote says it; the
    # dash closing the aside ends the agent's name.
    text = (
        "The inquiry has dragged on \u2014 often labeled a \u201cfishing trip\u201d by "
        "Democrats \u2014 and Vesk says it will go on."
    )
    assert speakers(text) == ["Democrats"]


def test_a_source_a_name_owns_and_made_is_the_names():
    text = (
        'Aides say the governor will "gladly back" Quorle. From Vesk\'s Chirper post: '
        '"For the sake of the harbor, we must act."'
    )
    assert speakers(text) == ["Aides", "Vesk"]


def test_a_compound_in_man_is_a_noun_for_a_person():
    text = (
        "The radioman pointed out that Vesk once backed many of the plans Quorle fought, "
        'including "toll roads, ferry cuts, and new fees."'
    )
    assert speakers(text) == ["radioman"]


def test_a_quote_with_its_own_lead_in_does_not_take_the_next_quotes_tag():
    text = (
        'When someone in the audience shouted, "Vesk," Brask joked, again in a drawl, '
        '"Welcome aboard, friend!"'
    )
    assert speakers(text) == ["someone in the audience", "Brask"]
    # A quote split by its tag keeps the tag for both halves.
    assert speakers('"We won," Vesk said, "and we will win again."') == ["Vesk", "Vesk"]


def test_a_name_owning_the_speaker_is_not_the_speaker():
    text = (
        "At the time, Vesk's hometown Lindvale Free Press wrote: \"Vesk said he would wait "
        'until the council voted."'
    )
    assert speakers(text) == ["Lindvale Free Press"]
    # A possessive name at the end of the phrase stays its speaker.
    text = 'The rally denounced council candidate Ivo Brask\'s call for "a toll on the bridge."'
    assert speakers(text) == ["Ivo Brask"]


def test_a_day_between_the_subject_and_its_verb_and_a_town_that_speaks():
    text = (
        "The town released a statement Wednesday saying Vesk's figures \"count the ferries "
        'twice," and invited him to the docks.'
    )
    assert speakers(text) == ["town"]
    assert speakers('The board Monday said the plan was "dead."') == ["board"]
    text = 'The harbor community has concluded that "unsafe" water reached 22 homes.'
    assert speakers(text) == ["harbor community"]


def test_a_sentence_closed_by_a_name_and_a_speech_verb_is_that_persons():
    text = (
        "Ivo Brask backs Sen. Tobin Vesk.\n\n"
        '"The only one who can fix the docks is Vesk," Brask adds.\n\n'
        "Vesk is not only right on the tolls, he is also the ablest builder Brask argues.\n\n"
        '"Vesk is our best planner," he says.'
    )
    assert speakers(text) == ["Ivo Brask", "Ivo Brask"]


def test_a_thing_a_described_speaker_owns_and_made_speaks_for_it():
    text = (
        "Ivo Brask said he appreciated the support. The campaign's statement then declares "
        '"the ferry dispute is settled."'
    )
    assert speakers(text) == ["campaign"]


def test_a_name_modifying_a_described_speaker_after_an_article():
    text = (
        "Ivo Brask is protesting the new tolls by giving away a carved oar.\n\n"
        "The Harbor presidential candidate sent a note to backers Tuesday urging "
        'them to join the raffle, to "win my carved oar!"'
    )
    assert speakers(text) == ["Harbor presidential candidate"]


def test_a_title_before_a_surname_named_only_so_counts_as_that_persons_role():
    # "President Roe", never named in full, holds the title as much as the
    # bank's president named later: "the president" is then either one, and
    # stays as written rather than the wrong name.
    text = (
        "On a mild day in Quillon, President Roe had reason to smile.\n\n"
        '"This is our best chance," Roe said after golf with Lindvale Bank President '
        "Tomas Brask.\n\nRoe said the accord would send a signal.\n\n"
        'The president also said he imagined a "quiet sunset" with his grandchildren.'
    )
    assert speakers(text) == ["Roe", "president"]


def test_a_participle_and_a_day_after_a_document_leave_it_the_subject():
    # "the order released Friday said": a reduced relative clause, dated;
    # the order speaks, before and after the quote.
    text = 'Roe\'s "claim that the plan has value is speculative," the order released Friday said.'
    assert speakers(text) == ["order"]
    text = 'The report released Tuesday said the levy was "a disaster for farmers."'
    assert speakers(text) == ["report"]


def test_a_name_owning_a_quote_a_noun_of_saying_follows_said_it():
    # `Roe's "..." promise`: the owner's words, as `Roe's promise to "..."`.
    text = (
        "Unions have fought the tax for years. It is the lasting pull of Tomas Roe's "
        '"if you pay your dues, you keep your seat" promise: many of them kept theirs.'
    )
    assert speakers(text) == ["Tomas Roe"]
    # A name owning a show or a thing is no one's words ("Ledger's "..." on").
    text = (
        'On the Quillon Ledger\'s "Morning Hour" on Monday, Ana Ruiz said the levy was '
        '"a disaster for every farmer in the valley."'
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_a_count_of_people_speaks_as_the_people_counted():
    # "dozens of nurses said": neither a bare "dozens" nor no one.
    text = '"We are done with this plan and its authors," dozens of nurses said on Monday.'
    assert speakers(text) == ["dozens of nurses"]
    text = '"We are done with this plan and its authors," said hundreds of students at the rally.'
    assert speakers(text) == ["hundreds of students"]
    text = (
        '"Keep the river clean for our children," thousands of farmers shouted as the mayor left.'
    )
    assert speakers(text) == ["thousands of farmers"]
    text = 'At the hearing, a handful of residents said the tower was "a threat to the river."'
    assert speakers(text) == ["handful of residents"]
    text = 'Scores of Velmar supporters told reporters that the vote was "rigged from the start."'
    assert speakers(text) == ["Scores of Velmar supporters"]


def test_a_description_that_speaks_in_the_sentence_before_goes_on_in_the_quote():
    # "The union explained that ... . "...": the union, as "Ruiz explained
    # that ... . "..." is Ruiz's.
    text = (
        "Ana Velmar spoke first. The union explained that the vote had been close. "
        '"We sensed the hall turn against us in the last hour."'
    )
    assert speakers(text) == ["union"]
    text = (
        "The bridge closed in May. A spokeswoman for the county warned on Friday that "
        'repairs could take a year. "Nobody should expect it to reopen before the spring."'
    )
    assert speakers(text) == ["spokeswoman for the county"]
    text = (
        "The vote failed. The two tenant groups argued that the council had ignored them. "
        '"We were never asked, not once."'
    )
    assert speakers(text) == ["two tenant groups"]


def test_a_count_of_people_opening_the_sentence_speaks_for_its_participle():
    # "Dozens of nurses marched ..., chanting": not a bare "Dozens".
    text = (
        "Ivo Brask spoke first. Dozens of nurses marched down Main Street, waving flags "
        'and chanting, "Fair pay now."'
    )
    assert speakers(text) == ["Dozens of nurses"]
    text = (
        "The square filled by noon. Thousands of Quillon farmers gathered outside City "
        'Hall, shouting "No more cuts!"'
    )
    assert speakers(text) == ["Thousands of Quillon farmers"]
    text = (
        "Hundreds of angry tenants packed the hearing on Tuesday, calling the plan "
        '"a betrayal of every renter."'
    )
    assert speakers(text) == ["Hundreds of angry tenants"]


@pytest.mark.parametrize(
    "tag", ["the company tweeted", "the company said", "the company said in a statement"]
)
def test_a_party_word_after_a_possessive_names_no_company(tag):
    # "Quillon's Republican governor" is a place's officeholder, never the
    # business "the company" points back to.
    text = (
        "Last week, Quillon's Republican governor vetoed a bill. "
        f'"We call on other firms to join us," {tag}.'
    )
    assert speakers(text) == ["company"]


def test_a_business_after_a_party_word_is_the_company():
    text = (
        "Brask's Democratic mayor signed the order. Employers such as Velmar opposed it. "
        '"We will not build here," the company said.'
    )
    assert speakers(text) == ["company"]
    # A business named by its name is still the one meant.
    text = (
        "Brask's Democratic mayor signed the order. Velmar Foods opposed it. "
        '"We will not build here," the company said.'
    )
    assert speakers(text) == ["Velmar Foods"]
