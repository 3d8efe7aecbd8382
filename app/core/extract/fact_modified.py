"""Noun phrases that a capitalized modifier describes without naming, read
after `fact_phrases` and `fact_referents` have bracketed what they can
(`fact_standalone` asks):

- a bracket whose name the article gave with "a" or "an" ("Velmar Radio,
  a Quillon talk station, ..." -> "[the Quillon talk station]'s news
  desk"): a description, not a name; which one, only the sentences before
  say. The fact is not offered, as a "the Quillon talk station" written in
  the sentence itself is not (`fact_referents.introduced_before`).
"""

from __future__ import annotations

import re

from app.core.extract.fact_names import Edit
from app.core.extract.fact_referents import _introduced

# A bracket holding a described thing: "[the Quillon talk station]", its
# last word a plain lower-case noun (a name ends in a capital).
_DESCRIBED = re.compile(r"\[[Tt]he ((?:[\w.'\u2019-]+ )+[a-z][a-z-]*)\]")
# Words after a phrase that name it by its title: "the editorial, entitled ...".
_TITLED = re.compile(r",? (?:entitled|titled|headlined|called|named) ")


def described_bracket(text: str, start: int, edits: list[Edit]) -> bool:
    """Whether one of the fact's bracketed `edits` (the fact opening at
    `start`) gives a thing by the words the article introduced it with
    after "a" or "an" (its first mention): a description, which no bracket
    makes a name."""
    for at, length, words in edits:
        m = _DESCRIBED.fullmatch(words)
        if m is None or _TITLED.match(text, at + length):
            continue  # (a name, or a title the sentence gives)
        said = m.group(1)
        first = text.find(said, 0, start)
        if first >= 0 and _introduced(text, first, first + len(said)):
            return True
    return False
