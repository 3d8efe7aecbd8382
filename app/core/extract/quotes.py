"""Direct quotes in news text: exact spans (quote marks excluded) and speakers.

A first version: pairs quote marks within paragraphs, joins multi-paragraph
quotes, drops scare quotes, and guesses the speaker from the nearest
"X said" pattern. The extraction issue replaces the attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Quote:
    start: int
    end: int
    speaker: str | None = None
    role: str = ""


_OPEN = "\u201c"
_CLOSE = "\u201d"
_MARK = re.compile('["\u201c\u201d]')
_WORD = re.compile(r"\w+")
_NAME = r"((?:[A-Z][\w'\u2019.-]+\s){0,4}[A-Z][\w'\u2019-]+)"
_VERBS = r"(?:said|says|added|noted|stated|emphasized|told|wrote|stating|saying|adding)"
_AFTER = re.compile(r"^[,\s]*" + _NAME + r"\s+" + _VERBS + r"|^[,\s]*" + _VERBS + r"\s+" + _NAME)
_BEFORE = re.compile(_NAME + r"\s+" + _VERBS + r"[\s,:]*$")


def _pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words between matching marks, paragraph-aware."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _MARK.finditer(text):
        ch, i = m.group(), m.start()
        before = text[i - 1] if i else "\n"
        opening = ch == _OPEN or (ch == '"' and (before.isspace() or before in "([—-"))
        if open_at is not None:
            gap = text[open_at:i]
            if "\n" in gap and not (opening and before == "\n"):
                open_at = None  # the mark never closed: drop it, keep going
            elif opening and before == "\n" and "\n" in gap:
                continue  # next paragraph of a multi-paragraph quote
        if open_at is None:
            if opening:
                open_at = i + 1
            continue
        if not opening or ch == _CLOSE:
            spans.append((open_at, i))
            open_at = None
        else:
            open_at = i + 1
    return spans


def _is_quote(fragment: str) -> bool:
    words = _WORD.findall(fragment)
    if len(words) >= 4:
        return True
    # A short fragment is a quote only when it reads as a whole sentence.
    return len(words) >= 2 and fragment[:1].isupper() and fragment.rstrip()[-1:] in ".!?"


def _speaker(text: str, start: int, end: int) -> str | None:
    tail = text[end + 1 : end + 120].split("\n", 1)[0]
    m = _AFTER.search(tail)
    if m:
        return m.group(1) or m.group(2)
    head = text[max(0, start - 160) : start - 1].rsplit("\n", 1)[-1]
    m = _BEFORE.search(head)
    return m.group(1) if m else None


def find_quotes(text: str) -> list[Quote]:
    """Every direct quote in `text`, in order."""
    quotes = []
    for start, end in _pairs(text):
        if _is_quote(text[start:end]):
            quotes.append(Quote(start, end, _speaker(text, start, end)))
    return quotes
