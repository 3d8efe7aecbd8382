"""Sentence splitting for news English that survives abbreviations.

"Nov. 19", "Gov. Ivo Brask", "U.S. District Judge", "10 a.m. Tuesday" and
initials ("John A. Boehner") do not end a sentence. Paragraphs (lines) always
do. Spans are exact offsets into the text, trimmed of surrounding spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from app.core.extract.abbreviations import ABBREVIATIONS, TITLE_ABBREVIATIONS

_STOP = r"[.!?\u2026]"
_CLOSERS = r"[\"'\u201d\u2019)\]]*"  # after a stop: `."`, `.)`
_OPENING = r"[\"'\u201c\u2018(\[]?[A-Z0-9$]"  # how the next sentence opens
# A stop that may end a sentence: a capital or a figure opens what follows.
_BOUNDARY = re.compile(rf"{_STOP}+{_CLOSERS}(?=\s+{_OPENING})")
# The same stop (the spaces after it captured: the next sentence starts past
# them), not past its line. `sentence_spans` finds a text's full stops with
# `_FULL_STOP`, which opens with a literal (the regex engine skips to the
# next "." in a few instructions a character, where a pattern opening with
# a class tests each character against it), and `_STOP_IN_LINE` is asked
# only of a line holding a "!", "?" or "\u2026" (a line in thirty).
_STOP_IN_LINE = re.compile(rf"{_STOP}{_STOP}*{_CLOSERS}(?=([^\S\n]+){_OPENING})")
_FULL_STOP = re.compile(rf"\.{_STOP}*{_CLOSERS}(?=([^\S\n]+){_OPENING})")
_LINE_ENDS = re.compile(r"\n\n*")  # (the blank lines after a line hold no sentence)
_OTHER_STOPS = "!?\u2026"
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(\[]?([\w.]+)")
_STARTERS = frozenset(
    "The A An He She It They We I In But This That There His Her Their Its Our On At "
    "After When While Some Many Most".split()
)
_TIME_FOLLOWERS = frozenset(
    "ET PT CT MT EST EDT PST PDT CST CDT MST MDT GMT UTC Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday on at to and or".split()
)
_SOFT_ABBREVIATIONS = frozenset("inc corp co ltd u.s u.k u.n d.c".split())
# A word of letters and figures this long ends a sentence at its stop: it is
# no abbreviation, and longer than the dotted short words `_is_boundary`
# asks the next word about.
_LONG_WORD = 1 + max(6, *map(len, ABBREVIATIONS | _SOFT_ABBREVIATIONS))


def _is_boundary(text: str, dot_at: int, after: int, end: int) -> bool:
    """Whether the punctuation starting at `dot_at` ends a sentence."""
    if text[dot_at] != ".":
        return True
    if dot_at >= _LONG_WORD and text[dot_at - _LONG_WORD : dot_at].isalnum():
        return True  # (most stops: the tests below all pass such a word)
    # The word before the stop: its letters, digits, dots and hyphens, back
    # to 40 characters. (Mostly a plain word after a space: found by one
    # search, not a step a character.)
    floor = max(0, dot_at - 40)
    k = text.rfind(" ", floor, dot_at) + 1 or floor
    token = text[k:dot_at]
    if not token.isalnum():
        k = dot_at
        while k > floor and (text[k - 1].isalnum() or text[k - 1] in ".-"):
            k -= 1
        token = text[k:dot_at]
    low = token.lower()
    if low in ("a.m", "p.m"):
        return _next_word(text, after, end) not in _TIME_FOLLOWERS
    if low in _SOFT_ABBREVIATIONS:
        return _next_word(text, after, end) in _STARTERS
    if low in ABBREVIATIONS:
        return False
    if (
        "-" in low
        and low.rsplit("-", 1)[1] in TITLE_ABBREVIATIONS
        and token.rsplit("-", 1)[1][:1].isupper()
    ):
        return False  # "then-Sen. Ana Roe", "ex-Gov. Ivo Brask": a title after a prefix
    if len(token) == 1 and token.isupper():
        return False  # an initial: "Ivo A. Brask"
    if "." in token and len(token) <= 6:
        next_word = _next_word(text, after, end)
        if not next_word[:1].isdigit():
            return next_word in _STARTERS  # "U.S.", "D.C." mostly run on
    return True


def _next_word(text: str, after: int, end: int) -> str:
    """The word after the stop that ends at `after` (read only where the
    word before the stop leaves the question open)."""
    nxt = _NEXT_WORD.match(text, after, end)
    return nxt.group(1) if nxt else ""


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text[start:end]`, in order."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    # Where the "!", "?" and "\u2026" stand (most texts hold few or none),
    # then `end` (no line past it holds one).
    others = sorted(_find_all(text, _OTHER_STOPS, start, end))
    others.append(end)
    k = 0
    s = start  # where the sentence being read starts (a line's start: maybe spaces)
    a = start  # where the line being read starts
    # A stop's match never reaches past its line: a line's stops are the
    # full stops' matches before its end, but for a line holding another
    # stop, whose stops are read again with `_STOP_IN_LINE` in their place.
    stops = _FULL_STOP.finditer(text, start, end)
    m = next(stops, None)
    at = end if m is None else m.start()  # (where the next stop's match starts)
    for line_end in chain(_LINE_ENDS.finditer(text, start, end), (None,)):
        b = end if line_end is None else line_end.start()
        if others[k] < b:
            while at < b:
                m = next(stops, None)
                at = end if m is None else m.start()
            stops = chain(_STOP_IN_LINE.finditer(text, a, b), () if m is None else (m,), stops)
            m = next(stops, None)
            at = end if m is None else m.start()
            while others[k] < b:
                k += 1
        while at < b:
            q = m.end()
            if _is_boundary(text, at, q, b):
                while text[s].isspace():
                    s += 1  # (a line's first sentence; the stop is no space)
                out.append((s, q))
                s = m.end(1)  # (past the spaces after the stop)
            m = next(stops, None)
            at = end if m is None else m.start()
        # A line's end: its last sentence ends too (less the spaces around it).
        while s < b and text[s].isspace():
            s += 1
        e = b
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        if line_end is not None:
            s = a = line_end.end()
    return out


def _find_all(text: str, chars: str, start: int, end: int) -> Iterator[int]:
    """Where each of `chars` stands in `text[start:end]` (in no order)."""
    for c in chars:
        p = text.find(c, start, end)
        while p >= 0:
            yield p
            p = text.find(c, p + 1, end)


# Attribution asks the same start again for one quote by several rules (a
# third of the questions of an article repeat one asked before): kept for
# the last few articles' questions (the key holds the text itself).
@lru_cache(maxsize=128)
def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, looking back no further than `lo`."""
    # Look two characters past `pos` so a boundary right before an opening
    # quote mark is seen.
    stop = min(len(text), pos + 3)
    # The boundaries are read back from `pos` a stretch at a time, each
    # stretch opening after the space before the last stop not yet read: a
    # run of stops and closing marks holds no space, so a scan from there
    # finds the very matches a scan from `lo` finds (scanning from `lo` for
    # every quote is quadratic in a long paragraph, and most questions are
    # answered by the last stop or the one before it).
    read = stop  # where the stretch read last starts
    q = _last_stop(text, lo, pos)
    while q >= 0:
        a = max(lo, text.rfind(" ", lo, q) + 1)
        found = []
        for b in _BOUNDARY.finditer(text, a, stop):
            if b.start() >= read or b.end() > pos:
                break
            found.append(b)
        for b in reversed(found):
            if _is_boundary(text, b.start(), b.end(), pos + 80) and not _case_v(text, b.start()):
                return b.end()
        if a == lo:
            break
        read = a
        q = _last_stop(text, lo, a)
    return lo


def _last_stop(text: str, lo: int, end: int) -> int:
    """Where the last stop of `text[lo:end]` stands, or -1 (searched back a
    stretch at a time: a paragraph may be long)."""
    while end > lo:
        floor = max(lo, end - 256)
        q = max(
            text.rfind(".", floor, end),
            text.rfind("!", floor, end),
            text.rfind("?", floor, end),
            text.rfind("\u2026", floor, end),
        )
        if q >= 0:
            return q
        end = floor
    return -1


def follows_its_sentence(text: str, line_start: int, open_at: int, prev_end: int) -> bool:
    """Whether the quote opening at `open_at` starts the sentence right after
    the one holding the quote that ends at `prev_end`."""
    s = sentence_start(text, line_start, open_at - 1)
    if text[s : open_at - 1].strip() or s <= line_start:
        return False
    return sentence_start(text, line_start, s - 1) <= prev_end


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Where the sentence holding `pos` ends (after its final mark), looking
    no further than `hi` (a line end)."""
    for b in _BOUNDARY.finditer(text, pos, hi):
        if _is_boundary(text, b.start(), b.end(), hi) and not _case_v(text, b.start()):
            return b.end()
    return hi


def _case_v(text: str, dot_at: int) -> bool:
    """Whether the stop at `dot_at` is the "v." of a case's name ("Roe v.
    Brask, the case before the court"): no sentence ends there. Asked by
    `sentence_start` and `sentence_end`, the quotes' side, only:
    `sentence_spans` (the facts') is left as it was."""
    return text[dot_at - 2 : dot_at] == " v"


# Opening quote marks that may stand between an aside and the text after it.
_OPENING_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab')


def aside_sentence_before(text: str, pos: int) -> int:
    """Where an aside in parentheses that opens a sentence and closes the
    text before `pos` starts ("Vesk spoke of the case. (The law bans ...
    after 20 weeks.)"), else `pos`."""
    j = pos
    while j > 0 and (text[j - 1].isspace() or text[j - 1] in _OPENING_QUOTE_MARKS):
        j -= 1
    if text[j - 1 : j] != ")":
        return pos
    k = text.rfind("(", 0, j - 1)
    if k < 0 or text.find(")", k, j - 1) >= 0:
        return pos
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    return k if k == 0 or text[k - 1] in ".!?\n" else pos


def own_sentence_after_stop(text: str, line_start: int, start: int, end: int, line_end: int) -> int:
    """Where the sentence of the closed quote `text[start:end]` starts when
    the quote is a sentence of its own (its words end in a stop, nothing but
    a new sentence or the paragraph's end after its mark) right after a
    sentence of the paragraph that ends in a full stop; else -1."""
    s = sentence_start(text, line_start, start - 1)
    if text[s : start - 1].strip() or s <= line_start:
        return -1
    if text[line_start:s].rstrip()[-1:] != "." or text[end - 1 : end] not in ".!?":
        return -1
    rest = text[end + 1 : line_end].lstrip()
    return s if not rest or rest[0].isupper() or rest[0] in '"\u201c' else -1
