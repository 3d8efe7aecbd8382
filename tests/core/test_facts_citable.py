"""Facts a staffer can cite: checkable, standalone, never a quote in disguise.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract import extract_items, find_facts
from tests.core.facts_helpers import cited, facts, verdict

CHECKABLE = "The Quillon County board voted 5-2 on Tuesday to close the Marrowfield depot."


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("The no-phone rule should apply to all 40 clerks in Quillon County.", "hedge"),
        ("Tuesday's hearing might not change many minds in Quillon County.", "hedge"),
        ("The Marrowfield plan probably cost the county $3 million in 2019.", "hedge"),
        ("Orla Brennick is expected to win the 2020 Quillon County race.", "hedge"),
        ("Clearly, the Marrowfield depot was a waste of $40 million.", "opinion"),
        ("Orla Brennick made a mistake in 2019, as we see it.", "personal"),
        ("Orla Brennick ran a brilliant campaign for the 2019 county race.", "opinion"),
        # An adjective whose first sense judges ("great": very good; "huge").
        ("Orla Brennick had a great night in the Quillon County race on May 2, 2019.", "opinion"),
        (
            "The Velmar Fund gave Orla Brennick $4 million in May 2019, a huge sum for a month.",
            "opinion",
        ),
        ("Four clerks were hurt on May 9, showing how unsafe the old depot was.", "opinion"),
        ("The Quillon union is widely regarded as the most liberal since 2019.", "opinion"),
        ("Orla Brennick believes the depot closed in 2018 for good reasons.", "belief"),
        ("Tune in at 9 p.m. for the Quillon County debate on Channel 4.", "subject"),
        ("If elected, Orla Brennick would cut the Marrowfield budget by 10 percent.", "opening"),
        ("Never forget the 2019 vote on the Marrowfield depot.", "subject"),
        ("Orla Brennick Wins Quillon County Race With 5,210 Votes.", "headline"),
        ("Orla Brennick gestures during a rally in Marrowfield on May 2, 2019.", "caption"),
        ("Tamsin Quarrow will speak about the $3 million Quillon County budget.", "future"),
        ("Orla Brennick closed the depot in 2019 ... after months of talks.", "fragment"),
        # The writer's argument and intensifiers.
        ("For one thing, Orla Brennick cut the 2019 depot budget by half.", "opinion"),
        ("As if this were not enough, the union filed 2 more suits.", "opinion"),
        ("Starting Tuesday, the Quillon race will be incredibly close.", "opinion"),
        # The writer's conviction, and a verdict on how an act went.
        ("40 Quillon clerks are definitely not voting for Orla Brennick in 2020.", "opinion"),
        ("The Marrowfield levy failed spectacularly on May 3, 2019.", "opinion"),
        ("The Velmar Guild really has cut Quillon County's costs by half since 2019.", "opinion"),
        ("The Velmar Guild literally shut 40 depots in Quillon in May 2019.", "opinion"),
        ("Actually, the two depots are one and the same since 2019.", "opinion"),
        # The writer's surprise or interest, the adjectives of "curiously", "interestingly".
        ("Orla Brennick made an unusual visit to the Marrowfield depot on May 2, 2019.", "opinion"),
        (
            "Orla Brennick's 40-vote win in Quillon County on May 2, 2019, was unexpected.",
            "opinion",
        ),
        # A vague amount of a disposition.
        (
            "Orla Brennick has shown little appetite since May 2019 for a second county race.",
            "analysis",
        ),
        # A noun that judges wherever it stands.
        ("On May 2, 2019, the Quillon board opened an inquiry into the depot debacle.", "opinion"),
        ("Approval of the Marrowfield budget is a foregone conclusion on May 2, 2019.", "opinion"),
        ("Flipping a coin is supposed to be fair, with 2 sides alike.", "hedge"),
        ("Orla Brennick announced a kind of truce with the union on May 9.", "hedge"),
        # A poll's answers, spelled out, with no poll named.
        ("Forty-one percent would choose Orla Brennick for the board.", "pointer"),
    ],
)
def test_opinions_hedges_predictions_and_headlines_are_not_facts(sentence, why):
    text = f"{CHECKABLE}\n{sentence}\n"
    assert facts(text) == [CHECKABLE]
    assert verdict(text, sentence) == why


def test_questions_exclamations_and_datelines_are_not_facts():
    text = (
        "Will the Quillon County board vote 5-2 again on Tuesday?\n"
        "Orla Brennick won 5,210 votes!\n"
        "MARROWFIELD (Wirepress) — The Quillon County board voted 5-2 on Tuesday.\n"
    )
    found = find_facts(text)
    assert [text[f.start : f.end] for f in found] == [
        "The Quillon County board voted 5-2 on Tuesday."
    ]
    assert text[: found[0].start].endswith("— ")  # the dateline is left out of the span


def test_bylines_and_site_boilerplate_are_not_facts():
    text = (
        "By Orla Brennick and Tamsin Quarrow, Staff Writers, May 2, 2019.\n"
        "The Quillon County clerk did not respond to a request for comment on Tuesday.\n"
        "Sign up for our newsletter to get the 5 top Quillon County stories.\n"
        "Photo by Tamsin Quarrow via Getty Images, taken on May 2, 2019.\n"
        f"{CHECKABLE}\n"
    )
    assert facts(text) == [CHECKABLE]


def test_a_sentence_carrying_a_direct_quote_is_the_quotes_not_a_fact():
    text = (
        '"We are closing the depot for good," Orla Brennick said on Tuesday. '
        "Tamsin Quarrow said the board's plan was \u201ca reckless gamble\u201d in 2019. "
        "Orla Brennick called the plan ''reckless'' at a hearing on May 2. "
        f"{CHECKABLE}"
    )
    assert facts(text) == [CHECKABLE]
    assert [i.kind for i in extract_items(text)].count("quote") >= 1


def test_quote_marks_around_a_title_or_a_term_may_stay():
    text = (
        'The board adopted a "sanctuary county" ordinance on Tuesday by a 5-2 vote.\n'
        'Orla Brennick wrote the 2019 book "The Long Road to Marrowfield" after leaving office.\n'
    )
    assert facts(text) == text.strip().split("\n")


def test_a_pronoun_subject_is_resolved_in_brackets_and_the_span_keeps_the_source_words():
    text = (
        "Orla Brennick won the Quillon County primary on May 3.\n"
        "She received 5,210 votes, the Quillon County clerk reported.\n"
        "Her campaign spent $40,000 on radio ads in April.\n"
        "Orla Brennick first ran for the Quillon County board in 2015.\n"
        "In 2019, she voted against the Marrowfield depot budget.\n"
    )
    found = find_facts(text)
    spans = [text[f.start : f.end] for f in found]
    assert spans[1:3] + spans[4:] == [
        "She received 5,210 votes, the Quillon County clerk reported.",
        "Her campaign spent $40,000 on radio ads in April.",
        "In 2019, she voted against the Marrowfield depot budget.",
    ]
    assert [f.cited_text(text) for f in found[1:3] + found[4:]] == [
        "[Orla Brennick] received 5,210 votes, the Quillon County clerk reported.",
        "[Orla Brennick's] campaign spent $40,000 on radio ads in April.",
        "In 2019, [Orla Brennick] voted against the Marrowfield depot budget.",
    ]
    assert found[0].cited is None  # a sentence naming its subject is cited as it stands


def test_a_surname_is_cited_with_the_full_name_given_earlier():
    text = (
        "Quillon County Commissioner Tamsin Quarrow proposed the depot budget in March.\n"
        "The board approved it on Tuesday after Quarrow spoke for an hour.\n"
        "She said Monday the county would save $2 million a year.\n"
    )
    # ("the county" is the one the article named: bracketed too.)
    assert (
        cited(text)[-1]
        == "[Tamsin Quarrow] said Monday [Quillon County] would save $2 million a year."
    )


def test_a_subject_that_cannot_be_resolved_with_confidence_is_not_offered():
    text = (
        "Orla Brennick met Piet Harrowgate in Marrowfield on Monday.\n"
        "He signed the depot contract for $3 million on Tuesday.\n"
        "The county spent about $1 million a day on the Marrowfield depot in 2019.\n"
        "That's about $30 million a month.\n"
        "It closed on May 3 after 12 years.\n"
        "They voted 5-2 to sell the land in June.\n"
        "The two men met again on May 9 in Quillon County.\n"
    )
    assert facts(text) == [
        "Orla Brennick met Piet Harrowgate in Marrowfield on Monday.",
        "The county spent about $1 million a day on the Marrowfield depot in 2019.",
    ]


def test_a_leading_conjunction_stays_before_a_word_in_lower_case():
    # "[T]he county board ...": a bracket that is only a capital letter reads
    # as a misprint or an initial; the source's "But" stays instead.
    text = (
        "Orla Brennick lost the 2019 race.\n"
        "But the county board approved Orla Brennick's depot plan 5-2 in 2020.\n"
    )
    found = find_facts(text)
    assert text[found[1].start : found[1].end] == (
        "But the county board approved Orla Brennick's depot plan 5-2 in 2020."
    )
    assert found[1].cited is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon County board voted 5-2 on Tuesday to close the Marrowfield depot.",
        "Governor Tamsin Quarrow signed the Marrowfield budget on June 30.",
        "The county spent $1.2 million on the Marrowfield depot in 2019.",
        "The Marrowfield city council approved the Marrowfield depot ordinance in 2019.",
        "Orla Brennick resigned from the Quillon County board in March.",
        "Quillon County had 412,000 residents and three hospitals in 2019.",
        "A Quillon state court ruled on Friday that the Marrowfield depot contract was void.",
        "In 2017, the Quillon legislature banned new depots within city limits.",
        "Piet Harrowgate said on Tuesday that the $3 million depot budget was a terrible idea.",
        "Tamsin Quarrow said on Tuesday that the 5-2 vote on the Marrowfield depot was unusual.",
        "Tamsin Quarrow said on Tuesday that the 5-2 vote on the Marrowfield depot was a farce.",
        "Tamsin Quarrow said on Tuesday that the 5-2 board showed little interest in the Marrowfield depot.",
        "The Great Quillon Fire of 1911 destroyed 400 homes in Marrowfield.",
    ],
)
def test_nothing_worth_citing_is_lost(sentence):
    # Opinion, speculation and a quote around it do not take it down with them.
    text = (
        "Clearly, the depot was a bad idea.\n"
        '"It was a disgrace," Piet Harrowgate said.\n'
        f"{sentence}\n"
        "The next vote might go the other way.\n"
    )
    assert facts(text) == [sentence]


def test_the_line_after_a_quote_that_says_who_said_it_and_when_is_no_fact():
    text = (
        f"{CHECKABLE}\n"
        '"Who do they think they are?" '
        "Orla Brennick said of the union in May, when its 40 clerks refused to open the depot.\n"
    )
    assert facts(text) == [CHECKABLE]
    assert verdict(text, "Orla Brennick said of") == "attribution"


def test_a_dateline_with_a_state_and_a_day_is_left_out():
    text = "MARROWFIELD, Qu., May 9 (Wirepress) \u2014 The Quillon County board voted 5-2 on Tuesday.\n"
    fact = find_facts(text)[0]
    assert text[fact.start : fact.end] == "The Quillon County board voted 5-2 on Tuesday."
