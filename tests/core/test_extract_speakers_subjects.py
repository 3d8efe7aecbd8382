"""Who speaks is the subject of the speech verb: never a name that is an
object, an affiliation or a place, and a description stays a description.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from app.core.extract import find_quotes
from tests.core.speaker_helpers import speakers


def test_participle_after_an_object_belongs_to_the_sentence_subject():
    text = 'Mara Quorle went after Tobin Vesk on Monday, calling him "a total fraud."'
    assert speakers(text) == ["Mara Quorle"]


def test_second_verb_after_and_belongs_to_the_sentence_subject():
    text = (
        "Dario Plent took the stage at the Harbor Hotel in Lindvale and called the "
        'budget "rotten to the core."'
    )
    assert speakers(text) == ["Dario Plent"]


def test_participle_after_a_relative_clause_belongs_to_its_verb():
    text = (
        "The mayor proposed a levy, a move that Ines Faro of the Renters League "
        'criticized, saying, "This will push families out of the city."'
    )
    assert speakers(text) == ["Ines Faro"]


def test_an_affiliation_is_not_the_speaker():
    text = 'Gil Marrow of Brannock Capital said the firm was "cutting its way to growth."'
    assert speakers(text) == ["Gil Marrow"]


def test_a_place_after_a_description_is_not_the_speaker():
    text = (
        "The firm showed the tool at a fair, where a hospital administrator from Ohio "
        'described it as "the first software our nurses liked."'
    )
    assert speakers(text) == ["hospital administrator"]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("A spokeswoman for the agency, Rosa Dimaro,", "Rosa Dimaro"),
        ("His budget director, Uli Banner,", "Uli Banner"),
        ("Tessa Lorn, a fellow at the Brightwater Institute in Kiel, Germany,", "Tessa Lorn"),
        ("Odo Prane, head of Fenwick College, Oxford, and an adviser to Corvath,", "Odo Prane"),
        ("In Marlow, retired teacher Greta Voss, 68,", "Greta Voss"),
    ],
)
def test_a_name_with_asides_before_the_verb(subject, expected):
    text = f'{subject} said the plan was "a step too far."'
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ('"We reject the ruling," the editorial board wrote.', "editorial board"),
        ('The ad claims "Pell is the candidate you can trust."', "ad"),
        ('Holding signs, the protesters chanted "Not in our town!"', "protesters"),
        ('"Is the plan dead?" a reporter asked.', "reporter"),
    ],
)
def test_a_description_is_the_speaker_never_a_nearby_name(sentence, expected):
    text = f"Nora Fell and Ivo Brask spoke at the forum on Tuesday. {sentence}"
    assert speakers(text) == [expected]


def test_a_capitalized_word_is_not_a_speech_verb():
    text = 'Colonel Ada Rusk said in a statement that the United States "will respond in time."'
    assert speakers(text) == ["Ada Rusk"]


def test_a_contracted_pronoun_is_still_a_pronoun():
    text = (
        'Pia Lund spoke to supporters. She said she\'d asked her "people" to "look into" the fees.'
    )
    assert speakers(text) == ["Pia Lund", "Pia Lund"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            'The leader of the Lindvale League, Ivo Brask, warned the ban would be "unacceptable."',
            "Ivo Brask",
        ),
        (
            "Vesk's Ohio state director, Mara Quorle, reached out to them, writing in an "
            'email: "We want to use this now."',
            "Mara Quorle",
        ),
        ('Tobin Vesk attacked Odo Prane, calling him "a failed candidate."', "Tobin Vesk"),
        (
            'Speaking at a town hall in Lindvale, Ohio, Nora Fell went after Ivo Brask, calling him "a plank of wood."',
            "Nora Fell",
        ),
        ('Another said he hoped the plan would pass: "That way we all win."', "Another"),
        (
            'One of those nurses, Greta Voss, said her car had been hit twice. "I just sat and cried," '
            "she said.",
            "Greta Voss",
        ),
    ],
)
def test_the_subject_with_its_descriptions(sentence, expected):
    assert set(speakers(sentence)) == {expected}


def test_dash_bylines_name_the_speaker():
    text = (
        "Nora Fell spoke first.\n\n"
        "\u201cRents are out of control.\u201d \u2015 Mia Torvane\n\n"
        '"We need buses."\n'
        "- Ivo Brask, tenant organizer\n"
    )
    assert speakers(text) == ["Mia Torvane", "Ivo Brask"]


def test_a_pull_quote_signed_on_its_own_last_line_is_the_signers():
    # The closing mark stands after the signature, on a line of its own:
    # the quote is the words before it, the speaker the name that signs.
    text = (
        "The fight is on.\n\n"
        '"I worry that we may see a return of the old rules as the mayor tries to stand apart.\n'
        'Ivo Brask, Center for Tenant Policy."\n\n'
        "But the mayor said nothing."
    )
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.speaker) for q in quotes] == [
        (
            "I worry that we may see a return of the old rules as the mayor tries to stand apart.",
            "Ivo Brask",
        )
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We reject the ruling and will appeal," read the email.', "email"),
        ('"The vote was close," the Lindvale Gazette reported Tuesday.', "Lindvale Gazette"),
        ('("I do not want a fight," said one party activist.)', "one party activist"),
        (
            'Dana Pell, the party spokeswoman, said in a statement. "There are no ballots to recount."',
            "Dana Pell",
        ),
    ],
)
def test_documents_and_descriptions_in_tags(text, expected):
    assert speakers(text) == [expected]


def test_two_people_as_one_subject_are_both_the_speaker():
    text = 'Nora Fell and Ivo Brask wrote that the plan was "dead on arrival."'
    assert speakers(text) == ["Nora Fell and Ivo Brask"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"They have to decide," Fair Pay Now organizing director Kendall Vesk told reporters.',
            "Kendall Vesk",
        ),
        (
            '"This raises questions," Katie Lorn, who is chairman of Our Pledge Fund said.',
            "Katie Lorn",
        ),
        ('The Senate passed the bill. "We will fight it," the company said.', "company"),
        (
            'Granite Foods bought the plant. The Senate passed the bill. "We will fight it," the company said.',
            "Granite Foods",
        ),
    ],
)
def test_subject_descriptions_and_organizations(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"Many of his ideas are cold," columnist Ana Vesk wrote in the Lindvale Times.',
            "Ana Vesk",
        ),
        (
            '"It is a bad deal," Senate Minority Leader Ivo Brask (D-Ore.) said in a statement.',
            "Ivo Brask",
        ),
        ('Ivo Brask spoke first. "Let me talk," Tessa Lorn shot back.', "Tessa Lorn"),
        ('Ivo Brask spoke first. "You know it happens," Tessa Lorn went on.', "Tessa Lorn"),
    ],
)
def test_tags_with_descriptions_parentheses_and_phrasal_verbs(text, expected):
    assert speakers(text) == [expected]


def test_a_person_the_sentence_is_about_is_not_its_speaker():
    # The judge found the words; the only person named is who the case is about.
    text = (
        "Ruling on Tobin Vesk's appeal, a district judge found "
        '"more than a passing doubt that the ledgers were complete."'
    )
    assert speakers(text) == ["district judge"]  # as written, not Vesk


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We are not done," said election lawyer Ana Ruiz.', "Ana Ruiz"),
        ('"It is over," police said, adding that the state agency was helping.', "police"),
        ('"That is not how it works," Tessa Lorn fumed on Tuesday.', "Tessa Lorn"),
    ],
)
def test_inverted_tags_with_descriptions(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"The map favours her, though only barely" that Vesk can draw level, said Ivo Brask, '
            "a strategist for the Lindvale party.",
            "Ivo Brask",
        ),
        ('"There is some concern," party spokeswoman Dana Pell said.', "Dana Pell"),
    ],
)
def test_late_and_described_tags(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"The plan has no keel," reads a Friday editorial of the Lindvale Gazette.',
            "Friday editorial",
        ),
        ('"Could he learn to row?" the 43-year-old wondered in the clip.', "43-year-old"),
        ('The prince called for Vesk to quit, calling him "a disgrace to the party."', "prince"),
    ],
)
def test_more_descriptions_that_speak(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'The Lindvale Tenants Union issued a statement saying it left "because of unsafe conditions."',
            "Lindvale Tenants Union",
        ),
        (
            "Fans pushed a protester at the rally in Lindvale, with Tobin Vesk reportedly yelling: "
            '"Get him out of here!"',
            "Tobin Vesk",
        ),
        (
            'Former secretary of state Nora Fell: "We learned that from the department."',
            "Nora Fell",
        ),
    ],
)
def test_statements_absolute_clauses_and_titles(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"This is the same attack," Lindvale press secretary Brian Vesk said.', "Brian Vesk"),
        (
            '"Both worry me," Harald Bonn, 30, of Lindvale, Ohio, who answered the survey, said.',
            "Harald Bonn",
        ),
        (
            '"We treat the next month as crucial," said Vesk\'s deputy campaign manager, '
            "Rich Brask, who oversees it.",
            "Rich Brask",
        ),
    ],
)
def test_tags_with_long_descriptions(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Tessa Lorn gave the crew "all the credit in the world" for the repairs.',
            "Tessa Lorn",
        ),
        (
            "Ivo Brask left early, while Ana Ruiz, the county clerk, hoped the board would "
            '"start again from the ledger."',
            "Ana Ruiz",
        ),
        (
            'Tessa Lorn spoke last. She stood by her pledge to "finish every road by fall."',
            "Tessa Lorn",
        ),
    ],
)
def test_a_partial_quote_with_no_speech_verb_is_its_clause_subjects(text, expected):
    assert speakers(text) == [expected]


def test_a_quote_after_a_sentence_where_a_person_speaks_is_theirs():
    text = (
        "Brask spoke after her. Ana Ruiz recalled the night the hall stood empty. "
        '"Nobody came, not one person."'
    )
    assert speakers(text) == ["Ana Ruiz"]
    # A group that argues is no person: the quote stays without a speaker.
    text = 'The crew argued that the wall was too high. "Nobody came, not one person."'
    assert speakers(text) == [None]


def test_reported_speech_belongs_to_who_reports_it():
    # Ruiz tells what Vesk called it; the article quotes Ruiz's telling.
    assert speakers('Ana Ruiz said Vesk called the levy "a stealth tax."') == ["Ana Ruiz"]
    # A plain speech verb nearest the quote keeps its own subject.
    text = 'Even if much of what Vesk says is wrong, Ana Ruiz said Vesk is "mostly right."'
    assert speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Ivo Brask asked about the road. "We will fix it," Tessa Lorn answered.', "Tessa Lorn"),
        ('Tessa Lorn spoke. "It is over," Ivo Brask pointed out.', "Ivo Brask"),
        # A dash aside after the subject is no dateline; a city in capitals is.
        (
            "Ana Ruiz spoke. Ivo Brask -- a Lindvale Rovers fan -- kept it short. "
            '"Harbors first," he answered.',
            "Ivo Brask",
        ),
        ('LINDVALE -- Ivo Brask said the road was "a mess."', "Ivo Brask"),
    ],
)
def test_tags_that_answer_and_point_out_and_dash_asides(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An apposition the writer did not close with a comma.
        (
            'Ana Ruiz, treasurer and founder of the Lindvale Renters Union wrote, "The rent '
            'rolls do not add up."',
            "Ana Ruiz",
        ),
        # "Quorle Vesk" reads like a person: after "of", an affiliation.
        ('According to Ivo Brask of Quorle Vesk, "the rents doubled in a year."', "Ivo Brask"),
        # "... and added": the subject of the first verb.
        (
            "After a long, slow morning at the depot with the reporter Tessa Lorn, Brask said "
            'he was tired and added, "I am done."',
            "Brask",
        ),
    ],
)
def test_open_appositions_affiliations_after_according_to_and_second_verbs(text, expected):
    assert speakers(text) == [expected]


def test_a_description_after_an_inverted_verb_that_gives_a_name_means_that_name():
    text = (
        '"There never was an order," said the base chief known as Tam, speaking in '
        'public at last. "Not once did I doubt it."\n\n'
        '"We held the line," said a guard named Ivo Brask.'
    )
    assert speakers(text) == ["Tam", "Tam", "Ivo Brask"]
    # A name inside a relative clause is someone else.
    assert speakers('"No," said a man who called Ivo Brask a liar.') == ["man"]


def test_a_title_and_full_name_after_an_organizations_name_with_a_preposition():
    # "The Council on Rural Affairs Executive Director Anna Vesk says": the
    # "on" is inside the council's name; the titled person speaks. Someone
    # for whom a titled person works still speaks for them.
    text = (
        "The Quillon Council on Rural Affairs National Executive Director Anna Vesk says in "
        'a statement that Roe\'s "rhetoric has crossed the line."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Anna Vesk"]
    text = '"We will win," a spokeswoman for Velmar Mayor Tom Roe said.'
    assert find_quotes(text)[0].speaker != "Tom Roe"
    assert find_quotes('"We will win," Ana Ruiz of the Velmar Union said.')[0].speaker == "Ana Ruiz"


def test_a_name_after_a_verb_and_of_or_by_is_who_says_the_gerund():
    # "think of Ruiz saying", "stunned by Ruiz saying": a verb before the
    # preposition, so Ruiz says it.
    text = 'What do you think of Ana Ruiz privately saying "pray for him" in response?'
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz"]
    text = 'Voters were stunned by Ana Ruiz saying "we will never stop" at the rally.'
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz"]


def test_a_span_of_time_opening_the_sentence_is_no_subject():
    # "That night," "The next day," "Every year,": the subject comes after
    # the comma, and a participle later in the sentence goes with it.
    text = (
        "Ana Velmar lost the vote. That night, the mayor left the hall early, "
        'saying the result was "a setback, not a defeat."'
    )
    assert speakers(text) == ["mayor"]
    text = (
        "Ivo Brask filed the suit. The next day, his lawyer stood on the courthouse "
        'steps, calling the ruling "a gift to the city."'
    )
    assert speakers(text) == ["lawyer"]
    text = (
        "The plant closed in March. Every year, the Quillon council had renewed the "
        'permit, calling the site "safe for decades."'
    )
    assert speakers(text) == ["Quillon council"]


def test_a_sign_carried_says_what_its_carriers_say():
    # "carrying signs saying", "holding a placard declaring": the marchers
    # speak, never the sign nor the participle phrase.
    text = (
        "The meeting was set for noon.\n\nAn angry crowd of Quillon workers and retirees had "
        "gathered by the depot, demanding Velmar's firing and carrying signs saying, "
        '"Merger today, layoffs tomorrow."'
    )
    assert speakers(text) == ["angry crowd of Quillon workers"]
    text = (
        "Ana Velmar spoke. The Quillon teachers marched to the capitol on Tuesday, "
        'carrying posters saying "Schools first."'
    )
    assert speakers(text) == ["Quillon teachers"]
    text = 'The union rallied. Members stood at the gate holding a placard declaring, "We stay."'
    assert speakers(text) == ["Members"]
    text = 'The town was quiet. Farmers lined the road wearing T-shirts saying "No new tax."'
    assert speakers(text) == ["Farmers"]


def test_a_name_in_apposition_after_a_long_description_speaks():
    # "the prominent civil rights group the Lindvale League": the League,
    # not the latest organization the description could stand for.
    text = (
        "The Vesk Council met on Monday. Before the vote, a group of pastors called for a "
        "boycott, and the prominent Quillon civil rights organization the Lindvale League "
        'strongly denounced the plan and said it would "redirect" all of its donations.'
    )
    assert speakers(text) == ["Lindvale League"]
    text = (
        "The council met on Monday. The prominent Quillon civil liberties group the Vesk "
        'Union said the plan was "a disgrace to the city."'
    )
    assert speakers(text) == ["Vesk Union"]
    text = (
        "The council met on Monday. The small Quillon tenants group the Harbor Renters "
        'Alliance called the plan "a betrayal."'
    )
    assert speakers(text) == ["Harbor Renters Alliance"]


def test_each_between_two_subjects_and_the_verb_keeps_both():
    # "X and Y each said": both speak; "each" is no part of either.
    text = '"We will not sign this budget," Ana Velmar and Ivo Brask each said on Monday.'
    assert speakers(text) == ["Ana Velmar and Ivo Brask"]
    text = (
        "Ivo Brask spoke last. Amid what the Quillon Gazette and the Lindvale Ledger each "
        'called a "rough week" for the mayor, the council met again.'
    )
    assert speakers(text) == ["Quillon Gazette and Lindvale Ledger"]
    text = 'The two unions each said the offer was "an insult to every worker."'
    assert speakers(text) == ["two unions"]
