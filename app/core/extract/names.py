"""Names in news text: find capitalized runs and split them into role and name.

"Lindvale City Councilman Aurelio Vasko-Prent" is a role ("Lindvale City Councilman") and a
person ("Aurelio Vasko-Prent"); "the Lindvale County Republican Party (LCRP)" an organization
with its acronym; "Elm Arbor" a place. `Cast` (people.py) keeps what one article names; this
module only reads names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from app.core.extract.given_names import given_gender, is_given_name, mixed_given_gender
from app.core.extract.lexicon import (
    CORP_SUFFIXES,
    DESCRIPTOR_WORDS,
    FEMALE_TITLES,
    MALE_TITLES,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_FIRST,
    PLACE_LAST,
    ROLE_HEADS,
    TITLES,
)
from app.core.extract.name_roles import described_role, described_split

# A surname may open with a particle in lower case: "Omar al-Rashidi".
SURNAME_PARTICLE = r"(?:al|el|bin|ibn|abu)-"
# A word's letters after its capital: `a-z` (in `\w`) first, so most letters
# are found in a table, not in Unicode's categories. In NAME_SEQ `*+`, `++`,
# `{0,9}+` are possessive: nothing after them can match what they would give
# back, so the engine keeps no state for it. Same matches (every real-news
# article, 400,000 random strings and windows).
_LETTERS = r"[a-z\w'\u2019\-]"
_TOK = rf"(?:(?:[A-Z]\.){{2,}}|[A-Z]{_LETTERS}*+\.?|{SURNAME_PARTICLE}[A-Z]{_LETTERS}*+)"
# The small words inside a name (of for the and de del della der van von da
# di du dos das la le bin bint ibn ben abu al el y), by first letter: tried
# after every word of a name. No word matches two before a blank, so the
# order changes no match.
_PART = (
    r"(?:of|for|the|a(?:nd|bu|l)|d(?:e(?:l(?:la)?|r)?|a|i|u|os|as)|v[ao]n|l[ae]"
    r"|b(?:in|int|en)|ibn|el|y)"
)
# The first token is _TOK with its capital factored out and the "not inside a
# word" test after it: a pattern opening with a class lets the engine skip to
# the next capital in C (5x faster than a look-behind at every position).
_FIRST_TOK = rf"[A-Z](?<![\w'\u2019].)(?:\.(?:[A-Z]\.)+|{_LETTERS}*+\.?)"
NAME_SEQ = re.compile(rf"{_FIRST_TOK}(?:[ \t]++(?:{_PART}[ \t]++){{0,2}}{_TOK}){{0,9}}+")
ACRONYM_DEF = re.compile(r"[ \t]*\((?:the[ \t]+)?([A-Z][A-Za-z&.]{1,9})\)")
# A test of a text whose scan found unnamed sources (asked after it: the scan
# reads sentence openings only): a determiner and a lower-case word.
# The word boundary is tested after the capital (as in _FIRST_TOK), so the
# engine skips to the next capital in C: 3x faster, same answers.
MAYBE_UNNAMED = re.compile(
    r"(?:O(?<!\w.)ne|A(?<!\w.)n?|A(?<!\w.)nother|T(?<!\w.)he|H(?<!\w.)is|H(?<!\w.)er"
    r"|T(?<!\w.)heir) [a-z]"
)
PLACE_PREPOSITIONS = frozenset("in on at near from along across outside inside into".split())
# A tag verb opening a sentence before the name it inverts ("Said Ivo Brask:").
_INVERTED_TAGS = frozenset("said says added adds asked asks wrote writes noted recalled".split())
_PARTY_WORDS = frozenset("democrat republican independent".split())
# A capitalized word hyphened to a lower-case one: "Vellum-winner", "GOP-led".
_DESCRIBING = re.compile(r"[A-Z][\w'\u2019]*-[a-z]")
_TITLE_CASE_SMALL = frozenset("Of For The And To On In At With".split())
_SMALL = frozenset("of for the and de del della der van von da di du la le bin al y".split())
_ROLE_MODIFIERS_DROPPED = frozenset(
    "city county state district u.s board council house senate assembly school commission "
    "public works majority minority".split()
)


# The cast and the subject finder ask of a text the same word again (three
# questions in ten): kept for the last few articles' (the key holds the text
# itself, whose hash Python keeps).
@lru_cache(maxsize=64)
def written_lower(text: str, word: str) -> bool:
    """Whether `word`, capitalized ("Nuclear", "Asked"), is a common word
    that `text` also writes in lower case, and no title or given name: at a
    sentence's start it is capitalized only there and opens no name."""
    low = word.lower()
    if not (word[:1].isupper() and word[1:].islower()) or low in TITLES or is_given_name(word):
        return False
    return _spaced(text, low)


# What may follow a spaced word: a space or a stop.
_AFTER_SPACED = frozenset(" ,.;:")


def _spaced(text: str, low: str) -> bool:
    """Whether `low` stands in `text` between a space and a space or a stop
    (" nuclear,"). A few str.find calls for the word asked: cheaper than
    reading every word of the article into a set, as most articles ask
    about a handful of words. A word holding a space or a stop never
    stands so."""
    if not low or not _AFTER_SPACED.isdisjoint(low) or low.split() != [low]:
        return False  # (split: whether it holds a space of any kind)
    needle = " " + low
    after = len(needle)
    i = text.find(needle)
    while i >= 0:
        if text[i + after : i + after + 1] in _AFTER_SPACED:
            return True
        i = text.find(needle, i + 1)
    return False


def word_before(text: str, pos: int) -> str:
    """The word right before `pos` (spaces and tabs skipped), or ""."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    return text[k + 1 : j + 1]


def lower_token(token: str) -> str:
    return token.rstrip(".").lower()


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. D.C. E.U. L.A. N.Y.".split())


def _is_initials(token: str) -> bool:
    """ "C.J.", "J.": a person's initials, not an acronym ("U.S." is both;
    a title or organization word elsewhere in the run decides those)."""
    return _INITIALS.fullmatch(token) is not None and token not in _PLACE_INITIALS


@lru_cache(maxsize=16384)  # asked of every bare word, the same words in every article
def is_acronym(token: str) -> bool:
    core = token.replace(".", "").rstrip("s")
    return len(core) >= 2 and core.isupper() and core.isalpha()


@lru_cache(maxsize=16384)  # asked of each word of every name (`any(map(...))`: no Python loop)
def _acronym_not_initials(token: str) -> bool:
    return is_acronym(token) and not _is_initials(token)


# ParsedName is made for every name of every article: a named tuple (immutable
# like a frozen dataclass, three times cheaper to make).
class ParsedName(NamedTuple):
    """A capitalized sequence split into title (role) and name."""

    name: list[str]
    role: list[str]
    kind: str  # "person" | "org" | "bare" (one word) | "place"
    possessive: bool
    lead_role: str = ""  # a lower-case descriptor just before: "coach", "spokesperson"


# `new_tuple(ParsedName, (name, role, kind, possessive, lead))` makes the
# named tuple `ParsedName(...)` makes, without the Python frame of its
# `__new__` (a name is parsed for every new capitalized run of every
# article); people.py makes its mentions with it too.
new_tuple = tuple.__new__
_CORP_WITHOUT_DOT = frozenset(w.rstrip(".") for w in CORP_SUFFIXES)
# The lower-case words the tests of a run of two words or more look for (a
# title case small word or a firm's suffix as lower-cased without its dot).
_ASKED_OF_WORDS = (
    NOT_NAMES
    | _SMALL
    | _PARTY_WORDS
    | _INVERTED_TAGS
    | ROLE_HEADS
    | ORG_WORDS
    | DESCRIPTOR_WORDS
    | PLACE_FIRST
    | PLACE_LAST
    | _CORP_WITHOUT_DOT
    | {w.lower() for w in _TITLE_CASE_SMALL}
)
# The lower-case words the tests of a run of one word look for.
_ASKED_OF_A_WORD = (
    NOT_NAMES | _SMALL | ROLE_HEADS | ORG_WORDS | DESCRIPTOR_WORDS | _CORP_WITHOUT_DOT
)
_PLAIN_RUN = re.compile("[-'\u2019]")  # (what a run taking the short way holds none of)


def parse_name(raw: str, lead: str = "") -> ParsedName | None:
    """Split "Ohio Gov. Mara Quorle" into role ["Governor"] and
    name ["Mara", "Quorle"]; None when nothing name-like is left."""
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
    if 2 <= n <= 4 and _ASKED_OF_WORDS.isdisjoint(lows) and _PLAIN_RUN.search(raw) is None:
        # Most people's names: no word any test below looks for, no hyphen
        # or apostrophe; every test below but these three then fails.
        if at := described_split(tokens, lows):
            kind = "person" if n - at > 1 else "bare"
            return new_tuple(
                ParsedName, (tokens[at:], described_role(tokens, lows, at), kind, possessive, lead)
            )
        if any(map(_acronym_not_initials, tokens)):
            return new_tuple(ParsedName, (tokens, [], "place", possessive, lead))
        return new_tuple(ParsedName, (tokens, [], "person", possessive, lead))
    skip = 0
    while skip < n and (
        lows[skip] in NOT_NAMES
        or tokens[skip].lower() in _SMALL
        or (n - skip > 1 and lows[skip] in _PARTY_WORDS)  # "Democrat Ivo Brask"
        or (n - skip > 1 and lows[skip] in _INVERTED_TAGS)  # "Said Ivo Brask:"
    ):
        skip += 1
    if skip == n:
        return None
    if "-" in raw and _DESCRIBING.match(tokens[-1]) and not lows[-1].endswith("-elect"):
        # "World War II-era", "Quillon-style": a run ending in a word hyphened
        # to a lower-case one describes a thing, and names no one.
        return new_tuple(ParsedName, (tokens[skip:], [], "place", possessive, lead))
    if "-" in raw:
        # "Vellum-winner Ana Ruiz", "Liberal Tarsk-nominated Vesk": a word
        # hyphened to a lower-case one describes whoever is named after it.
        k = n - 2
        while k >= skip and not _DESCRIBING.match(tokens[k]) and tokens[k].lower() not in _SMALL:
            k -= 1
        if k >= skip and tokens[k].lower() not in _SMALL:
            skip = k + 1
    if skip:
        tokens, lows = tokens[skip:], lows[skip:]
    party = None
    if not _PARTY_WORDS.isdisjoint(lows):  # (mostly none: the search skipped)
        party = next((k for k in range(len(lows) - 3, 0, -1) if lows[k] in _PARTY_WORDS), None)
    if party is not None and len(tokens) - party <= 4:
        # "Ohio Republican Ana Ruiz", "Budget Committee Democrat Ivo Brask":
        # the person after the party word, the rest describes them.
        person = parse_name(" ".join(tokens[party + 1 :]) + ("'s" if possessive else ""), lead)
        if person is not None and person.kind == "person":
            return person
    if "and" in tokens[1:-1]:
        # "Ruiz and Vesk", "Brask and Fell": two people, or a place or a firm,
        # never one person a pronoun could mean.
        return new_tuple(ParsedName, (tokens, [], "place", possessive, lead))
    if not ROLE_HEADS.isdisjoint(lows) or ("-" in raw and any(w.endswith("-elect") for w in lows)):
        result = _parse_titled(tokens, [w.removesuffix("-elect") for w in lows], possessive, lead)
        if result is not _UNTITLED:
            return result
    if at := described_split(tokens, lows):  # "Pollster Ana Ruiz": the role before the name
        kind = "person" if len(tokens) - at > 1 else "bare"
        return new_tuple(
            ParsedName, (tokens[at:], described_role(tokens, lows, at), kind, possessive, lead)
        )
    if tokens[-1].lower() in CORP_SUFFIXES:
        tokens = tokens[:-1]
        if not tokens:
            return None
        return new_tuple(ParsedName, (tokens, [], "org", possessive, lead))
    if not ORG_WORDS.isdisjoint(lows) or (
        ("'" in raw or "\u2019" in raw) and any(t[-2:] in ("'s", "\u2019s") for t in tokens[:-1])
    ):
        # "Children's Lindvale", "FBI's Denver office": never a person.
        return new_tuple(ParsedName, (tokens, [], "org", possessive, lead))
    if not DESCRIPTOR_WORDS.isdisjoint(lows):
        return new_tuple(ParsedName, (tokens, [], "place", possessive, lead))
    if len(tokens) == 1:
        return new_tuple(ParsedName, (tokens, [], "bare", possessive, lead))
    if (
        lows[0] in PLACE_FIRST
        or lows[-1] in PLACE_LAST
        or len(tokens) > 4
        or any(map(_acronym_not_initials, tokens))
    ):
        return new_tuple(ParsedName, (tokens, [], "place", possessive, lead))
    if not _TITLE_CASE_SMALL.isdisjoint(tokens[1:-1]):  # "Support Of Ana Ruiz": a headline
        return new_tuple(ParsedName, (tokens, [], "place", possessive, lead))
    return new_tuple(ParsedName, (tokens, [], "person", possessive, lead))


@lru_cache(maxsize=8192)
def parsed_name(raw: str) -> ParsedName | None:
    """`parse_name(raw)`, remembered across articles: news names the same
    people, places and capitalized words ("The", "Tuesday") again and again,
    and attribution and pronoun resolution parse the same runs once more.
    (Results are shared: read, never changed.)"""
    return parse_name(raw)


@lru_cache(maxsize=16384)
def one_word_name(raw: str) -> ParsedName | None:
    """What a run of one word (no space or tab) names, for the cast: None
    for a common capitalized word ("The", "During") or none at all, or a
    place; else a bare word or an organization. Asked of most runs of every
    article, mostly the same words: remembered across articles."""
    if raw.rstrip(".").lower() in NOT_NAMES:
        return None
    parsed = parsed_name(raw)
    return None if parsed is None or parsed.kind == "place" else parsed


def _parse_word(token: str, possessive: bool, lead: str) -> ParsedName | None:
    """`parse_name` for a run of one word (most runs), step for step."""
    low = token.rstrip(".").lower()
    if low not in _ASKED_OF_A_WORD and "-" not in low:
        return new_tuple(ParsedName, ([token], [], "bare", possessive, lead))  # (most words)
    if low in NOT_NAMES or token.lower() in _SMALL:
        return None
    if low.removesuffix("-elect") in ROLE_HEADS:
        return None  # a title with no name after it
    if token.lower() in CORP_SUFFIXES:
        return None
    if low in ORG_WORDS:
        return new_tuple(ParsedName, ([token], [], "org", possessive, lead))
    if low in DESCRIPTOR_WORDS:
        return new_tuple(ParsedName, ([token], [], "place", possessive, lead))
    return new_tuple(ParsedName, ([token], [], "bare", possessive, lead))


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
    if not _TITLE_CASE_SMALL.isdisjoint(name[1:]):  # "Pastor Wants Makers To Be ...": a headline
        return new_tuple(ParsedName, (tokens, [], "place", possessive, lead))
    if name and name[0].lower() in ("of", "for"):  # "Secretary of State Nora Fell"
        rest = name[1:]
        keep = 3 if len(rest) >= 4 and len(rest[-2]) == 2 and rest[-2].endswith(".") else 2
        name = rest[-keep:] if len(rest) > keep else []
    if name and not any(lower_token(t) in ORG_WORDS for t in name):
        role = [
            TITLES[w]
            for w in lows[start : end + 1]
            if w not in _ROLE_MODIFIERS_DROPPED and w not in ("former", "acting", "interim")
        ]
        kind = "person" if len(name) > 1 else "bare"
        return new_tuple(ParsedName, (name, role, kind, possessive, lead))
    if not name:
        if start == 1 and end == len(tokens) - 1 and given_gender(lows[0]):
            # "Margaret Pope", "Ellen Judge": a given name, then a title
            # word as the surname.
            return new_tuple(ParsedName, (tokens, [], "person", possessive, lead))
        return None
    return _UNTITLED


# The small words joining two names in one run ("Ana Ruiz of the Union"), for `name_runs`.
JOINT = re.compile(rf"[ \t]+((?:{_PART}[ \t]+){{1,2}})")


def gender_of(parsed: ParsedName) -> str:
    if not parsed.role and not parsed.lead_role:
        return given_gender(parsed.name[0])  # (most names: no title to read)
    words = {r.lower().rstrip(".") for r in parsed.role} | {parsed.lead_role}
    if words & FEMALE_TITLES:
        return "f"
    if words & MALE_TITLES:
        if words & _MALE_ONLY:
            return "m"
        # "spokesman Hope Lind": an office in "-man" many outlets give women
        # too; a given name only women bear says who she is ("Lindsey": no).
        first = parsed.name[0]
        return "f" if given_gender(first) == "f" and not mixed_given_gender(first) else "m"
    return given_gender(parsed.name[0])


_MALE_ONLY = MALE_TITLES - {w for w in MALE_TITLES if w.endswith("man")}


@lru_cache(maxsize=4096)  # of every organization an acronym is tested against
def initials_of(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[0].isupper() and t.lower() not in _SMALL)
