"""Quote and speaker rules of issue 11's twenty-sixth helper round
(speakers56), each from a construction found among the realnews tuning
part's quotes. Invented names and sentences only; each test fails without
its rule."""

from __future__ import annotations

from app.core.extract import find_quotes


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_a_paragraph_a_straight_mark_opens_holds_its_curly_quotes():
    # A block quote's paragraphs, each opened by a straight mark never
    # closed: one with curly quotes inside is one quote, the curly ones
    # quoted within it, not quotes of the writer's own; the paragraph
    # before it, run on into it, a quote of its own.
    text = (
        "From Orla Quenby writing at the Marlow Ledger:\n\n"
        '"The ferry board met again on Tuesday night and argued for hours.\n\n'
        '"Its chair, Ivo Brask, defended the \u201copen gangway\u201d rule by '
        "calling it a \u201cmatter of old custom\u201d and a comfort to riders.\n\n"
        "Read the rest of the piece at the Ledger."
    )
    assert _quoted(text) == [
        "The ferry board met again on Tuesday night and argued for hours.",
        "Its chair, Ivo Brask, defended the \u201copen gangway\u201d rule by calling "
        "it a \u201cmatter of old custom\u201d and a comfort to riders.",
    ]
    # A straight mark closed by a curly one is a pair, and a curly quote
    # after it in its paragraph a quote of its own.
    text = (
        '"We will not sell the ferry,\u201d Brask said. He added that the '
        "board feared a \u201cslow drift\u201d among its younger members."
    )
    assert _quoted(text) == ["We will not sell the ferry,", "slow drift"]
    # A straight mark inside the paragraph, after words, may be a stray one.
    text = (
        'Brask called the vote "a setback, and said the board would \u201ctry '
        "again in spring.\u201d"
    )
    assert _quoted(text) == ["try again in spring."]


def test_a_straight_mark_typed_before_a_curly_one_opens_no_block():
    # `"“...,” Brask said.`: the straight mark typed twice over the curly
    # one, no quoted paragraph; the quote is the curly pair's, tagged.
    text = (
        "Ivo Brask spoke at the pier on Monday.\n\n"
        '"\u201cWe sail at dawn or not at all,\u201d Brask told the board.'
    )
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.speaker) for q in quotes] == [
        ("We sail at dawn or not at all,", "Ivo Brask")
    ]
