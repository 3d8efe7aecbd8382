"""The lead-in a quote inside a block of paragraphs stands under: `Vesk
wrote:` or `Vesk argued that:` closing a paragraph, then a paragraph of her
words, or a list of items each opening with one bullet mark, a quote inside
any of them (not opening it) being hers."""

from __future__ import annotations

import re

# A list item's mark opening a paragraph: "•", "-", "*", "1.", "2)", or a
# bullet that lost its glyph, the letter "l" alone.
_BULLET = re.compile(r"(?:[\u2022\u25cf\u25aa*\u2013-]|\d{1,2}[.)]|l)[ \t]")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# How many paragraphs of a list may stand between the lead-in and the quote's.
_ITEMS = 8


def block_lead(text: str, spans: list[tuple[int, int]], li: int) -> tuple[int, int] | None:
    """The span of the paragraph ending with a colon that paragraph `li`
    stands under: the one right before it, or the one before a run of list
    items that `li` ends, each opening with the same bullet mark as `li`."""
    ls, le = spans[li]
    bullet = _BULLET.match(text, ls, le)
    mark = bullet.group()[:1] if bullet is not None else None
    for k in range(li - 1, max(-1, li - 1 - _ITEMS), -1):
        pls, ple = spans[k]
        if text[pls:ple].rstrip().endswith(":"):
            # (A heading in capitals, "SHORT READS:", names no one.)
            return (pls, ple) if _LOWER_WORD.search(text, pls, ple) else None
        item = _BULLET.match(text, pls, ple)
        if mark is None or item is None or item.group()[:1] != mark:
            return None
    return None
