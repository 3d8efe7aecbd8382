"""Sentence splitting for news English that survives abbreviations.

"Nov. 19", "Gov. Ivo Brask", "U.S. District Judge", "10 a.m. Tuesday" and
initials ("John A. Boehner") do not end a sentence. Paragraphs (lines) always
do. Spans are exact offsets into the text, trimmed of surrounding spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.extract.lexicon import ABBREVIATIONS

_STOP = r"[.!?\u2026]"
_CLOSERS = r"[\"'\u201d\u2019)\]]*"  # after a stop: `."`, `.)`
_OPENING = r"[\"'\u201c\u2018(\[]?[A-Z0-9$]"  # how the next sentence opens
# A stop that may end a sentence: a capital or a figure opens what follows.
_BOUNDARY = re.compile(rf"{_STOP}+{_CLOSERS}(?=\s+{_OPENING})")
# The same stop (the spaces after it captured: the next sentence starts past
# them), but not past its line, or a line's end (with the blank lines after
# it: one match a paragraph break): `sentence_spans` reads the whole text in
# one pass that skips in C to the next of these characters.
_STOP_OR_LINE = re.compile(
    rf"[\n.!?\u2026](?:(?<=\n)\n*|(?<={_STOP}){_STOP}*{_CLOSERS}(?=([^\S\n]+){_OPENING}))"
)
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


def _is_boundary(text: str, dot_at: int, after: int, end: int) -> bool:
    """Whether the punctuation starting at `dot_at` ends a sentence."""
    if text[dot_at] != ".":
        return True
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
    s = start  # where the sentence being read starts (a line's start: maybe spaces)
    line_end = -1  # (looked up when a stop needs it)
    for m in _STOP_OR_LINE.finditer(text, start, end):
        at = m.start()
        if m.lastindex is None:  # a line's end (no stop, no group): its last sentence ends too
            _add_trimmed(text, s, at, out)
            s = m.end()  # (past the blank lines after it, which hold none)
            continue
        if line_end < at:
            line_end = text.find("\n", at, end)
            if line_end < 0:
                line_end = end
        if _is_boundary(text, at, m.end(), line_end):
            while text[s].isspace():
                s += 1  # (a line's first sentence; the stop is no space)
            out.append((s, m.end()))
            s = m.end(1)  # (past the spaces after the stop)
    _add_trimmed(text, s, end, out)
    return out


def _add_trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """`text[a:b]` less the spaces around it, added to `out` unless empty."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


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
            if _is_boundary(text, b.start(), b.end(), pos + 80):
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


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Where the sentence holding `pos` ends (after its final mark), looking
    no further than `hi` (a line end)."""
    for b in _BOUNDARY.finditer(text, pos, hi):
        if _is_boundary(text, b.start(), b.end(), hi):
            return b.end()
    return hi
