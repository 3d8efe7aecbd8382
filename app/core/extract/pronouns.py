"""Who "he" or "she" is: the person a pronoun before a quote points back to.

News keeps the person a passage is about in subject position and refers to
them by pronoun until someone else takes over: so the antecedent is the
subject of the nearest sentence before the pronoun that has a person of the
right gender as subject, following a chain of pronoun subjects back ("Ruiz
spoke first. She thanked the crowd. "...," she said."). When no sentence
has such a subject, the nearest person mention that is not an object or a
place decides.
"""

from __future__ import annotations

import bisect
import re

from app.core.extract.names import PLACE_PREPOSITIONS, word_before
from app.core.extract.people import Cast, Entity
from app.core.extract.sentences import sentence_start

# A name after these words is an object or a place, not a sentence's subject.
_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(
    "to of for with by about than through against toward towards under over like as".split()
)
_NOT_SUBJECT_BEFORE = _PREPOSITIONS | {"a", "an"}
_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d]?\s|\n")
# A name right before a speech verb ("Brask said", "his wife, Lisel Orn, said").
_SPEECH_AFTER = re.compile(r",?[ \t]+(?:said|says|told|added|wrote|writes|posted|recalled)\b")


class Antecedents:
    """Pronoun resolution over one article's cast; `spans` are its quotes
    (sorted), whose words name no antecedent."""

    def __init__(self, cast: Cast, spans: list[tuple[int, int]]) -> None:
        self.cast = cast
        self.text = cast.text
        self.spans = spans
        self._placelike: dict[int, bool] = {}

    def person(self, pos: int, gender: str) -> Entity | None:
        """The person a pronoun of `gender` ("f", "m" or "") at `pos` means."""
        return self._nearest(pos, gender, self.spans)

    def _nearest(self, pos: int, gender: str, skip: list[tuple[int, int]]) -> Entity | None:
        """The most recent person before `pos` a pronoun of `gender` can
        refer to; mentions inside quotes (`skip`, sorted spans) do not count."""
        i = bisect.bisect_left(self.cast.positions, pos) - 1
        fallback = None
        seen = 0
        while i >= 0 and seen < 40:
            m = self.cast.mentions[i]
            i -= 1
            if m.entity.kind != "person" or _inside(m.pos, skip):
                continue
            seen += 1
            if gender and m.entity.gender and m.entity.gender != gender:
                continue
            if not m.entity.gender and self._only_after_place_words(m.entity):
                continue  # "in the Old North Lindvale neighborhood": a place
            if m.possessive:
                fallback = fallback or m.entity
                continue
            before = word_before(self.text, m.pos)
            if self.text[m.pos].isupper() and " " in self.text[m.pos : m.end]:
                # A run opening the sentence: "Through Vasko, she said".
                first = self.text[m.pos : m.end].split()[0].lower()
                before = first if first in _PREPOSITIONS else before
            if before in ("a", "an"):
                continue  # "a Lindvale nurse", "a Brightwell Bakery": no name
            if before.lower() in _NOT_SUBJECT_BEFORE and not _SENTENCE_END.search(
                self.text, m.end, pos
            ):
                continue  # "Through Vasko, she said": the pronoun's own clause
            return self._sentence_subject(i + 1, gender, skip) or m.entity
        return fallback

    def _sentence_subject(self, k: int, gender: str, skip: list[tuple[int, int]]) -> Entity | None:
        """The earliest person of `gender` in the sentence of mention `k`, not
        after a preposition: news puts the speaker first ("Ivo Brask said he
        had voted for Vasko because she came", "Quorle, the Lindvale High
        coach, put it more simply"), so a later name in the sentence
        is rarely the one a following pronoun means."""
        text = self.text
        line = text.rfind("\n", 0, self.cast.mentions[k].pos) + 1
        s = sentence_start(text, line, self.cast.mentions[k].pos)
        last = self.cast.mentions[k]
        if _SPEECH_AFTER.match(text, last.end) and (
            word_before(text, last.pos).lower() not in _NOT_SUBJECT_BEFORE
        ):
            return None  # "..., Brask said.": the tagged name is the speaker
        found = None
        j = k - 1
        while j >= 0 and self.cast.mentions[j].pos >= s:
            m = self.cast.mentions[j]
            j -= 1
            e = m.entity
            if e.kind != "person" or m.possessive or _inside(m.pos, skip):
                continue
            if gender and e.gender and e.gender != gender:
                continue
            if word_before(text, m.pos).lower() in _NOT_SUBJECT_BEFORE:
                continue
            if not e.gender and self._only_after_place_words(e):
                continue
            if _SPEECH_AFTER.match(text, m.end):
                return e
            found = e
        return found

    def _only_after_place_words(self, entity: Entity) -> bool:
        """Every mention of `entity` follows "in", "on", "near" ... (with an
        optional "the"): a name of unknown gender used only so is a place."""
        known = self._placelike.get(id(entity))
        if known is None:
            text = self.text
            known = True
            for m in self.cast.mentions:
                if m.entity is entity:
                    before = text[max(0, m.pos - 20) : m.pos].split()[-3:]
                    while before and before[-1] in ("the", "nearby"):
                        before = before[:-1]
                    if not before or before[-1].lower() not in PLACE_PREPOSITIONS:
                        known = False
                        break
            self._placelike[id(entity)] = known
        return known


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
