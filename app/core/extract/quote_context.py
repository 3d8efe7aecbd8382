"""Stretches the word tests of quotes.py leave out (one word, words all
capitalized like a title, a short phrase no verb of saying governs) that
their context still gives as someone's words: a tag closing their sentence,
a sentence of their own right after a tagged quote, a comment or a claim
someone owns."""

from __future__ import annotations

from app.core.extract.attribution import Attributor
from app.core.extract.marks import Stretch
from app.core.extract.quote_terms import is_given_name, is_label
from app.core.extract.sentences import follows_its_sentence


def by_context(
    text: str,
    st: Stretch,
    words: list[str],
    attributor: Attributor,
    line: tuple[int, int, int],
    prev,
    title: bool,
) -> bool:
    """Whether the stretch `st` is a quote by what stands around it; `line`:
    its paragraph's start, end and index; `prev`: (paragraph index, end,
    speaker) of the last quote kept; `title`: whether its words read like a
    title's."""
    line_start, line_end, li = line
    return (
        _late_tagged(text, st, words, attributor, line_end, title)
        or _goes_on(text, st, line_start, line_end, li, prev)
        or _owned_saying(st, words, attributor, line_start, title)
    )


def _late_tagged(
    text: str, st: Stretch, words: list[str], attributor: Attributor, line_end: int, title: bool
) -> bool:
    """Whether a short quote the other tests left out stands in a sentence
    a tag closes (`Ruiz is "deeply concerned" about it, her aide said.`):
    someone's words, unless marked up, a title or a term named as such."""
    if not st.closed or text[st.start - 2 : st.start - 1] == "=":
        return False
    if not words or title or is_label(text, st) or is_given_name(text, st):
        return False
    return attributor.late_tag(st.end, line_end) is not None


def _goes_on(text: str, st: Stretch, line_start: int, line_end: int, li: int, prev) -> bool:
    """Whether a closed stretch ending in a stop is a sentence of its own
    right after the sentence of a quote of its paragraph that has a speaker
    (`"It is sophomoric," Ruiz wrote. "Blacklisted?"`): that speaker goes
    on, even in one word or words in capitals."""
    if not st.closed or prev is None or prev[0] != li or prev[2] is None:
        return False
    if text[st.end - 1 : st.end] not in (".", "?", "!"):
        return False
    rest = text[st.end + 1 : line_end].lstrip()
    if rest and not (rest[0].isupper() or rest[0] in '"\u201c'):
        return False
    return follows_its_sentence(text, line_start, st.start, prev[1])


def _owned_saying(
    st: Stretch, words: list[str], attributor: Attributor, line_start: int, title: bool
) -> bool:
    """Whether a closed stretch of two words or more, no title, is given as
    someone's comment, call or claim (`his comment Monday that "Velmar hates
    us,"`, `Vesk's "47 percent" remark`): their words."""
    if not st.closed or len(words) < 2 or title:
        return False
    return attributor.possessor(st.start - 1, line_start, st.end) is not None
