"""Words describing a person written, capitalized, in one run with the name.

"Pollster Ana Ruiz", "Senate Minority Whip Ivo Brask", "Former Vesk Senior
Adviser Dana Quorle", "Sens. Ana Ruiz": the run opens with words saying who
the person is, which no title word of `names.TITLES` heads, so the whole run
read as one name (or as an organization, for "County" or "Senate" in it),
and the library kept "Pollster Ana Ruiz" as a speaker apart from "Ana Ruiz".
Here the run is cut where a given name (the published list the app ships)
follows such a word: the person's name after it, the description before it.
"""

from __future__ import annotations

from app.core.extract.abbreviations import TITLE_ABBREVIATIONS
from app.core.extract.given_names import is_given_name
from app.core.extract.lexicon import (
    CORP_SUFFIXES,
    DOC_NOUNS,
    FEMALE_TITLES,
    MALE_TITLES,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_LAST,
    ROLE_NOUNS,
    SPEAKER_NOUNS,
    TITLES,
)
from app.core.extract.unnamed import PERSON_NOUNS, RELATION_NOUNS

# Nouns for a person ("pollster", "actor", "adviser"): the speaker nouns
# less those for a body, a document or a thing made ("court", "report").
_PERSON_WORDS = (SPEAKER_NOUNS | PERSON_NOUNS | RELATION_NOUNS | set(ROLE_NOUNS)) - (
    set(ORG_NOUNS) | ORG_WORDS | DOC_NOUNS
)
# Titles and honorifics ("Sir", "Lady"), and titles' abbreviations, singular
# and plural ("Sen.", "Sens.").
_TITLE_WORDS = set(TITLES) | TITLE_ABBREVIATIONS | MALE_TITLES | FEMALE_TITLES
# What may not stand in the name after the description: a word that makes it
# a body's, a place's or a firm's name ("Pastor Ivo Brask Ministries").
NOT_IN_NAME = ORG_WORDS | PLACE_LAST | CORP_SUFFIXES | set(TITLES)
# Titles written only abbreviated, which the title words do not hold.
_ABBREVIATED_ONLY = TITLE_ABBREVIATIONS - set(TITLES)
_LONGEST_NAME = 4  # given name, two middle names or initials, surname


def _person_word(low: str) -> bool:
    """Whether `low` is a noun for a person, or its plural ("celebrities")."""
    if low in _PERSON_WORDS:
        return True
    if low.endswith("ies"):
        return low[:-3] + "y" in _PERSON_WORDS
    return low.endswith("s") and (low[:-1] in _PERSON_WORDS or low[:-2] in _PERSON_WORDS)


def _describes(token: str, low: str, office: bool) -> bool:
    """Whether the word `token` (`low`: lower case, no final dot) says who
    the person after it is: a title, an honorific or a noun for a person
    ("Pollster", "Sir", "Sens."), each part of one hyphened ("Secretary-
    Treasurer"); or, after a title word in the run (`office`: "Senate
    Minority Whip", "Lindvale County Recorder"), any word that is no given
    name. A given name is a name's word ("Ana Sofia Quorle"), unless a title."""
    if low in _TITLE_WORDS:
        return True
    if is_given_name(token):
        return False
    if "-" in low:
        parts = low.split("-")
        return all(p in _TITLE_WORDS or _person_word(p) for p in (parts[0], parts[-1]))
    return _person_word(low) or (office and token[1:].islower())


def _role(tokens: list[str], lows: list[str]) -> list[str]:
    """The description as the role: a title's abbreviation written out
    ("Sens." -> "Senator"), every other word as written."""
    out = []
    for token, low in zip(tokens, lows, strict=True):
        single = low[:-1] if low in TITLE_ABBREVIATIONS and low[:-1] in TITLES else low
        out.append(TITLES.get(single, token) if single != low or "." in token else token)
    return out


def described_split(tokens: list[str], lows: list[str]) -> int:
    """Where the person's name starts in a run of capitalized `tokens`
    (`lows`: each lower-cased without its final dot) that opens with words
    describing them ("Pollster Ana Ruiz" -> 1); 0 when the run does not.
    The name is two to four words opening with a given name, holding no
    word of a body, a place or a firm; the word before it describes. After
    a title's abbreviation the title words lack ("Pres.", "Sens.") any
    name is one."""
    n = len(tokens)
    if lows[0] in _ABBREVIATED_ONLY and tokens[0][-1] == "." and NOT_IN_NAME.isdisjoint(lows[1:]):
        return 1  # "Pres. Vesk", "Det. Ana Ruiz": an abbreviated title no title word spells
    for k in range(n - 2, max(0, n - _LONGEST_NAME - 1), -1):
        token = tokens[k]
        if not (token[1:2].islower() and is_given_name(token)):
            continue
        if not NOT_IN_NAME.isdisjoint(lows[k:]):
            return 0
        office = not TITLES.keys().isdisjoint(lows[: k - 1])
        if _describes(tokens[k - 1], lows[k - 1], office):
            return k
    return 0


def is_describing(token: str) -> bool:
    """Whether `token` opening a run describes whoever is named after it
    ("Reporter", "Sen.", "Sir") rather than opening their name."""
    return _describes(token, token.rstrip(".").lower(), False)


def described_role(tokens: list[str], lows: list[str], at: int) -> list[str]:
    """The role of a run cut at `at` by `described_split`."""
    return _role(tokens[:at], lows[:at])
