"""A line of text fitted to a width in pixels, cut between words.

Qt's own elision cuts wherever the width ends ("The Los Angel…"); a caption
or a card's who-and-where line here is cut like a short title instead:
after a whole word and never inside a name (app/core/short_text.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.core.short_text import ELLIPSIS, clip_words


def fit_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` on one line within `width` pixels: whole if it fits, else cut
    between words with an ellipsis (the longest such cut that fits; runs of
    spaces in a cut line become one)."""
    if metrics.horizontalAdvance(text) <= width:
        return text  # as given, its spacing kept ("Ada  ·  Town Post")
    low, high, best = 1, len(text), ""
    # Each cut measured once: budgets a few characters apart cut at the same
    # word, and measuring (shaping the text) is the slow part of a card's paint.
    fits: dict[str, bool] = {}
    while low <= high:  # the longest character budget whose cut fits
        middle = (low + high) // 2
        cut = _spaced_as(text, clip_words(text, middle))
        if cut not in fits:
            fits[cut] = metrics.horizontalAdvance(cut) <= width
        if fits[cut]:
            best, low = cut, middle + 1
        else:
            high = middle - 1
    return best


def _spaced_as(text: str, cut: str) -> str:
    """`cut` (a cut of `text` whose runs of spaces `clip_words` made one)
    with `text`'s runs of spaces put back, as far as the two agree."""
    out, i = [], 0
    for j, char in enumerate(cut):
        if char == " " and text.startswith(" ", i):
            run = len(text) - len(text[i:].lstrip(" ")) - i
            out.append(text[i : i + run])
            i += run
        elif text.startswith(char, i):
            out.append(char)
            i += 1
        else:  # the cut's own end: an ellipsis, trailing marks dropped
            out.append(cut[j:])
            break
    return "".join(out)


def fit_after(head: str, tail: str, metrics: QFontMetrics, width: int) -> str:
    """`head + tail` on one line within `width` pixels: whole if it fits;
    else the head whole and the tail cut between words in the room left, so
    a card's last part (its source) still shows how it starts, where a cut
    of the whole line fell before it (a title opening with a long name is
    not cut inside it) and left an ellipsis after the speaker, as if the
    name were cut. When the head leaves no room for a word of the tail, the
    line is cut as one (`fit_words`)."""
    line = head + tail
    if metrics.horizontalAdvance(line) <= width:
        return line
    room = width - metrics.horizontalAdvance(head)
    rest = fit_words(tail, metrics, room) if room > 0 else ""
    if not rest.removesuffix(ELLIPSIS).strip():
        return fit_words(line, metrics, width)
    return head + rest


def fit_speaker_first(
    speaker: str, middle: str, tail: str, metrics: QFontMetrics, width: int, separator: str
) -> str:
    """A quote card's line, `speaker`, `middle` (how many carry it, "in 3
    sources (2 independent)"; may be "") and `tail` (the source), within
    `width` pixels. A quote is never shown without its speaker: the source
    gives way first (cut, then dropped), then the middle (its bracket, then
    all of it: a count cut between words would say nothing), and the speaker
    is cut inside, with an ellipsis, only when it alone does not fit."""
    if metrics.horizontalAdvance(speaker) > width:
        return metrics.elidedText(speaker, Qt.TextElideMode.ElideRight, width)
    head = speaker + separator
    if middle:
        head += middle + separator
    line = fit_after(head, tail, metrics, width) if tail else head.removesuffix(separator)
    if line.startswith(head) and line != head:
        return line
    for shorter in (middle, middle.split(" (")[0]):
        line = speaker + separator + shorter
        if shorter and metrics.horizontalAdvance(line) <= width:
            return line
    return speaker


def speaker_cut(speaker: str, metrics: QFontMetrics, width: int) -> bool:
    """Whether `fit_speaker_first` cuts `speaker` itself at `width`."""
    return metrics.horizontalAdvance(speaker) > width
