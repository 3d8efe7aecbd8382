"""Quote extraction, pattern by pattern: spans and speakers on invented
sentences, and the CLI's offsets. The scores on real data are in
test_extract_speakers_scores.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.extract import find_quotes

ROOT = Path(__file__).resolve().parents[2]


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(text)]


def test_partial_quote_after_a_tag_verb_but_not_a_label():
    text = (
        'Tarrow said the robberies had become "a real concern" for the bank.\n'
        'The district declared itself a "sanctuary district" on Tuesday.'
    )
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.speaker) for q in quotes] == [("a real concern", "Tarrow")]


def test_short_partial_quotes_governed_by_a_judging_verb():
    text = (
        'Councilwoman Rina Vasko branded the levy a "stealth tax" on renters.\n'
        'Critics called the plan "sloppy" and "rushed."\n'
        'The board voted 5-2 after a "spirited" debate.'
    )
    assert quotes(text) == [
        ("stealth tax", "Rina Vasko"),
        ("sloppy", "Critics"),
        ("rushed.", "Critics"),
    ]


def test_aside_between_subject_and_verb_is_not_the_speaker():
    text = (
        "Senator Mara Quorle, an Ohio Democrat who has pressed the bank, said "
        'the decision "keeps families paying sky-high costs."'
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "Mara Quorle"


def test_cli_offsets_index_the_file_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('Intro.\n\n"We will win," Coach Ann Lee said.\n', encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "main.py", "quotes", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    row = json.loads(out.stdout.splitlines()[0])
    text = path.read_text(encoding="utf-8")
    assert text[row["start"] : row["end"]] == row["quote"] == "We will win,"
    assert row["speaker"] == "Ann Lee"


def test_inverted_attribution_after_the_quote_drops_the_title():
    text = '"We are hardening our defenses," said Councilmember Tobin Vesk.'
    [q] = find_quotes(text)
    assert (text[q.start : q.end], q.speaker, q.role) == (
        "We are hardening our defenses,",
        "Tobin Vesk",
        "Councilmember",
    )


def test_surname_and_titled_surname_resolve_to_the_full_name():
    text = (
        "Councilman Tobin Vesk spoke first.\n"
        '"We act today," Vesk said.\n'
        '"We are codifying our policies," Councilman Vesk added.\n'
    )
    assert [s for _, s in quotes(text)] == ["Tobin Vesk", "Tobin Vesk"]


def test_as_x_stated_before_the_quote():
    text = 'As Councilman Tobin Vesk stated, "We have been a welcoming city for years."'
    assert quotes(text) == [("We have been a welcoming city for years.", "Tobin Vesk")]


@pytest.mark.parametrize(
    "tag",
    ["told reporters", "added", "noted", "emphasized", "claimed", "wrote on X", "tweeted"],
)
def test_other_speech_verbs(tag):
    text = f'Sen. Maria Lopez spoke Monday. "This bill will pass this year," Lopez {tag}.'
    assert quotes(text) == [("This bill will pass this year,", "Maria Lopez")]


def test_according_to_and_in_a_statement():
    text = (
        "The Lindvale Transit Safety Board (LTSB) sent a team.\n"
        '"Our investigators will document the scene," the LTSB said in a statement.\n'
        'According to Brightwell Rail, "no injuries have been reported so far."\n'
    )
    assert [s for _, s in quotes(text)] == ["Lindvale Transit Safety Board", "Brightwell Rail"]


def test_second_part_after_the_attribution_and_next_paragraph_continuation():
    text = (
        '"We cannot wait," said Gov. Nora Fell. "The drought is here."\n\n'
        '"And it will not leave by itself."\n\n'
        "The vote was 61-12."
    )
    assert quotes(text) == [
        ("We cannot wait,", "Nora Fell"),
        ("The drought is here.", "Nora Fell"),
        ("And it will not leave by itself.", "Nora Fell"),
    ]


def test_statement_standing_alone_after_issued_the_following_statement():
    text = (
        "The Lindvale County Republican Party issued the following statement:\n\n"
        '"We are disappointed by the decision and will keep fighting for taxpayers."\n'
    )
    assert quotes(text) == [
        (
            "We are disappointed by the decision and will keep fighting for taxpayers.",
            "Lindvale County Republican Party",
        )
    ]


def test_pronoun_resolves_to_the_most_recent_person_of_that_gender():
    text = (
        "Margaret Ulvane appeared with Sen. Tobin Vesk at the rally. Vesk spoke first.\n\n"
        '"I am not tired yet," she said.'
    )
    assert quotes(text) == [("I am not tired yet,", "Margaret Ulvane")]


def test_role_noun_resolves_to_the_titled_person():
    text = (
        "The ordinance now goes to Mayor Rina Vasko for a signature.\n"
        '"This moment demands urgency," the mayor said in a statement.'
    )
    [q] = find_quotes(text)
    assert (q.speaker, q.role) == ("Rina Vasko", "Mayor")


def test_acronym_resolves_to_the_organization_full_name():
    text = (
        "The Lindvale County Republican Party (LCRP) criticized the ordinance.\n"
        '"Quiet zones sound warm and fuzzy," LCRP said in a statement.'
    )
    assert [s for _, s in quotes(text)] == ["Lindvale County Republican Party"]


def test_partial_quote_inside_reported_speech():
    text = (
        "Odo Prane, spokesperson for the Federation for Fair Housing Reform, "
        'claimed the council is "ignoring a very clear message from the voters" by resisting.'
    )
    assert quotes(text) == [("ignoring a very clear message from the voters", "Odo Prane")]


def test_multi_paragraph_quote_is_one_quote():
    text = (
        "Greta Voss read a statement to the court.\n\n"
        "\u201cMy son was 19 years old. He had just started his first job.\n\n"
        "\u201cHe never got to finish college.\u201d\n\n"
        "The judge sentenced the defendant."
    )
    [(quote, speaker)] = quotes(text)
    assert quote.startswith("My son was 19") and quote.endswith("finish college.")
    assert speaker == "Greta Voss"


def test_scare_quotes_names_and_titles_are_not_quotes():
    text = (
        'The council adopted a "quiet zone" ordinance. Ivo Brask, the "water czar," '
        'spoke. The 6\'3" forward, nicknamed "The Anchor," starred in "Court Kings" and '
        'wrote "Second Wind: A Life in Rowing." The town declared itself a "free zone." '
        'Officials said the "pilot scheme" would end in June. '
        'Lindvale Takes Stand as "Quiet Zone," Defying the State\n'
    )
    assert quotes(text) == []


def test_terms_named_by_such_as_or_a_passive_are_not_quotes():
    text = (
        'Clerks searched the files for words such as "levy" and read the results aloud.\n'
        'The forum, what is called a "debate" in Brindle, said little. The mill was '
        'described as a "rusty jewel" on its own sign, and the rally was called a '
        '"pep fest" by Ossa Vrenk.'
    )
    assert quotes(text) == [("pep fest", "Ossa Vrenk")]


def test_a_polls_question_is_not_a_quote():
    text = (
        'Asked whether Vosk "has the integrity to serve as mayor," 75 percent said yes. '
        'Asked whether she would run, Ana Ruvel said, "Not this year, and maybe never."'
    )
    assert quotes(text) == [("Not this year, and maybe never.", "Ana Ruvel")]


def test_a_quoted_subject_line_or_headline_is_a_label():
    text = (
        'Ivo Brask wrote to Lena Orr in a message bearing the subject line "bravo!" '
        'He praised the headline "Vosk wins" and called the plan "a bit much."'
    )
    assert quotes(text) == [("a bit much.", "Ivo Brask")]


def test_single_quotes_inside_double_and_apostrophes():
    text = (
        "\u201cA girl asked me, \u2018Where are we going to pray now?\u2019 I didn\u2019t "
        "have an answer,\u201d the Rev. Ivo Brask said."
    )
    [(quote, speaker)] = quotes(text)
    assert quote.startswith("A girl asked me") and quote.endswith("answer,")
    assert speaker == "Ivo Brask"


def test_one_bad_mark_does_not_lose_the_rest_of_the_article():
    text = (
        'The city attorney called the ruling "a setback and said an appeal was likely.\n\n'
        "\u201cWe are not going to stop fighting,\u201d said Tessa Lorn. "
        "\u201cNot today, not ever.\u201d\n\n"
        "See the city's \"Housing Element page.\n"
    )
    # (The first mark, left open to its paragraph's end before one opening
    # with a mark, reads as a quote of several paragraphs: its first part.)
    assert quotes(text)[-2:] == [
        ("We are not going to stop fighting,", "Tessa Lorn"),
        ("Not today, not ever.", "Tessa Lorn"),
    ]
    text = text.replace("\n\n\u201cWe", "\n\nThe mayor agreed. \u201cWe")
    assert quotes(text) == [
        ("We are not going to stop fighting,", "Tessa Lorn"),
        ("Not today, not ever.", "Tessa Lorn"),
    ]


def test_inch_marks_and_straight_quotes_in_one_paragraph():
    text = 'The 7\'2" center laughed. "I wagged my finger at them," Odo Prane said.'
    assert quotes(text) == [("I wagged my finger at them,", "Odo Prane")]


def test_a_curly_inch_mark_inside_a_quote_does_not_close_it():
    # `6’2”` is a height: the quote runs on to the tag after it.
    text = (
        "\u201cShe calls me short. She is like 6\u20192\u201d, I am not,\u201d "
        "Odo Prane said on Sunday."
    )
    assert quotes(text) == [
        ("She calls me short. She is like 6\u20192\u201d, I am not,", "Odo Prane")
    ]


def test_wrongly_turned_curly_mark_is_read_by_context():
    text = "\u201dWe will be back next year,\u201d coach Dario Plent said."
    assert quotes(text) == [("We will be back next year,", "Dario Plent")]


def test_a_name_given_and_a_title_after_its_medium_are_not_quotes():
    text = (
        'Tolven Marsh said the ward kept a routine known here as "the long sweep," which ran '
        'every spring. Critics said a troupe was staging a play called "the last bus" downtown.\n'
        'On her podcast "The Harbor Hour," Ana Ruvel said she would run.\n'
        'Tolven Marsh called the levy "a quiet tax."'
    )
    assert quotes(text) == [("a quiet tax.", "Tolven Marsh")]


def test_a_short_quote_tagged_by_a_pronoun_is_a_quote_even_when_no_one_is_named():
    # Nobody before "she" is named, yet `," she said` marks the words as
    # someone's: the quote is offered, with no speaker rather than a guess.
    text = 'The hearing ran late.\n\n"Not again," she said.'
    assert quotes(text) == [("Not again,", None)]
    # Without a tag the same two words in paraphrase stay out.
    assert quotes('The hearing ran late and "not again" was heard.') == []


def test_every_item_of_a_quoted_list_of_terms_is_a_term():
    text = (
        'Clerks combed the files for entries holding words like "levy," "audit," '
        '"Lindvale" and "tide tables." Any document that held them was sent.\n'
        'Tolven Marsh called the levy "weak," "slow" and "late."'
    )
    assert quotes(text) == [
        ("weak,", "Tolven Marsh"),
        ("slow", "Tolven Marsh"),
        ("late.", "Tolven Marsh"),
    ]


def test_a_work_named_after_its_kind_is_a_title_even_in_another_language():
    text = (
        'A troupe is staging a popular play called "La Casa de Vesk," or "Vesk\'s House," '
        "downtown.\n"
        'It was what Ana Ruvel, treasurer of the insurgent campaign, called "trench work."'
    )
    assert quotes(text) == [("trench work.", "Ana Ruvel")]


def test_a_gloss_of_what_words_mean_is_no_quote():
    text = (
        'He signed off with a motto, Latin for "the harbor never sleeps."\n'
        'Tolven Marsh called for "a new deal for renters."'
    )
    assert quotes(text) == [("a new deal for renters.", "Tolven Marsh")]


def test_the_text_after_a_tags_closing_bracket_is_no_quote():
    # An attribute value broken over a line pairs its closing mark with the
    # next: the stretch then opens with the tag's ">".
    text = (
        '<post author="@brask" date="May 9,\n">Rally at the harbor tonight. Come early." '
        "Tolven Marsh said."
    )
    assert quotes(text) == []


def test_a_quote_after_a_verb_of_choosing_is_an_option_not_words_said():
    # A survey's answers chosen are no one's words; a verb of saying still
    # makes a partial quote.
    text = (
        'Asked which quality mattered most, 23 percent of those who named "cares about me" '
        'voted for Vesk, while 21 percent who chose "honest and fair" voted for Ruiz.'
    )
    assert all("honest" not in text[q.start : q.end] for q in find_quotes(text))
    text = 'Vesk said the levy was "honest and fair" to farmers.'
    assert len(find_quotes(text)) == 1


def test_a_quoted_sentence_of_its_own_after_a_tagged_quote_goes_on_with_its_speaker():
    # One word, or words in capitals that would read as a title elsewhere:
    # a sentence of its own right after the tagged quote's sentence.
    text = '"This is sophomoric," Ana Ruiz wrote on the forum. "Blacklisted?"'
    assert quotes(text) == [("This is sophomoric,", "Ana Ruiz"), ("Blacklisted?", "Ana Ruiz")]
    text = (
        '"Two people can do that," said Ivo Brask, a strategist who once worked for Roe. '
        '"That\'s Dana Roe and Tobin Vesk."'
    )
    assert quotes(text)[1] == ("That's Dana Roe and Tobin Vesk.", "Ivo Brask")
    # Not a title inside the next sentence, nor one word ending no sentence.
    text = '"It was fine," said Ana Ruiz. The film "Harbor Lights" opens today.'
    assert quotes(text) == [("It was fine,", "Ana Ruiz")]
    text = '"It was fine," said Ana Ruiz. "Later" came the vote.'
    assert quotes(text) == [("It was fine,", "Ana Ruiz")]


def test_tagged_words_in_capitals_holding_two_sentences_are_no_title():
    # Every word capitalized reads like a title; a stop ending a sentence
    # inside and a tag after make them someone's words.
    text = '"Like Dunmore. Or Orlo Falls," Ivo Brask said. "The numbers are worse."'
    assert quotes(text)[0] == ("Like Dunmore. Or Orlo Falls,", "Ivo Brask")
    # A title of four words with a tag after it stays out, as before.
    text = 'Ana Ruiz hosts "Nights With Ana Ruiz," the Ledger reported.'
    assert quotes(text) == []


def test_words_given_as_someone_s_comment_or_claim_are_their_quote():
    # No verb of saying governs them, and they end in a comma: the noun of
    # saying they belong to, and its owner, make them Brask's words.
    text = (
        'As the debate went on and Ivo Brask stood by his comment Monday that "Velmar hates us," '
        "refusing to budge, the crowd left."
    )
    assert quotes(text) == [("Velmar hates us,", "Ivo Brask")]
    text = 'Ivo Brask\'s "half the county" remark was as dismissive as any.'
    assert quotes(text) == [("half the county", "Ivo Brask")]
    # A title owned so stays out; so does a word alone.
    assert quotes('Ivo Brask\'s "Harbor Nights Live" remark was dismissive.') == []
    assert quotes('Ivo Brask\'s "nonsense" remark was dismissive.') == []


def test_commented_is_a_verb_of_saying_and_comments_a_noun():
    text = 'Ivo Brask watched the vote. He commented that the board "held on" too long.'
    assert quotes(text) == [("held on", "Ivo Brask")]
    assert quotes('"Not again," Ana Ruiz commented.') == [("Not again,", "Ana Ruiz")]
    # The noun: no one's words are named by "comments across the forums".
    text = 'The vote drew comments across the forums, from praise for a "strongman" to worry.'
    assert quotes(text) == []
