"""People and organizations named in an article, with aliases and roles.

One pass over the text finds every capitalized name ("Los Angeles City
Councilman Hugo Soto-Martinez", "the Los Angeles County Republican Party
(LAGOP)"); titles become the role, the rest the name. `Cast` then answers
the questions attribution asks: who is "Blumenfield" here, who is "she" at
this point, who is "the mayor", what is "LAGOP".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from app.core.extract.lexicon import (
    ABBREVIATIONS,
    CORP_SUFFIXES,
    DESCRIPTOR_WORDS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    NOT_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_FIRST,
    PLACE_LAST,
    ROLE_HEADS,
    ROLE_NOUNS,
    TITLES,
)
from app.core.extract.unnamed import find_unnamed, relative_name

_TOK = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019\-]*\.?)"
_PART = r"(?:of|for|the|and|de|del|della|der|van|von|da|di|du|la|le|bin|al|y)"
# The first token is _TOK with its capital factored out and the "not inside a
# word" test moved after it: a pattern that opens with a character class lets
# the regex engine skip to the next capital in C (5x faster than opening with
# the lookbehind, which is tried at every position). Same matches.
_FIRST_TOK = r"[A-Z](?<![\w'\u2019].)(?:\.(?:[A-Z]\.)+|[\w'\u2019\-]*\.?)"
NAME_SEQ = re.compile(rf"{_FIRST_TOK}(?:[ \t]+(?:{_PART}[ \t]+){{0,2}}{_TOK}){{0,9}}")
_ACRONYM_DEF = re.compile(r"[ \t]*\((?:the[ \t]+)?([A-Z][A-Za-z&.]{1,9})\)")
# A cheap test before the unnamed-source scan: a determiner opening a sentence.
_MAYBE_UNNAMED = re.compile(r"\b(?:One|An?|Another|The|His|Her|Their) [a-z]")
_PLACE_PREPOSITIONS = frozenset("in on at near from along across outside inside into".split())
_PARTY_WORDS = frozenset("democrat republican independent".split())
_SMALL = frozenset("of for the and de del della der van von da di du la le bin al y".split())
_ROLE_MODIFIERS_DROPPED = frozenset(
    "city county state district u.s board council house senate assembly school commission "
    "public works majority minority".split()
)


def _low(token: str) -> str:
    return token.rstrip(".").lower()


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. D.C. E.U. L.A. N.Y.".split())


def _is_initials(token: str) -> bool:
    """ "C.J.", "J.": a person's initials, not an acronym ("U.S." is both;
    a title or organization word elsewhere in the run decides those)."""
    return _INITIALS.fullmatch(token) is not None and token not in _PLACE_INITIALS


def _is_acronym(token: str) -> bool:
    core = token.replace(".", "").rstrip("s")
    return len(core) >= 2 and core.isupper() and core.isalpha()


@dataclass
class Entity:
    """A person or organization of one article."""

    name: str
    kind: str  # "person" | "org"
    role: str = ""
    gender: str = ""  # "f", "m" or "" when unknown
    role_words: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()


# Mention and ParsedName are made for every name of every article: named
# tuples (immutable like a frozen dataclass, three times cheaper to make).
class Mention(NamedTuple):
    pos: int
    end: int
    entity: Entity
    possessive: bool


class ParsedName(NamedTuple):
    """A capitalized sequence split into title (role) and name."""

    name: list[str]
    role: list[str]
    kind: str  # "person" | "org" | "bare" (one word) | "place"
    possessive: bool
    lead_role: str = ""  # a lower-case descriptor just before: "coach", "spokesperson"


def parse_name(raw: str, lead: str = "") -> ParsedName | None:
    """Split "Michigan Gov. Gretchen Whitmer" into role ["Governor"] and
    name ["Gretchen", "Whitmer"]; None when nothing name-like is left."""
    tokens = raw.split()
    possessive = False
    if tokens:
        last = tokens[-1]
        if last[-2:] in ("'s", "\u2019s"):
            possessive, tokens[-1] = True, last[:-2]
        elif last[-1:] in ("'", "\u2019"):
            possessive, tokens[-1] = True, last[:-1]
        if not tokens[-1]:
            tokens.pop()
    if len(tokens) == 1:
        return _parse_word(tokens[0], possessive, lead)
    # Each token lower-cased without its final dot, once (this runs for every
    # capitalized run of every article).
    lows = [t.rstrip(".").lower() for t in tokens]
    n = len(tokens)
    skip = 0
    while skip < n and (
        lows[skip] in NOT_NAMES
        or tokens[skip].lower() in _SMALL
        or (n - skip > 1 and lows[skip] in _PARTY_WORDS)  # "Democrat Ruben Gallego"
    ):
        skip += 1
    if skip == n:
        return None
    if skip:
        tokens, lows = tokens[skip:], lows[skip:]
    if not ROLE_HEADS.isdisjoint(lows) or any(w.endswith("-elect") for w in lows):
        result = _parse_titled(tokens, [w.removesuffix("-elect") for w in lows], possessive, lead)
        if result is not _UNTITLED:
            return result
    if tokens[-1].lower() in CORP_SUFFIXES:
        tokens = tokens[:-1]
        if not tokens:
            return None
        return ParsedName(tokens, [], "org", possessive, lead)
    if not ORG_WORDS.isdisjoint(lows) or any(t[-2:] in ("'s", "\u2019s") for t in tokens[:-1]):
        # "Children's Minnesota", "FBI's San Francisco office": never a person.
        return ParsedName(tokens, [], "org", possessive, lead)
    if not DESCRIPTOR_WORDS.isdisjoint(lows):
        return ParsedName(tokens, [], "place", possessive, lead)
    if len(tokens) == 1:
        return ParsedName(tokens, [], "bare", possessive, lead)
    if (
        lows[0] in PLACE_FIRST
        or lows[-1] in PLACE_LAST
        or len(tokens) > 4
        or any(_is_acronym(t) and not _is_initials(t) for t in tokens)
    ):
        return ParsedName(tokens, [], "place", possessive, lead)
    return ParsedName(tokens, [], "person", possessive, lead)


def _parse_word(token: str, possessive: bool, lead: str) -> ParsedName | None:
    """`parse_name` for a run of one word (most runs), step for step."""
    low = token.rstrip(".").lower()
    if low in NOT_NAMES or token.lower() in _SMALL:
        return None
    if low.removesuffix("-elect") in ROLE_HEADS:
        return None  # a title with no name after it
    if token.lower() in CORP_SUFFIXES:
        return None
    if low in ORG_WORDS:
        return ParsedName([token], [], "org", possessive, lead)
    if low in DESCRIPTOR_WORDS:
        return ParsedName([token], [], "place", possessive, lead)
    return ParsedName([token], [], "bare", possessive, lead)


_UNTITLED = ParsedName([], [], "", False)  # `_parse_titled` found a title but no person


def _parse_titled(
    tokens: list[str], lows: list[str], possessive: bool, lead: str
) -> ParsedName | None:
    """`parse_name` for a run holding a title word: the person after the
    title, None when no name follows it, `_UNTITLED` when what follows is an
    organization ("Mayor's Office of ...")."""
    head = next((i for i, w in enumerate(lows) if w in ROLE_HEADS), None)
    if head is None:
        return _UNTITLED
    start = head
    while start > 0 and lows[start - 1] in TITLES:
        start -= 1
    end = head
    while end + 1 < len(tokens) and lows[end + 1] in TITLES:
        end += 1
    name = tokens[end + 1 :]
    if name and name[0].lower() == "of":  # "Secretary of State Hillary Clinton"
        rest = name[1:]
        keep = 3 if len(rest) >= 4 and len(rest[-2]) == 2 and rest[-2].endswith(".") else 2
        name = rest[-keep:] if len(rest) > keep else []
    if name and not any(_low(t) in ORG_WORDS for t in name):
        role = [
            TITLES[w]
            for w in lows[start : end + 1]
            if w not in _ROLE_MODIFIERS_DROPPED and w not in ("former", "acting", "interim")
        ]
        kind = "person" if len(name) > 1 else "bare"
        return ParsedName(name, role, kind, possessive, lead)
    if not name:
        return None
    return _UNTITLED


_JOINT = re.compile(rf"[ \t]+((?:{_PART}[ \t]+){{1,2}})")
_TOKEN_END_DOT = re.compile(r"(\S+)\.(?=[ \t])")


def _sentence_dot(core: str) -> bool:
    """Whether "Manhattan." ends a sentence inside a run of capitals."""
    low = core.lower()
    return not (
        low in ABBREVIATIONS or low in TITLES or (len(core) == 1 and core.isupper()) or "." in core
    )


def name_pieces(text: str, lo: int = 0, hi: int | None = None):
    """(start, end) of each name in `text[lo:hi]`: runs of capitals split at a
    sentence end ("Manhattan. Schumer") and at an affiliation ("Pedro
    Trujillo of the Coalition ...", "James Gallagher and Lori Wilson")."""
    hi = len(text) if hi is None else hi
    for m in NAME_SEQ.finditer(text, lo, hi):
        raw = m.group()
        if " " not in raw and "\t" not in raw:
            # One token (most matches: "The", "Tuesday"): nothing to split.
            yield m.span()
        else:
            yield from run_pieces(text, m.start(), m.end(), parse_name)


def run_pieces(
    text: str, start: int, end: int, parse: Callable[[str], ParsedName | None]
) -> list[tuple[int, int]]:
    """The names in one run of capitals `text[start:end]` (see `name_pieces`);
    `parse` is `parse_name` or a cached copy of it."""
    out: list[tuple[int, int]] = []
    if "." in text[start:end]:  # only a dotted token can end a sentence
        for d in _TOKEN_END_DOT.finditer(text, start, end):
            if _sentence_dot(d.group(1).split()[-1]):
                _split_joint(text, start, d.end() - 1, parse, out)
                start = d.end() + 1
                while start < end and text[start] in " \t":
                    start += 1
    if start < end:
        _split_joint(text, start, end, parse, out)
    return out


def _split_joint(text: str, start: int, end: int, parse, out: list[tuple[int, int]]) -> None:
    while True:
        for j in _JOINT.finditer(text, start, end):
            left = parse(text[start : j.start()])
            if left is None or not (left.kind == "person" or (left.kind == "bare" and left.role)):
                continue
            right = parse(text[j.end() : end])
            joint = j.group(1).split()[0]
            if right is None:
                continue
            if joint == "and" and not (right.kind == "person" or right.role):
                continue
            if joint != "and" and right.kind not in ("org", "place", "person"):
                continue
            out.append((start, j.start()))
            start = j.end()
            break
        else:
            out.append((start, end))
            return


def _gender(parsed: ParsedName) -> str:
    words = {r.lower().rstrip(".") for r in parsed.role} | {parsed.lead_role}
    if words & FEMALE_TITLES:
        return "f"
    if words & MALE_TITLES:
        return "m"
    first = parsed.name[0].lower()
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return ""


def _initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[0].isupper() and t.lower() not in _SMALL)


class Cast:
    """Everyone an article names, and where."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._placelike: dict[int, bool] = {}
        self.people: dict[str, Entity] = {}
        self.orgs: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.acronyms: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        # lookup_bare's answers once the scan is over (nothing changes after).
        self._named: dict[str, Entity | None] | None = None
        self._parsed_of: dict[str, ParsedName | None] = {}
        self._scan()
        self._positions = [m.pos for m in self.mentions]

    # -- building -------------------------------------------------------
    def _scan(self) -> None:
        text = self.text
        bare: list[tuple[int, int, str, bool]] = []
        parse = self.parse
        for m in NAME_SEQ.finditer(text):
            raw = m.group()
            if " " in raw or "\t" in raw:
                pieces = run_pieces(text, m.start(), m.end(), parse)
            elif _low(raw) in NOT_NAMES:
                continue  # "The", "During": the commonest capitals, skipped cheaply
            else:
                pieces = [m.span()]
            for ms, me in pieces:
                raw = text[ms:me]
                if " " not in raw and _low(raw) in NOT_NAMES:
                    continue
                parsed = parse(raw)
                if parsed is None:
                    continue
                kind = parsed.kind
                if kind == "bare":
                    bare.append((ms, me, parsed.name[0], parsed.possessive))
                    if parsed.role:
                        self._note_role(parsed)
                    continue
                if kind == "place":
                    continue
                if kind == "person":
                    # The lead word ("coach Andy Reid") only sets `lead_role`,
                    # which only a person keeps: looked up for people alone.
                    lead = _lead_word(text, ms)
                    if lead:
                        parsed = parsed._replace(lead_role=lead)
                entity = self._entity(parsed)
                self.mentions.append(Mention(ms, me, entity, parsed.possessive))
                if entity.kind == "org":
                    d = _ACRONYM_DEF.match(text, me)
                    if d:
                        self.acronyms[d.group(1).replace(".", "")] = entity
        # Nothing is added to the cast from here on, so a word names the same
        # entity wherever it stands.
        self._named = {}
        for pos, end, word, possessive in bare:
            entity = self.lookup_bare(word, pos)
            if entity is not None:
                self.mentions.append(Mention(pos, end, entity, possessive))
        self._add_unnamed()
        self.mentions.sort(key=attrgetter("pos"))

    def _add_unnamed(self) -> None:
        """Unnamed sources ("One former employee, who ...") and relatives
        ("Her son said") as mentions, so pronouns can point back to them."""
        self.unnamed: list[tuple[int, str, Entity]] = []  # (pos, head noun, entity)
        if not _MAYBE_UNNAMED.search(self.text):
            return
        for u in find_unnamed(self.text):
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
            self.mentions.append(Mention(u.pos, u.end, entity, False))

    def _relative(self, name: str, gender: str) -> Entity:
        """The person a relative's given name stands for ("Daniel" is the
        article's "Daniel Moravec")."""
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
        """`parse_name(raw, lead)`, each distinct run of the article parsed
        once (by the scan, and again by attribution)."""
        parsed_of = self._parsed_of
        if raw in parsed_of:
            parsed = parsed_of[raw]
        else:
            parsed = parsed_of[raw] = parse_name(raw)
        # `lead` only sets lead_role in every outcome of parse_name.
        return parsed._replace(lead_role=lead) if lead and parsed is not None else parsed

    def _note_role(self, parsed: ParsedName) -> None:
        """A titled surname ("Councilman Blumenfield") adds its role."""
        entity = self.lookup_bare(parsed.name[0], len(self.text))
        if entity is not None and not entity.role:
            entity.role = " ".join(parsed.role)
            entity.role_words |= {r.lower().rstrip(".") for r in parsed.role}

    def _entity(self, parsed: ParsedName) -> Entity:
        name = " ".join(parsed.name)
        if parsed.kind == "org":
            entity = self.orgs.get(name)
            if entity is None:
                entity = self.orgs[name] = Entity(name, "org")
                entity.role_words = {_low(t) for t in parsed.name}
            return entity
        entity = self.people.get(name)
        if entity is None:
            entity = self.people[name] = Entity(name, "person", gender=_gender(parsed))
            self.by_surname.setdefault(entity.surname, []).append(entity)
        if parsed.role and not entity.role:
            entity.role = " ".join(parsed.role)
        entity.role_words |= {r.lower().rstrip(".") for r in parsed.role}
        if parsed.lead_role:
            entity.role_words.add(parsed.lead_role)
            if not entity.role:
                entity.role = parsed.lead_role
        if not entity.gender:
            entity.gender = _gender(parsed)
        return entity

    # -- questions ------------------------------------------------------
    def lookup_bare(self, word: str, pos: int) -> Entity | None:
        """The person or organization a single word names ("Bass", "LAGOP")."""
        named = self._named
        if named is None:
            return self._find_bare(word)
        if word not in named:
            named[word] = self._find_bare(word)
        return named[word]

    def _find_bare(self, word: str) -> Entity | None:
        key = word.replace(".", "")
        if key in self.acronyms:
            return self.acronyms[key]
        if _is_acronym(word):
            for org in self.orgs.values():
                if _initials(org.name).startswith(key) and len(key) >= 2:
                    return org
        candidates = self.by_surname.get(word.lower().rstrip("."))
        if candidates:
            # A family shares a surname; the bare surname means the person
            # introduced first (the story's subject), in their fullest form.
            first = candidates[0]
            given = first.name.split()[0]
            return max(
                (e for e in candidates if e.name.split()[0] == given), key=lambda e: len(e.name)
            )
        for org in self.orgs.values():
            if org.name.split()[0] == word:
                return org
        return None

    def resolve_name(self, parsed: ParsedName, pos: int) -> Entity | None:
        """The article's fullest entity for a parsed name, or None."""
        if parsed.kind == "bare":
            return self.lookup_bare(parsed.name[0], pos)
        name = " ".join(parsed.name)
        if parsed.kind == "org" or parsed.kind == "place":
            if _is_acronym(parsed.name[0]):
                whole = self.lookup_bare(parsed.name[0], pos)
                rest = " ".join(parsed.name[1:])
                if whole is not None and (not rest or whole.name.endswith(rest)):
                    return whole
                for org in self.orgs.values():
                    if (
                        rest
                        and org.name.endswith(rest)
                        and _initials(org.name).startswith(parsed.name[0].replace(".", ""))
                    ):
                        return org
            return self.orgs.get(name) or self.people.get(name)
        entity = self.people.get(name)
        if entity is not None:
            fuller = [
                e
                for e in self.by_surname.get(entity.surname, [])
                if len(e.name) > len(name) and e.name.split()[0] == parsed.name[0]
            ]
            return max(fuller, key=lambda e: len(e.name)) if fuller else entity
        return None

    def antecedent(self, pos: int, gender: str, skip: list[tuple[int, int]]) -> Entity | None:
        """The most recent person before `pos` a pronoun of `gender` can
        refer to; mentions inside quotes (`skip`, sorted spans) do not count."""
        i = bisect.bisect_left(self._positions, pos) - 1
        fallback = None
        seen = 0
        while i >= 0 and seen < 40:
            m = self.mentions[i]
            i -= 1
            if m.entity.kind != "person" or _inside(m.pos, skip):
                continue
            seen += 1
            if gender and m.entity.gender and m.entity.gender != gender:
                continue
            if not m.entity.gender and self._only_after_place_words(m.entity):
                continue  # "in the Old North Dayton neighborhood": a place
            if m.possessive:
                fallback = fallback or m.entity
                continue
            return m.entity
        return fallback

    def _only_after_place_words(self, entity: Entity) -> bool:
        """Every mention of `entity` follows "in", "on", "near" ... (with an
        optional "the"): a name of unknown gender used only so is a place."""
        known = self._placelike.get(id(entity))
        if known is None:
            text = self.text
            known = True
            for m in self.mentions:
                if m.entity is entity:
                    before = text[max(0, m.pos - 20) : m.pos].split()[-3:]
                    while before and before[-1] in ("the", "nearby"):
                        before = before[:-1]
                    if not before or before[-1].lower() not in _PLACE_PREPOSITIONS:
                        known = False
                        break
            self._placelike[id(entity)] = known
        return known

    def latest_org(self, pos: int, words: set[str] | None) -> Entity | None:
        """The most recent organization before `pos` (whose name has one of
        `words`, when given)."""
        i = bisect.bisect_left(self._positions, pos) - 1
        first_any = None
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.entity.kind != "org":
                continue
            if words is None or m.entity.role_words & words:
                return m.entity
            first_any = first_any or m.entity
        return first_any if words is None else None

    def by_role(self, noun: str, pos: int) -> Entity | None:
        """Who "the <noun>" is at `pos`: the latest person with that title,
        or the latest organization of that kind."""
        titles = ROLE_NOUNS.get(noun)
        if titles:
            i = bisect.bisect_left(self._positions, pos) - 1
            while i >= 0:
                ent = self.mentions[i].entity
                i -= 1
                if ent.kind == "person" and ent.role_words & titles:
                    return ent
            for ent in self.people.values():
                if ent.role_words & titles:
                    return ent
        org_words = ORG_NOUNS.get(noun)
        if org_words:
            return self.latest_org(pos, org_words) or (
                self.latest_org(pos, None) if noun in ("company", "firm", "group") else None
            )
        return None


def _lead_word(text: str, pos: int) -> str:
    """The lower-case word right before a name: "coach" in "coach Andy Reid"."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] == "-"):
        k -= 1
    word = text[k + 1 : j + 1]
    return word if word.islower() and (word in ROLE_NOUNS or _low(word) in TITLES) else ""


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
