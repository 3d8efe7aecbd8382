"""People and organizations named in an article, with aliases and roles.

One pass over the text finds every capitalized name ("Lindvale City
Councilman Aurelio Vasko-Prent", "the Lindvale County Republican Party
(LCRP)"); titles become the role, the rest the name. `Cast` then answers
the questions attribution asks: who is "Vasko-Prent" here, who is "she" at
this point, who is "the mayor", what is "LCRP".
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter, itemgetter

from app.core.extract.entities import Entity, Mention
from app.core.extract.family_names import nearest_members
from app.core.extract.genders import article_genders
from app.core.extract.given_names import given_gender, is_common_given_name, is_given_name
from app.core.extract.lexicon import FEMALE_TITLES, MALE_TITLES, NOT_NAMES, ROLE_NOUNS
from app.core.extract.name_context import AGE_AFTER as _AGE_AFTER
from app.core.extract.name_context import LOWER_NEXT as _LOWER_NEXT
from app.core.extract.name_context import after_the as _after_the
from app.core.extract.name_context import (
    blank_nicknames,
    describes_someone,
    modal_question,
    modifier_opening,
    relative_gender,
)
from app.core.extract.name_context import lead_word as _lead_word
from app.core.extract.name_context import opens_sentence as _opens_sentence
from app.core.extract.name_context import speaks_after as _speaks_after
from app.core.extract.name_runs import department_cut, department_surname, run_pieces_of
from app.core.extract.name_tails import fuller_name, no_given_name
from app.core.extract.names import (
    ACRONYM_DEF,
    MAYBE_UNNAMED,
    NAME_SEQ,
    SURNAME_PARTICLE,
    ParsedName,
    gender_of,
    initials_of,
    is_acronym,
    lower_token,
    new_tuple,
    one_word_name,
    parsed_name,
    written_lower,
)
from app.core.extract.place_names import after_place_word, is_place_name
from app.core.extract.unnamed import find_unnamed, relative_name

_PARTICLE_SURNAME = re.compile(rf"{SURNAME_PARTICLE}\w")
# Honorifics the name parser drops ("Mr. Vesk" parses as "Vesk").
_HONORIFICS = frozenset("mr mrs ms dr".split())
# "A Pacific Islander woman", "a Pacific Islander woman": an article before capitals.
_ARTICLE_OPENINGS = ("A ", "An ")
_ARTICLE_BEFORE = (" a ", " an ", "\na ", "\nan ")
# Nouns for a body right before its name: "the advocacy group Harbor Watch".
_ORG_LEADS = tuple(
    f" {w} "
    for w in "group organization organisation coalition nonprofit charity firm company committee".split()
)


class Cast:
    """Everyone an article names, and where."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.people: dict[str, Entity] = {}
        self.orgs: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.acronyms: dict[str, Entity] = {}
        self.tails: dict[str, Entity] = {}  # a surname of two words -> its full name's person
        self.mentions: list[Mention] = []
        # lookup_bare's answers once the scan is over (nothing changes after).
        self._named: dict[str, Entity | None] | None = None
        self._given: dict[str, list[Entity]] | None = None
        self._org_heads: dict[str, Entity] | None = None
        self.positions: list[int] = []  # of the mentions, once the scan is over
        self._first_genders: dict[str, str] = {}  # _first_name_person's, by word
        self._scan()
        self.positions = list(map(itemgetter(0), self.mentions))  # (their `pos`)

    # -- building -------------------------------------------------------
    def _scan(self) -> None:
        text = self.text
        bare: list[tuple[int, int, str, bool, str]] = []  # + the title's gender
        titled: dict[str, str] = {}  # surname given with a title -> its gender
        # Titled surnames ("Councilman Vesk"): their roles are noted once all are known.
        roles: list[ParsedName] = []
        parse = parsed_name
        for m in NAME_SEQ.finditer(blank_nicknames(text)):  # `Juan "Chico" Ruiz`: one name
            run = m[0]
            multi = " " in run or "\t" in run
            if multi:
                pieces = run_pieces_of(run)  # (offsets into the run)
                if text[m.start() - 4 : m.start()] == " of ":  # "secretary of State Ana Ruiz"
                    if cut := department_cut(text, m.start(), run):
                        pieces = tuple((cut + a, cut + b) for a, b in run_pieces_of(run[cut:]))
            else:
                # One token (most runs): a single word parses with no title and never as
                # a person, so a bare word is noted here, as the loop below would, without
                # its per-piece steps; a common word ("The", "During") or a place is passed over.
                parsed = one_word_name(run)
                if parsed is None:
                    continue
                if parsed.kind == "bare":
                    bare.append((m.start(), m.end(), parsed.name[0], parsed.possessive, ""))
                    continue
                pieces = ((0, len(run)),)
            at = m.start()
            for a, b in pieces:
                ms, me = at + a, at + b
                raw = run if b - a == len(run) else run[a:b]
                if " " not in raw:
                    # (A run of one token was tested above.)
                    if multi and lower_token(raw) in NOT_NAMES:
                        continue
                elif _opens_sentence(text, ms) and (
                    written_lower(text, raw.split(" ", 1)[0])
                    or modifier_opening(text, raw, me)
                    or (raw[:5] == "Will " and modal_question(text, me))
                ):
                    # "Asked Tuesday", "Top aides to Ruiz": a sentence's first
                    # word, capitalized there only, opens no name (nor does an
                    # adjective a name list holds before a surname as a
                    # modifier: "Young Vesk supporters").
                    cut = raw.index(" ") + 1
                    ms, raw = ms + cut, raw[cut:]
                parsed = parse(raw)
                if parsed is None:
                    if " of " in raw and (named := department_surname(raw, self.by_surname)):
                        bare.append((me - len(raw) + named[0], me, *named[1:], ""))
                    continue
                kind = parsed.kind
                if kind == "bare":
                    if parsed.role:
                        roles.append(parsed)
                    gender = ""
                    title = lower_token(raw[: raw.find(" ")]).rstrip(".") if " " in raw else ""
                    if parsed.role or title in _HONORIFICS:
                        # "President Vesk", "Mr. Vesk": a title before a
                        # surname says it is a person's, and "Mr." whose.
                        gender = (
                            "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else ""
                        ) or gender_of(parsed)  # ("Mrs. Roe": not the given name "Roe")
                        titled[parsed.name[0]] = titled.get(parsed.name[0]) or gender
                    bare.append((ms, me, parsed.name[0], parsed.possessive, gender))
                    continue
                if kind == "place":
                    continue
                if kind == "person":
                    # The lead word ("coach Ivo Brask") only sets `lead_role`,
                    # which only a person keeps: looked up for people alone.
                    lead = _lead_word(text, ms)
                    if lead:
                        parsed = parsed._replace(lead_role=lead)
                    elif (
                        not parsed.role and _after_the(text, ms) and not _LOWER_NEXT.match(text, me)
                    ):
                        # "The Lindvale Gazette": no person's name follows "the"
                        # (unless as a modifier: "the Ana Ruiz campaign").
                        parsed = parsed._replace(kind="org")
                    elif text.endswith(_ORG_LEADS, 0, ms) and not is_given_name(parsed.name[0]):
                        # "the conservative group Harbor Watch": a body's
                        # name, not a person's ("the group Ana Ruiz founded").
                        parsed = parsed._replace(kind="org")
                    elif (
                        raw.startswith(_ARTICLE_OPENINGS) or text.endswith(_ARTICLE_BEFORE, 0, ms)
                    ) and describes_someone(text, raw, me, parsed.role):
                        # "a Pacific Islander woman": capitals describing
                        # someone, no one's name ("an Ana Ruiz supporter" is).
                        continue
                entity = self._entity(parsed, by_the=parsed.kind != kind)
                self.mentions.append(new_tuple(Mention, (ms, me, entity, parsed.possessive)))
                if entity.kind == "org":
                    d = ACRONYM_DEF.match(text, me)
                    if d:
                        self.acronyms[d.group(1).replace(".", "")] = entity
        # Nothing is added to the cast from here on, so a word names the same
        # entity wherever it stands.
        named = self._named = {}
        unknown: dict[str, list[tuple[int, int, bool]]] = {}
        gendered: dict[int, str] = {}  # a titled surname a family shares -> title's gender
        # Each titled word's titles' genders: "Mrs. Otto" is a woman, though
        # the lists give "Otto" as a man's first name.
        by_title: dict[str, set[str]] = {w: set() for w in titled}
        if titled:  # (only a titled word has a gender here: mostly none)
            for _p, _e, word, _s, gender in bare:
                if gender and word in by_title:
                    by_title[word].add(gender)
        first_genders = self._first_genders
        family_bare: set[int] = set()  # bare surnames a family shares, untitled
        # (Surnames two or more people share: mostly none, so one test a word.)
        families = {w for w, people in self.by_surname.items() if len(people) > 1}
        for pos, end, word, possessive, gender in bare:
            if word not in named:  # lookup_bare, inlined: asked for every bare word
                named[word] = self._find_bare(word, word in titled)
            entity = named[word]
            if entity is None and (
                first_genders.get(word) != ""
                or text[pos - 2 : pos] == ", "
                or text[end : end + 1] == ","
            ):
                # A word no given name makes a person (answer kept) is one only with
                # a comma before it (a relative) or after it (an age): most are not.
                entity = self._first_name_person(word, pos, end)
            if entity is None:
                unknown.setdefault(word, []).append((pos, end, possessive))
                continue
            if gender:  # (a title's: mostly none)
                if len(self.by_surname.get(entity.surname, ())) > 1:
                    gendered[pos] = gender
                elif entity.kind == "person" and (
                    not entity.gender or (" " not in entity.name and by_title[word] == {gender})
                ):
                    entity.gender = gender  # "Ms. Vesk" says what the name did not
            elif families and entity.surname in families:
                family_bare.add(pos)
            self.mentions.append(new_tuple(Mention, (pos, end, entity, possessive)))
        self._speaking_words(unknown, titled)
        for parsed in roles:
            self._note_role(parsed)
        self._add_unnamed()
        self.mentions.sort(key=attrgetter("pos"))
        if family_bare:
            nearest_members(self, family_bare)
        article_genders(self)
        if gendered:
            self._by_title_gender(gendered)

    def _by_title_gender(self, gendered: dict[int, str]) -> None:
        """ "Mrs. Vesk" where the article names Ivo and Lisel Vesk: the
        family member the title's gender fits (`gendered`: the position of
        each such titled surname -> its gender), once genders are known."""
        for i, m in enumerate(self.mentions):
            gender = gendered.get(m.pos)
            if gender and m.entity.gender != gender:
                fits = [e for e in self.by_surname[m.entity.surname] if e.gender == gender]
                if len({e.name.split()[0] for e in fits}) == 1:
                    self.mentions[i] = m._replace(entity=fits[0])

    def _speaking_words(
        self, unknown: dict[str, list[tuple[int, int, bool]]], titled: dict[str, str]
    ) -> None:
        """A capitalized word the article never gives in full but lets speak
        ("Vesk said", "Vesk argues") or gives a title ("President Vesk",
        "Mr. Vesk") is a person known by surname alone, as news names the
        famous: every use of it is a mention, so a later "he" can point back
        to it. `unknown` holds each such word's (start, end, possessive)
        uses, `titled` the gender each titled word's title gives ("" for
        none); acronyms ("NTSB said") stay organizations."""
        text = self.text
        for word, where in unknown.items():
            if is_acronym(word):
                continue
            if word not in titled:
                for _pos, end, poss in where:  # (a loop: no generator made per word)
                    if not poss and _speaks_after(text, end):
                        break
                else:
                    continue
            if word not in titled and is_place_name(word):
                # "Velmaria says", "Georgia warned": a country speaks as a body.
                entity = self._named[word] = self.orgs.setdefault(word, Entity(word, "org"))
            else:
                entity = self.people[word] = Entity(word, "person", gender=titled.get(word, ""))
                self.by_surname.setdefault(word.lower(), []).append(entity)
                self._named[word] = entity
            self.mentions.extend([new_tuple(Mention, (p, e, entity, s)) for p, e, s in where])

    def _given_names(self) -> dict[str, list[Entity]]:
        """People of two or more words by given name; built once the scan is
        over (empty before: names found during the scan are not final)."""
        if self._named is None:
            return {}
        if self._given is None:
            self._given = {}
            for e in self.people.values():
                if " " in e.name:
                    self._given.setdefault(e.name.split()[0], []).append(e)
        return self._given

    def _first_name_person(self, word: str, pos: int, end: int) -> Entity | None:
        """A person the article names by first name alone: a known given name
        ("Margaret, a sophomore"; not one in capitals, "IRIS", an acronym's),
        any word with an age after it ("Quorin, 17,") or set off after a
        relation noun ("Vesk's son, Quorin,"); None otherwise."""
        gender = self._first_genders.get(word)
        if gender is None:  # once per word: an unknown word is asked at each use
            gender = given_gender(word) if is_common_given_name(word) and not word.isupper() else ""
            if gender and (is_place_name(word) or after_place_word(self.text, word)):
                gender = ""  # "Georgia", "in Lorraine": a place that is also a first name
            self._first_genders[word] = gender
        if not gender and not (
            self.text[end : end + 1] == "," and _AGE_AFTER.match(self.text, end)
        ):
            if self.text[pos - 2 : pos] != ", " and word[-1] != ".":
                return None  # (most words: neither test below can hold, no call made)
            gender = relative_gender(self.text, pos, end)
            if gender is None:
                return self._relative_at_stop(word, pos, end)
        entity = self.people[word] = Entity(word, "person", gender=gender)
        self.by_surname.setdefault(word.lower(), []).append(entity)
        if self._named is not None:
            self._named[word] = entity
        return entity

    def _relative_at_stop(self, word: str, pos: int, end: int) -> Entity | None:
        """A word closing its sentence after a relation noun ("said his
        brother, Dalmo."), whose run takes in the stop: that relative, named
        without it, of the noun's gender (else its given name's)."""
        if len(word) < 4 or word[-1] != "." or not word[-2].isalpha():
            return None
        gender = relative_gender(self.text, pos, end - 1)
        if gender is None:
            return None
        name = word[:-1]
        entity = self.people.get(name) or self._first_name_person(name, pos, end - 1)
        if entity is None:
            return None
        if self._named is not None:
            self._named[word] = entity
        return entity

    def _add_unnamed(self) -> None:
        """Unnamed sources ("One former employee, who ...") and relatives
        ("Her son said") as mentions, so pronouns can point back to them."""
        self.unnamed: list[tuple[int, str, Entity]] = []  # (pos, head noun, entity)
        if not (found := find_unnamed(self.text)) or not MAYBE_UNNAMED.search(self.text):
            return  # (the scan, reading sentence openings only, is the cheaper: asked first)
        for u in found:
            entity = None
            if u.definite:
                name = relative_name(self.text, u.head, u.pos)
                if name is not None:
                    entity = self._relative(name, u.gender)
                else:
                    entity = next((e for _p, h, e in reversed(self.unnamed) if h == u.head), None)
                    if entity is None and u.head in ROLE_NOUNS:
                        continue  # "The mayor said": the role lookup decides
            if entity is None:
                entity = Entity(u.phrase, "person", gender=u.gender)
            self.unnamed.append((u.pos, u.head, entity))
            self.mentions.append(new_tuple(Mention, (u.pos, u.end, entity, False)))

    def _relative(self, name: str, gender: str) -> Entity:
        """The person a relative's given name stands for ("Teodor" is the
        article's "Teodor Brask")."""
        parsed = self.parse(name)
        entity = self.resolve_name(parsed, 0) if parsed is not None else None
        if entity is None:
            first = [e for e in self.people.values() if e.name.split()[0] == name]
            entity = first[0] if len(first) == 1 else Entity(name, "person", gender=gender)
        return entity

    def unnamed_by_head(self, noun: str, pos: int) -> Entity | None:
        """The latest unnamed source before `pos` described by `noun`."""
        for p, head, entity in reversed(self.unnamed):
            if p < pos and head == noun:
                return entity
        return None

    def parse(self, raw: str, lead: str = "") -> ParsedName | None:
        """`parse_name(raw, lead)`, each distinct run parsed once (by the
        scan, again by attribution, and in other articles)."""
        parsed = parsed_name(raw)
        # `lead` only sets lead_role in every outcome of parse_name.
        return parsed._replace(lead_role=lead) if lead and parsed is not None else parsed

    def _note_role(self, parsed: ParsedName) -> None:
        """A titled surname ("Councilman Vesk") adds its role."""
        entity = self.lookup_bare(parsed.name[0], len(self.text))
        if entity is not None and not entity.role:
            entity.role = " ".join(parsed.role)
            entity.role_words |= {r.lower().rstrip(".") for r in parsed.role}

    def _entity(self, parsed: ParsedName, by_the: bool = False) -> Entity:
        name = " ".join(parsed.name)
        if parsed.kind == "org":
            entity = self.orgs.get(name)
            if entity is None:
                entity = self.orgs[name] = Entity(name, "org", by_the=by_the)
                entity.role_words = {t.rstrip(".").lower() for t in parsed.name}  # (lower_token)
            return entity
        entity = self.people.get(name) or self.tails.get(name)
        if entity is None and (entity := fuller_name(self.by_surname, name)) is not None:
            self.tails[name] = entity  # "Quillam Vesterby" after "Dana Quillam Vesterby"
        if entity is None:
            entity = self.people[name] = Entity(name, "person", gender=gender_of(parsed))
            self.by_surname.setdefault(entity.surname, []).append(entity)
            if _PARTICLE_SURNAME.match(entity.surname):  # "al-Rashidi" is "Rashidi" too
                self.by_surname.setdefault(entity.surname.split("-", 1)[1], []).append(entity)
            known = True  # gender_of(parsed) was just asked
        else:
            known = bool(entity.gender)
        if parsed.role:
            if not entity.role:
                entity.role = " ".join(parsed.role)
            entity.role_words |= {r.lower().rstrip(".") for r in parsed.role}
        if parsed.lead_role:
            entity.role_words.add(parsed.lead_role)
            if not entity.role:
                entity.role = parsed.lead_role
        if not known:
            entity.gender = gender_of(parsed)
        return entity

    # -- questions ------------------------------------------------------
    def lookup_bare(self, word: str, pos: int) -> Entity | None:
        """The person or organization a single word names ("Vesk", "LCRP")."""
        named = self._named
        if named is None:
            return self._find_bare(word)
        if word not in named:
            named[word] = self._find_bare(word)
        return named[word]

    def _find_bare(self, word: str, titled: bool = False) -> Entity | None:
        key = word.replace(".", "")
        if key in self.acronyms:
            return self.acronyms[key]
        if is_acronym(word):
            for org in self.orgs.values():
                if initials_of(org.name).startswith(key) and len(key) >= 2:
                    return org
        candidates = self.by_surname.get(word.lower().rstrip("."))
        if candidates and len(candidates) == 1:
            return candidates[0]  # (most surnames: one person, the fullest of one)
        if candidates:
            # A family shares a surname; the bare surname means the person
            # introduced first (the story's subject), in their fullest form;
            # not a run holding no given name ("I Support Vesk!", "Donor
            # Vesk") when another's opens with one.
            first = candidates[0]
            if len(candidates) > 1 and no_given_name(first):
                first = next((e for e in candidates if is_given_name(e.name.split()[0])), first)
            given = first.name.split()[0]
            return max(
                (e for e in candidates if e.name.split()[0] == given), key=lambda e: len(e.name)
            )
        # "Ivo" for the article's only Ivo ("Ivo Brask") where a family
        # shares the surname, or the word is a known given name: a run
        # misread as a person ("Elm and Birch") is not matched so.
        given = (self._given if self._given is not None else self._given_names()).get(word, ())
        if len(given) == 1 and (
            len(self.by_surname.get(given[0].surname, ())) > 1 or given_gender(word)
        ):
            return given[0]
        if titled:  # "Pres. Vesk": a person's surname, no organization's first word
            return None
        if self._named is None:  # orgs still come during the scan
            return next((o for o in self.orgs.values() if o.name.split()[0] == word), None)
        if self._org_heads is None:
            # Each first word -> the first organization it opens, as the
            # scan in order finds it; no organization comes after the scan,
            # nor one only "the" made ("on the Velmar Train"; not "Velmar").
            heads = (o for o in reversed(self.orgs.values()) if not o.by_the)
            self._org_heads = {o.name.partition(" ")[0]: o for o in heads}
        return self._org_heads.get(word)

    def resolve_name(self, parsed: ParsedName, pos: int) -> Entity | None:
        """The article's fullest entity for a parsed name, or None; a bare
        surname standing at `pos` is who its mention there names ("Mrs.
        Vesk" is the woman of the Vesk family)."""
        if parsed.kind == "bare":
            i = bisect.bisect_right(self.positions, pos) - 1
            if i >= 0 and self.mentions[i].end > pos:
                entity = self.mentions[i].entity
                if entity.kind == "person" and entity.surname == parsed.name[0].lower():
                    return entity
            return self.lookup_bare(parsed.name[0], pos)
        name = " ".join(parsed.name)
        if parsed.kind == "org" or parsed.kind == "place":
            if is_acronym(parsed.name[0]):
                whole = self.lookup_bare(parsed.name[0], pos)
                rest = " ".join(parsed.name[1:])
                if whole is not None and (not rest or whole.name.endswith(rest)):
                    return whole
                for org in self.orgs.values():
                    if (
                        rest
                        and org.name.endswith(rest)
                        and initials_of(org.name).startswith(parsed.name[0].replace(".", ""))
                    ):
                        return org
            return self.orgs.get(name) or self.people.get(name)
        entity = self.people.get(name) or self.tails.get(name)
        if entity is not None:
            fuller = [
                e
                for e in self.by_surname.get(entity.surname, [])
                if len(e.name) > len(name) and e.name.split()[0] == parsed.name[0]
            ]
            return max(fuller, key=lambda e: len(e.name)) if fuller else entity
        return None
