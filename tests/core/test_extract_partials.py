"""Partial quotes and quotes inside quotes: what is kept as someone's words
and with which bounds (invented sentences)."""

from __future__ import annotations

from app.core.extract import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(text)]


def _no_quotes(*texts: str) -> None:
    for text in texts:
        assert _quotes(text) == [], text


def test_a_quote_inside_a_quote_is_part_of_the_outer_one_and_its_speaker() -> None:
    text = "\u201cThe sign on the mill read \u201cshut\u201d all winter,\u201d said Tobin Vesk."
    assert _quotes(text) == [
        ("The sign on the mill read \u201cshut\u201d all winter,", "Tobin Vesk")
    ]
    text = '"Roe told me "never" twice," Vesk said.'
    assert _quotes(text) == [('Roe told me "never" twice,', "Vesk")]
    text = "Ivo Brask wrote, \u201cWhen \u201cyour side\u201d errs, say so.\u201d"
    assert _quotes(text) == [("When \u201cyour side\u201d errs, say so.", "Ivo Brask")]
    text = "Mara Quill said the levy \u201cdoes nothing for the \u201cnew\u201d farms\u201d in the valley."
    assert _quotes(text) == [("does nothing for the \u201cnew\u201d farms", "Mara Quill")]


def test_one_word_the_writer_sets_off_with_no_one_saying_it_is_no_quote() -> None:
    _no_quotes(
        'After years of attacks from the left and the "moderate" press, the Quillon levy passed.',
        'What is left of the now-derided "guard" still runs the Brask mill.',
        'In Velmar, care differs from state to state and on whether the wards are "high" or "low"'
        " risk.",
    )


def test_one_word_said_given_as_a_name_or_opening_its_sentence_stays_a_quote() -> None:
    assert _quotes('Ivo Brask called the levy "theft" and left the hall.') == [
        ("theft", "Ivo Brask")
    ]
    text = 'The crews in Vesk harbor, calling them "Tollers" ("taxmen"), walked out.'
    assert _quotes(text) == [("Tollers", None), ("taxmen", None)]
    assert _quotes('I was late. "Okay," I said, and sat down.') == [("Okay,", None)]
    text = 'Ask anyone in Velmar: who still sees the old mill as a "jewel" these days?'
    assert _quotes(text) == [("jewel", None)]


def test_a_headline_cited_in_brackets_or_a_link_text_is_a_title_not_a_quote() -> None:
    _no_quotes(
        "I stand with Ivo Brask (\"Brask warns of a 'slow winter' at the docks,\" Quillon Ledger,"
        " Tuesday).",
        'Readers wrote in after the report ("Mills close early in Vesk," Vesk Herald, May 3) about'
        " their jobs.",
        '[<a href="https://example.org/pier">A night at the Velmar pier "Nobody sleeps here'
        ' tonight" (photos)</a>.]',
    )


def test_words_said_in_brackets_or_beside_a_link_stay_quotes() -> None:
    text = 'The mayor kept her word ("We will reopen the mill," Mara Quill said, smiling) and left.'
    assert _quotes(text) == [("We will reopen the mill,", "Mara Quill")]
    text = (
        'Ivo Brask said the mill "will reopen before the frost comes" at'
        ' <a href="https://example.org/h">the hall</a>.'
    )
    assert _quotes(text) == [("will reopen before the frost comes", "Ivo Brask")]


def test_a_long_option_chosen_in_a_survey_is_no_quote() -> None:
    _no_quotes(
        'Just 40 in 100 of the dockers who selected a candidate who "minds the harbor" backed Vesk.',
        'Of the voters who picked a mayor who "will fix the Quillon roads first," most were young.',
        'Those who chose "safe streets and low rents" split evenly, the Velmar poll found.',
        "Of those who selected\u00a0someone who\u00a0\u201cknows the docks well\u201d few voted.",
    )


def test_a_verb_of_choosing_further_back_leaves_the_quote_alone() -> None:
    text = 'Mara Quill said she picked the route because it "saves the town an hour each day."'
    assert _quotes(text) == [("saves the town an hour each day.", "Mara Quill")]
    text = 'Ivo Vesk, who chose to stay, said the plan "will cost the port dearly."'
    assert _quotes(text) == [("will cost the port dearly.", "Ivo Vesk")]


def test_words_named_as_a_trade_s_term_are_no_quote() -> None:
    _no_quotes(
        "Skippers on the Velmar docks, the guild said, will delay their sailings"
        ' ("ride it out" in harbor parlance) until the fog lifts.',
        'Many skippers, the Quillon harbor board warned, will "drop anchor" in dockside-speak'
        " before the levy passes.",
        'Traders in Brask often describe a bad week as a "dead cat" in market jargon, one clerk'
        " said.",
    )
    text = 'Ivo Vesk said the levy "will pass in the spring" in a speech to the Quillon guild.'
    assert _quotes(text) == [("will pass in the spring", "Ivo Vesk")]
