"""Positions in the source viewer's text: Qt's UTF-16 positions against
Python's string indexes, and a span trimmed of its white space and widened
to whole words."""

from __future__ import annotations

import unicodedata

# Inside a word between two letters ("can't") or two digits ("1,520", "2.5"),
# as Unicode's word boundaries have it.
_BETWEEN_LETTERS = "'\u2019"
_BETWEEN_DIGITS = ",."


def qt_position(text: str, index: int) -> int:
    """Qt counts UTF-16 code units: characters beyond the BMP (emoji) count twice."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def text_index(text: str, qt_pos: int) -> int:
    """The inverse of `qt_position`: a Python string index for a Qt position."""
    units = 0
    for i, ch in enumerate(text):
        if units >= qt_pos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _in_word(text: str, i: int) -> bool:
    """Whether text[i] is part of a word."""
    ch = text[i]
    if ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M"):
        return True
    if 0 < i < len(text) - 1:
        before, after = text[i - 1], text[i + 1]
        if ch in _BETWEEN_LETTERS:
            return before.isalpha() and after.isalpha()
        if ch in _BETWEEN_DIGITS:
            return before.isdigit() and after.isdigit()
    return False


def whole_words_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span trimmed, then widened where it starts or ends inside a word
    to that word's ends (never past the text's): a loose drag clips whole
    words. A span already on word boundaries is only trimmed."""
    start, end = trimmed_span(text, start, end)
    if start >= end:
        return start, end
    while start > 0 and _in_word(text, start) and _in_word(text, start - 1):
        start -= 1
    while end < len(text) and _in_word(text, end - 1) and _in_word(text, end):
        end += 1
    return start, end
