"""Extraction never crashes and never blows up on hostile text."""

from __future__ import annotations

import pytest

from app.core.extract import extract_items, find_quotes
from app.core.extract.quotes import _Lines, _title_like


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        '"',
        '""""""',
        "\u201c\u201c\u201c\u201d",
        "\u201d\u201d\u201d\u201c",
        '"unclosed at the very end',
        "Emoji \U0001f389\U0001f1fa\U0001f1f8 \u201cThat was wild \U0001f525 and fun,\u201d said Ana Ruiz.",
        "\u05e9\u05dc\u05d5\u05dd \u201c\u05d6\u05d4 \u05e6\u05d9\u05d8\u05d5\u05d8 \u05d0\u05e8\u05d5\u05da \u05de\u05d0\u05d5\u05d3,\u201d \u05d0\u05de\u05e8.",
        "A. B. C. D. E. F. G.",
        "Mr. Mrs. Dr. Gov. Sen. U.S. a.m. p.m.",
    ],
)
def test_odd_texts_give_valid_spans(text):
    for item in extract_items(text):
        assert 0 <= item.start < item.end <= len(text)


def test_emoji_text_keeps_the_quote_and_speaker():
    text = "Fans cheered \U0001f389. \u201cThat was wild \U0001f525 and fun,\u201d said Ana Ruiz."
    [q] = find_quotes(text)
    assert text[q.start : q.end] == "That was wild \U0001f525 and fun," and q.speaker == "Ana Ruiz"


def test_two_megabyte_single_line_with_many_marks_finishes():
    unit = 'Mayor Ann Lee said "we will act now on this plan," and "" then 6\'3" \u201c x '
    text = unit * (2_000_000 // len(unit))
    items = extract_items(text)  # must finish (no quadratic scan, no regex blow-up)
    assert all(0 <= i.start < i.end <= len(text) for i in items)
    assert any(i.kind == "quote" for i in items)


def test_long_run_of_capitalized_words_is_linear():
    text = ("Aaa " * 200_000) + '"We are here today," he said.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We are here today,"]


def test_many_unbalanced_marks_keep_later_quotes():
    bad = 'He called it "odd and left.\n' * 500
    text = bad + "\u201cWe are still here,\u201d said Rep. Tom Rusk.\n"
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.speaker) for q in quotes] == [
        ("We are still here,", "Tom Rusk")
    ]


def test_paragraph_bounds_skip_blank_lines_and_text_ends():
    text = "\n\nThe ferry ran late.\n\n\n\u201cWe wait,\u201d said Ana Ruiz.\nNo more\n"
    lines = _Lines(text)
    assert [text[a:b] for a, b in lines.spans] == [
        "The ferry ran late.",
        "\u201cWe wait,\u201d said Ana Ruiz.",
        "No more",
    ]
    assert lines.index(text.index("We wait")) == 1
    assert _Lines("").spans == [(0, 0)] and _Lines("\n\n").spans == [(0, 0)]
    [q] = find_quotes(text)
    assert (text[q.start : q.end], q.speaker) == ("We wait,", "Ana Ruiz")


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (["Second", "Wind", "A", "Life", "in", "Rowing"], True),
        (["the", "of", "and"], False),  # small words only: nothing to be capitalized
        ([], False),
        (["Late", "Talk", "was", "Over"], False),
        (["1999", "Revisited"], True),
        (["Hijos", "de", "la", "Mar"], True),
        (["A"] * 13, False),  # longer than a title
    ],
)
def test_title_like_reads_every_word_but_the_small_ones(words, title):
    assert _title_like(words) is title
