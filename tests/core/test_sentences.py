"""Sentence splitting at the edges: line ends, spaces around sentences, the
word before a stop, and a part of a text."""

from __future__ import annotations

from app.core.extract.abbreviations import ABBREVIATIONS, TITLE_ABBREVIATIONS
from app.core.extract.sentences import sentence_end, sentence_spans, sentence_start


def pieces(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, start, end)]


def test_lines_end_sentences_and_spaces_around_them_are_left_out():
    text = "\tVelmar voted.  \t Quillon abstained.\r\n   \r\n\n  Trenby left. \r\nNo stop here  "
    assert pieces(text) == [
        "Velmar voted.",
        "Quillon abstained.",
        "Trenby left.",
        "No stop here",
    ]
    for a, b in sentence_spans(text):
        assert not text[a].isspace() and not text[b - 1].isspace()


def test_a_stop_at_a_line_end_does_not_reach_into_the_next_line():
    # The capital after the stop is on the next line: the line's end splits
    # them, not the stop, and a lower-case word after a stop runs on.
    text = "Dana Roe of Velmar Inc.\nThe guild met. it rained. Then \u201cWe won.\u201d She left."
    assert pieces(text) == [
        "Dana Roe of Velmar Inc.",
        "The guild met. it rained.",
        "Then \u201cWe won.\u201d",
        "She left.",
    ]


def test_the_word_before_a_stop_is_read_whole():
    text = (
        "Sen. Dana Roe (Velmar) spoke at 10 a.m. Tuesday in Hall 4. The vote came at 5 p.m. The "
        "Quillon Co. board met. Roe works for Tavi Co. Ltd. in the U.S. He stayed. "
        "Lee V. Roe and the non-U.S. clerks agreed. Plan-B. Then it passed."
    )
    assert pieces(text) == [
        "Sen. Dana Roe (Velmar) spoke at 10 a.m. Tuesday in Hall 4.",
        "The vote came at 5 p.m.",
        "The Quillon Co. board met.",
        "Roe works for Tavi Co. Ltd. in the U.S.",
        "He stayed.",
        "Lee V. Roe and the non-U.S. clerks agreed.",
        "Plan-B.",
        "Then it passed.",
    ]


def test_a_part_of_a_text_is_split_as_the_whole_is():
    text = "Intro line.\nRoe won. Quarrow lost. Trenby conceded.\nLast line."
    a, b = text.index("Quarrow"), text.index("\nLast")
    assert [s for s in sentence_spans(text) if a <= s[0] and s[1] <= b] == sentence_spans(
        text, a, b
    )
    assert pieces(text, a, b + 5) == ["Quarrow lost.", "Trenby conceded.", "Last"]
    # One sentence around a position: from the stop before it (its spaces
    # kept) to the stop that ends it.
    pos = text.index("lost")
    around = text[sentence_start(text, 0, pos) : sentence_end(text, pos, b)]
    assert around == " Quarrow lost."


def test_a_sentence_start_is_read_back_past_stops_that_end_nothing():
    # Abbreviations, initials and dotted letters between the stop that ends
    # the sentence before and the position asked about.
    text = 'Roe won?! "It is over." Gov. Ivo A. Vesk of the U.S. Senate said so Tuesday.'
    pos = text.index("said")
    assert text[sentence_start(text, 0, pos) :].startswith(" Gov. Ivo")
    assert sentence_start(text, 0, text.index("It")) == text.index(' "It')
    assert sentence_start(text, 0, text.index("won")) == 0
    # Never before `lo`, and a start inside a run of stops reads it as a scan
    # from there would.
    assert sentence_start(text, text.index("Ivo"), pos) == text.index("Ivo")
    assert sentence_start(text, text.index("!"), pos) == text.index(" Gov.")
    # A stop far back in a long line.
    long = "Roe won. " + "Vesk spoke and " * 60 + "Quarrow left."
    assert sentence_start(long, 0, long.index("Quarrow")) == len("Roe won.")


def test_a_title_joined_to_a_prefix_by_a_hyphen_ends_no_sentence():
    # "then-Sen. Ivo Brask" is one name; a state's "R-Ga." may end one.
    text = (
        "Roe lost to then-Sen. Ivo Brask eight years ago. Then-Gov. Ana Vesk spoke. "
        "The bill was filed by Rep. Ana Roe, R-Ga. The guild sided with al-Tamir. It won."
    )
    assert pieces(text) == [
        "Roe lost to then-Sen. Ivo Brask eight years ago.",
        "Then-Gov. Ana Vesk spoke.",
        "The bill was filed by Rep. Ana Roe, R-Ga.",
        "The guild sided with al-Tamir.",
        "It won.",
    ]


def test_every_title_is_one_of_the_shared_abbreviations_and_holds_after_a_prefix():
    # One list for the splitter, the names and the facts: a title the
    # splitter keeps after "then-" is an abbreviation everywhere else too.
    assert TITLE_ABBREVIATIONS <= ABBREVIATIONS
    for title in sorted(TITLE_ABBREVIATIONS):
        text = f"Roe lost to then-{title.capitalize()}. Ivo Brask in May. It won."
        assert pieces(text)[0] == f"Roe lost to then-{title.capitalize()}. Ivo Brask in May."


def test_a_plural_title_before_two_names_ends_no_sentence():
    # "Sens. Ana Roe and Ivo Brask": the plural titles are titles too.
    text = (
        "A Velmar poll shows Vesk at 36 percent and Sens. Ana Roe and Ivo Brask at 11 and 8. "
        "Reps. Tova Quarrow and Lem Ardith voted against it. Govs. Dana Roe and Ivo Kesk spoke. It won."
    )
    assert pieces(text) == [
        "A Velmar poll shows Vesk at 36 percent and Sens. Ana Roe and Ivo Brask at 11 and 8.",
        "Reps. Tova Quarrow and Lem Ardith voted against it.",
        "Govs. Dana Roe and Ivo Kesk spoke.",
        "It won.",
    ]
