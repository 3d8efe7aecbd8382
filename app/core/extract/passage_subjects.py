"""The subjects of the sentences before a pronoun, for `Antecedents`
(pronouns.py): the sentences walked back over at most two earlier
paragraphs (every sentence of one quote its speaker's), and each one's
subject, or for a sentence opening with a quote, the speaker its tag names
(`"...," Ruiz said`, `"...," she said`).
"""

from __future__ import annotations

import bisect
import re

from app.core.extract.clauses import Subject, main_subject
from app.core.extract.names import PLACE_PREPOSITIONS, word_before
from app.core.extract.people import Cast, Entity
from app.core.extract.sentences import sentence_start
from app.core.extract.speaker_nouns import person_noun

# A name after these words is an object or a place, not a sentence's subject.
PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(
    "to of for with by about than through against toward towards under over like as".split()
)

# An inverted tag right before a name: ", said Ana Ruiz".
_SAID_BEFORE = re.compile(r",[ \t]+(?:said|says)[ \t]+(?:[A-Z][\w.]*[ \t]+)?$")

# A lower-case word right after a name, inside its phrase: "the Ruiz campaign".
MODIFIER_NEXT = re.compile(r"[ \t]+(?!(?:of|and|or|who|from|for|at|in|with|on|to)\b)[a-z]")

# A name right before a speech verb ("Brask said", "his wife, Lisel Orn, said").
_SPEECH_AFTER = re.compile(r",?[ \t]+(?:said|says|told|added|wrote|writes|posted|recalled)\b")

_ENDS_AFTER_VERB = re.compile(r"[^.!?\n]{0,40}[.!?]")

OPENING_MARKS = frozenset('"\u201c\u201d\u201e\u00ab')

# How far after a quote its tag's name can start: `," said Sen. Ana Ruiz`.
_TAG_REACH = 24

# A question put opening a pronoun's own sentence, the pronoun right after
# its comma: "Asked about Ruiz, she said" (not "Asked ..., Vesk said she").
ASKED_OPENING = re.compile(r"\s*Asked\b[^.!?\"\u201c\u201d]*,[ \t]*")

# How a sentence opens by giving whose view it tells: "For Ana Ruiz, ...".
_VIEW_OPENERS = ("For ", "To ")

# `," she said`: a pronoun tagging a quote.
_TAG_PRONOUN = re.compile(r"[\s,;\u2014\u2013-]*\b(he|she|He|She)\b")


class PassageSubjects:
    """Reads the subjects of one article's sentences before a position."""

    cast: Cast
    text: str
    spans: list[tuple[int, int]]
    _subjects: dict[tuple[int, int], Subject | None]

    def sentences_back(self, pos: int, limit: int = 8):
        """(start, end) of the sentence part before `pos`, then of each
        sentence before it, back over at most two earlier paragraphs."""
        text = self.text
        end = pos
        line = text.rfind("\n", 0, end) + 1
        paragraphs = 0
        for _ in range(limit):
            start = self._quote_sentence(line, sentence_start(text, line, end))
            if start < end:
                yield start, end
            if start > line:
                end = start - 1
                continue
            # the paragraph is done: go to the one before
            end = line - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1
            if end <= 0 or paragraphs == 2:
                return
            paragraphs += 1
            line = text.rfind("\n", 0, end) + 1

    def _quote_sentence(self, line: int, start: int) -> int:
        """`start`, or, when it opens a later sentence inside a quote (`"The
        count is done. I checked it," Brask said.`), where the sentence
        holding the quote's opening mark starts: every sentence of one
        quote is its speaker's, and its "I" or "he" is no subject."""
        i = bisect.bisect_right(self.spans, (start, 1 << 62)) - 1
        if i < 0 or not self.spans[i][0] < start < self.spans[i][1]:
            return start
        opening = self.spans[i][0] - 1
        return sentence_start(self.text, line, opening) if opening >= line else start

    def _subject(self, a: int, b: int) -> Subject | None:
        """The subject of `text[a:b]`; for a sentence opening with a quote, the
        speaker its tag names (`"...," Ruiz said`, `"...," she said`). Asked
        once a sentence: each pronoun reads the sentences before it again."""
        key = (a, b)
        if key not in self._subjects:
            self._subjects[key] = self._find_subject(a, b)
        return self._subjects[key]

    def _find_subject(self, a: int, b: int) -> Subject | None:
        text = self.text
        lead = a
        while lead < b and text[lead] in " \t":
            lead += 1
        if lead < b and text[lead] in OPENING_MARKS:
            i = bisect.bisect_right(self.spans, (lead + 1, 1 << 62)) - 1
            if i < 0 or self.spans[i][0] != lead + 1:
                return None
            after = self.spans[i][1] + 1
            tag = _TAG_PRONOUN.match(text, after, b)
            if tag:
                return Subject(tag.start(1), tag.end(1), "pronoun")
            # The tag's name stands right after the quote (`," Ruiz said`,
            # `," said Sen. Ana Ruiz`) or next to its verb further on (`"..."
            # if it fails, said Ruiz`); another name is in what the tag adds.
            # A name used as a modifier (`," Vesk campaign aide Ana Ruiz
            # said`) gives way to the one before the verb.
            modifier = None
            for m in self.mentions_in(after, b):
                before = word_before(text, m.pos).lower()
                if m.entity.kind != "person" or before in PREPOSITIONS:
                    continue
                verb = before in ("said", "says") or _SPEECH_AFTER.match(text, m.end)
                if verb or m.pos - after <= _TAG_REACH:
                    if verb or not MODIFIER_NEXT.match(text, m.end):
                        return Subject(m.pos, m.end, "name")
                    modifier = modifier or Subject(m.pos, m.end, "name")
            return modifier
        # "Ochoa faces charges, Brask said.": the tag's name is the subject.
        tagged = None
        for m in self.mentions_in(a, b):
            if m.entity.kind == "person" and text[m.pos - 2 : m.pos] == ", ":
                verb = _SPEECH_AFTER.match(text, m.end)
                # "..., Brask said." closing the sentence, or "Vesk, Brask
                # said, has ...": a tag set in as an aside.
                if verb and (_ENDS_AFTER_VERB.match(text, verb.end()) or text[verb.end()] == ","):
                    tagged = Subject(m.pos, m.end, "name")
            elif m.entity.kind == "person" and _SAID_BEFORE.search(text, max(a, m.pos - 12), m.pos):
                tagged = Subject(m.pos, m.end, "name")  # "..., said Ana Ruiz, a director."
        return tagged or main_subject(text, a, b)

    def viewpoint(self, a: int, b: int) -> Entity | None:
        """The person whose view the sentence `text[a:b]` opens by naming
        ("For Ana Ruiz, Brask is exposing ...", "To Ana Ruiz, the vote was
        ..."): the one a pronoun tagging the words after it means, more than
        the clause's subject. Not an owner ("For Ruiz's campaign, ...")."""
        text = self.text
        lead = a
        while lead < b and text[lead] in " \t":
            lead += 1
        if not text.startswith(_VIEW_OPENERS, lead):
            return None
        m = next(self.mentions_in(lead, b), None)
        # (The run of capitals may hold the preposition: "For Ana Ruiz".)
        if m is None or m.pos not in (lead, text.index(" ", lead) + 1):
            return None
        if m.entity.kind != "person" or m.possessive or text[m.end : m.end + 1] != ",":
            return None
        return m.entity

    def description(self, subj: Subject) -> list[str]:
        """The words of a subject describing one person by a common noun, "the
        senator", "the longtime developer" (no name, no figure, no plural);
        else none."""
        phrase = self.text[subj.start : subj.end]
        words = phrase.lower().split()
        if (
            2 <= len(words) <= 4
            and words[0] == "the"
            and phrase[4:].islower()
            and not words[-1].endswith("s")  # (one person, not "the applicants")
            and person_noun(words[-1])
        ):
            return words
        return []

    def named_last(self, a: int, b: int, gender: str) -> Entity | None:
        """The last person named in `text[a:b]` whom a pronoun of `gender`
        fits (`_fits`, pronouns.py), an owner too ("Brask's refusal"), not a
        name used as a modifier ("the Ruiz campaign") or after "of" ("the
        wife of Ana Ruiz")."""
        text, found = self.text, None
        for m in self.mentions_in(a, b):
            if m.entity.kind != "person" or text[m.pos - 3 : m.pos] == "of ":
                continue
            if m.possessive or not MODIFIER_NEXT.match(text, m.end, b):
                found = m.entity if self._fits(m.entity, gender) else found
        return found

    def mentions_in(self, a: int, b: int):
        mentions = self.cast.mentions
        i = bisect.bisect_left(self.cast.positions, a)
        while i < len(mentions) and mentions[i].pos < b:
            if not inside(mentions[i].pos, self.spans):
                yield mentions[i]
            i += 1


# Nouns for a recording that shows someone: "Footage of Ana Ruiz", "a clip of Vesk".
_SHOWING = frozenset(
    "footage video videos clip clips photo photos photograph image images picture pictures "
    "recording recordings audio tape tapes".split()
)


def shown_after_of(text: str, pos: int) -> bool:
    """Whether the name at `pos`, after "of ", is whom a recording named
    before it shows ("Footage of Ana Ruiz appears"): the person it brings in,
    unlike a name after "the wife of" or a place after a name."""
    k = j = pos - 4
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:k].lower() in _SHOWING


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
