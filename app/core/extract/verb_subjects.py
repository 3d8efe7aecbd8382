"""The subject of a speech verb before a quote: the nearest person (else
organization) before the verb (`Brightwell, which runs two clinics, said:`,
`Vesk knocked Orlo and called him "..."`), else the name right after it
(`said Mayor X:`). `Attributor` (attribution.py) asks it.
"""

from __future__ import annotations

from app.core.extract.around_quote import CONTRACTED, HERE_IS
from app.core.extract.clauses import main_subject, subject_before
from app.core.extract.inverted import InvertedTag
from app.core.extract.lexicon import ORG_NOUNS, ROLE_NOUNS
from app.core.extract.name_runs import name_pieces
from app.core.extract.referents import DETERMINERS, NOBODY, PRONOUNS, Speaker, inside, lead_in
from app.core.extract.roles import by_role
from app.core.extract.speaker_nouns import person_noun
from app.core.extract.subject_bounds import CLAUSE_JOIN
from app.core.extract.tag_words import AFFILIATION, ASIDE_END, may_be_subject

# Pronouns after "of" that a gerund of saying may have as its subject:
# `footage of him saying`.
_OBJECT_PRONOUNS = frozenset("him her them".split())
# Nouns for words someone said, before the name of who "made" them:
# `remarks Vesk made in 1998 saying`.
_REMARK_NOUNS = frozenset("comment comments remark remarks statement statements".split())
# Conjunctions opening a clause of time before a participle of saying.
_WHILE_WORDS = frozenset("as while when".split())
# The sex a pronoun after a participle of saying gives its speaker.
_PRONOUN_SEX = {"he": "m", "she": "f"}
# Words that end the phrase of time or place between "made" and the gerund.
_CLAUSE_WORDS = frozenset("and but or who which that when while".split())


class VerbSubjects(InvertedTag):
    """Finds who a speech verb before a quote has as its subject."""

    def gerund_subject(self, words, verb_i: int, ref: int) -> Speaker | None:
        """The person after "of" whom a gerund of saying at `verb_i` has as
        its subject (`cuts to footage of Ana Ruiz saying, "`, `an account of
        Vesk telling an aide to "`, `a clip of him saying`): who speaks, not
        the sentence's subject (the ad, the book's author) nor the record."""
        if verb_i < 2 or not words[verb_i][0].endswith("ing"):
            return None
        k = verb_i - 1
        if words[k][0] in _OBJECT_PRONOUNS:
            k -= 1
        else:
            while k > 0 and verb_i - k <= 4 and words[k][0][:1].isupper():
                k -= 1
        if k == verb_i - 1 or words[k][0] != "of" or not words[k - 1][0].islower():
            return None  # (`the Federation of Teachers calling her`: "of" inside a name)
        if verb_i - k == 2 and len(self.cast.by_surname.get(words[k + 1][0].lower(), ())) > 1:
            return NOBODY  # a surname two people of the article share: either may be meant
        return self.resolve_phrase(words[k + 1][1], words[verb_i - 1][2], ref)

    def remarks_maker(self, words, verb_i: int, ref: int) -> Speaker | None:
        """Who made the remarks a gerund of saying at `verb_i` tells
        (`aired comments Ana Ruiz made in 1998 saying she "...`): the name
        before "made", not the subject of the sentence, who only cites them."""
        if verb_i < 4 or not words[verb_i][0].endswith("ing"):
            return None
        k = verb_i - 1
        while k > 0 and verb_i - k <= 5 and words[k][0] != "made":
            if words[k][0].lower() in _CLAUSE_WORDS:
                return None
            k -= 1
        if words[k][0] != "made":
            return None
        name = k - 1
        while name > 0 and k - name <= 3 and words[name][0][:1].isupper():
            name -= 1
        if name == k - 1 or words[name][0] not in _REMARK_NOUNS:
            return None
        return self.resolve_phrase(words[name + 1][1], words[k - 1][2], ref)

    def while_subject(self, words, verb_i: int, s: int, ref: int) -> Speaker | None:
        """The person a clause of time brings in, "as a porter walks in", when
        a participle of saying after it has a pronoun of the other sex than
        the sentence's subject (`Ana Ruiz asks as a porter walks in front of
        her, saying he is "...`): the porter speaks, as the description."""
        if verb_i + 1 >= len(words) or words[verb_i][0] != "saying":
            return None
        sex = _PRONOUN_SEX.get(words[verb_i + 1][0].replace("\u2019", "'").split("'")[0])
        k = next((k for k in range(verb_i - 1, 0, -1) if words[k][0] in _WHILE_WORDS), 0)
        if not sex or not k or words[verb_i - 1][0] != ",":
            return None
        head = k + 2
        while head < min(verb_i, k + 5) and not person_noun(words[head][0]):
            head += 1
        if words[k + 1][0] not in ("a", "an") or head >= verb_i - 2:
            return None
        if not all(w.islower() for w, _, _ in words[k + 1 : head + 2]):
            return None
        subj = main_subject(self.text, s, words[k][1])
        mention = next(self.mentions_at(subj.start, subj.end), None) if subj else None
        if mention is None or mention.entity.gender in ("", sex):
            return None
        return " ".join(w for w, _, _ in words[k + 2 : head + 1]), ""

    def mentions_at(self, a: int, b: int):
        """The article's mentions of people starting in `text[a:b]`."""
        return (m for m in self.cast.mentions if a <= m.pos < b and m.entity.kind == "person")

    def subject(self, words, verb_i: int, s: int, ref: int) -> Speaker | None:
        """The nearest person (else organization) before the verb at `verb_i`,
        else the name right after it (`said Mayor X:`)."""
        verb_start = words[verb_i][1] if verb_i < len(words) else ref
        subj = None
        if verb_i < len(words):
            subj = subject_before(self.text, s, verb_start)
            if subj is None and verb_i > 1 and words[verb_i - 1][0] == "to":
                subj = self.infinitive_subject(words, verb_i, s)
            if subj is None and verb_i > 0 and words[verb_i - 1][0] in ("and", "but"):
                subj = self.first_verb_subject(words[: verb_i - 1], s, verb_start)
            subj = subj or main_subject(self.text, s, verb_start)
        elif named := self.text_named(words, ref):  # "Partial transcript as follows:"
            return named
        else:  # "X issued this statement:"; the last clause's: "A did not answer, but B said:"
            joins = [m.end() for m in CLAUSE_JOIN.finditer(self.text, s, verb_start)]
            clause = joins[-1] if joins else s
            subj = main_subject(self.text, clause, verb_start)
        if subj is not None:
            speaker = self.subject_speaker(subj, verb_start, ref)
            if speaker is not None:
                return speaker
        head = self.text[s:verb_start]
        # "Sen. Mara Quorle, an Ohio Democrat who ..., said" and
        # "Brightwell, which runs two clinics, said": the subject opens the
        # sentence; names inside the aside are not the speaker.
        aside = ASIDE_END.search(head)
        if aside and 0 < head.find(",") < aside.start():
            speaker = self._initial_name(s, s + head.find(","))
            if speaker is not None:
                return speaker
        elif head.strip() and not head.strip().count(" ") and not CONTRACTED.match(head.strip()):
            speaker = self._initial_name(s, verb_start)  # "Brightwell said"
            if speaker is not None:
                return speaker
        found_org: Speaker | None = None
        candidates: list[tuple[int, int, int]] = []  # (start, end, kind 0=name 1=pronoun 2=noun)
        for ms, me in name_pieces(head):
            if here := HERE_IS.match(head, ms, me):
                ms = here.end()  # "Here's Vesk in May:"
            elif CONTRACTED.match(head, ms, me):
                continue  # "They're": the pronoun, read below
            if not inside(s + ms, self.spans):  # a name inside a quote said nothing
                candidates.append((s + ms, s + me, 0))
        prev_word = ""
        for w, ws, we in words[:verb_i]:
            low = w.lower()
            if low in PRONOUNS:
                candidates.append((ws, we, 1))
            elif (
                w.islower() and (low in ROLE_NOUNS or low in ORG_NOUNS) and prev_word in DETERMINERS
            ):
                candidates.append((ws, we, 2))  # "the mayor", "the company"
            prev_word = low
        candidates.sort(reverse=True)
        for n, (cs, ce, kind) in enumerate(candidates):
            if kind == 0:
                parsed = self.cast.parse(self.text[cs:ce], lead_in(self.text, cs))
                if parsed is None or parsed.possessive or parsed.kind == "place":
                    continue
                if n + 1 < len(candidates) and AFFILIATION.search(self.text, cs - 6, cs):
                    continue  # "Gil Marrow of Brannock Capital said": the employer
                if n + 1 < len(candidates) and not may_be_subject(self.text, cs, ce):
                    continue  # "Vesk knocked Orlo and called him": Orlo is the object
                entity = self.cast.resolve_name(parsed, cs)
                if entity is None:
                    if parsed.kind == "person":
                        return " ".join(parsed.name), " ".join(parsed.role)
                    continue
                if entity.kind == "org":
                    found_org = found_org or self._entity_speaker(entity)
                    continue
                return self._entity_speaker(entity)
            if kind == 2:
                entity = by_role(self.cast, self.text[cs:ce], ref)
                if entity is not None and entity.kind == "org":
                    found_org = found_org or self._entity_speaker(entity)
                elif entity is not None:
                    return self._entity_speaker(entity)
                continue
            # A pronoun subject points back from where it stands.
            speaker = self.resolve_phrase(cs, ce, min(ref, cs))
            if speaker is not None:
                return speaker
        if found_org:
            return found_org
        return self.no_subject(words, verb_i, ref, any(k == 1 for _, _, k in candidates))
