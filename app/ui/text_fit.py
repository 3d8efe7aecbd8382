"""A line of text fitted to a width in pixels, cut between words.

Qt's own elision cuts wherever the width ends ("The Los Angel…"); a caption
or a card's who-and-where line here is cut like a short title instead:
after a whole word and never inside a name (app/core/short_text.py).
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from app.core.short_text import clip_words


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
        cut = clip_words(text, middle)
        if cut not in fits:
            fits[cut] = metrics.horizontalAdvance(cut) <= width
        if fits[cut]:
            best, low = cut, middle + 1
        else:
            high = middle - 1
    return best
