"""Pairing quote marks: the raw quoted stretches of a text.

Works line by line (a line is a paragraph) so that one bad mark can only
spoil its own paragraph. Straight and curly double marks are read by their
context (space before = opening, space after = closing), so a curly mark typed
the wrong way round or an inch mark (6'3") does not flip every quote after
it. A quote whose paragraph ends open and whose next paragraph starts with an
opening mark continues there (the multi-paragraph convention); one that opened
inside its paragraph, after other words, is a quote of its own up to the
paragraph's end. A quote opened inside an open quote is part of it
(`wrote, "When "your side" errs, say so."`) when the outer quote closes in
its paragraph; when it does not, the earlier mark was a stray one, unless
it was a straight mark opening the paragraph with only curly marks after it:
a quoted paragraph (as a block quote's are) holding quotes of its own, one
quote up to the paragraph's end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
_FEET_INCHES = re.compile(r"\d['\u2019]\d{0,2}$")
_SENTENCE_END = re.compile(r"[.!?\u2026:;\u2014\u2013-]['\u2019\u201d)]*\s*$")

_OPEN, _CLOSE, _EITHER = 1, 2, 3
_OPENERS = "\u201c\u201e\u00ab"
_BEFORE_OPEN = "([{\u2014\u2013-/\u2018'\u201c\u201d\""
_AFTER_CLOSE = ".,;:!?)]}\u2014\u2013-\u2026\u2019'\u201c\u201d\""


# Made for every quoted stretch of every article: a named tuple (immutable
# like a frozen dataclass, three times cheaper to make).
class Stretch(NamedTuple):
    """Words between an opening and a closing mark (marks excluded).

    `closed` is False when the closing mark is missing and the stretch runs to
    the end of its paragraph; `paragraphs` counts the paragraphs it spans.
    """

    start: int
    end: int
    closed: bool = True
    paragraphs: int = 1


def _kind(text: str, i: int, line_start: int, line_end: int) -> int:
    """Whether the mark at `i` opens, closes, or could do either."""
    ch = text[i]
    before = text[i - 1] if i > line_start else " "
    after = text[i + 1] if i + 1 < line_end else " "
    left = (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()
    right = not before.isspace() and (after.isspace() or after in _AFTER_CLOSE)
    if (
        ch in '"\u201d'
        and before.isdigit()
        and _FEET_INCHES.search(text, max(line_start, i - 4), i)
    ):
        return 0  # an inch mark, straight or curly: 6'3", 6’3”
    if left and not right:
        return _OPEN
    if right and not left:
        return _CLOSE
    if ch in _OPENERS:
        return _OPEN
    if ch == '"':
        return _EITHER
    return _CLOSE


def _may_continue(text: str, open_at: int, line_start: int, line_end: int) -> bool:
    """An unclosed quote may go on in the next paragraph only when it opened
    the paragraph or followed a colon/comma, and its part here ends a sentence;
    a stray mark in mid-sentence ("called it "a setback and ...) does not."""
    head = text[line_start:open_at].rstrip()
    if head and head[-1] not in ":,":
        return False
    return bool(_SENTENCE_END.search(text, open_at, line_end))


def find_stretches(text: str) -> list[Stretch]:
    """Every quoted stretch, in order; never raises on unbalanced marks."""
    out: list[Stretch] = []
    # Every mark, found first: most paragraphs have none, and one with none
    # changes nothing unless a quote runs on from the one before.
    at = _marks_at(text)
    if not at:
        return out
    a, n = 0, len(at)  # at[a]: the first mark not yet read
    pending: int | None = None  # opening offset of a quote still open at a paragraph end
    pending_paras = 0
    prev_end = 0  # end of the paragraph where `pending` opened
    size = len(text)
    le = 0
    while True:
        # The next paragraph (a run of characters other than newlines) to
        # read: the one after the last when a quote runs on, else the one
        # holding the next mark.
        if pending is not None:
            ls = le
            while ls < size and text[ls] == "\n":
                ls += 1
            if ls == size:
                break
        elif a == n:
            break  # no mark left, no quote running on
        else:
            ls = text.rfind("\n", 0, at[a]) + 1
        le = text.find("\n", ls)
        if le < 0:
            le = size
        marks = []
        while a < n and at[a] < le:
            kind = _kind(text, at[a], ls, le)
            if kind:
                marks.append((at[a], kind))
            a += 1
        open_at: int | None = None
        paras = 1
        if pending is not None:
            first = marks[0] if marks else None
            lead = text[ls : first[0]] if first else ""
            if first and first[1] != _CLOSE and not lead.strip():
                open_at, paras = pending, pending_paras + 1
                marks = marks[1:]
            else:
                out.append(Stretch(pending + 1, _trim_end(text, pending + 1, prev_end), False))
        pending = None
        paired, left, nested = _pair(marks, open_at, paras, True)
        if left is not None and nested and _straight_block(text, left, ls, marks):
            # A quoted paragraph holding quotes of its own: one quote up to
            # its end (nothing else closed in it); a quote running on from
            # the paragraphs before ends with them.
            if left[0] < ls:
                out.append(
                    Stretch(left[0] + 1, _trim_end(text, left[0] + 1, prev_end), False, left[1] - 1)
                )
            out.append(Stretch(ls + 1, _trim_end(text, ls + 1, le), False))
            continue
        if left is not None and nested:
            # The outer quote never closes here: the earlier mark was a
            # stray one, and the quote starts again at the later mark.
            paired, left, nested = _pair(marks, open_at, paras, False)
        out.extend(paired)
        open_at, paras = left if left is not None else (None, 1)
        if open_at is not None and _may_continue(text, open_at, ls, le):
            pending, pending_paras = open_at, paras
            prev_end = le
        elif open_at is not None and (
            _own_part(text, open_at, le) or _after_stop(text, open_at, ls, le)
        ):
            # `Ruiz said. "It hurts farmers.` and a next paragraph opening with
            # a mark: the quote goes on there; its part here is a quote of its own.
            out.append(Stretch(open_at + 1, _trim_end(text, open_at + 1, le), False, paras))
    if pending is not None:
        out.append(Stretch(pending + 1, _trim_end(text, pending + 1, prev_end), False))
    return out


def _pair(
    marks: list[tuple[int, int]], open_at: int | None, paras: int, nest: bool
) -> tuple[list[Stretch], tuple[int, int] | None, bool]:
    """The stretches one paragraph's marks close, the quote left open at its
    end (opening offset, paragraphs) and whether a quote opened inside an
    open one. With `nest`, an opening mark inside an open quote starts a
    quote within it (`wrote, "When "your side" errs, say so."`): the next
    closing mark ends that one, the one after it the outer quote; without,
    the earlier mark never closed and the quote starts again there."""
    out: list[Stretch] = []
    depth = 0
    nested = False
    for i, kind in marks:
        if open_at is None:
            if kind != _CLOSE:
                open_at, paras = i, 1
        elif kind == _OPEN:
            nested = True
            if nest:
                depth += 1
            else:
                open_at, paras = i, 1
        elif depth:
            depth -= 1
        else:
            out.append(Stretch(open_at + 1, i, True, paras))
            open_at = None
    return out, (open_at, paras) if open_at is not None else None, nested


def _straight_block(
    text: str, left: tuple[int, int], line_start: int, marks: list[tuple[int, int]]
) -> bool:
    """Whether a quote left open at a paragraph's end opened it, or an
    earlier one, with a straight mark, only curly marks after it (`"Vesk
    defended the “open door” rule ...`): a quoted paragraph, as a block
    quote's paragraphs are, whose curly quotes are quoted within it; not a
    stray mark (a straight mark opening a paragraph is never one)."""
    if text[line_start] != '"' or left[0] > line_start:
        return False  # (opened after words of the paragraph: maybe a stray mark)
    if text[line_start + 1 : line_start + 2] in _MARKS:
        return False  # `"“We sail ...” Brask said.`: a mark typed twice
    return all(text[i] != '"' for i, _kind in marks if i != line_start)


def _own_part(text: str, open_at: int, line_end: int) -> bool:
    """Whether a quote left open at a paragraph's end (`Ruiz said. "It hurts
    farmers.`), its part there ending a sentence, goes on in a next
    paragraph that opens with a mark: that part is a quote of its own."""
    nxt = line_end
    while nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    return (
        nxt < len(text)
        and text[nxt] in _MARKS
        and bool(_SENTENCE_END.search(text, open_at, line_end))
    )


def _after_stop(text: str, open_at: int, line_start: int, line_end: int) -> bool:
    """Whether a quote left open at a paragraph's end opened a sentence of
    its own after a stop (`," Ruiz said. "It hurts farmers.`) and its part
    ends a sentence: a quote whose closing mark is missing."""
    head = text[line_start:open_at].rstrip()
    return head[-1:] in (".", "?", "!") and bool(_SENTENCE_END.search(text, open_at, line_end))


def _marks_at(text: str) -> list[int]:
    """Where each quote mark stands, in order: one `str.find` scan a kind
    of mark (a search for one character runs in C at memory speed, where a
    regex tests every character against the class: 3x slower)."""
    at = []
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1)
    at.sort()
    return at


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def stretch_words(text: str, start: int, end: int, limit: int = 13) -> list[str]:
    """The first `limit` words of a stretch, all of a shorter one
    (apostrophes and hyphens stay inside words). The quote tests count words
    only up to a dozen, so a long quote is read only to about 12 characters
    a word: a word cut off there is never among the first `limit` when more
    follow it."""
    hi = start + 12 * limit
    if hi < end:
        words = _WORDS.findall(text, start, hi)
        if len(words) > limit:
            return words[:limit]
    return _WORDS.findall(text, start, end)[:limit]


_WORDS = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
