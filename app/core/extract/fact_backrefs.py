"""Phrases whose content only the sentences before give, read from a
sentence alone: "Roe cut the budget in response." (to what?), "the
board's decision." (which decision?). A fact holding one does not stand
alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from operator import methodcaller

from app.core.corroborate.us_states import us_states
from app.core.extract.fact_lexicon import CALENDAR, STUCK_ON, past_tense
from app.core.extract.fact_names import BEFORE_SURNAME, Edit
from app.core.extract.given_names import is_given_name
from app.core.extract.place_names import country_names

# Phrases that stand for an act or a word the sentences before told of:
# "Roe cut the budget in response.", "Roe acknowledged as much." ("in
# response to the audit", "as much as $5" say to what, how much).
_BACK_PHRASES = frozenset(
    f"{a} {b}{p}"
    for a, b in (("in", "response"), ("in", "return"), ("as", "much"))
    for p in (".", ",", ";")
)


_BACK_WORDS = frozenset(p.split()[1] for p in _BACK_PHRASES) | {"much"}
# (Exported for a caller that finds every rule's words in one set operation.)
BACK_WATCHED = _BACK_WORDS


def points_back_by_phrase(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) holds "in
    response.", "in return," or "as much." ("as much in an interview")
    with nothing after it to say to what: a link to the sentences before."""
    if _BACK_WORDS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    last = ("response", "return", "much")
    for i in range(1, len(tokens)):
        t = tokens[i]
        if t[:-1] in last and f"{tokens[i - 1]} {t}" in _BACK_PHRASES:
            return True
        if t == "much" and tokens[i - 1] == "as" and i + 1 < len(tokens):
            if tokens[i + 1] in ("in", "on", "at", "during"):
                return True  # "acknowledged as much in an interview"
    return False


# Nouns for an act, a word or a finding whose content follows them ("the
# board's decision to close", "Roe's remarks on taxes") or was told before.
_TOLD_NOUNS = frozenset(
    """
    conclusion conclusions decision decisions reign ruling rulings announcement finding
    findings remarks comments statement verdict determination assessment choice refusal
    reversal request demand proposal offer response reaction testimony accusation
    accusations allegation allegations admission apology pledge promise vow
    """.split()
)
# Words after such a noun that give its content or its object.
_CONTENT_WORDS = frozenset("to of on that about against for with as over from by not which".split())
_OWNERS = frozenset("his her its their our my your".split())
# A token with the stops after it taken off, as `owned_told_noun` reads it.
_STOPS_OFF = methodcaller("rstrip", ",.;:")


def owned_told_noun(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) holds an owner's
    act or word with no content after it: "the board's conclusion came
    as ...", "living under his reign in 2019" (which? only the sentences
    before tell). "The board's decision to close the park" and "Roe's
    remarks on taxes" say what."""
    if _TOLD_NOUNS.isdisjoint(map(_STOPS_OFF, tokens)):
        return False  # (most sentences: the words read once, in C)
    for i in range(1, len(tokens)):
        word = tokens[i].rstrip(",.;:")
        if word not in _TOLD_NOUNS:
            continue
        owner = tokens[i - 1]
        if owner.lower() not in _OWNERS and not (
            owner.endswith(("'s", "\u2019s")) and owner[0].isupper()
        ):
            continue
        if word != tokens[i] or i + 1 == len(tokens) or tokens[i + 1] not in _CONTENT_WORDS:
            return True
    return False


# Acts someone took or a matter someone brought, which ones only the
# sentences before say when nothing after says: "would undo Roe's
# actions", "Roe's interviews will air", "asked about their case".
_OWNED_ACTS = frozenset(w + p for w in "actions interviews efforts case".split() for p in STUCK_ON)
# (A place after one says which too: "its actions in the Velmar Strait".)
_ACT_CONTENT = _CONTENT_WORDS | {"in"}
# (Exported for a caller that finds every rule's words in one set operation.)
OWNED_ACT_WATCHED = _OWNED_ACTS


def owned_act(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) holds an owner's
    acts or case with nothing after them to say which ("continue Roe's
    actions if elected", "asked about their case during ..."); "Roe's
    efforts to cut the levy", "its actions in Quillon" say which."""
    if _OWNED_ACTS.isdisjoint(tokens):
        return False
    for i in range(1, len(tokens)):
        if tokens[i] not in _OWNED_ACTS:
            continue
        owner = tokens[i - 1]
        if owner.lower() not in _OWNERS and not (
            owner.endswith(("'s", "\u2019s", "s'", "s\u2019")) and owner[0].isupper()
        ):
            continue
        if tokens[i][-1] in ",.;:" or i + 1 == len(tokens) or tokens[i + 1] not in _ACT_CONTENT:
            return True
    return False


# A country's name as written, and the names of the article's own country
# (the news read here is American).
# (Not an adjective: "the United States Embassy", "U.S. troops".)
_HOME = re.compile(r"\b(?:the United States|the U\.S\.|America)(?![\w-]| [A-Z])")
_THE_COUNTRY = re.compile(r"\b[Tt]he (?:country|nation)\b")
# How far back a country named makes "the country" its own.
_NEAR = 600


@cache
def _countries() -> re.Pattern[str]:
    """Whole names of other countries, less the names of US states
    ("Georgia") and given names ("Jordan", "Chad"), which news uses as
    often for a state or a person."""
    states = {name for name, _postal, _ap in us_states()}
    names = [
        name
        for name in country_names()
        if "America" not in name
        and name != "United States"
        and name not in states
        and not is_given_name(name)
    ]
    names.sort(key=len, reverse=True)
    # (Not the end of a longer name: "New Jersey", "Papua New Guinea".)
    return re.compile(r"(?<![\w-])(?<!New )(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def foreign_country(text: str, start: int, end: int) -> bool:
    """Whether the fact `text[start:end]` speaks of "the country" or "the
    nation" when the country meant is the other one the sentences just
    before name ("... in Velmaria. Troops will remain in the country."),
    not the article's own: which, only they tell. A fact naming a country
    itself says which."""
    if text.find("he country", start, end) < 0 and text.find("he nation", start, end) < 0:
        return False  # (most sentences: two substring searches, cheaper than the pattern)
    if not _THE_COUNTRY.search(text, start, end):
        return False
    countries = _countries()
    if countries.search(text, start, end) or _HOME.search(text, start, end):
        return False
    found = list(countries.finditer(text, max(0, start - _NEAR), start))
    return bool(found) and not _HOME.search(text, found[-1].end(), start)


def country_subject(text: str, start: int, end: int, subject: int) -> list[Edit] | None:
    """The bracket naming "the country" or "the nation" when it is the
    subject of the fact `text[start:end]` (its word `subject`; "the
    nation's debt" too) by the article's own country, as the article named
    it last before: "[the United States]'s debt rose ..."; [] when the
    subject is no such phrase or the sentence names a country itself; None
    when the article named no country before it, or another one too."""
    if text.find("he country", start, end) < 0 and text.find("he nation", start, end) < 0:
        return []  # (most sentences: two substring searches)
    at = next(
        (
            m
            for m in _THE_COUNTRY.finditer(text, start, end)
            if len(text[start : m.start()].split()) == subject
        ),
        None,
    )
    countries = _countries()
    if at is None or countries.search(text, start, end) or _HOME.search(text, start, end):
        return []
    # A foreign country named before makes "the country" unsure even when it
    # is the only one named: American news says "across the country" of its
    # own after naming one abroad (read on the tuning part).
    home = [m.group() for m in _HOME.finditer(text, 0, start)]
    if not home or countries.search(text, 0, start):
        return None
    name = home[-1]
    if at.start() == start:
        name = name[0].upper() + name[1:]
    return [(at.start(), at.end() - at.start(), f"[{name}]")]


# "the city", "the city's" as a noun ("the city council" is a body,
# `fact_phrases`' business; "the city of Quillon" says which).
_THE_PLACE = re.compile(
    r"\b[Tt]he (?:(?P<people>[A-Z][a-z]+(?:an|ese|ish|ch)) (?=[a-z]))?"
    r"(?:city|county|town|village|capital|island|province|region|territory)\b(?! of\b)(?!-)"
)
# Words after "the city" that make it a noun of its own: a possessive, a
# stop, a verb, a preposition ("the city spent", "the city in 2019"); else
# it describes the noun after it ("the city council").
_NOUN_END = re.compile(r"['\u2019]s\b|[,.;:)]|$")
_AFTER_NOUN = frozenset(
    """
    is was has had will would said says in on at to from for with by and or over after before
    since until where that which
    """.split()
)
_SAYS_WHICH = ("where", "that", "which")


def unnamed_place(
    text: str, start: int, end: int, covered: set[int], person: Callable[[str], bool]
) -> bool:
    """Whether the fact `text[start:end]` speaks of "the city", "the county",
    "the capital" (not a body: "the city council") that no bracket names
    (`covered`: where the brackets already given start) while the sentence
    names no place itself: "The city is seeking $40 million", "the
    Velmarian province" (which one?).
    A capitalized word the article does not give as a person's name
    (`person`, asked of the word) may name it: "Quillon's mayor said the
    city ..."."""
    sentence = text[start:end]
    if not (
        "he city" in sentence
        or "he county" in sentence
        or "he town" in sentence
        or "he village" in sentence
        or "he capital" in sentence
        or "he island" in sentence
        or "province" in sentence
        or "region" in sentence
        or "territory" in sentence
    ):
        return False  # (most sentences: substring tests, in C, cheaper than one regex search)
    for m in _THE_PLACE.finditer(text, start, end):
        if m.start() in covered:
            continue
        after = text[m.end() : m.end() + 20].split(None, 1)[:1]
        if not _NOUN_END.match(text, m.end(), end) and not (
            after and (after[0] in _AFTER_NOUN or past_tense(after[0]) or after[0][-1:] == "s")
        ):
            continue  # "the city council": a body, `fact_phrases`' business
        if after and after[0] in _SAYS_WHICH:
            continue  # "the city where Roe grew up": the clause says which
        if m.group("people"):
            if m.group().endswith("capital"):
                continue  # "the Velmarian capital": a country has one
            # "the Velmarian province": which one? (The adjective names none.)
            sentence = sentence.replace(m.group("people"), "velmarian")
        return not _names_a_place(sentence.split(), person)
    return False


def _names_a_place(tokens: list[str], person: Callable[[str], bool]) -> bool:
    """Whether the words hold a capitalized word (not the first, nor after
    a title) that is no person's name nor part of an organisation's ("the
    Better Roads Association"): maybe a place's."""
    # (Not `fact_described.STRIP`: a bracket given before is stripped too,
    # and a word's "!" or "?" kept.)
    words = [t.strip(".,;:()\"'\u201c\u201d\u2018\u2019[]").removesuffix("'s") for t in tokens]
    for j in range(1, len(tokens)):
        w = words[j].removesuffix("\u2019s")
        if not w[:1].isupper() or w in ("The", "A", "An") or w in CALENDAR:
            continue
        if tokens[j - 1] in BEFORE_SURNAME or is_given_name(w) or person(w):
            continue
        if _in_organisation(words, j):
            continue
        return True
    return False


# Last words of an organisation's name ("the Velmar Roads Association"):
# fewer than `lexicon.ORG_WORDS`, whose "County", "City", "State", "House"
# would hide the very place looked for here.
_ORGANISATIONS = frozenset(
    """
    Association Institute Foundation Center Centre Council Committee Commission Department
    Agency Bureau Office Company Corporation Group University College Party Service News
    Post Times Journal Network Fund Project Coalition Alliance Union Society Board
    """.split()
)


def _in_organisation(words: list[str], j: int) -> bool:
    """Whether word `j` belongs to a run of capitalized words that ends
    with an organisation's last word."""
    while j < len(words) and words[j][:1].isupper():
        if words[j] in _ORGANISATIONS:
            return True
        j += 1
    return False
