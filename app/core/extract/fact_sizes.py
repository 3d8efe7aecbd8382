"""A "the <noun>" told by its size alone: "the organization of 1,500
members", "the poll of 800 likely voters". The complement counts what the
body or the sample is made of; it says how big, not which one, and
`fact_phrases` reads the phrase as a bare "the <noun>" (bracketed with the
one name the article gave it, else the fact is not offered).
"""

from __future__ import annotations

import re

from app.core.extract.fact_phrases import NP_ENDS, NUMBER_WORD_HEADS, capitalized_next, plain, span
from app.core.extract.lexicon import ORG_WORDS


def sized(tokens: list[str], word: str, head: int, j: int) -> bool:
    """Whether the complement opening with `word` ("of", "for") at `j` - 1
    says only how long or how big the noun at word `head` is, not which
    one: "the video for 13 months", "the guild of 1,500 members"."""
    if word == "for":
        return span(tokens, j)
    return word == "of" and counted(tokens, head, j)


def counted(tokens: list[str], head: int, j: int) -> bool:
    """Whether the words from `j` only count what the body or the poll at
    word `head` is made of, "(the guild of) 1,500 members", "(the poll of)
    about 300 voters": a size, which says how big, not which one ("the
    names of 40 donors", "the deportation of 300 people": whose, what). A
    name after the counted noun ("of 300 weavers in Quillon") may say
    which: not counted so."""
    body = plain(tokens[head]).lower()
    if body not in ORG_WORDS and body not in _SAMPLED:
        return False
    if tokens[j].lower() in _ABOUT and j + 1 < len(tokens):
        j += 1
    count = tokens[j]
    if not (count[0].isdigit() or count.split("-", 1)[0].lower() in NUMBER_WORD_HEADS):
        return False
    if _YEAR.match(count):
        return False  # "the election of 2008": which one, its year says
    if not count[-1].isalnum() or j + 1 >= len(tokens):
        return False  # "of 1,500." (a count alone), "of two," (of two what?)
    noun = tokens[j + 1]
    if not noun[:1].islower() or plain(noun).lower() in _NOT_COUNTED or noun in NP_ENDS:
        return False  # "of 5 percent": a measure; "of 2016": a year's
    k = j + 2
    if k < len(tokens) and noun[-1].isalpha() and tokens[k] in _NAMES_WHICH:
        return not (k + 1 < len(tokens) and capitalized_next(tokens, k + 1))
    return True


# What a count of people may make up besides a body: "the poll of 800 voters".
_SAMPLED = frozenset("poll survey study sample panel".split())
# A year: "the election of 2008".
_YEAR = re.compile(r"(?:1[89]|20)\d\d\b")
# Words before a count: "of about 300 weavers".
_ABOUT = frozenset("about nearly roughly some almost over".split())
# Nouns after a count that measure rather than count members: "of 5 percent".
_NOT_COUNTED = frozenset("percent percentage points point times".split()) | NUMBER_WORD_HEADS
# Words after a counted noun that, with a name after them, may say which.
_NAMES_WHICH = frozenset("in from at of across around".split())
