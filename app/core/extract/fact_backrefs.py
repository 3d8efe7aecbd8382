"""Phrases whose content only the sentences before give, read from a
sentence alone: "Roe cut the budget in response." (to what?), "the
board's decision." (which decision?). A fact holding one does not stand
alone.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.corroborate.us_states import us_states
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


def owned_told_noun(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) holds an owner's
    act or word with no content after it: "the board's conclusion came
    as ...", "living under his reign in 2019" (which? only the sentences
    before tell). "The board's decision to close the park" and "Roe's
    remarks on taxes" say what."""
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
    if not _THE_COUNTRY.search(text, start, end):
        return False
    countries = _countries()
    if countries.search(text, start, end) or _HOME.search(text, start, end):
        return False
    found = list(countries.finditer(text, max(0, start - _NEAR), start))
    return bool(found) and not _HOME.search(text, found[-1].end(), start)
