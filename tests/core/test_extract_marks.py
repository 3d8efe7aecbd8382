"""Quote marks paired into stretches, across paragraphs, blank lines and
paragraphs with no marks at all (invented sentences)."""

from __future__ import annotations

from app.core.extract.marks import find_stretches


def _read(text: str) -> list[tuple[str, bool, int]]:
    return [(text[s.start : s.end], s.closed, s.paragraphs) for s in find_stretches(text)]


def test_a_quote_runs_on_over_a_blank_line_into_the_next_paragraph() -> None:
    text = (
        "\n\nNo marks here.\n\nVesk said: \u201cThe bridge stays shut.\n\n"
        "\u201cIt opens in May,\u201d she added."
    )
    assert _read(text) == [("The bridge stays shut.\n\n\u201cIt opens in May,", True, 2)]


def test_paragraphs_without_marks_between_quotes_change_nothing() -> None:
    text = (
        'Ora Quill said "we wait" and left.\n'
        "Nobody answered.\n\nThe hall emptied.\n"
        '"Not today," Tobin Vesk said'
    )
    assert _read(text) == [("we wait", True, 1), ("Not today,", True, 1)]


def test_an_unclosed_quote_ends_with_its_paragraph_when_the_next_does_not_go_on() -> None:
    text = 'Tobin Vesk said: "The levy fails.\n\nNobody replied.'
    assert _read(text) == [("The levy fails.", False, 1)]


def test_an_unclosed_mark_in_mid_sentence_at_the_very_end_is_no_stretch() -> None:
    assert _read('Plain words.\n"Unclosed at the very end') == []
    assert _read("") == []
    assert _read("\n\n") == []


def test_every_kind_of_mark_is_read_in_text_order() -> None:
    # Straight, curly and guillemet marks mixed: the marks are found one
    # kind at a time, then read in the order they stand.
    text = (
        'Vesk said \u201cwe wait\u201d. Roe said "not yet". '
        "Brask said \u00abnever\u00bb and \u201elater\u201d."
    )
    assert _read(text) == [
        ("we wait", True, 1),
        ("not yet", True, 1),
        ("never", True, 1),
        ("later", True, 1),
    ]


def test_a_quote_inside_a_quote_with_the_same_marks_stays_inside_it() -> None:
    # Curly and straight marks, a partial and a full outer quote: the
    # inner pair is part of the outer quote, which ends at its own mark.
    text = "Brask wrote, \u201cWhen \u201cyour side\u201d errs, say so,\u201d and left."
    assert _read(text) == [("When \u201cyour side\u201d errs, say so,", True, 1)]
    text = 'Ora Quill said "the word "later" is no plan" on Monday.'
    assert _read(text) == [('the word "later" is no plan', True, 1)]
    text = "Quill argued that the levy \u201cdoes nothing for the \u201cnew\u201d farms\u201d in the valley."
    assert _read(text) == [("does nothing for the \u201cnew\u201d farms", True, 1)]
    text = '"Roe told me "never" twice," Vesk said. "Fine."'
    assert _read(text) == [('Roe told me "never" twice,', True, 1), ("Fine.", True, 1)]


def test_a_stray_opening_mark_that_never_closes_still_gives_way_to_the_next_quote() -> None:
    # No closing mark is left for the earlier one: it was a stray mark.
    text = 'Vesk called it "a setback and moved on. Later, "Not today," Roe said.'
    assert _read(text) == [("Not today,", True, 1)]
    text = "Brask filed \u201cthe usual forms and went home. \u201cWe wait,\u201d Ivo Tarn said."
    assert _read(text) == [("We wait,", True, 1)]


def test_a_quote_opening_after_a_stop_that_never_closes_ends_with_its_paragraph() -> None:
    # `," said Ruiz. "More words.` with no closing mark and no mark opening
    # the next paragraph: the words up to the paragraph's end are a quote.
    text = '"We will appeal," said Ana Ruiz. "The ruling is wrong.\n\nThe board met on Monday.'
    assert _read(text) == [("We will appeal,", True, 1), ("The ruling is wrong.", False, 1)]
    text = '"We will appeal," said Ana Ruiz. "The ruling is wrong.'  # the text's end
    assert _read(text)[1:] == [("The ruling is wrong.", False, 1)]
    # Not a mark in mid-sentence, nor words that end no sentence.
    assert _read('Vesk called it "a setback and moved on.\n\nThe board met.') == []
    assert _read('Ruiz spoke. "The ruling is wrong and\n\nThe board met.') == []
