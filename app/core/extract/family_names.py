"""A surname a family shares, named alone right after one of its members is
named in full: that member ("Ivo Brask thanked her. "...," Brask said."),
not the member the article introduced first, whom a bare surname means
elsewhere (people.py)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from app.core.extract.given_names import is_given_name

if TYPE_CHECKING:
    from app.core.extract.people import Cast

# A sentence's end: a stop (and a closing mark) before a space and a capital
# or an opening mark.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*[A-Z]|\n")
# What stands right before a clause's subject: a sentence's end or an
# opening phrase's comma.
_OPENERS = frozenset((". ", "? ", "! ", ", ", '" ', "\u201d "))
_VERB_NEXT = re.compile(r"[ \t]+[a-z]")


def _subject_at(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end is a clause's subject: it opens its
    sentence or follows an opening phrase's comma, and a word in lower case
    (its verb) follows it ("On Sunday, Ivo Brask spoke")."""
    return (start == 0 or text[start - 1] == "\n" or text[start - 2 : start] in _OPENERS) and (
        _VERB_NEXT.match(text, end) is not None
    )


def nearest_members(cast: Cast, family_bare: set[int]) -> None:
    """Give each bare surname mention at a position in `family_bare` the
    family member named in full as a subject in its sentence or the one
    before, nearest first, when that is another member; `cast.mentions`
    sorted by position."""
    text = cast.text
    mentions = cast.mentions
    positions = [m.pos for m in mentions]
    for pos in sorted(family_bare):
        i = bisect.bisect_left(positions, pos)
        m = mentions[i]
        if m.pos != pos or m.entity.kind != "person":
            continue
        surname = m.entity.surname
        for j in range(i - 1, max(-1, i - 12), -1):
            prior = mentions[j]
            if prior.entity.surname != surname or prior.entity.kind != "person":
                continue
            if not is_given_name(prior.entity.name.split()[0]):
                continue  # "Neither Quorle", "Actress Ana Vesk": no member's full name
            if not _subject_at(text, prior.pos, prior.end):
                break  # named in passing ("Her brother, Ivo Brask, does not")
            if " " not in text[prior.pos : prior.end].strip():
                break  # the surname alone again: as that one reads
            ends = _SENTENCE_END.findall(text, prior.end, m.pos)
            if len(ends) <= 1 and "\n" not in ends and prior.entity is not m.entity:
                mentions[i] = m._replace(entity=prior.entity)
            break
