"""Speakers from sentence constructions news writes often, each probed
in several wordings. Every sentence here is invented."""

from __future__ import annotations

import pytest

from app.core.extract import find_quotes
from tests.core.speaker_helpers import speakers


def test_a_participle_opening_the_sentence_gives_its_quote_to_the_main_subject():
    # `In calling the plan "...," the mayor broke with ...`: the mayor called it.
    text = 'In declaring the deal "dead on arrival," the union leader again showed his timing.'
    assert speakers(text) == ["union leader"]
    text = 'By branding the levy "a tax on farmers," the council chair angered the growers.'
    assert speakers(text) == ["council chair"]
    text = 'After describing the vote as "a betrayal" , the governor left the hall.'
    assert speakers(text) == ["governor"]
    text = 'Ivo Brask spoke first. Calling the levy "a tax on farmers," he walked out.'
    assert speakers(text) == ["Ivo Brask"]
    # Not past a clause of its own, nor when the participle is not the opening.
    assert speakers('In calling the plan "reckless," which it was, the mayor left.') == [None]


def test_a_colon_line_naming_only_a_text_gives_the_text_or_its_writer():
    # `Partial transcript as follows:`: no one named, the text speaks.
    quote = '\n\n"We will open the bridge in May."'
    text = "Ana Velmar spoke to the board on Monday.\n\nPartial transcript as follows:" + quote
    assert speakers(text) == ["transcript"]
    text = "The hearing ran late.\n\nExcerpts from the transcript:" + quote
    assert speakers(text) == ["transcript"]
    text = "The board met in May.\n\nRead the letter below:" + quote
    assert speakers(text) == ["letter"]
    # The statement the article said someone released is theirs.
    text = "Ana Velmar released a statement on Monday.\n\nHere is the full statement:" + quote
    assert speakers(text) == ["Ana Velmar"]
    # A line of someone's own is theirs; a line naming no text names no one.
    text = "Ana Velmar spoke on Monday. Here is what she told the board:" + quote
    assert speakers(text) == ["Ana Velmar"]
    assert speakers("The results, by the numbers:" + quote) == [None]


def test_a_title_before_the_person_it_made_known_is_no_quote():
    # `"Sons of the Sea is Back" star Ana Ruiz`: a show's title, no one's words.
    assert find_quotes('"Sons of the Sea is Back" star Ana Ruiz spoke about her childhood.') == []
    assert find_quotes('After the news broke, the "Harbor Lights" actress posted a message.') == []
    text = 'In an interview, the "Late Talk with Ivo" host said the show would end.'
    assert find_quotes(text) == []
    # Words said before a tag naming a star stay a quote.
    assert speakers('"We are back," star Ana Ruiz said.') == ["Ana Ruiz"]


def test_a_family_speaks_as_a_family_not_as_the_person_it_belongs_to():
    # "family" ends in -ly but is no adverb: `Ruiz's family said` is the family.
    text = 'Ana Ruiz died on Monday. Ruiz\'s family said that she had been "a light to all."'
    assert speakers(text) == ["Ruiz's family"]
    text = 'Ana Ruiz died on Monday. Ruiz\'s family said: "She was a light to all."'
    assert speakers(text) == ["Ruiz's family"]
    text = 'Ana Ruiz died on Monday. "She was a light to all," the family said in a statement.'
    assert speakers(text) == ["family"]
    # An adverb there is still passed over.
    text = 'Ivo Brask spoke first. The family reportedly said the levy was "a burden on farmers."'
    assert speakers(text) == ["family"]


def test_a_verb_of_causing_gives_the_infinitive_s_words_to_its_object():
    # "The ruling prompted Ana Ruiz to declare": Ruiz declared, not the ruling.
    text = 'The ruling prompted Ana Ruiz to declare, "This is the end of the levy."'
    assert speakers(text) == ["Ana Ruiz"]
    assert speakers('The vote led the union to state, "We will strike on Monday."') == ["union"]
    text = 'Ivo Brask spoke first. The delay moved the mayor to write: "We cannot wait."'
    assert speakers(text) == ["mayor"]
    text = (
        "That record prompted the Quillon Almanac, which tracks county votes, to state, "
        '"Velmar County is the surest bellwether in the country."'
    )
    assert speakers(text) == ["Quillon Almanac"]
    # The subject of a verb of its own still speaks for its infinitive.
    assert speakers('Ana Ruiz took to the radio to call it "a disgrace."') == ["Ana Ruiz"]


def test_documents_in_the_plural_saying_something_are_their_issuer_s_words():
    # "released statements calling": the campaign's words, as "a statement" is.
    text = 'The campaign released statements calling the ruling "a travesty."'
    assert speakers(text) == ["campaign"]
    text = 'The campaign released two ads calling Vesk "a career politician."'
    assert speakers(text) == ["campaign"]
    assert speakers('Ana Ruiz posted messages calling Vesk "a career politician."') == ["Ana Ruiz"]
    text = 'The union issued a statement calling the vote "a sham."'
    assert speakers(text) == ["union"]


def test_common_nouns_for_people_in_the_news_speak():
    # "the deputy said", "one homeowner said": a quote and its speaker.
    text = 'The mayor, Ana Ruiz, and her deputy, Lena Moss, spoke. "We are ready," the deputy said.'
    assert speakers(text) == ["deputy"]
    assert speakers('"We lost everything," one homeowner said.') == ["one homeowner"]
    text = 'A firefighter at the scene said the blaze was "out of control."'
    assert speakers(text) == ["firefighter"]
    assert speakers('Lobbyists for the industry called the rule "a job killer."') == ["Lobbyists"]


def test_a_quote_left_open_before_a_paragraph_opening_with_a_mark_is_a_quote():
    # Each paragraph of a quote opens with a mark, only the last closes: the
    # first part, after its tag's sentence, is the speaker's quote too.
    quotes = find_quotes(
        'Ana Ruiz spoke at the hall. "The levy is a mistake," Ruiz said. "It hurts '
        'farmers and it hurts towns.\n\n"We will repeal it in May," she continued.'
    )
    assert [q.speaker for q in quotes] == ["Ana Ruiz"] * 3
    assert quotes[1].end - quotes[1].start == len("It hurts farmers and it hurts towns.")
    text = (
        "\u201cWe need steady hands,\u201d Lena Moss told the board. \u201cNot a mayor "
        "who changes her mind every week.\n\n\u201cWell, my friends, the bridge stays!\u201d "
        "she said."
    )
    assert speakers(text) == ["Lena Moss"] * 3
    # A mark left open in mid-sentence, with no paragraph opening after it, is no quote.
    text = 'Ana Ruiz called it "a setback and moved on.\n\nThe vote is in May.'
    assert speakers(text) == []


def test_words_given_as_someone_s_view_or_in_their_words_are_theirs():
    # `in the words of Ana Ruiz, "..."`, `Ruiz's view is that ... "..."`.
    assert speakers('The levy is, in the words of Ana Ruiz, "a tax on farmers."') == ["Ana Ruiz"]
    assert speakers('In the words of Ana Ruiz, the levy is "a tax on farmers."') == ["Ana Ruiz"]
    assert speakers('Ana Ruiz\'s view is that the levy is "a tax on farmers."') == ["Ana Ruiz"]
    text = 'Ana Ruiz spoke. Her position remains that the levy is "a tax on farmers."'
    assert speakers(text) == ["Ana Ruiz"]
    # Someone else's verb in the sentence still decides.
    text = (
        "Ana Ruiz took office in May. Her position as mayor gave her a platform, and Vesk "
        'called the levy "a tax on farmers."'
    )
    assert speakers(text) == ["Vesk"]


def test_a_name_in_capitals_someone_calls_a_person_is_a_quote():
    # `called Vesk "Little Ivo"`: words someone said, not a show's title.
    assert speakers('Within minutes, Ana Ruiz called Vesk "Little Ivo" three times.') == [
        "Ana Ruiz"
    ]
    assert speakers('Ana Ruiz called Tom Vesk "The Iron Mayor of Quillon."') == ["Ana Ruiz"]
    assert speakers('Critics dubbed her "The Iron Mayor" after the strike.') == ["Critics"]
    # A work named, or watched, stays a title.
    assert find_quotes('The troupe staged a new play called "Sons of the Sea" in May.') == []
    assert find_quotes('Ana Ruiz watched "The Iron Mayor" on Sunday.') == []


def test_a_pronoun_subject_is_not_the_person_its_own_clause_names():
    # "He called Vesk "...": "he" is someone other than Vesk.
    text = 'Tom Vesk spoke first. Ivo Brask\'s reply was sharp. He called Vesk "a fraud."'
    assert speakers(text) == ["Ivo Brask"]
    text = (
        'Tom Vesk spoke first. Ivo Brask\'s reply was sharp. He told reporters Vesk was "a fraud."'
    )
    assert speakers(text) == ["Ivo Brask"]
    text = 'Lena Moss spoke first. Ana Ruiz\'s answer came fast. She told Moss she was "done."'
    assert speakers(text) == ["Ana Ruiz"]
    # A name owning or describing something there is no such person.
    text = 'Tom Vesk spoke first. He said the Vesk campaign was "in good shape."'
    assert speakers(text) == ["Tom Vesk"]


def test_those_described_speak_and_a_verb_s_object_is_no_inverted_tag():
    # "Those close to Ruiz called the poll "...": the people described, never
    # "the poll" after the verb (only a tag verb inverts: `Said the mayor:`).
    text = 'Ana Ruiz is running for mayor. Those close to Ruiz called the poll "meaningless."'
    assert speakers(text) == ["Those close to Ruiz"]
    text = 'Ana Ruiz is running for mayor. Those who know Ruiz say she is "a fighter."'
    assert speakers(text) == ["Those who know Ruiz"]
    assert speakers('Ana Ruiz spoke. Those in the room called it "a disaster."') == [
        "Those in the room"
    ]
    assert speakers('Said the mayor: "We are ready."') == ["mayor"]
    assert speakers('Wrote Ana Ruiz in her blog: "We are ready."') == ["Ana Ruiz"]


def test_more_verbs_of_saying_tag_a_quote():
    # "muttered", "confessed", "elaborated": words said, and who said them.
    assert speakers('"Not again," Ivo Brask muttered under his breath.') == ["Ivo Brask"]
    assert speakers('"I was wrong," Ivo Brask confessed.') == ["Ivo Brask"]
    text = 'Ivo Brask elaborated on the plan: "We will build two bridges."'
    assert speakers(text) == ["Ivo Brask"]
    text = 'The board met. "We lost," the chair grumbled as she left the hall.'
    assert speakers(text) == ["chair"]


def test_a_catch_phrase_mantra_or_line_someone_owns_gives_them_the_quote():
    # `Vesk's catch phrase was that Quillon "..."`: the owner's words.
    lead = "In the 2010 race, Velmar Roe backed Ana Quillon against Tobin Vesk. "
    for noun in ("catch phrase", "mantra", "favorite line", "refrain", "pitch to voters"):
        text = lead + f'Vesk\'s {noun} in that race was that Quillon "would say anything to win."'
        assert speakers(text) == ["Tobin Vesk"], noun
    text = (
        "Tobin Vesk lost the race to Ana Quillon in May. His explanation was that "
        'Quillon "would say anything to win."'
    )
    assert speakers(text) == ["Tobin Vesk"]
    # A line someone else reads out is theirs, not the owner's.
    text = lead + 'Roe mocked Vesk\'s line, calling it "a slogan for a bumper sticker."'
    assert speakers(text) == ["Velmar Roe"]


def test_a_tag_credited_to_a_source_after_it_gives_the_quote_to_the_source():
    # `," Vesk said, according to the Gazette.`: the words as the source reports them.
    cases = [
        (
            '"We are ready," Tobin Vesk said at a rally, according to the Quillon Gazette.',
            "Quillon Gazette",
        ),
        (
            '"No," the mayor told reporters, according to Velmar Radio, during a stop.',
            "Velmar Radio",
        ),
        ('"Why?" Ana Roe asked Monday, according to a transcript of the hearing.', "transcript"),
        ('"Go," aide Ivo Brask said in a statement according to the Herald. "Now."', "Herald"),
        # Not when "according to" opens a clause of its own after the tag,
        ('"We won," Ana Roe said, adding that according to the count it was close.', "Ana Roe"),
        ('"We won," Ana Roe said Tuesday. According to the count, it was close.', "Ana Roe"),
        # nor for a translation or a record of the speaker's own side.
        ('"We stay," Ana Roe said, according to a translation provided by her office.', "Ana Roe"),
        ('"We stay," Ana Roe told the council, according to her campaign.', "Ana Roe"),
    ]
    for text, who in cases:
        got = speakers(text)
        assert got[0] == who, text
        assert all(s == got[0] for s in got), text  # a quote going on keeps the source


def test_a_sentence_opening_with_according_to_gives_the_quote_to_that_source():
    # `According to the Gazette, Roe praised her "..."`: the source reports it.
    cases = [
        (
            'According to the Quillon Gazette, Ana Roe praised her "tireless work."',
            "Quillon Gazette",
        ),
        ('According to Velmar Radio, the mayor called the plan "a disgrace."', "Velmar Radio"),
        ('According to a court filing, Ivo Brask wrote that he was "never told."', "court filing"),
        # The source a name of a place or group follows is the person, as before,
        ('According to Ana Roe of the Union, the deal was "a disgrace."', "Ana Roe"),
        # and a record of the speaker's own side leaves the quote to the speaker.
        ('According to her aides, Ana Roe called it "a disgrace."', "Ana Roe"),
    ]
    for text, who in cases:
        assert speakers(text) == [who], text


def test_an_outlet_credited_at_the_end_of_the_quote_sentence_is_the_source():
    # `Fans chanted, "...," the Gazette reports.`: the words as the outlet reports them.
    cases = [
        (
            'Fans chanted, "Go home," at the rival team, the Quillon Gazette reports.',
            "Quillon Gazette",
        ),
        (
            'Ana Roe slammed the board for "waste and fraud" on air, Velmar Watch first reported.',
            "Velmar Watch",
        ),
        (
            'Ivo Brask called the levy "a tax on farmers" in a speech, the Herald reported.',
            "Herald",
        ),
        # Not a report named inside the sentence, nor a later sentence's.
        ('Ana Roe called it "a waste" in a speech, and the Herald reported that.', "Ana Roe"),
        ('Ana Roe called it "a waste." The Herald reported the vote.', "Ana Roe"),
    ]
    for text, who in cases:
        assert speakers(text) == [who], text


def test_a_capitalized_pronoun_after_a_led_in_quote_ending_in_a_mark_opens_a_new_sentence():
    # `telling her, "...!" She answered`: the quote's own sentence led it in;
    # a tag's pronoun after "!" or "?" would be lower-case, so "She" opens
    # the next sentence and the quote stays the lead-in's.
    wordings = [
        'After Orla Venn lost the count, Tomas Brask wrote to her, telling her, "you fought '
        'well and we need you!" She answered him a week later.',
        'Dana Quill greeted the returning ferryman at the gate, calling out, "Welcome back '
        'to Ostel!" He laughed and shook her hand.',
        'Tomas Brask phoned Orla Venn on Sunday, asking her: "Will you run again?" She said '
        "she had not decided.",
    ]
    assert [speakers(text) for text in wordings] == [
        ["Tomas Brask"],
        ["Dana Quill"],
        ["Tomas Brask"],
    ]
    # A name after it too, when the lead-in is a verb of saying ("telling
    # her,", "asked:"): the quote takes no second tag.
    named = [
        'Tomas Brask wrote to Orla Venn, telling her, "you are a fine leader!" Venn said she '
        "was touched.",
        'Dana Quill stood at the gate and asked: "Who locked it?" Rolf Dane shrugged and '
        "said he had no idea.",
    ]
    assert [speakers(text) for text in named] == [["Tomas Brask"], ["Dana Quill"]]
    # With no lead-in, a name after the mark is the tag.
    assert speakers('Venn waved. "Will you run again?" Brask asked.') == ["Brask"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ilse Marrow praised Tarrow Salt v. Dane, the case that ended the toll.\n\n"
            '"It was a good day for every ferry on the lake."',
            "Ilse Marrow",
        ),
        (
            'Rolf Brannock spoke about Quarry Guild v. Lenner on Monday, saying, "The toll '
            'is the law of the valley."',
            "Rolf Brannock",
        ),
        (
            "Ilse Marrow, who argued Tarrow Salt v. Dane before the court, called the ruling "
            '"a loss for every ferry."',
            "Ilse Marrow",
        ),
        (
            "Rolf Brannock also spoke about Quarry Guild v. Lenner, the case now before the "
            "court. (The toll binds every barge twice a year.)\n"
            '"The toll is the law of the valley. But nobody can pay it twice."',
            "Rolf Brannock",
        ),
    ],
)
def test_the_v_of_a_case_name_ends_no_sentence_before_a_quote(text, who):
    # "Tarrow Salt v. Dane" is one name: the sentence holding it goes on past
    # "v.", so its subject is the person before the case, not the party after.
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'Rolf Dane met Ilse Marrow on Monday. Asked by Dane if Tarrow "gets" the toll, '
            "Marrow gave no direct answer.",
            "Rolf Dane",
        ),
        (
            'Ilse Marrow chairs the ferry board. When asked by Rolf Dane whether it was "out '
            'of touch," Marrow said it was not.',
            "Rolf Dane",
        ),
        (
            "Rolf Dane met Ilse Marrow on Monday. Marrow, asked by Dane whether the plan had "
            '"lost the room," only laughed.',
            "Rolf Dane",
        ),
        (
            "Ilse Marrow chairs the ferry board. Asked by Rolf Dane, a trucker, whether the "
            'toll would "ever end," she shrugged.',
            "Rolf Dane",
        ),
    ],
)
def test_a_quote_inside_an_asked_by_clause_is_the_askers(text, who):
    # The quoted words are in the question someone asked: the asker's, not
    # the answerer's whose main clause follows the comma.
    assert speakers(text) == [who]


def test_the_answer_after_an_asked_by_clause_stays_the_answerers():
    text = (
        "Ilse Marrow chairs the ferry board. Asked by Rolf Dane whether the toll would "
        '"ever end," Marrow said: "Not this year." Asked by Dane if it was fair, she '
        'replied, "Fair enough."'
    )
    assert speakers(text) == ["Rolf Dane", "Ilse Marrow", "Ilse Marrow"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Ilse Marrow, whom Rolf Dane once called "the best pilot on the lake," said the '
            'toll was "a tax on every crossing."',
            "Rolf Dane",
            "Ilse Marrow",
        ),
        (
            'Ilse Marrow, who Rolf Dane has called "a true friend," told the board the toll '
            'was "a tax on every crossing."',
            "Rolf Dane",
            "Ilse Marrow",
        ),
        (
            'Rolf Dane, whom Ilse Marrow once called "the loudest man in the valley," said: '
            '"The toll will go, and soon."',
            "Ilse Marrow",
            "Rolf Dane",
        ),
    ],
)
def test_a_verb_after_a_relative_clauses_quote_is_the_subjects(text, first, second):
    # The first quote is the relative clause's ("whom Dane called"); the
    # verb after it has no subject of its own: the sentence's subject says
    # the second quote, not whoever the clause named.
    assert speakers(text) == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        'Dane\'s challenger, Sen. Ilse Marrow (D-Lakeland), said the toll "will go by spring."',
        'Her rival, Rep. Ilse Marrow (R-Fenwick), said: "The toll will go by spring."',
        'The panel\'s chair, Ilse Marrow (D), said the toll was "a tax on every crossing."',
        'A spokeswoman for the ferry board, Ilse Marrow (Lakeland), called the toll "fair."',
    ],
)
def test_a_name_in_apposition_with_a_party_in_parentheses_is_the_speaker(text):
    # The description opens the sentence; the name in apposition after it
    # carries a party's or a place's initials in parentheses before its
    # closing comma: the person named speaks, not the description.
    assert speakers(text) == ["Ilse Marrow"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'Ilse Marrow, whose rival Rolf Dane calls her "the queen of the lake," won again '
            "on Monday.",
            "Rolf Dane",
        ),
        ('Ilse Marrow, whose critics call her "the queen of the lake," won again.', "critics"),
        (
            'The ferry board, whose chair Ilse Marrow called the toll "a tax on every '
            'crossing," voted it down.',
            "Ilse Marrow",
        ),
        (
            'Rolf Dane, whose sister Ilse Marrow called the plan "a joke," backed it anyway.',
            "Ilse Marrow",
        ),
    ],
)
def test_a_quote_in_a_whose_clause_is_its_own_subjects(text, who):
    # "whose rival Dane calls her "..."": the clause has its own subject,
    # the noun "whose" leads to, not the person the clause describes.
    assert speakers(text) == [who]


WORDINGS_BY_AGENT = (
    'Rolf Dane, described by Ilse Marrow as "a true friend," backed the toll.',
    'Rolf Dane, hailed by Ilse Marrow as "the best pilot alive," retired.',
    'Rolf Dane, praised by Ilse Marrow for his "steady hand," backed the toll.',
    # "by" before a gerund names no agent: the subject speaks.
    'Ilse Marrow, however, interjected by hitting Dane for his plan to "tax every barge '
    'twice" on the lake.',
)


def test_a_participles_agent_after_by_says_the_quote():
    # An aside opened by a participle and "by" ("Dane, described by Marrow
    # as "...,"") gives the quote to its agent, as "was described by" does.
    for text in WORDINGS_BY_AGENT:
        assert speakers(text) == ["Ilse Marrow"], text


def test_words_given_as_someones_verdict_telling_or_advice_are_theirs():
    # "in her telling", "Her verdict:", "In Dane's estimation", "Her advice
    # ... was simple:": a noun of someone's words or judgment owned by
    # someone gives the quote after it to its owner.
    wordings = (
        'Ilse Marrow had no doubts. The toll is, in her telling, "a tax on every crossing."',
        'Ilse Marrow had no doubts. Her verdict: the toll is "a tax on every crossing."',
        'Ilse Marrow had no doubts. In her opinion, the toll is "a tax on every crossing."',
        "Rolf Dane disagreed. In Ilse Marrow's estimation, though, the toll is \"a tax on "
        'every crossing."',
        'Ilse Marrow met Rolf Dane on Monday. Her advice to him was simple: "Stay off the lake."',
        'Rolf Dane met the crews. Ilse Marrow\'s advice was blunter still: "Stay off the lake."',
        'Ilse Marrow spoke last. Her advice for the crews, given twice, was this: "Stay off '
        'the lake."',
        # The noun with its owner after it, then a colon.
        'Rolf Dane asked for a recount. The response from Ilse Marrow: "Not a chance."',
        'Rolf Dane asked for a recount. Then came a reply from Ilse Marrow: "Not this year."',
    )
    for text in wordings:
        assert speakers(text) == ["Ilse Marrow"], text


def test_a_sentence_opening_to_or_for_someone_gives_the_quote_to_them():
    # "To her, the toll is "..."": whose view the sentence gives, the
    # person "her" or the name means.
    wordings = (
        ('Ilse Marrow was blunt. To her, the toll is "a tax on every crossing."', "Ilse Marrow"),
        ('Rolf Dane had no doubts. For him, the toll is "a tax on every crossing."', "Rolf Dane"),
        ('For Ilse Marrow, the toll is "a tax on every crossing" and no more.', "Ilse Marrow"),
        ('For the first time, the toll was "a tax on every crossing," Dane said.', "Dane"),
    )
    for text, who in wordings:
        assert speakers(text) == [who], text
