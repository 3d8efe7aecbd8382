"""Sentence splitting for news English that survives abbreviations.

"Nov. 19", "Gov. Ivo Brask", "U.S. District Judge", "10 a.m. Tuesday" and
initials ("John A. Boehner") do not end a sentence. Paragraphs (lines) always
do. Spans are exact offsets into the text, trimmed of surrounding spaces.
"""

from __future__ import annotations

import re

from app.core.extract.lexicon import ABBREVIATIONS

_LINE = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9$])")
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
    k = dot_at
    floor = max(0, dot_at - 40)
    while k > floor and (text[k - 1].isalnum() or text[k - 1] in ".-"):
        k -= 1
    token = text[k:dot_at]
    low = token.lower()
    nxt = _NEXT_WORD.match(text, after, end)
    next_word = nxt.group(1) if nxt else ""
    if low in ("a.m", "p.m"):
        return next_word not in _TIME_FOLLOWERS
    if low in _SOFT_ABBREVIATIONS:
        return next_word in _STARTERS
    if low in ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "Ivo A. Brask"
    if "." in token and len(token) <= 6 and not next_word[:1].isdigit():
        return next_word in _STARTERS  # "U.S.", "D.C." mostly run on
    return True


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text[start:end]`, in order."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        ls, le = line.span()
        s = ls
        for b in _BOUNDARY.finditer(text, ls, le):
            if _is_boundary(text, b.start(), b.end(), le):
                out.append((s, b.end()))
                s = b.end()
        out.append((s, le))
    return [t for t in (_trim(text, a, b) for a, b in out) if t[1] > t[0]]


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, looking back no further than `lo`."""
    # Look two characters past `pos` so a boundary right before an opening
    # quote mark is seen.
    stop = min(len(text), pos + 3)
    # Scan a short stretch before `pos` first and widen it only when it holds
    # no boundary: scanning from `lo` for every quote is quadratic in a long
    # paragraph. A boundary starting inside the stretch is the same match a
    # scan from `lo` finds (a run of stops is matched from its first mark).
    window = 512
    while True:
        a = max(lo, pos - window)
        last = None
        for b in _BOUNDARY.finditer(text, a, stop):
            if b.end() <= pos and _is_boundary(text, b.start(), b.end(), pos + 80):
                last = b
        if last is not None and (a == lo or last.start() > a):
            return last.end()
        if a == lo:
            return lo
        window *= 4


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Where the sentence holding `pos` ends (after its final mark), looking
    no further than `hi` (a line end)."""
    for b in _BOUNDARY.finditer(text, pos, hi):
        if _is_boundary(text, b.start(), b.end(), hi):
            return b.end()
    return hi


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
