"""Shortening a title or a passage for a narrow place in the window.

A shortened title ends between words, never inside a name: "Town Mayor
Ada Vellum announced…" becomes "Town Mayor Ada Vellum…" or "Town…", never
"Town Mayor Ada…" (the reader would take the cut name for the whole one),
and it does not end on a small word ("…of…").
"""

from __future__ import annotations

ELLIPSIS = "\u2026"
# Words a cut title should not end on (English function words).
_SMALL = frozenset(
    "a an and as at but by for from in into nor of on or over per than the to via with".split()
)
_TRAILING = " ,;:-\u2013\u2014\u00b7|(\u201c\u2018\"'"


def _capitalised(word: str) -> bool:
    core = word.lstrip("\"'\u201c\u2018(")
    return bool(core) and core[0].isupper()


def _in_name(word: str, following: str) -> bool:
    """`word` and the word after it are two words of one name."""
    return (
        _capitalised(word) and _capitalised(following) and not word.endswith((",", ";", ":", "."))
    )


def clip_words(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters: whole if it fits, else
    cut after a whole word, before a run of capitalised words (a name) it
    would split and before small words, with an ellipsis. A name the text
    starts with is kept whole up to half again `limit`; only a longer one
    (or one long word) is cut inside."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    words = text.split(" ")
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > limit - 1:
            break
        kept.append(word)
    if not kept:
        return text[: limit - 1].rstrip(_TRAILING) + ELLIPSIS
    whole = len(kept)
    # Back off to the start of a name the cut falls in...
    while len(kept) > 1 and _in_name(kept[-1], words[len(kept)]):
        kept.pop()
    # ...and off small words left dangling at the end.
    while len(kept) > 1 and kept[-1].strip(_TRAILING).casefold() in _SMALL:
        kept.pop()
    if len(kept) == 1 and whole > 1 and _in_name(kept[0], words[1]):
        # A name from the first word on is longer than the limit: shown
        # whole if it is not much longer, else cut where the limit falls.
        end = 1
        while end < len(words) and _in_name(words[end - 1], words[end]):
            end += 1
        name = words[:end]
        kept = name if len(" ".join(name)) <= limit * 3 // 2 else words[:whole]
    return " ".join(kept).rstrip(_TRAILING) + ELLIPSIS


def plural(n: int, noun: str) -> str:
    """A count with its noun for a label: "1 item", "3 items" (regular plurals only)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
