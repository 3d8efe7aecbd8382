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

from app.core.extract.clauses import Subject, main_subject
from app.core.extract.genders import firm_named, later_subject, soft_gender
from app.core.extract.lexicon import PERSON_PRONOUNS, ROLE_NOUNS
from app.core.extract.names import PLACE_PREPOSITIONS, word_before
from app.core.extract.noun_phrases import agent_of_a_noun
from app.core.extract.passage_subjects import ASKED_OPENING as _ASKED_OPENING
from app.core.extract.passage_subjects import MODIFIER_NEXT as _MODIFIER_NEXT
from app.core.extract.passage_subjects import OPENING_MARKS as _OPENING_MARKS
from app.core.extract.passage_subjects import PREPOSITIONS as _PREPOSITIONS
from app.core.extract.passage_subjects import PassageSubjects, shown_after_of
from app.core.extract.passage_subjects import inside as _inside
from app.core.extract.people import Cast, Entity, Mention
from app.core.extract.sentences import aside_sentence_before
from app.core.extract.speaker_nouns import kind_of_people, person_noun
from app.core.extract.subject_bounds import asks_pronoun
from app.core.extract.unnamed import newcomer, plain_sex

_NOT_SUBJECT_BEFORE = _PREPOSITIONS | frozenset(
    "a an between among amid behind beyond beside unlike versus vs without".split()
)
# Words before a place, not a person: "in", "near" (not "on" or "from").
_PLACE_ONLY = frozenset("in at near into inside outside".split())
# A question put to someone: "asked Ana Ruiz whether".
_ASKED = re.compile(
    r"\bask(?:ed|s)\s+((?:[A-Z][\w.'\u2019-]*\s?){1,4})(?:(?:whether|if|about|why|how)\b|(?=[.;]))"
)
# A verb of asking: "A man in the crowd asked about the levy."
_ASKS = re.compile(r"\b(?:ask(?:s|ed)?|question(?:s|ed)?)\b")
# A cleft: "It was Ana Ruiz who ...", whose focus is its subject. (Not "It
# is unclear whether Ruiz ...": a dummy "it" leaves the passage's subject.)
_CLEFT = re.compile(r"It[ \t]+(?:was|is)[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}(?:who|that)\b")
_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d]?\s|\n")
# A pronoun's tag set in a sentence as an aside: ", he noted,".
_ASIDE_TAG = re.compile(
    r",[ \t]+(he|she)[ \t]+(?:said|says|noted|notes|added|adds|explained|argued|argues)[,.]"
)
# A name and a speech verb closing a sentence: "..., Ruiz argues."
_TAG_ENDS = tuple("said says noted notes added adds argued argues wrote writes".split())
_CLOSING_TAG = re.compile(
    r"[ \t]((?:[A-Z][\w'\u2019.-]*[ \t]){0,2}[A-Z][\w'\u2019.-]*)[ \t]+"
    rf"(?:{'|'.join(_TAG_ENDS)})\.?[ \t]*$"
)
_SUBORDINATE = re.compile(
    r"\s*(?:(?:However|But|And|Yet|Still|Meanwhile|Now|Then),?\s+)?"
    r"(?i:while|after|although|though|because|since|when|once|before|as)\s+(?=[A-Z])"
)

# A pronoun's tag closing its sentence: `, he said.`
_CLOSING_PRONOUN = re.compile(rf"(?:he|she)[ \t]+(?:{'|'.join(_TAG_ENDS)})[ \t]*\.(?:\s|$)")
# The words of a tag, lower-cased: `the party's nominee said`.
_WORDS = re.compile(r"[a-z]+")

# After a name's "'s" standing for "has" or "is": "Ruiz's been saying", "Ruiz's not going".
_CONTRACTED = re.compile(r"[ \t]+(?:been|got|gotten|going|not|never)\b(?!-)")

# Any third-person pronoun of a person, male (group 1) or female.
_ANY_PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|she|hers?|herself)\b", re.IGNORECASE)
# A pronoun as an object ("hired him", "told her to"), by gender.
_OBJECT_PRONOUN = {
    "m": re.compile(r"\bhim\b"),
    # ("asked her whether": no owner's "her" before a question word.)
    "f": re.compile(
        r"\bher(?=[ \t]*[.,;!?]|[ \t]+(?:to|for|in|on|at|with|as|about|from|by"
        r"|whether|if|why|how|what|when|where)\b)"
    ),
}


class Antecedents(PassageSubjects):
    """Pronoun resolution over one article's cast; `spans` are its quotes
    (sorted), whose words name no antecedent."""

    def __init__(self, cast: Cast, spans: list[tuple[int, int]]) -> None:
        self.cast = cast
        self.text = cast.text
        self.spans = spans
        self._placelike: dict[int, bool] = {}
        self._firms: dict[int, bool] = {}  # firm_named's answers
        self.spoken: list[tuple[int, Entity]] = []  # (quote end, its speaker), in order
        self.described: dict[int, str] = {}  # quote end -> its speaker, a description
        self._genders_used: set[str] | None = None  # of the article's pronouns, once asked
        self._subjects: dict[tuple[int, int], Subject | None] = {}  # _subject's answers
        self._newcomers: dict[int, Entity] = {}  # people a subject brings in unnamed, by place

    def note_speaker(self, end: int, name: str | None) -> None:
        """Record who was found to speak the quote ending at `end` (quotes
        come in order): the last speaker is who a later pronoun may mean."""
        entity = self.cast.people.get(name) if name else None
        if entity is not None:
            self.spoken.append((end, entity))
        elif name and name.rpartition(" ")[2][:1].islower():
            self.described[end] = name  # "the former governor said"

    def person(self, pos: int, gender: str, avoid: Entity | None = None) -> Entity | None:
        """The person a pronoun of `gender` ("f", "m" or "") at `pos` means:
        the subject of the sentences before, else the last speaker of this
        paragraph or the one before ("she said" after "she said" after
        Ruiz's quote is still Ruiz), else the nearest person named; never
        `avoid` (named in the pronoun's own clause: "He called Vesk")."""
        found = self._by_subjects(pos, gender)
        if found is not None and found is not avoid:
            return found
        found = self._last_speaker(pos, gender)
        if found is not None and found is not avoid:
            return found
        return self._nearest(pos, gender, self.spans, avoid)

    def subject_person(self, pos: int) -> Entity | None:
        """The person subject of the last sentence before `pos` (`pos`
        opening a paragraph), a pronoun subject resolved: whom an untagged
        quote there continues. None when that subject is no person. An
        aside in parentheses closing the text before is the writer's, and
        passed over."""
        # (Three parts back: the empty rest of this line, then the empty
        # rest of the paragraph before after its last stop, then its last
        # sentence.)
        for a, b in self.sentences_back(aside_sentence_before(self.text, pos), limit=3):
            subj = self._subject(a, b)
            if (subj is None or subj.kind != "pronoun") and _beat(self.text, a, b):
                if subj is None or self._person_in(subj.start, subj.end) is None:
                    # `"..." / Pause. / "..."`: a pause told in a paragraph
                    # of its own, naming no one, breaks no monologue.
                    return self._last_speaker(a, "")
            if subj is None:
                return None
            if subj.kind == "pronoun":
                word = self.text[subj.start : subj.end].lower()
                return (
                    self.person(subj.start, PERSON_PRONOUNS[word])
                    if word in PERSON_PRONOUNS
                    else None
                )
            entity = self._person_in(subj.start, subj.end)
            return entity if entity is not None and entity.gender else None
        return None

    def _last_speaker(self, pos: int, gender: str) -> Entity | None:
        """The speaker of the latest quote before `pos`, in its paragraph or
        the one before, if of `gender`."""
        text = self.text
        lo = text.rfind("\n", 0, pos)  # the end of the paragraph before
        while lo > 0 and text[lo - 1] == "\n":
            lo -= 1
        lo = text.rfind("\n", 0, max(0, lo))
        for end, entity in reversed(self.spoken):
            if end >= pos:
                continue
            if end < lo:
                return None
            if self._fits(entity, gender):
                return entity
        return None

    def _by_subjects(self, pos: int, gender: str) -> Entity | None:
        """The subject of the nearest sentence before `pos` (in this paragraph
        or the two before) that is a person of `gender`, passing over
        sentences whose subject is the same pronoun or another person."""
        epithet: frozenset[str] = frozenset()  # the office titles of a description passed
        # `Vesk is no reformer, he said.`: a tag closing the sentence is not
        # the clause it reports, whose subject is someone else.
        closing_at = pos if _CLOSING_PRONOUN.match(self.text, pos) else -1
        owner_next, owner_span = False, None
        for a, b in self.sentences_back(pos):
            if owner_span and (found := self.named_last(*owner_span, gender)):
                return found
            owner_span, owner_next = (a, b) if owner_next else None, False
            if b == closing_at and self.text[a:b].rstrip().endswith(","):
                continue
            if b == pos and _ASKED_OPENING.fullmatch(self.text, a, b):
                continue  # "Asked about Ruiz, she said": the one asked, not Ruiz
            view = self.viewpoint(a, b)
            if view is not None and self._fits(view, gender):
                return view  # "For Tobin Quell, Brask is ... "...," he mocks.": Quell
            subj = self._subject(a, b)
            if subj is not None and subj.kind == "pronoun":
                plural = self.text[subj.start : subj.end].lower() == "they"
                if not (plural or _CLEFT.match(self.text, subj.start)):
                    said = PERSON_PRONOUNS.get(self.text[subj.start : subj.end].lower())
                    opener = self._subordinate_subject(a, subj.start) if said == gender else None
                    if opener is not None and self._fits(opener, gender):
                        return opener  # "When Mara Vesk arrived, she looked tired.": Vesk
                    continue  # the same "he" goes on, or someone else's: look further
                # "It was Vesk who ...", "They don't say where Vesk stands":
                # the one the sentence names.
                subj = None
            tail = self.text[max(a, b - 9) : b].rstrip(" \t.")
            closing = _CLOSING_TAG.search(self.text, a, b) if tail.endswith(_TAG_ENDS) else None
            if closing is not None:
                # "Vesk is the ablest candidate, Ruiz argues.": the sentence
                # is Ruiz's, and "he says" after it goes on with Ruiz.
                entity = self._person_in(closing.start(1), closing.end(1))
                if entity is not None and self._fits(entity, gender):
                    return entity
            aside = _ASIDE_TAG.search(self.text, a, b)
            if (
                aside
                and (subj is None or subj.kind != "name")
                and gender in ("", PERSON_PRONOUNS[aside[1]])
            ):
                continue  # "states vote in turn, he noted, so ...": the same "he" speaks
            # (Only a sentence holding "ask": a pattern is tried at each character.)
            asked = _ASKED.search(self.text, a, b) if self.text.find("ask", a, b) >= 0 else None
            if asked and (asked.end() > asked.end(1) or "?" in self.text[a - 3 : asked.start()]):
                # "Ruiz asked Vesk whether", `"...?" Ruiz asked Vesk.`: who answers is meant next.
                entity = self._person_in(asked.start(1), asked.end(1))
                if entity is not None and self._fits(entity, gender):
                    return entity
            entity = self._person_in(subj.start, subj.end) if subj is not None else None
            if subj is None:
                entity = self._subordinate_subject(a, b) or self._quote_speaker(a)
                end = self._quote_end(a) if entity is None else -1
                if end in self.described and gender and plain_sex(self.described[end]) == gender:
                    # `"...," said the woman. "...," she said`: the woman goes on.
                    told = self.described[end]
                    return self._newcomers.setdefault(end, Entity(told, "person", gender=gender))
                if end in self.described:
                    # `"...," the Ohio senator said.` before `"...," he went
                    # on`: the senator goes on; a person further back given
                    # another office's title (`Mayor Ivo Brask`) is not the
                    # one meant. (A description naming no office, "the
                    # nominee", may be a governor: it passes no one over.)
                    epithet = _offices(_WORDS.findall(self.text[end:b].lower()))
                    continue
            if subj is not None and entity is None and subj.kind == "noun" and not epithet:
                # "Instead, the senator has insisted ...": as after a tag
                # naming a description, not a person of another office; one
                # of no office, "the developer", is whom the sentence before
                # names last, as an owner too ("Brask's refusal").
                words = self.description(subj)
                epithet = _offices(words)
                owner_next = bool(words) and not epithet
            if subj is not None and entity is not None and gender and not entity.gender:
                entity = later_subject(self, subj.end, b, gender, entity)
            if entity is not None and _titled_otherwise(entity, epithet):
                continue
            if entity is not None and self._fits(entity, gender):
                if not (gender and _OBJECT_PRONOUN[gender].search(self.text, a, b)) or (
                    entity.gender and not asks_pronoun(self.text, a, b, gender)
                ):
                    return entity
                # "Brannock Tessel hired him.", "Kai Roe asked him whether": a
                # subject of no known gender with "him" after it, or one asking
                # "him" a question, is someone else; "he" is whom "him" means.
                continue
            # The subject is someone else or no person ("a reporter asked
            # Ruiz whether ..."): a person of the right gender named in the
            # sentence, not after a preposition, is the one meant.
            found = self._named_in(a, b, gender)
            if found is None and subj is not None and entity is None:
                found = self._owner(subj, gender)  # "Ruiz's posts about the levy include ..."
            if found is not None and not _titled_otherwise(found, epithet):
                return found
            if subj is not None and entity is None and subj.kind == "noun" and gender:
                # "A young man in the third row stood up. "...," he said.": the
                # man brought in, not the last one named (not after his
                # question, "A man asked about the levy.", which another answers).
                described = newcomer(self.text[subj.start : subj.end], gender)
                if described is not None and _ASKS.search(self.text, subj.end, b):
                    described = None
                if described is not None:
                    return self._newcomers.setdefault(
                        subj.start, Entity(described, "person", gender=gender)
                    )
            if (
                entity is not None
                and self._unsupported_gender(entity, gender)
                and not self._firm(entity, gender)
            ):
                # "Lindsey Vesk said ... He continued": no one of the pronoun's
                # gender in the sentence, and the subject's is only the usual
                # one of a first name both sexes are given, which no pronoun
                # of the article bears out: the subject it is.
                return entity
        return self.named_last(*owner_span, gender) if owner_span else None

    def _owner(self, subj: Subject, gender: str) -> Entity | None:
        """The person of `gender` a subject opens with as the owner of a thing
        ("Ruiz's posts"), not of a person ("Ruiz's husband")."""
        m = next(self.mentions_in(subj.start, subj.end), None)
        if m is None or m.pos != subj.start or not m.possessive or m.entity.kind != "person":
            return None
        head = self.text[subj.start : subj.end].split()[-1].lower()
        return None if person_noun(head) or not self._fits(m.entity, gender) else m.entity

    def _quote_speaker(self, a: int) -> Entity | None:
        """The speaker found for a quote opening the sentence at `a` with no
        tag of its own (`"...," she said. "Next year. I hope so."`): every
        sentence of one quote is its speaker's."""
        end = self._quote_end(a)
        if end < 0:
            return None
        return next((e for at, e in reversed(self.spoken) if at == end), None)

    def _quote_end(self, a: int) -> int:
        """Where the quote opening the sentence at `a` ends, or -1."""
        lead = a
        while self.text[lead : lead + 1] in (" ", "\t"):
            lead += 1
        if self.text[lead : lead + 1] not in _OPENING_MARKS:
            return -1
        i = bisect.bisect_left(self.spans, (lead + 1, 0))
        if i == len(self.spans) or self.spans[i][0] != lead + 1:
            return -1
        return self.spans[i][1]

    def _subordinate_subject(self, a: int, b: int) -> Entity | None:
        """The person subject of a clause opening `text[a:b]` with "While",
        "After", "Although" ...: `While Vesk praised Ruiz, he ...` is about
        Vesk, the subject, not Ruiz, named later as an object."""
        m = _SUBORDINATE.match(self.text, a, b)
        subj = main_subject(self.text, m.end(), b) if m else None
        # The name's mention may take in the conjunction ("While Vesk").
        return self._person_in(a, subj.end) if subj is not None and subj.kind == "name" else None

    def _unsupported_gender(self, entity: Entity, gender: str) -> bool:
        """Whether `entity`'s gender, not `gender`, is only the usual one of
        a first name both sexes are given and the article has no pronoun of
        that gender at all (so none of its pronouns can mean `entity` as
        the lists read it)."""
        if not (gender and entity.gender and entity.gender != gender):
            return False
        if not soft_gender(self.cast, entity):
            return False
        if self._genders_used is None:
            self._genders_used = {"m" if m[1] else "f" for m in _ANY_PRONOUN.finditer(self.text)}
        return entity.gender not in self._genders_used

    def _fits(self, entity: Entity, gender: str) -> bool:
        if gender and entity.gender and entity.gender != gender:
            return False
        if gender and not entity.gender and (kind_of_people(entity.name) or " for " in entity.name):
            return False  # "Latinos", "Voters for Vesk": a kind of people or a group, no "he"
        return not self._only_after_place_words(entity) and not self._firm(entity, gender)

    def _firm(self, entity: Entity, gender: str) -> bool:
        """Whether `entity` is a firm the article names like a person
        ("Tamsin Brask LLC"): no "he" or "she" means it."""
        if not gender:
            return False
        known = self._firms.get(id(entity))
        if known is None:
            known = self._firms[id(entity)] = firm_named(self.cast, entity)
        return known

    def _named_in(self, a: int, b: int, gender: str) -> Entity | None:
        """The last person of `gender` named in `text[a:b]` as a subject or
        object (not after a preposition, not possessive)."""
        found, text = None, self.text
        object_end = -1  # where a name after a preposition ends
        for m in self.mentions_in(a, b):
            before = word_before(text, m.pos).lower()
            # "supported by Ana Ruiz": the agent of a passive is who acted
            # (not of a participle describing a noun: "a firm run by Ana Ruiz").
            by = before == "by" and not agent_of_a_noun(text, m.pos)
            if (
                (before in _NOT_SUBJECT_BEFORE and not by)
                or before == "the"
                or (before in ("and", "or") and 0 <= m.pos - object_end <= 5)
            ):
                object_end = m.end  # "between Vosk and Tamsin": both are objects
                continue
            if m.entity.kind != "person" or m.possessive or not self._fits(m.entity, gender):
                continue
            if self._after_preposition(a, m.pos, m.end) or self._modifier(m):
                continue
            found = m.entity
        return found

    def _modifier(self, m: Mention) -> bool:
        """Whether the mention is a name used as a modifier: "the Vesk
        campaign", "at the Ruiz phone bank" name a thing, not the person."""
        return word_before(self.text, m.pos).lower() == "the" and bool(
            _MODIFIER_NEXT.match(self.text, m.end)
        )

    def _after_preposition(self, a: int, pos: int, end: int) -> bool:
        """Whether the name at `pos` ends a phrase of place or medium ("On
        Lindvale's Morning Desk", "At the Ana Ruiz Center"), counted from the
        last comma or dash after `a`: a setting, not who a pronoun means.
        ("With Ana Ruiz, ..." and "For Ana Ruiz, ..." name a topic, who may
        well be meant.)"""
        text = self.text
        lo = max(a, *(text.rfind(c, a, pos) + 1 for c in ",;\u2014"))
        words = text[lo:end].split()  # the run may open with it: "On Lindvale ..."
        return 0 < len(words) <= 10 and words[0].lower() in PLACE_PREPOSITIONS

    def _person_in(self, a: int, b: int) -> Entity | None:
        """The last person (not possessive) named in `text[a:b]`: "party
        chair Ana Ruiz", not the "Lindvale" of "Lindvale consultant Ana Ruiz"."""
        found = None
        for m in self.mentions_in(a, b):
            contracted = m.possessive and _CONTRACTED.match(self.text, m.end)
            if m.entity.kind == "person" and (not m.possessive or contracted):
                if not contracted and _MODIFIER_NEXT.match(self.text, m.end, b):
                    continue  # "the Ruiz campaign": a name used as a modifier
                if self.text[m.pos - 3 : m.pos] == "of " and not shown_after_of(self.text, m.pos):
                    continue  # "Ana Ruiz of Washington", "the wife of Ana Ruiz"
                found = m.entity
        return found

    def _nearest(
        self, pos: int, gender: str, skip: list[tuple[int, int]], avoid: Entity | None = None
    ) -> Entity | None:
        """The most recent person before `pos` a pronoun of `gender` can
        refer to, other than `avoid`; mentions inside quotes (`skip`, sorted
        spans) do not count."""
        i = bisect.bisect_left(self.cast.positions, pos) - 1
        fallback = None
        seen = 0
        while i >= 0 and seen < 40:
            m = self.cast.mentions[i]
            i -= 1
            if m.entity.kind != "person" or m.entity is avoid or _inside(m.pos, skip):
                continue
            seen += 1
            if not self._fits(m.entity, gender):
                continue  # another gender, "in the Old North Lindvale neighborhood" (a place)
            if m.possessive:
                fallback = fallback or m.entity
                continue
            before = word_before(self.text, m.pos)
            if self.text[m.pos].isupper() and " " in self.text[m.pos : m.end]:
                # A run opening the sentence: "Through Vasko, she said".
                first = self.text[m.pos : m.end].split()[0].lower()
                before = first if first in _PREPOSITIONS else before
            if before in ("a", "an") or self._modifier(m):
                continue  # "a Lindvale nurse", "the Vesk campaign": no one named
            if before.lower() in _NOT_SUBJECT_BEFORE and not _SENTENCE_END.search(
                self.text, m.end, pos
            ):
                continue  # "Through Vasko, she said": the pronoun's own clause
            return m.entity
        return fallback

    def _only_after_place_words(self, entity: Entity) -> bool:
        """Every mention of `entity` follows "in", "on", "near" ... (with an
        optional "the"): a name of unknown gender used only so is a place.
        One a given name makes a man or a woman ("in Marion Falls") is a
        place only when every mention follows "in", "at", "near" ...: people
        are talked of "on" and heard "from" too."""
        known = self._placelike.get(id(entity))
        if known is None:
            text = self.text
            known = True
            where = _PLACE_ONLY if entity.gender else PLACE_PREPOSITIONS
            for m in self.cast.mentions:
                if m.entity is entity:
                    before = text[max(0, m.pos - 20) : m.pos].split()[-3:]
                    while before and before[-1] in ("the", "nearby"):
                        before = before[:-1]
                    if not before or before[-1].lower() not in where:
                        known = False
                        break
            self._placelike[id(entity)] = known
        return known


def _beat(text: str, a: int, b: int) -> bool:
    """Whether `text[a:b]` is a whole paragraph of at most three words, a
    pause or a stir told with no one named ("Pause.", "A long silence.",
    "The crowd cheered.")."""
    words = text[a:b].removesuffix(".").split()
    return (
        0 < len(words) <= 3
        and text[a:b].endswith(".")
        and words[0].isalpha()
        and all(w.isalpha() and w.islower() for w in words[1:])
        and not text[text.rfind("\n", 0, a) + 1 : a].strip()
        and text[b : b + 1] in ("", "\n")
    )


def _offices(words: list[str]) -> frozenset[str]:
    """The titles of the offices `words` name ("senator": "senator", "sen")."""
    return frozenset().union(*(ROLE_NOUNS.get(w, ()) for w in words))


def _titled_otherwise(entity: Entity, epithet: frozenset[str]) -> bool:
    """Whether the article titles `entity` (`Mayor Ivo Brask`) with none of
    the titles `epithet` of a description's office ("the Ohio senator"): not
    who it means."""
    return bool(epithet) and bool(entity.role_words) and entity.role_words.isdisjoint(epithet)
