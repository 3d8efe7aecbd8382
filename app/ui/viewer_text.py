"""Positions in the source viewer's text: Qt's UTF-16 positions against
Python's string indexes, and a span trimmed of its white space."""

from __future__ import annotations


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
