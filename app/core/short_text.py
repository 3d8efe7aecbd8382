"""Shortening a title or a passage for a narrow place in the window.

A shortened title ends between words, never inside a name: "Town Mayor
Ada Vellum announced…" becomes "Town Mayor Ada Vellum…" or "Town…", never
"Town Mayor Ada…" (the reader would take the cut name for the whole one),
and it does not end on a small word ("…of…"). A memo's subject made a file
name (`file_stem`) is cut the same way, at the end of a phrase where one
ends late enough.
"""

from __future__ import annotations

import re

ELLIPSIS = "\u2026"
# Words a cut title should not end on (English function words).
_SMALL = frozenset(
    "a an and as at but by for from in into nor of on or over per than the to via with".split()
)
# A file name: the whole of most subjects, well inside every system's limit
# (Linux and macOS count a name's UTF-8 bytes, 255 at most).
STEM_MAX, STEM_BYTES_MAX = 80, 200
# Where a phrase ends in a subject: punctuation, or a dash or stop set off by a space.
_PHRASE_END = re.compile(r"[:;,!?()\[\]{}|/\u2013\u2014]|\.(?=\s|$)|\s-+\s")
# Names Windows keeps for devices, with any extension ("con.docx" cannot be made).
_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)]
)
# More capitalised words in a row than a name has ("Ana de la Vesk Quillon Roe"
# has six): a headline set in Title Case ("Mayor Says The Ferry Will Run").
_NAME_WORDS_MAX = 6
_TRAILING = " ,;:-\u2013\u2014\u00b7|(\u201c\u2018\"'\u2026"  # an ellipsis too: never two


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
    # Back off to the start of a name the cut falls in (a longer run of
    # capitalised words is a headline in Title Case, cut between any words)...
    start, end = whole, whole
    while start > 0 and _in_name(words[start - 1], words[start]):
        start -= 1
    while end + 1 < len(words) and _in_name(words[end], words[end + 1]):
        end += 1
    if end - start < _NAME_WORDS_MAX:
        del kept[max(start, 1) :]
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
    if len(kept) == len(words):
        return text  # kept whole (a name a little over the limit): nothing cut
    return " ".join(kept).rstrip(_TRAILING) + ELLIPSIS


def plural(n: int, noun: str) -> str:
    """A count with its noun for a label: "1 item", "3 items", "37,206 items"
    (regular plurals only; thousands separated, as a person reads them)."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def which_source(outlet: str, date: str) -> str:
    """ "Vesk Gazette, 2031-05-04": what tells a source from another of its
    title (a wire story in two papers) where a line names it by its title;
    "" when neither is known."""
    return ", ".join(part for part in (outlet.strip(), date.strip()) if part)


def file_stem(subject: str, limit: int = STEM_MAX) -> str:
    """A file name (no extension) from a memo's subject, valid on Windows,
    macOS and Linux: letters, digits, "-" and "_" only, words joined by "-".
    Whole if it fits in `limit` characters; else cut at the end of a phrase
    if that keeps a third of `limit` or more, else between words as
    `clip_words` cuts (not inside a name, not after a small word). Only a
    first word longer than the limit is cut inside. "memo" when the
    subject has no word."""

    def fits(words: list[str]) -> bool:
        stem = "-".join(words)
        return len(stem) <= limit and len(stem.encode()) <= STEM_BYTES_MAX

    phrases = [_file_words(phrase) for phrase in _PHRASE_END.split(subject)]
    every = [word for phrase in phrases for word in phrase]
    if fits(every):
        return _not_a_device("-".join(every))
    kept: list[str] = []
    for phrase in phrases:
        if not fits([*kept, *phrase]):
            break
        kept += phrase
    if len("-".join(kept)) < limit // 3:
        kept = clip_words(" ".join(every), limit).removesuffix(ELLIPSIS).split()
        while kept and not fits(kept):  # a long name kept whole, or wide letters
            kept.pop()
    if not kept:  # a first word longer than the limit: cut where the limit falls
        word = every[0]
        while not fits([word]):
            word = word[:-1]
        kept = [word]
    return _not_a_device("-".join(kept))


def _file_words(text: str) -> list[str]:
    """The words of `text` as a file name may hold them: letters, digits, "-", "_"."""
    clean = "".join(c if c.isalnum() or c in "-_" else " " for c in text)
    return [w.strip("-_") for w in clean.split() if w.strip("-_")]


def _not_a_device(stem: str) -> str:
    if not stem:
        return "memo"
    return f"{stem}-memo" if stem.casefold() in _DEVICES else stem
